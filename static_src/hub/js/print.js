// Progressive enhancement: the "print" link opens the print view without JavaScript;
// with it, the browser's print dialog opens directly (the print stylesheet does the layout).
document.addEventListener("click", (event) => {
  const link = event.target.closest("[data-print]");
  if (link && typeof window.print === "function") {
    event.preventDefault();
    window.print();
  }
});

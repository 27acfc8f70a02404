// Export buttons of the admin listings: the listing's filters change without reloading (Wagtail
// writes them into the address), so the link takes the address's query when it is followed.
document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-hub-export]");
  if (!link) return;
  const query = new URLSearchParams(window.location.search);
  query.delete("p");
  query.set("export", link.dataset.hubExport);
  link.href = `${window.location.pathname}?${query}`;
});

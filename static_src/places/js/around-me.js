// "Autour de moi": with the visitor's permission, the browser's position fills the "around a
// point" field and the filters are sent (nearest places first). Without JavaScript, without
// geolocation, or when the visitor refuses, the button stays hidden or says so (and opens the
// folded filters), and the commune field and the territory picker remain the way in.
(function () {
  const button = document.querySelector("[data-around-me]");
  if (!button || !("geolocation" in navigator)) return;
  const status = document.querySelector("[data-around-me-status]");
  const field = document.getElementById("filtre-near");
  const group = button.closest("[data-around-me-group]") || button;
  group.hidden = false;
  button.addEventListener("click", () => {
    status.textContent = button.dataset.waiting;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const { latitude, longitude } = position.coords;
        field.value = `${latitude.toFixed(4)},${longitude.toFixed(4)}`;
        status.textContent = "";
        field.form.requestSubmit();
      },
      () => {
        status.textContent = button.dataset.failed;
        // On a phone the filters are folded: open them, where the commune field is.
        const panel = document.getElementById("panneau-filtres");
        if (panel && window.dsfr) window.dsfr(panel).collapse.disclose();
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 },
    );
  });
})();

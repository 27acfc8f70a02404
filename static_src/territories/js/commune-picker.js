// Commune picker enhancement: suggestions in the form's <datalist> as the visitor types. Without
// JavaScript the form submits to the choice page, which lists the matching communes.
(function () {
  "use strict";
  document.querySelectorAll("form.hub-commune-picker[data-autocomplete-url]").forEach(function (form) {
    var input = form.querySelector("input[name=q]");
    var list = form.querySelector("datalist");
    var url = form.getAttribute("data-autocomplete-url");
    if (!input || !list || !url) return;
    var timer = null;
    var last = "";
    // Choosing a suggestion fills the box; the visitor still submits (no change of context on
    // input): the server reads "Allanche (15160)" as that commune and opens its page.
    input.addEventListener("input", function () {
      var value = input.value.trim();
      clearTimeout(timer);
      if (value.length < 2 || value === last) return;
      timer = setTimeout(function () {
        last = value;
        fetch(url + "?q=" + encodeURIComponent(value), { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { results: [] }; })
          .then(function (data) {
            list.textContent = "";
            data.results.forEach(function (item) {
              var option = document.createElement("option");
              option.value = item.label;
              list.appendChild(option);
            });
          })
          .catch(function () { /* the plain form still works */ });
      }, 150);
    });
  });
})();

/* Search page, progressive enhancement: filters apply without a full reload, the URL keeps the
   whole state (back button works), and the search box suggests titles. Without JavaScript the
   form submits as usual. No inline script: loaded from a file for the Content Security Policy. */
(function () {
  "use strict";
  var form = document.getElementById("recherche");
  if (!form || !window.fetch || !window.history.pushState) return;

  function queryString() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (value !== "" && !(key === "sort" && value === "pertinence")) params.append(key, value);
    });
    var encoded = params.toString();
    return encoded ? "?" + encoded : "";
  }

  var pending = null;
  var announcer = document.getElementById("annonce-resultats");
  function load(url, push) {
    if (pending) pending.abort();
    pending = new AbortController();
    var results = document.getElementById("resultats");
    // The redrawn areas replace the element that has focus (a ticked box, the sort menu):
    // focus goes back to the element of the same id, not to the page body.
    var focusedId = document.activeElement && document.activeElement.id;
    results.setAttribute("aria-busy", "true");
    return fetch(url, { signal: pending.signal, headers: { Accept: "text/html" } })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        ["filtres", "resultats", "filtrer-nombre"].forEach(function (id) {
          var fresh = doc.getElementById(id);
          var current = document.getElementById(id);
          if (fresh && current) current.innerHTML = fresh.innerHTML;
        });
        document.title = doc.title;
        if (push) window.history.pushState({ search: true }, "", url);
        var again = focusedId && document.getElementById(focusedId);
        if (again && again !== document.activeElement) again.focus();
        // Only the number of results is read out, never the whole list.
        var count = doc.getElementById("nombre-resultats");
        if (announcer && count) {
          announcer.textContent = "";
          window.setTimeout(function () { announcer.textContent = count.dataset.announce.trim(); }, 50);
        }
      })
      .catch(function (error) {
        if (error.name !== "AbortError") window.location.href = url;
      })
      .finally(function () {
        results.removeAttribute("aria-busy");
      });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    load(form.action + queryString(), true);
  });
  form.addEventListener("change", function (event) {
    if (event.target.name && event.target.name !== "q") load(form.action + queryString(), true);
  });
  // Pagination and "remove this filter" links are plain query-string links.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("#resultats a[href^='?']");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    load(form.action + link.getAttribute("href"), true).then(function () {
      var heading = document.getElementById("resultats");
      if (heading) {
        heading.scrollIntoView();
        heading.focus();
      }
    });
  });
  window.addEventListener("popstate", function () {
    load(window.location.href, false).then(function () {
      var q = new URLSearchParams(window.location.search).get("q") || "";
      document.getElementById("q").value = q;
    });
  });

  // Title suggestions in the search box (a native datalist: keyboard and screen readers work).
  var input = document.getElementById("q");
  var list = document.getElementById("q-suggestions");
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var text = input.value.trim();
    if (text.length < 2) return;
    timer = setTimeout(function () {
      var url = form.dataset.autocompleteUrl + "?" +
        new URLSearchParams({ q: text, lang: form.dataset.lang }).toString();
      fetch(url)
        .then(function (response) { return response.json(); })
        .then(function (data) {
          list.innerHTML = "";
          data.results.forEach(function (item) {
            var option = document.createElement("option");
            option.value = item.title;
            list.appendChild(option);
          });
        })
        .catch(function () {});
    }, 200);
  });
})();

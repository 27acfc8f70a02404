/* Map of the directory's places: an enhancement of the list (which works without JavaScript).
   Everything comes from data- attributes of #carte-acteurs (no inline script, for the CSP). */
(function () {
  "use strict";
  var element = document.getElementById("carte-acteurs");
  if (!element || !window.L || !window.fetch) {
    return;
  }
  var data = element.dataset;
  element.hidden = false;
  // Zoom buttons and credits in the page's language (Leaflet's own are in English).
  var map = L.map(element, { scrollWheelZoom: false, zoomControl: false });
  L.control.zoom({ zoomInTitle: data.labelZoomIn, zoomOutTitle: data.labelZoomOut }).addTo(map);
  map.attributionControl.setPrefix(false);
  L.tileLayer(data.tilesUrl, { attribution: data.attribution, maxZoom: 19 }).addTo(map);

  // A place page: one marker, no data to fetch.
  if (data.lat && data.lon) {
    var here = [parseFloat(data.lat), parseFloat(data.lon)];
    map.setView(here, 15);
    L.marker(here, { title: data.name, alt: data.name }).addTo(map);
    return;
  }
  map.setView([46.6, 2.4], 6);

  function popup(point) {
    // Built with DOM nodes, never HTML strings: names are data from open files.
    var box = document.createElement("div");
    var title = document.createElement("p");
    title.className = "fr-text--bold fr-mb-1w";
    title.textContent = point[3];
    var link = document.createElement("a");
    link.href = data.placeUrl.replace("{id}", String(point[0]));
    link.textContent = data.labelOpen;
    box.appendChild(title);
    box.appendChild(link);
    return box;
  }

  fetch(data.pointsUrl, { headers: { Accept: "application/json" } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error(response.status);
      }
      return response.json();
    })
    .then(function (payload) {
      var cluster = L.markerClusterGroup({ chunkedLoading: true });
      var markers = payload.points.map(function (point) {
        var marker = L.marker([point[1], point[2]], { title: point[3], alt: point[3] });
        marker.bindPopup(function () {
          return popup(point);
        });
        return marker;
      });
      cluster.addLayers(markers);
      map.addLayer(cluster);
      if (markers.length) {
        map.fitBounds(cluster.getBounds(), { maxZoom: 13, padding: [20, 20] });
      }
    })
    .catch(function () {
      element.hidden = true;
    });
})();

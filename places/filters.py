"""Filters of the place directory, read from the query string (so a filtered view is a URL), shared
by the list, the map data and the exports."""

from django.apps import apps
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.distance import near
from core.geo import DEPARTMENT_NAMES
from core.text import fold
from places import standard

MAX_QUERY = 100
DEFAULT_RADIUS_KM = 20
MAX_RADIUS_KM = 200

FACET_LABELS = {
    "type": _("Type de lieu"),
    "service": _("Services"),
    "public": _("Publics"),
    "frais": _("Frais"),
    "programme": _("Dispositifs nationaux"),
    "accompagnement": _("Modalités d’accompagnement"),
}


class PlaceFilters:
    """Unknown values are ignored rather than failing: a stale shared link still opens."""

    def __init__(self, params):
        self.q = (params.get("q") or "").replace("\x00", "").strip()[:MAX_QUERY]
        self.commune = (params.get("commune") or "").replace("\x00", "").strip()[:MAX_QUERY]
        department = (params.get("departement") or "").strip().upper()
        self.department = department if department in DEPARTMENT_NAMES else ""
        self.errors = {}
        self.near, self.radius = self._read_near(params)
        self.selected = {}
        for key in standard.FACETS:
            allowed = self.choices_for(key)
            wanted = params.getlist(key) if hasattr(params, "getlist") else params.get(key, [])
            self.selected[key] = [v for v in wanted if v in allowed]

    def _read_near(self, params):
        """`near=lat,lon` and `radius=km`: places around a point, nearest first. A bad value
        is an error the page shows (the API answers 400), never a silent no-op."""
        raw_near = (params.get("near") or "").strip()[:MAX_QUERY]
        raw_radius = (params.get("radius") or "").strip()[:MAX_QUERY]
        point, radius = None, DEFAULT_RADIUS_KM
        if raw_radius:
            try:
                radius = float(raw_radius.replace(",", "."))
            except ValueError:
                radius = -1
            if not 0 < radius <= MAX_RADIUS_KM:
                self.errors["radius"] = _(
                    "Rayon invalide : un nombre de kilomètres entre 1 et %(max)s est attendu."
                ) % {"max": MAX_RADIUS_KM}
        if raw_near:
            try:
                lat, lon = (float(part) for part in raw_near.split(","))
            except ValueError:
                lat, lon = 999.0, 999.0
            if -90 <= lat <= 90 and -180 <= lon <= 180:
                point = (lat, lon)
            else:
                self.errors["near"] = _(
                    "Position invalide : « latitude,longitude » en degrés décimaux est attendu, "
                    "par exemple 45.228,2.961."
                )
        if self.errors:
            return None, DEFAULT_RADIUS_KM
        return point, radius

    @property
    def near_value(self) -> str:
        return f"{self.near[0]:.5f},{self.near[1]:.5f}" if self.near else ""

    @staticmethod
    def choices_for(key) -> list[str]:
        field_name, _prefix = standard.FACETS[key]
        if key == "type":
            return list(standard.TYPOLOGY_LABELS)
        return standard.field_vocabulary(field_name)

    def apply(self, places):
        """`places` (a queryset of Place) narrowed by the filters, in a stable order."""
        if self.department:
            places = places.filter(department=self.department)
        if self.commune:
            folded = fold(self.commune)
            if folded.isdigit():
                places = places.filter(postal_code__startswith=folded)
            else:
                places = places.filter(commune_key__startswith=folded)
        for term in fold(self.q).split()[:10]:
            places = places.filter(search_text__contains=term)
        for key, values in self.selected.items():
            if values:
                prefix = standard.FACETS[key][1]
                condition = Q()
                for value in values:
                    condition |= Q(facets__contains=f"|{prefix}:{value}|")
                places = places.filter(condition)
        if self.near:
            return near(places, self.near[0], self.near[1], self.radius)  # nearest first
        return places.order_by("name", "pk")

    @property
    def active(self) -> bool:
        return bool(
            self.q or self.commune or self.department or self.near or any(self.selected.values())
        )

    def facet_groups(self):
        """Checkbox groups for the template: key, legend, [(value, label, checked)]."""
        groups = []
        for key in standard.FACETS:
            options = []
            for value in self.choices_for(key):
                label = standard.value_label(value, "typologie" if key == "type" else "")
                options.append((value, label, value in self.selected[key]))
            groups.append(
                {
                    "key": key,
                    "legend": FACET_LABELS[key],
                    "options": options,
                    "expanded": bool(self.selected[key]),
                }
            )
        return groups

    def department_choices(self):
        present = (
            apps.get_model(
                "places", "Place"
            )  # looked up, not imported: models.py imports this module
            .objects.exclude(department="")
            .order_by("department")
            .values_list("department", flat=True)
            .distinct()
        )
        return [(code, f"{code} – {DEPARTMENT_NAMES.get(code, code)}") for code in present]

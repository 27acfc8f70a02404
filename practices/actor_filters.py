"""Filters of the actor directory, read from the query string (so a filtered view is a URL), shared
by the list, the map data and the exports."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from hub.geo import DEPARTMENT_NAMES
from practices import places_standard as standard
from practices.actors import Actor, fold

MAX_QUERY = 100

FACET_LABELS = {
    "type": _("Type de lieu"),
    "service": _("Services"),
    "public": _("Publics"),
    "frais": _("Frais"),
    "programme": _("Dispositifs nationaux"),
    "accompagnement": _("Modalités d’accompagnement"),
}


class ActorFilters:
    """Unknown values are ignored rather than failing: a stale shared link still opens."""

    def __init__(self, params):
        self.q = (params.get("q") or "").replace("\x00", "").strip()[:MAX_QUERY]
        self.commune = (params.get("commune") or "").replace("\x00", "").strip()[:MAX_QUERY]
        department = (params.get("departement") or "").strip().upper()
        self.department = department if department in DEPARTMENT_NAMES else ""
        self.selected = {}
        for key in standard.FACETS:
            allowed = self.choices_for(key)
            wanted = params.getlist(key) if hasattr(params, "getlist") else params.get(key, [])
            self.selected[key] = [v for v in wanted if v in allowed]

    @staticmethod
    def choices_for(key) -> list[str]:
        field_name, _prefix = standard.FACETS[key]
        if key == "type":
            return list(standard.TYPOLOGY_LABELS)
        return standard.field_vocabulary(field_name)

    def queryset(self):
        actors = Actor.objects.all()
        if self.department:
            actors = actors.filter(department=self.department)
        if self.commune:
            folded = fold(self.commune)
            if folded.isdigit():
                actors = actors.filter(postal_code__startswith=folded)
            else:
                actors = actors.filter(commune_key__startswith=folded)
        for term in fold(self.q).split()[:10]:
            actors = actors.filter(search_text__contains=term)
        for key, values in self.selected.items():
            if values:
                prefix = standard.FACETS[key][1]
                condition = Q()
                for value in values:
                    condition |= Q(facets__contains=f"|{prefix}:{value}|")
                actors = actors.filter(condition)
        return actors.order_by("name", "pk")

    @property
    def active(self) -> bool:
        return bool(self.q or self.commune or self.department or any(self.selected.values()))

    def facet_groups(self):
        """Checkbox groups for the template: key, legend, [(value, label, checked)]."""
        groups = []
        for key in standard.FACETS:
            options = []
            for value in self.choices_for(key):
                label = standard.TYPOLOGY_LABELS.get(value, value) if key == "type" else value
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
            Actor.objects.exclude(department="")
            .order_by("department")
            .values_list("department", flat=True)
            .distinct()
        )
        return [(code, f"{code} – {DEPARTMENT_NAMES.get(code, code)}") for code in present]

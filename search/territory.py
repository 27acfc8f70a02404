"""The `commune=<code>` search filter: "territories like mine".

A librarian gives her commune (the picker of the territories app, or a link from her territory
page); the search keeps the results tagged with the territory types of territories like it (same
density level, neighbouring levels, the same zonings: `territories.derive.territories_like`),
ranks them in that order before the text score, and says on each result why it is there
("même type de territoire : Rural à habitat dispersé"). It works through the territory
vocabulary's own filter: SQL, counts and the engine query are that filter's, with the slugs the
commune stands for.
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from territories.communes import Commune
from territories.derive import territories_like

from .filters import SearchFilter, VocabularyFilter, filters, memo

PARAM = "commune"
TERRITORY_PARAM = "territory"
# An INSEE commune code: 5 characters, Corsica's 2A/2B included. Anything else is dropped
# before any query.
CODE = re.compile(r"^(?:\d{5}|2[AB]\d{3})$")


@dataclass(eq=False)
class LikeCommuneFilter(SearchFilter):
    param: str = PARAM
    label: object = _("Territoires comme ma commune")

    def territory(self) -> VocabularyFilter:
        return next(f for f in filters() if f.param == TERRITORY_PARAM)

    def commune(self, code: str) -> Commune | None:
        return memo(("commune", code), lambda: Commune.objects.filter(code=code).first())

    def likeness(self, values: list[str]):
        """(slug, rank, reason) of the territory types like the (one) selected commune."""
        commune = self.commune(values[0]) if values else None
        if commune is None:
            return []
        return memo(("likeness", commune.code), lambda: territories_like(commune))

    def slugs(self, values, rank: int | None = None) -> list[str]:
        return [item.slug for item in self.likeness(values) if rank is None or item.rank == rank]

    # What a filter answers ------------------------------------------------------------------

    def choices(self):
        return []  # 35,000 communes: chosen with the territory picker, not in the sidebar

    def clean(self, raw):
        """One known commune code (the first valid one); anything else is dropped."""
        for value in raw:
            code = value.strip().upper()
            if CODE.match(code) and self.commune(code) is not None:
                return [code]
        return []

    def value_label(self, value):
        commune = self.commune(value)
        return f"{commune.name} ({commune.code})" if commune else value

    def q(self, values):
        return self.territory().q(self.slugs(values))

    def sql_condition(self, values):
        return self.territory().sql_condition(self.slugs(values))

    def pages_sql(self, values):
        return self.territory().pages_sql(self.slugs(values))

    def facet_sql(self, passing):
        # No value list in the sidebar: the chosen commune shows as an active filter.
        return f"SELECT '{self.param}', CAST(NULL AS TEXT), 0 FROM flagged WHERE 1 = 0"  # noqa: S608

    def rank_sql(self, values):
        cases, params = [], []
        ranks = sorted({item.rank for item in self.likeness(values)})
        for rank in ranks:
            sql, rank_params = self.territory().pages_sql(self.slugs(values, rank))
            cases.append(f"WHEN id IN ({sql}) THEN {int(rank)}")
            params += rank_params
        if not cases:
            return None
        return f"CASE {' '.join(cases)} ELSE {len(ranks)} END", params

    def bits(self, values, snapshot):
        return self.territory().bits(self.slugs(values), snapshot)

    def rank_bits(self, values, snapshot):
        ranks = sorted({item.rank for item in self.likeness(values)})
        return [
            (int(rank), self.territory().bits(self.slugs(values, rank), snapshot)) for rank in ranks
        ]

    def explain(self, values, page):
        tagged = set(self.territory().document_values(page))
        for item in self.likeness(values):  # closest first
            if item.slug in tagged:
                return str(item.reason)
        return ""

    def engine_filter(self, values):
        return self.territory().engine_filter(self.slugs(values))

    def document_values(self, page):
        return []  # the engine filters on the territory types (engine_filter)

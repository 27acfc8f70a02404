"""The search query: what a visitor asked, parsed from URL parameters (never raises)."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.http import QueryDict
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .filters import filters, one_search
from .french import clean_query

MAX_PAGE_PARAM = 10_000

SORTS = {
    "pertinence": _("Pertinence"),
    "recent": _("Plus récents"),
    "titre": _("Titre (A → Z)"),
}


class _FilterLabels(Mapping):
    """Filter parameter -> label, in sidebar order, read from the registry at each use (so a
    filter registered later is there)."""

    def __getitem__(self, name):
        return {f.param: f.label for f in filters()}[name]

    def __iter__(self):
        return iter([f.param for f in filters()])

    def __len__(self):
        return len(filters())


FILTERS = _FilterLabels()


@dataclass
class SearchQuery:
    q: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "pertinence"
    page: int = 1
    lang: str = "fr"

    @property
    def has_criteria(self) -> bool:
        return bool(self.q or any(self.filters.values()))

    def _pairs(self, **changes) -> list[tuple[str, str]]:
        pairs = []
        q = changes.get("q", self.q)
        if q:
            pairs.append(("q", q))
        selected = changes.get("filters", self.filters)
        for name in FILTERS:
            pairs += [(name, value) for value in selected.get(name) or ()]
        sort = changes.get("sort", self.sort)
        if sort != "pertinence":
            pairs.append(("sort", sort))
        page = changes.get("page", 1)
        if page and page > 1:
            pairs.append(("page", str(page)))
        return pairs

    def params(self, **changes) -> QueryDict:
        """The query as URL parameters (page 1 and the default sort left out)."""
        data = QueryDict(mutable=True)
        for name, value in self._pairs(**changes):
            data.appendlist(name, value)
        return data

    def urlencode(self, **changes) -> str:
        """`params(**changes).urlencode()`, without building a QueryDict (a search page writes
        three or four of these: pages, feeds, follow form)."""
        return urlencode(self._pairs(**changes))

    def without(self, name: str, value: str | None = None) -> str:
        """URL parameters of this query without one filter value (or the whole filter)."""
        selected = {k: list(v) for k, v in self.filters.items()}
        selected[name] = [v for v in selected.get(name, []) if value is not None and v != value]
        return self.urlencode(filters=selected)


def _selected(params) -> dict[str, list[str]]:
    """The known values of each filter, in the order given, without repeats."""
    selected = {}
    for search_filter in filters():
        raw = [v.strip() for v in params.getlist(search_filter.param) if v and v.strip()][:50]
        if raw:
            kept = search_filter.clean(raw)
            if kept:
                selected[search_filter.param] = kept
    return selected


def parse_query(params, lang: str | None = None) -> SearchQuery:
    """Build a query from URL parameters: unknown filter values, sorts and languages are
    dropped, the text is capped, any `page` gives a valid number. Never raises."""
    language = params.get("lang") or lang or translation.get_language() or "fr"
    language = language.split("-")[0]
    if language not in {"fr", "en"}:
        language = "fr"
    with one_search():
        selected = _selected(params)
    sort = params.get("sort", "pertinence")
    if sort not in SORTS:
        sort = "pertinence"
    try:
        page = int(params.get("page", "1"))
    except (TypeError, ValueError):
        page = 1
    page = min(max(page, 1), MAX_PAGE_PARAM)
    return SearchQuery(
        q=clean_query(params.get("q", "")), filters=selected, sort=sort, page=page, lang=language
    )

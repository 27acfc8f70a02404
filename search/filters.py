"""The search filters: one registry entry per filter, and everything a filter is, in that entry.

An entry declares its URL parameter, its label, its valid values and their labels, its condition
for the ORM, for the SQL of the counts, for an engine (the keyword field it adds to the engine's
documents), its facet counts, and whether its value labels are searched as text ("seniors",
"rural", "Cantal"). The service, the facets, the engine query and the engine documents loop over
`filters()`; none of them names a filter. Adding a filter is one `register(...)` call, e.g.

    register(ColumnFilter("commune", _("Commune"), column="practicepage__insee_code",
                          choices=lambda: [(code, name) for code, name in COMMUNES]))
"""

from collections.abc import Callable
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.geo import DEPARTMENT_NAMES, REGION_NAMES
from core.page_cache import current_generation
from core.vocabularies import Vocabulary, vocabularies
from guides.models import GuidePage, OrientationPage
from practices.models import BudgetRange, PracticePage

# Content types, by public slug.
CONTENT_TYPES = {
    "orientation": (OrientationPage, _("Orientation")),
    "guide": (GuidePage, _("Guide pratique")),
    "pratique": (PracticePage, _("Fiche de bonne pratique")),
}


def content_type_ids() -> dict[str, int]:
    """Public slug -> content type id (Django caches content types: no query once warm)."""
    return {
        slug: ContentType.objects.get_for_model(model).pk
        for slug, (model, _label) in CONTENT_TYPES.items()
    }


_MEMO: ContextVar[dict | None] = ContextVar("search_memo", default=None)


@contextmanager
def one_search():
    """Within it, what a filter reads from the database (its terms) is read once."""
    token = _MEMO.set({}) if _MEMO.get() is None else None
    try:
        yield
    finally:
        if token is not None:
            _MEMO.reset(token)


def memo(key, compute):
    store = _MEMO.get()
    if store is None:
        return compute()
    if key not in store:
        store[key] = compute()
    return store[key]


_KEPT: dict = {}


def kept(key, compute):
    """A small value read from the database (terms, locales, private sections), kept in this
    process until visitors could see a change: the page cache's generation, bumped by any
    publish, move or change of a vocabulary term, locale, site or view restriction. Read afresh
    each time when the fragment cache is off (tests: their rollbacks bump nothing)."""
    if not settings.FRAGMENT_CACHE:
        return compute()
    generation = memo("generation", current_generation)
    held = _KEPT.get(key)
    if held is None or held[0] != generation:
        if len(_KEPT) > 256:
            _KEPT.clear()
        held = _KEPT[key] = (generation, compute())
    return held[1]


def term_objects(vocabulary: Vocabulary) -> dict[int, object]:
    """Every term of a vocabulary by id, in display order, kept per content generation (any
    change to a term bumps it): filters, facets and result cards read them, one query at most."""
    key = ("term-objects", vocabulary.param)
    return memo(
        key, lambda: kept(key, lambda: {term.pk: term for term in vocabulary.tag.objects.all()})
    )


def tag_pairs(known: list[Vocabulary], page_ids: list[int] | None = None) -> list[tuple]:
    """(n, page id, term id) of every page (or of `page_ids`) tagged in `known[n]`: the
    through tables of the vocabularies read in one query."""
    from django.db import connection

    where, params = "", []
    if page_ids is not None:
        where = f" WHERE content_object_id IN ({_marks(page_ids)})"
        params = list(page_ids)
    arms = [
        f"SELECT {n}, content_object_id, tag_id "  # noqa: S608
        f"FROM {quote(v.through._meta.db_table)}{where}"
        for n, v in enumerate(known)
    ]
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(arms), params * len(known))
        return cursor.fetchall()


def _english() -> bool:
    return (translation.get_language() or "fr").startswith("en")


def _marks(values) -> str:
    return ", ".join(["%s"] * len(values))


def quote(name: str) -> str:
    from django.db import connection

    return connection.ops.quote_name(name)


class SearchFilter:
    """What every filter answers. `flagged` rows (see facets.py) have the columns `id`, `pub`,
    `title` and one `c_<param>` per column filter."""

    param: str
    label: object

    @property
    def engine_field(self) -> str:
        return f"hub_{self.param}"

    def choices(self) -> list[tuple[str, str]]:
        """(value, label in the active language) of every value, in display order."""
        raise NotImplementedError

    def label_texts(self) -> list[tuple[str, list[str]]]:
        """(value, its labels in every language) for the values searched as text; none by
        default."""
        return []

    def valid_values(self) -> set[str]:
        return {value for value, _label in self.choices()}

    def clean(self, raw: list[str]) -> list[str]:
        """The values of `raw` this filter knows, in the order given, without repeats."""
        valid = self.valid_values()
        return list(dict.fromkeys(v for v in raw if v in valid))

    def value_label(self, value: str) -> str:
        """How a selected value reads in the list of active filters (when no facet names it)."""
        return value

    def rank_sql(self, values: list[str]) -> tuple[str, list] | None:
        """An SQL expression on a `flagged` row ranking it (lower first, before the text
        score) when the filter is active and results are sorted by relevance; None: no rank."""
        return None

    def explain(self, values: list[str], page) -> str:
        """Why `page` (a result) passes this filter, for the visitor; "" when it goes without
        saying."""
        return ""

    def engine_filter(self, values: list[str]) -> dict:
        """The engine's condition for `values`."""
        return {"terms": {self.engine_field: list(values)}}

    def q(self, values: list[str]) -> Q:
        raise NotImplementedError

    def sql_condition(self, values: list[str]) -> tuple[str, list]:
        """A condition on a `flagged` row."""
        raise NotImplementedError

    def pages_sql(self, values: list[str]) -> tuple[str, list]:
        """`SELECT page_id` of the pages having one of `values` (for words naming a value)."""
        raise NotImplementedError

    def facet_sql(self, passing: str) -> str:
        """Rows (facet, raw value, count) over the `flagged` rows passing `passing`."""
        raise NotImplementedError

    def decode(self, raw) -> str | None:
        """A raw value of `facet_sql` -> the public value."""
        return raw

    def document_values(self, page) -> list[str]:
        """The values of a (specific) page, stored in the engine's document."""
        raise NotImplementedError

    # Counting in process (search/memory.py, SQLite) -------------------------------------------

    def bits(self, values: list[str], snapshot) -> int | None:
        """The pages of `snapshot` having one of `values`, as a bit set; None: the filter has no
        in-process form (the search then counts in SQL)."""
        return None

    def rank_bits(self, values: list[str], snapshot) -> list[tuple[int, int]] | None:
        """What `rank_sql` says, in process: (rank, pages) in the order of its cases ([]: no
        rank); None: the filter ranks in SQL only."""
        return None if self.rank_sql(values) is not None else []


@dataclass(eq=False)
class ColumnFilter(SearchFilter):
    """A filter on one column reachable from wagtailcore.Page (`column` is an ORM path)."""

    param: str
    label: object
    column: str
    choices_of: Callable[[], list[tuple[str, str]]]
    searchable: bool = False  # labels of the values searched as text
    labels_of: Callable[[], list[tuple[str, list[str]]]] | None = None
    to_db: Callable[[list[str]], list] = list
    from_db: Callable[[object], str | None] = field(default=lambda raw: raw or None)
    of_page: Callable[[object], list[str]] | None = None

    @property
    def alias(self) -> str:
        return f"c_{self.param}"

    def choices(self):
        return self.choices_of()

    def label_texts(self):
        if not self.searchable:
            return []
        if self.labels_of is not None:
            return self.labels_of()
        return [(value, [label]) for value, label in self.choices()]

    def q(self, values):
        return Q(**{f"{self.column}__in": self.to_db(values)})

    def sql_condition(self, values):
        db_values = self.to_db(values) or [None]
        return f"{self.alias} IN ({_marks(db_values)})", db_values

    def pages_sql(self, values):
        from wagtail.models import Page

        sql, params = (
            Page.objects.filter(self.q(values)).order_by().values("pk").query.sql_with_params()
        )
        return sql, list(params)

    def facet_sql(self, passing):
        return (
            f"SELECT '{self.param}', CAST({self.alias} AS TEXT), COUNT(*) FROM flagged "  # noqa: S608
            f"WHERE {passing} AND {self.alias} IS NOT NULL GROUP BY {self.alias}"
        )

    def decode(self, raw):
        return self.from_db(raw)

    def bits(self, values, snapshot):
        return snapshot.any_of(self.param, [str(v) for v in self.to_db(values)])

    def document_values(self, page):
        if self.of_page is not None:
            return self.of_page(page)
        value = getattr(page, self.column.rsplit("__", 1)[-1], None)
        return [str(value)] if value not in (None, "") else []


@dataclass(eq=False)
class VocabularyFilter(SearchFilter):
    """A filter on the terms of one vocabulary of the registry (core.vocabularies)."""

    vocabulary: Vocabulary

    @property
    def param(self):
        return self.vocabulary.param

    @property
    def label(self):
        return self.vocabulary.label

    def terms(self) -> list[tuple[int, str, str, str]]:
        """(id, slug, name, name_en) of every term, kept per content generation (any change to
        a term bumps it): parsing, filtering by tag id and labels cost no query once warm."""
        return memo(
            ("terms", self.param),
            lambda: [
                (pk, term.slug, term.name, term.name_en)
                for pk, term in term_objects(self.vocabulary).items()
            ],
        )

    def choices(self):
        english = _english()
        return [(slug, en if english and en else fr) for _pk, slug, fr, en in self.terms()]

    def label_texts(self):
        return [(slug, [fr, en] if en else [fr]) for _pk, slug, fr, en in self.terms()]

    def tag_ids(self, values) -> list[int]:
        wanted = set(values)
        return [pk for pk, slug, _fr, _en in self.terms() if slug in wanted]

    @property
    def table(self) -> str:
        return quote(self.vocabulary.through._meta.db_table)

    def q(self, values):
        through = self.vocabulary.through
        ids = through.objects.filter(tag_id__in=self.tag_ids(values))
        return Q(pk__in=ids.values("content_object_id"))

    def pages_sql(self, values):
        ids = self.tag_ids(values) or [0]  # `IN ()` is not valid SQL; no tag has id 0
        return (
            f"SELECT content_object_id FROM {self.table} WHERE tag_id IN ({_marks(ids)})",  # noqa: S608
            ids,
        )

    def sql_condition(self, values):
        sql, params = self.pages_sql(values)
        return f"id IN ({sql})", params

    def facet_sql(self, passing):
        # CROSS JOIN: SQLite loops over the (small) flagged rows, not the whole through table.
        return (
            f"SELECT '{self.param}', CAST(t.tag_id AS TEXT), COUNT(*) "  # noqa: S608
            f"FROM flagged CROSS JOIN {self.table} t "
            f"WHERE t.content_object_id = flagged.id AND {passing} GROUP BY t.tag_id"
        )

    def decode(self, raw):
        key = ("slugs-by-id", self.param)
        slugs = memo(key, lambda: {str(pk): slug for pk, slug, _fr, _en in self.terms()})
        return slugs.get(str(raw))

    def bits(self, values, snapshot):
        return snapshot.any_of(self.param, [str(pk) for pk in self.tag_ids(values)])

    def document_values(self, page):
        attached = getattr(page, "attached_terms", None)
        if attached is not None:  # a search result (search.service.attach_terms)
            return sorted({term.slug for term in attached.get(self.vocabulary.items, [])})
        # `.all()`, not a query: a page being saved may hold its new tags in memory only.
        items = getattr(page, self.vocabulary.items, None)
        if items is None:
            return []
        return sorted({item.tag.slug for item in items.all()})


# --- The registry ----------------------------------------------------------------------------

_EXTRA: list[SearchFilter] = []


def register(search_filter: SearchFilter) -> SearchFilter:
    """Add a filter (after the built-in ones, in call order); replaces one of the same param."""
    unregister(search_filter.param)
    _EXTRA.append(search_filter)
    return search_filter


def unregister(param: str) -> None:
    _EXTRA[:] = [f for f in _EXTRA if f.param != param]


_practice = PracticePage._meta.model_name


def _type_filter() -> ColumnFilter:
    return ColumnFilter(
        "type",
        _("Type de contenu"),
        column="content_type_id",
        choices_of=lambda: [(slug, str(label)) for slug, (_m, label) in CONTENT_TYPES.items()],
        to_db=lambda values: [content_type_ids()[v] for v in values if v in CONTENT_TYPES],
        from_db=lambda raw: {str(pk): slug for slug, pk in content_type_ids().items()}.get(
            str(raw)
        ),
        of_page=lambda page: [
            slug for slug, (model, _l) in CONTENT_TYPES.items() if isinstance(page, model)
        ],
    )


def _geo_labels(names: dict) -> Callable[[], list[tuple[str, list[str]]]]:
    return lambda: [(code, [str(name)]) for code, name in names.items()]


_BUILT_IN_AFTER = [
    ColumnFilter(
        "region",
        _("Région"),
        column=f"{_practice}__region",
        choices_of=lambda: [(code, str(label)) for code, label in REGION_NAMES.items()],
        searchable=True,
        labels_of=_geo_labels(REGION_NAMES),
    ),
    ColumnFilter(
        "department",
        _("Département"),
        column=f"{_practice}__department",
        choices_of=lambda: [
            (code, f"{code} – {label}") for code, label in DEPARTMENT_NAMES.items()
        ],
        searchable=True,
        labels_of=_geo_labels(DEPARTMENT_NAMES),
    ),
    ColumnFilter(
        "budget",
        _("Budget"),
        column=f"{_practice}__budget_range",
        choices_of=lambda: [(value, str(label)) for value, label in BudgetRange.choices],
    ),
]
_TYPE = _type_filter()


def filters() -> list[SearchFilter]:
    """Every filter, in the order of the sidebar: type, the vocabularies of the registry, the
    place and budget filters, then the registered extras."""
    found = [_TYPE, *(VocabularyFilter(v) for v in vocabularies()), *_BUILT_IN_AFTER, *_EXTRA]
    unique: dict[str, SearchFilter] = {}
    for search_filter in found:
        unique[search_filter.param] = search_filter  # an extra may replace a built-in one
    return list(unique.values())


def search_filter(param: str) -> SearchFilter:
    return {f.param: f for f in filters()}[param]


def column_filters() -> list[ColumnFilter]:
    return [f for f in filters() if isinstance(f, ColumnFilter)]

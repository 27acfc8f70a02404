"""The search service: a query object in, results and facet counts out, whatever the backend.

The HTML page, the JSON API and exports all call `run_search`. The text part goes to the
configured search backend (SQLite FTS5 with French query analysis, or the engine of
WAGTAILSEARCH_BACKENDS); filters, facet counts, sorting and pagination are done here once, with a
fixed number of ORM queries: the counts of one filter are taken over the set with every *other*
filter applied, so a second value of the same filter can always be chosen.
"""

import logging
import math
import re
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Prefetch, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import Lower
from django.http import QueryDict
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from modelsearch.conf import get_app_config
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from core.geo import DEPARTMENT_NAMES, REGION_NAMES
from core.models import Audience, PageAudience, PageTerritoryType, PageTheme, TerritoryType, Theme
from core.page_cache import cached_fragment
from core.text import fold
from guides.models import GuidePage, OrientationPage
from practices.models import BudgetRange, PracticePage

from .french import clean_query, meaningful_words, query_stems

logger = logging.getLogger(__name__)

PER_PAGE = 10
MAX_PAGE_PARAM = 10_000
# An engine returns its best hits; filters and facets work within them.
MAX_ENGINE_HITS = 1000
SNIPPET_LENGTH = 240

# Content types, by public slug.
CONTENT_TYPES = {
    "orientation": (OrientationPage, _("Orientation")),
    "guide": (GuidePage, _("Guide pratique")),
    "pratique": (PracticePage, _("Fiche de bonne pratique")),
}

SORTS = {
    "pertinence": _("Pertinence"),
    "recent": _("Plus récents"),
    "titre": _("Titre (A → Z)"),
}

# Filter name (URL parameter) -> label; the order of the sidebar.
FILTERS = {
    "type": _("Type de contenu"),
    "theme": _("Thématique"),
    "territory": _("Type de territoire"),
    "audience": _("Public"),
    "region": _("Région"),
    "department": _("Département"),
    "budget": _("Budget"),
}

TAG_FILTERS = {
    "theme": (Theme, PageTheme),
    "territory": (TerritoryType, PageTerritoryType),
    "audience": (Audience, PageAudience),
}
PRACTICE_FIELD_FILTERS = {"region": "region", "department": "department", "budget": "budget_range"}


# --- The query -----------------------------------------------------------------------------


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

    def params(self, **changes) -> QueryDict:
        """The query as URL parameters (page 1 and the default sort left out)."""
        data = QueryDict(mutable=True)
        q = changes.get("q", self.q)
        if q:
            data["q"] = q
        filters = changes.get("filters", self.filters)
        for name in FILTERS:
            if filters.get(name):
                data.setlist(name, filters[name])
        sort = changes.get("sort", self.sort)
        if sort != "pertinence":
            data["sort"] = sort
        page = changes.get("page", 1)
        if page and page > 1:
            data["page"] = str(page)
        return data

    def without(self, name: str, value: str | None = None) -> str:
        """URL parameters of this query without one filter value (or the whole filter)."""
        filters = {k: list(v) for k, v in self.filters.items()}
        filters[name] = [v for v in filters.get(name, []) if value is not None and v != value]
        return self.params(filters=filters).urlencode()


def _vocabulary(name: str) -> list[tuple[int, str, str, str]]:
    """(id, slug, name, name_en) of every term of a tag filter, in display order. Kept per content
    generation (any change to a term bumps it): parsing, filtering by tag id and the facet labels
    then cost no query on a warm cache."""
    model = TAG_FILTERS[name][0]
    return cached_fragment(
        f"search:vocabulary:{name}",
        lambda: list(model.objects.values_list("id", "slug", "name", "name_en")),
    )


def _valid_values(name: str) -> set[str]:
    if name == "type":
        return set(CONTENT_TYPES)
    if name in TAG_FILTERS:
        return {slug for _id, slug, _name, _name_en in _vocabulary(name)}
    if name == "region":
        return set(REGION_NAMES)
    if name == "department":
        return set(DEPARTMENT_NAMES)
    return set(BudgetRange.values)


def parse_query(params, lang: str | None = None) -> SearchQuery:
    """Build a query from URL parameters: unknown filter values, sorts and languages are
    dropped, the text is capped, any `page` gives a valid number. Never raises."""
    language = params.get("lang") or lang or translation.get_language() or "fr"
    language = language.split("-")[0]
    if language not in {"fr", "en"}:
        language = "fr"
    filters = {}
    for name in FILTERS:
        raw = [v.strip() for v in params.getlist(name) if v and v.strip()][:50]
        if raw:
            valid = _valid_values(name)
            kept = []
            for value in raw:
                if value in valid and value not in kept:
                    kept.append(value)
            if kept:
                filters[name] = kept
    sort = params.get("sort", "pertinence")
    if sort not in SORTS:
        sort = "pertinence"
    try:
        page = int(params.get("page", "1"))
    except (TypeError, ValueError):
        page = 1
    page = min(max(page, 1), MAX_PAGE_PARAM)
    return SearchQuery(
        q=clean_query(params.get("q", "")), filters=filters, sort=sort, page=page, lang=language
    )


# --- The results ---------------------------------------------------------------------------


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Hit:
    page: Page
    type: str
    type_label: str
    url: str
    summary: str
    snippet: str  # HTML, escaped, matches wrapped in <mark>
    promoted: bool = False

    @property
    def tag_groups(self):
        return self.page.tag_groups()


@dataclass
class SearchResults:
    query: SearchQuery
    hits: list[Hit]
    count: int
    page: int
    num_pages: int
    facets: dict[str, list[FacetValue]]
    engine_error: bool = False
    stems: list[str] = field(default_factory=list)

    @property
    def has_previous(self):
        return self.page > 1

    @property
    def has_next(self):
        return self.page < self.num_pages

    @property
    def previous_params(self) -> str:
        return self.query.params(page=self.page - 1).urlencode()

    @property
    def next_params(self) -> str:
        return self.query.params(page=self.page + 1).urlencode()


# --- Text matching, per backend ------------------------------------------------------------


# Named after its columns: a connection keeps its temporary tables across requests.
HITS_TABLE = "temp.hub_search_match_entries"


class SQLiteMatcher:
    """FTS5 on the index tables that Wagtail's database backend keeps up to date, with French
    query analysis (stems matched as prefixes) and title matches weighted above body matches."""

    TITLE_WEIGHT = 10.0

    def __init__(self, stems: list[str], content_type_ids: list[int]):
        # Wagtail swaps modelsearch's models for its own (wagtailsearch_indexentry...).
        self.ENTRY_TABLE = get_app_config().get_model("IndexEntry")._meta.db_table
        self.FTS_TABLE = f"{self.ENTRY_TABLE}_fts"
        phrases = [f'"{s}"*' if len(s) >= 3 else f'"{s}"' for s in stems]
        self.match = "{title body} : (" + " AND ".join(phrases) + ")"
        self.ct_sql = ", ".join(str(int(pk)) for pk in content_type_ids)

    def _from(self):
        # Column order of the FTS table is (autocomplete, body, title).
        return (
            f"FROM {self.FTS_TABLE} JOIN {self.ENTRY_TABLE} e ON e.id = {self.FTS_TABLE}.rowid "
            f"WHERE {self.FTS_TABLE} MATCH %s AND e.content_type_id IN ({self.ct_sql})"
        )

    def materialize(self) -> None:
        """Run the FTS match once per search into a per-connection temporary table (page id,
        index entry id): the count, the facet counts and the ranking then read it instead of
        matching again. No score here: bm25 over every match of a broad query costs more than
        the match itself, so it is computed in `rank_arm` for the pages left after the filters."""
        with connection.cursor() as cursor:
            cursor.execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {HITS_TABLE} "
                "(id INTEGER PRIMARY KEY, entry INTEGER NOT NULL UNIQUE)"
            )
            cursor.execute(f"DELETE FROM {HITS_TABLE}")  # noqa: S608
            cursor.execute(
                f"INSERT OR IGNORE INTO {HITS_TABLE} (id, entry) "  # noqa: S608
                f"SELECT CAST(e.object_id AS INTEGER), e.id {self._from()}",
                [self.match],
            )

    def q(self) -> Q:
        return Q(pk__in=RawSQL(f"SELECT id FROM {HITS_TABLE}", []))  # noqa: S608, S611

    def _ranked_sql(self, head: str, entries_sql: str) -> str:
        # `+rowid` keeps the entry list from being pushed into FTS5 as rowid lookups (each one
        # re-runs the match): the match is scanned once and bm25 computed for listed rows only.
        fts = self.FTS_TABLE
        return (
            f"{head}, bm25({fts}, 0.0, 1.0, {self.TITLE_WEIGHT}) AS score "  # noqa: S608
            f"FROM {fts} CROSS JOIN {HITS_TABLE} h "
            f"WHERE {fts} MATCH %s AND h.entry = {fts}.rowid AND +{fts}.rowid IN ({entries_sql}) "
            "ORDER BY score, h.id DESC LIMIT %s"
        )

    def rank_arm(self, where: str, where_params: list, limit: int) -> tuple[str, list]:
        """Part of the facet query (see `_count_and_facets`): the best `limit` candidates
        passing `where`, with their score (lower is better)."""
        entries = (
            f"SELECT m.entry FROM flagged JOIN {HITS_TABLE} m ON m.id = flagged.id WHERE {where}"  # noqa: S608
        )
        ranked = self._ranked_sql("SELECT 'hit' AS facet, CAST(h.id AS TEXT) AS value", entries)
        sql = f"SELECT facet, value, score FROM ({ranked}) AS ranked"  # noqa: S608
        return sql, [self.match, *where_params, limit]

    def rank(self, scored: list[tuple[int, float]]) -> list[int]:
        return [pk for pk, _score in sorted(scored, key=lambda row: (row[1], -row[0]))]

    def ranked_ids(self, pages, limit: int) -> list[int]:
        """The best `limit` matches among `pages` (a queryset), for autocomplete."""
        sub_sql, sub_params = pages.order_by().values("pk").query.sql_with_params()
        entries = f"SELECT entry FROM {HITS_TABLE} WHERE id IN ({sub_sql})"  # noqa: S608
        with connection.cursor() as cursor:
            cursor.execute(
                self._ranked_sql("SELECT h.id", entries), [self.match, *sub_params, limit]
            )
            return [row[0] for row in cursor.fetchall()]


class BackendMatcher:
    """Any Wagtail search backend (OpenSearch, Elasticsearch, PostgreSQL): its best hits in
    relevance order; the French rules come from the backend's analysis settings."""

    def __init__(self, backend, text: str, locale: Locale):
        scope = Page.objects.filter(locale_id=locale.pk, live=True)
        results = backend.search(meaningful_words(text), scope, operator="and")
        self.ids = [page.pk for page in results[:MAX_ENGINE_HITS]]

    def q(self) -> Q:
        return Q(pk__in=self.ids)

    def rank_arm(self, where: str, where_params: list, limit: int) -> tuple[str, list]:
        # At most MAX_ENGINE_HITS rows: the engine's order is applied in Python.
        sql = f"SELECT 'hit', CAST(id AS TEXT), 0 FROM flagged WHERE {where}"  # noqa: S608
        return sql, list(where_params)

    def rank(self, scored: list[tuple[int, float]]) -> list[int]:
        position = {pk: i for i, pk in enumerate(self.ids)}
        return sorted((pk for pk, _score in scored), key=position.__getitem__)


def _uses_sqlite_database_backend(backend) -> bool:
    return (
        type(backend).__module__.startswith("modelsearch.backends.database.sqlite")
        and connection.vendor == "sqlite"
    )


# --- The service ---------------------------------------------------------------------------


def _content_type_ids() -> dict[str, int]:
    return {
        slug: ContentType.objects.get_for_model(model).pk
        for slug, (model, _label) in CONTENT_TYPES.items()
    }


def base_queryset(locale: Locale, site: Site | None):
    """Live, public orientations, guides and practice cards of one site and language."""
    pages = (
        Page.objects.live()
        .public()
        .filter(locale_id=locale.pk, content_type_id__in=list(_content_type_ids().values()))
    )
    if site is not None:
        root = site.root_page
        if root.locale_id != locale.pk:
            root = root.get_translation_or_none(locale)
            if root is None:
                return Page.objects.none()
        pages = pages.filter(path__startswith=root.path)
    return pages


def _vocabularies() -> dict[str, list[tuple[int, str, str, str]]]:
    """The terms of every tag filter, loaded once per search and passed along."""
    return {name: _vocabulary(name) for name in TAG_FILTERS}


def _tag_ids(terms: list[tuple[int, str, str, str]], slugs: list[str]) -> list[int]:
    wanted = set(slugs)
    return [pk for pk, slug, _name, _name_en in terms if slug in wanted]


def _filter_q(name: str, values: list[str], vocab: dict) -> Q:
    if name == "type":
        ct_ids = _content_type_ids()
        return Q(content_type_id__in=[ct_ids[v] for v in values])
    if name in TAG_FILTERS:
        through = TAG_FILTERS[name][1]
        # Tag ids resolved once from the vocabulary: no join on the tag table per filter.
        ids = through.objects.filter(tag_id__in=_tag_ids(vocab[name], values))
        return Q(pk__in=ids.values("content_object_id"))
    column = PRACTICE_FIELD_FILTERS[name]
    ids = PracticePage.objects.filter(**{f"{column}__in": values}).values("page_ptr_id")
    return Q(pk__in=ids)


def _apply_filters(pages, query: SearchQuery, vocab: dict):
    for name, values in query.filters.items():
        if values:
            pages = pages.filter(_filter_q(name, values, vocab))
    return pages


def _quote(name: str) -> str:
    return connection.ops.quote_name(name)


def _marks(values: list) -> str:
    return ", ".join(["%s"] * len(values))


def _filter_flag(name: str, values: list[str], vocab: dict) -> tuple[str, list]:
    """SQL condition over a candidate row (columns id, ct, department, region, budget) saying
    whether it passes one filter. Tag filters test the id against the through table with tag
    ids resolved once (no join on the tag table); non-practice rows have NULL practice columns,
    hence COALESCE: the condition is never NULL."""
    if name == "type":
        ct_ids = _content_type_ids()
        ids = [ct_ids[v] for v in values]
        return f"ct IN ({_marks(ids)})", ids
    if name in TAG_FILTERS:
        ids = _tag_ids(vocab[name], values) or [0]  # `IN ()` is not valid SQL; no tag has id 0
        table = _quote(TAG_FILTERS[name][1]._meta.db_table)
        return (
            f"id IN (SELECT content_object_id FROM {table} WHERE tag_id IN ({_marks(ids)}))",  # noqa: S608
            ids,
        )
    return f"COALESCE({name}, '') IN ({_marks(values)})", list(values)


@dataclass
class _Counted:
    count: int
    facets: dict[str, dict[str, int]]
    ranked: list[int] = field(default_factory=list)  # relevance order, promoted pages left out
    promoted: set[int] = field(default_factory=set)  # promoted pages passing every filter


def _count_and_facets(
    query: SearchQuery, matched, vocab: dict, matcher=None, promoted_ids=(), rank_limit: int = 0
) -> _Counted:
    """The number of results and the counts of every filter value, in ONE query.

    `cand`: the candidate pages (live, public, this site and language, matching the text) with
    the few columns the filters need. `flagged`: the same rows with a 0/1 column per active
    filter, materialized once, keeping only the rows that fail at most one filter (a row failing
    two filters counts nowhere). The result count keeps the rows passing every filter; the
    counts of a filter keep the rows passing every *other* filter, grouped by the filter's
    value; for a tag vocabulary, each kept row is looked up in the through table by page id
    (CROSS JOIN tells SQLite to loop over the small candidate set, not the whole through
    table). So the page, visibility and text conditions are evaluated once, not once per
    filter, and the number of arms is fixed, whatever the number of pages or values.
    With a text match sorted by relevance, two more arms give the best `rank_limit` matches
    passing every filter (promoted pages apart) and the promoted pages passing every filter,
    so the page of results needs no query of its own either.
    Portable SQL: SQLite >= 3.35 and PostgreSQL >= 12 (`[NOT] MATERIALIZED`).
    """
    practice = PracticePage._meta.model_name
    candidates = matched.order_by().values_list(
        "pk",
        "content_type_id",
        f"{practice}__department",
        f"{practice}__region",
        f"{practice}__budget_range",
    )
    try:
        cand_sql, cand_params = candidates.query.sql_with_params()
    except EmptyResultSet:  # `.none()`: only stop words, or no root page in this language
        return _Counted(0, {name: {} for name in FILTERS})
    active = [name for name in FILTERS if query.filters.get(name)]
    flag_columns, params = "", list(cand_params)
    for name in active:
        sql, flag_params = _filter_flag(name, query.filters[name], vocab)
        flag_columns += f", CASE WHEN {sql} THEN 1 ELSE 0 END AS f_{name}"
        params += flag_params
    useful = ""
    if len(active) >= 2:
        useful = f"WHERE {' + '.join(f'f_{name}' for name in active)} >= {len(active) - 1}"

    def passing(skip: str | None = None) -> str:
        kept = [f"f_{name} = 1" for name in active if name != skip]
        return " AND ".join(kept) if kept else "1 = 1"

    # Only table names from model metadata and fixed filter names are put in the SQL text;
    # every value is a parameter.
    arms = [f"SELECT 'count', CAST(NULL AS TEXT), COUNT(*) FROM flagged WHERE {passing()}"]  # noqa: S608
    for name in FILTERS:
        if name in TAG_FILTERS:
            table = _quote(TAG_FILTERS[name][1]._meta.db_table)
            arms.append(
                f"SELECT '{name}', CAST(t.tag_id AS TEXT), COUNT(*) "  # noqa: S608
                f"FROM flagged CROSS JOIN {table} t "
                f"WHERE t.content_object_id = flagged.id AND {passing(name)} GROUP BY t.tag_id"
            )
        elif name == "type":
            arms.append(
                f"SELECT 'type', CAST(ct AS TEXT), COUNT(*) FROM flagged "  # noqa: S608
                f"WHERE {passing(name)} GROUP BY ct"
            )
        else:
            arms.append(
                f"SELECT '{name}', {name}, COUNT(*) FROM flagged "  # noqa: S608
                f"WHERE {passing(name)} AND COALESCE({name}, '') <> '' GROUP BY {name}"
            )
    arm_params = []
    if matcher is not None:
        where, where_params = passing(), []
        if promoted_ids:
            marks = _marks(promoted_ids)
            arms.append(
                f"SELECT 'promoted', CAST(id AS TEXT), 0 FROM flagged "  # noqa: S608
                f"WHERE {where} AND id IN ({marks})"
            )
            arm_params += promoted_ids
            where += f" AND flagged.id NOT IN ({marks})"
            where_params = list(promoted_ids)
        rank_sql, rank_params = matcher.rank_arm(where, where_params, rank_limit)
        arms.append(rank_sql)
        arm_params += rank_params
    sql = (
        f"WITH cand (id, ct, department, region, budget) AS NOT MATERIALIZED ({cand_sql}), "  # noqa: S608
        f"flagged AS MATERIALIZED (SELECT * FROM (SELECT cand.*{flag_columns} FROM cand) AS f "
        f"{useful}) " + " UNION ALL ".join(arms)
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params + arm_params)
        rows = cursor.fetchall()

    by_ct = {str(pk): slug for slug, pk in _content_type_ids().items()}
    slug_by_id = {name: {str(pk): slug for pk, slug, _n, _e in vocab[name]} for name in TAG_FILTERS}
    counted = _Counted(0, {name: {} for name in FILTERS})
    counts, scored = counted.facets, []
    for facet, value, n in rows:
        if facet == "count":
            counted.count = n
        elif facet == "hit":
            scored.append((int(value), n))
        elif facet == "promoted":
            counted.promoted.add(int(value))
        elif facet == "type":
            if value in by_ct:
                counts["type"][by_ct[value]] = n
        elif facet in TAG_FILTERS:
            if value in slug_by_id[facet]:
                counts[facet][slug_by_id[facet][value]] = n
        else:
            counts[facet][value] = n
    if matcher is not None:
        counted.ranked = matcher.rank(scored)
    return counted


def _facet_labels(name: str, vocab: dict) -> list[tuple[str, str]]:
    """Every possible value of a filter with its label in the active language, in display order."""
    if name == "type":
        return [(slug, str(label)) for slug, (_model, label) in CONTENT_TYPES.items()]
    if name in TAG_FILTERS:
        english = (translation.get_language() or "fr").startswith("en")
        return [
            (slug, name_en if english and name_en else fr_name)
            for _pk, slug, fr_name, name_en in vocab[name]
        ]
    if name == "region":
        return [(code, str(label)) for code, label in REGION_NAMES.items()]
    if name == "department":
        return [(code, f"{code} – {label}") for code, label in DEPARTMENT_NAMES.items()]
    return [(value, str(label)) for value, label in BudgetRange.choices]


def _facets(
    query: SearchQuery, counts: dict[str, dict], vocab: dict
) -> dict[str, list[FacetValue]]:
    facets = {}
    for name in FILTERS:
        selected = set(query.filters.get(name, []))
        facets[name] = [
            FacetValue(value, label, counts[name].get(value, 0), value in selected)
            for value, label in _facet_labels(name, vocab)
            if counts[name].get(value) or value in selected
        ]
    return facets


def _promoted_ids(text: str) -> list[int]:
    if not text:
        return []
    promotions = SearchPromotion.objects.filter(
        query__query_string=normalise_query_string(text), page__isnull=False
    ).order_by("sort_order")
    return list(promotions.values_list("page_id", flat=True))


def highlight(text: str, stems: list[str], length: int = SNIPPET_LENGTH) -> str:
    """An HTML snippet of `text`: escaped first, then the words that match a query stem (accents
    and case ignored) wrapped in <mark>; cut around the first match when the text is long."""
    text = " ".join((text or "").split())
    if len(text) > length:
        start = 0
        for match in re.finditer(r"\w+", text):
            if any(fold(match.group()).startswith(s) for s in stems):
                start = max(0, match.start() - length // 4)
                break
        cut = text[start : start + length]
        text = ("… " if start else "") + cut.rsplit(" ", 1)[0] + " …"
    if not stems:
        return escape(text)
    parts, last = [], 0
    for match in re.finditer(r"\w+", text):
        word = match.group()
        if any(fold(word).startswith(s) for s in stems):
            parts.append(escape(text[last : match.start()]))
            parts.append(f"<mark>{escape(word)}</mark>")
            last = match.end()
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))  # noqa: S308 - every part is escaped above


def _hits(ids: list[int], promoted: set[int], stems: list[str], request) -> list[Hit]:
    by_ct = {pk: slug for slug, pk in _content_type_ids().items()}
    # The through rows with their term in one query per vocabulary (three, not six).
    tags = [
        Prefetch(f"{relation}_items", queryset=through.objects.select_related("tag"))
        for relation, through in (
            ("theme", PageTheme),
            ("territory", PageTerritoryType),
            ("audience", PageAudience),
        )
    ]
    pages = Page.objects.filter(pk__in=ids).specific().prefetch_related(*tags)
    found = {p.pk: p for p in pages}
    hits = []
    for pk in ids:
        page = found.get(pk)
        if page is None:
            continue
        slug = by_ct.get(page.content_type_id, "")
        summary = getattr(page, "summary", "") or ""
        hits.append(
            Hit(
                page=page,
                type=slug,
                type_label=str(CONTENT_TYPES[slug][1]) if slug else "",
                url=page.get_url(request=request) or "",
                summary=summary,
                snippet=highlight(summary, stems),
                promoted=pk in promoted,
            )
        )
    return hits


def run_search(query: SearchQuery, request=None, site: Site | None = None) -> SearchResults:
    """The one entry point: results and facet counts for `query`."""
    with translation.override(query.lang):
        locale = Locale.objects.filter(language_code=query.lang).first()
        if site is None and request is not None:
            site = Site.find_for_request(request)
        if locale is None:
            return SearchResults(query, [], 0, 1, 1, {name: [] for name in FILTERS})
        base = base_queryset(locale, site)
        stems = query_stems(query.q) if query.q else []
        matched, matcher, engine_error = base, None, False
        promoted_ids: list[int] = []
        if query.q and stems:
            backend = get_search_backend()
            try:
                if _uses_sqlite_database_backend(backend):
                    matcher = SQLiteMatcher(stems, list(_content_type_ids().values()))
                    matcher.materialize()
                else:
                    matcher = BackendMatcher(backend, query.q, locale)
            except Exception:
                # The engine is down or refused the query: the page still works, on filters.
                logger.exception("Search backend failed for query %r", query.q)
                engine_error, matcher = True, None
            if matcher is not None:
                promoted_ids = _promoted_ids(query.q)
                matched = base.filter(matcher.q() | Q(pk__in=promoted_ids))
        elif query.q:
            # Only stop words: nothing to look for.
            matched = base.none()

        vocab = _vocabularies()
        by_relevance = matcher is not None and query.sort == "pertinence"
        # The page asked for, before it is capped to the last page: the ranked list fetched
        # with the counts covers it, and any page before it.
        counted = _count_and_facets(
            query,
            matched,
            vocab,
            matcher if by_relevance else None,
            promoted_ids,
            rank_limit=query.page * PER_PAGE,
        )
        count, counts = counted.count, counted.facets
        num_pages = max(1, math.ceil(count / PER_PAGE))
        page = min(query.page, num_pages)
        offset = (page - 1) * PER_PAGE

        if by_relevance:
            promoted_here = [pk for pk in promoted_ids if pk in counted.promoted]
            head = promoted_here[offset : offset + PER_PAGE]
            rest_offset = max(0, offset - len(promoted_here))
            ids = head + counted.ranked[rest_offset : rest_offset + PER_PAGE - len(head)]
            promoted_set = set(promoted_here)
        else:
            if query.sort == "titre":
                ordering = [Lower("title"), "pk"]
            else:
                ordering = ["-first_published_at", "-pk"]
            filtered = _apply_filters(matched, query, vocab)
            ids = list(
                filtered.order_by(*ordering).values_list("pk", flat=True)[
                    offset : offset + PER_PAGE
                ]
            )
            promoted_set = set()

        return SearchResults(
            query=query,
            hits=_hits(ids, promoted_set, stems, request),
            count=count,
            page=page,
            num_pages=num_pages,
            facets=_facets(query, counts, vocab),
            engine_error=engine_error,
            stems=stems,
        )


def autocomplete_titles(text: str, lang: str, request=None, limit: int = 8) -> list[dict]:
    """Titles starting like the typed text, for the search box (live, public, this site and
    language), through the backend's autocomplete."""
    text = clean_query(text)
    if len(text) < 2:
        return []
    locale = Locale.objects.filter(language_code=lang).first()
    if locale is None:
        return []
    site = Site.find_for_request(request) if request is not None else None
    base = base_queryset(locale, site)
    backend = get_search_backend()
    try:
        scope = Page.objects.filter(locale_id=locale.pk, live=True)
        candidates = [p.pk for p in backend.autocomplete(text, scope)[: limit * 4]]
    except Exception:
        logger.exception("Search backend failed to autocomplete %r", text)
        return []
    if not candidates and _uses_sqlite_database_backend(backend):
        # The SQLite autocomplete has no stemming: fall back on the French full-text match.
        stems = query_stems(text)
        if stems:
            matcher = SQLiteMatcher(stems, list(_content_type_ids().values()))
            matcher.materialize()
            candidates = matcher.ranked_ids(base, limit)
    allowed = {p.pk: p for p in base.filter(pk__in=candidates).only("title", "url_path")}
    return [
        {"title": allowed[pk].title, "url": allowed[pk].get_url(request=request)}
        for pk in candidates
        if pk in allowed
    ][:limit]

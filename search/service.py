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
from django.db import connection
from django.db.models import Count, Q
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

from guides.models import GuidePage, OrientationPage
from hub.geo import DEPARTMENT_NAMES, REGION_NAMES
from hub.models import Audience, PageAudience, PageTerritoryType, PageTheme, TerritoryType, Theme
from practices.models import BudgetRange, PracticePage

from .french import clean_query, fold, meaningful_words, query_stems

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


def _valid_values(name: str) -> set[str]:
    if name == "type":
        return set(CONTENT_TYPES)
    if name in TAG_FILTERS:
        return set(TAG_FILTERS[name][0].objects.values_list("slug", flat=True))
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


HITS_TABLE = "temp.hub_search_hits"


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
        """Run the FTS match once per search into a per-connection temporary table: the count,
        the page of results and every facet count then read it instead of matching again."""
        with connection.cursor() as cursor:
            cursor.execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {HITS_TABLE} "
                "(id INTEGER PRIMARY KEY, score REAL NOT NULL)"
            )
            cursor.execute(f"DELETE FROM {HITS_TABLE}")  # noqa: S608
            cursor.execute(
                f"INSERT OR IGNORE INTO {HITS_TABLE} (id, score) "  # noqa: S608
                f"SELECT CAST(e.object_id AS INTEGER), "
                f"bm25({self.FTS_TABLE}, 0.0, 1.0, {self.TITLE_WEIGHT}) {self._from()}",
                [self.match],
            )

    def q(self) -> Q:
        return Q(pk__in=RawSQL(f"SELECT id FROM {HITS_TABLE}", []))  # noqa: S608, S611

    def ranked_ids(self, filtered, offset: int, limit: int) -> list[int]:
        sub_sql, sub_params = filtered.order_by().values("pk").query.sql_with_params()
        sql = (
            f"SELECT id FROM {HITS_TABLE} WHERE id IN ({sub_sql}) "  # noqa: S608
            "ORDER BY score, id DESC LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*sub_params, limit, offset])
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

    def ranked_ids(self, filtered, offset: int, limit: int) -> list[int]:
        allowed = set(filtered.filter(pk__in=self.ids).values_list("pk", flat=True))
        return [pk for pk in self.ids if pk in allowed][offset : offset + limit]


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


def _filter_q(name: str, values: list[str]) -> Q:
    if name == "type":
        ct_ids = _content_type_ids()
        return Q(content_type_id__in=[ct_ids[v] for v in values])
    if name in TAG_FILTERS:
        through = TAG_FILTERS[name][1]
        ids = through.objects.filter(tag__slug__in=values).values("content_object_id")
        return Q(pk__in=ids)
    column = PRACTICE_FIELD_FILTERS[name]
    ids = PracticePage.objects.filter(**{f"{column}__in": values}).values("page_ptr_id")
    return Q(pk__in=ids)


def _apply_filters(pages, query: SearchQuery, skip: str | None = None):
    for name, values in query.filters.items():
        if name != skip and values:
            pages = pages.filter(_filter_q(name, values))
    return pages


def _facet_counts(name: str, pages) -> dict[str, int]:
    """One GROUP BY query: value -> number of pages of `pages` that have it."""
    if name == "type":
        by_ct = {pk: slug for slug, pk in _content_type_ids().items()}
        rows = pages.order_by().values("content_type_id").annotate(n=Count("pk"))
        return {by_ct[r["content_type_id"]]: r["n"] for r in rows if r["content_type_id"] in by_ct}
    if name in TAG_FILTERS:
        through = TAG_FILTERS[name][1]
        rows = (
            through.objects.filter(content_object_id__in=pages.order_by().values("pk"))
            .values("tag__slug")
            .annotate(n=Count("content_object_id"))
            .order_by()
        )
        return {r["tag__slug"]: r["n"] for r in rows}
    column = PRACTICE_FIELD_FILTERS[name]
    rows = (
        PracticePage.objects.filter(page_ptr_id__in=pages.order_by().values("pk"))
        .exclude(**{column: ""})
        .values(column)
        .annotate(n=Count("page_ptr_id"))
        .order_by()
    )
    return {r[column]: r["n"] for r in rows}


def _facet_labels(name: str) -> list[tuple[str, str]]:
    """Every possible value of a filter with its label in the active language, in display order."""
    if name == "type":
        return [(slug, str(label)) for slug, (_model, label) in CONTENT_TYPES.items()]
    if name in TAG_FILTERS:
        return [(t.slug, t.label) for t in TAG_FILTERS[name][0].objects.all()]
    if name == "region":
        return [(code, str(label)) for code, label in REGION_NAMES.items()]
    if name == "department":
        return [(code, f"{code} – {label}") for code, label in DEPARTMENT_NAMES.items()]
    return [(value, str(label)) for value, label in BudgetRange.choices]


def _facets(query: SearchQuery, matched) -> dict[str, list[FacetValue]]:
    facets = {}
    for name in FILTERS:
        counts = _facet_counts(name, _apply_filters(matched, query, skip=name))
        selected = set(query.filters.get(name, []))
        values = [
            FacetValue(value, label, counts.get(value, 0), value in selected)
            for value, label in _facet_labels(name)
            if counts.get(value) or value in selected
        ]
        facets[name] = values
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
    pages = Page.objects.filter(pk__in=ids).specific().prefetch_related(*PracticePage.TAG_PREFETCH)
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

        filtered = _apply_filters(matched, query)
        count = filtered.count()
        num_pages = max(1, math.ceil(count / PER_PAGE))
        page = min(query.page, num_pages)
        offset = (page - 1) * PER_PAGE

        if matcher is not None and query.sort == "pertinence":
            promoted_here = list(filtered.filter(pk__in=promoted_ids).values_list("pk", flat=True))
            promoted_here.sort(key=promoted_ids.index)
            head = promoted_here[offset : offset + PER_PAGE]
            rest_offset = max(0, offset - len(promoted_here))
            ids = head + matcher.ranked_ids(
                filtered.exclude(pk__in=promoted_here), rest_offset, PER_PAGE - len(head)
            )
            promoted_set = set(promoted_here)
        else:
            if query.sort == "titre":
                ordering = [Lower("title"), "pk"]
            else:
                ordering = ["-first_published_at", "-pk"]
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
            facets=_facets(query, matched),
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
            candidates = matcher.ranked_ids(base, 0, limit)
    allowed = {p.pk: p for p in base.filter(pk__in=candidates).only("title", "url_path")}
    return [
        {"title": allowed[pk].title, "url": allowed[pk].get_url(request=request)}
        for pk in candidates
        if pk in allowed
    ][:limit]

"""The search service: a query object in, results and facet counts out, whatever the backend.

`run_search` is the one entry point of the HTML page, the JSON API, the autocomplete (and later
feeds and alerts). Its work, by role: query analysis (french.py), the filter registry
(filters.py), text matching in SQL (matching.py) and counts in one statement (facets.py) on the
database backends, one engine request on OpenSearch/Elasticsearch (engine.py).
"""

import difflib
import functools
import logging
import math
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Q
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.search.utils import normalise_query_string

from core.page_urls import page_url
from core.text import fold
from core.vocabularies import vocabularies

from . import engine, memory, rows
from .backends import search_backend
from .facets import Counted, compiled, count_and_facets
from .filters import (
    CONTENT_TYPES,
    content_type_ids,
    filters,
    kept,
    one_search,
    tag_pairs,
    term_objects,
)
from .filters import search_filter as filter_named
from .french import analyse, clean_query, synonym_groups
from .french import words as words_of
from .matching import Hits, hits_sql
from .query import FILTERS, MAX_PAGE_PARAM, SORTS, SearchQuery, parse_query

__all__ = [
    "FILTERS",
    "MAX_PAGE_PARAM",
    "SORTS",
    "SearchQuery",
    "parse_query",
    "run_search",
    "autocomplete_titles",
    "matching_ids",
    "language_root",
    "SearchBatch",
]

logger = logging.getLogger(__name__)

PER_PAGE = 10
SNIPPET_LENGTH = 240


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
    reasons: list[str] = field(default_factory=list)  # why it passes the filters, when not obvious

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
    matched_words: list[str] = field(default_factory=list)  # the meaningful words looked for
    engine_took_ms: int | None = None  # the engine's own time for the request, when one answered
    suggestions: list[str] = field(default_factory=list)  # "did you mean", when nothing matched

    @property
    def has_previous(self):
        return self.page > 1

    @property
    def has_next(self):
        return self.page < self.num_pages

    @property
    def previous_params(self) -> str:
        return self.query.urlencode(page=self.page - 1)

    @property
    def next_params(self) -> str:
        return self.query.urlencode(page=self.page + 1)


def language_root(locale: Locale, site: Site | None) -> Page | None | bool:
    """The site's root in this language; None for no site; False when it has no translation."""
    if site is None:
        return None
    return kept(("root", site.pk, locale.pk), lambda: _find_root(locale, site))


def _find_root(locale: Locale, site: Site) -> Page | bool:
    root = site.root_page
    if root.locale_id != locale.pk:
        root = root.get_translation_or_none(locale)
        if root is None:
            return False
    return root


def locale_of(lang: str) -> Locale | None:
    return kept(("locale", lang), lambda: Locale.objects.filter(language_code=lang).first())


def _private_sections() -> list[tuple[str, int]]:
    """(path, depth) of every page with a view restriction (Wagtail's `private_q`, kept)."""
    return kept(
        "private-sections",
        lambda: list(PageViewRestriction.objects.values_list("page__path", "page__depth")),
    )


def _public(pages):
    """Wagtail's `.public()`, from the kept list of private sections."""
    private = Q()
    for path, depth in _private_sections():
        private |= Q(path__startswith=path, depth__gte=depth)
    return pages.exclude(private if private else Q(pk__in=[]))


def base_queryset(locale: Locale, site: Site | None):
    """Live, public orientations, guides and practice cards of one site and language."""
    pages = _public(Page.objects.live()).filter(
        locale_id=locale.pk, content_type_id__in=list(content_type_ids().values())
    )
    root = language_root(locale, site)
    if root is False:
        return Page.objects.none()
    if root is not None:
        pages = pages.filter(path__startswith=root.path)
    return pages


def _promoted_ids(text: str) -> list[int]:
    if not text:
        return []
    return kept("search-promotions", _promotions).get(normalise_query_string(text), [])


def _promotions() -> dict[str, list[int]]:
    """Every promoted page by query, in promotion order: a short table editors rarely change,
    kept per content generation (a promotion saved or deleted starts a new one, search/apps.py)."""
    found: dict[str, list[int]] = {}
    rows = (
        SearchPromotion.objects.filter(page__isnull=False)
        .order_by("sort_order", "pk")
        .values_list("query__query_string", "page_id")
    )
    for query_string, page_id in rows:
        found.setdefault(query_string, []).append(page_id)
    return found


def uses_database_backend(backend) -> bool:
    return type(backend).__module__.startswith("modelsearch.backends.database") and (
        connection.vendor in {"sqlite", "postgresql"}
    )


def _facets(query: SearchQuery, counts: dict[str, dict]) -> dict[str, list[FacetValue]]:
    facets = {}
    for search_filter in filters():
        name = search_filter.param
        selected = set(query.filters.get(name, []))
        got = counts.get(name, {})
        facets[name] = [
            FacetValue(value, label, got.get(value, 0), value in selected)
            for value, label in search_filter.choices()
            if got.get(value) or value in selected
        ]
    return facets


# Snippets fold the same words over and over: each word once per process.
_fold_word = functools.lru_cache(maxsize=16384)(fold)


@functools.lru_cache(maxsize=256)
def _matcher(stems: tuple[str, ...]):
    """Whether a word matches one of `stems` (a root as a prefix, a short word whole), each word
    folded and decided once per set of stems (a snippet tests some thirty words)."""
    decided: dict[str, bool] = {}

    def matches(word: str) -> bool:
        found = decided.get(word)
        if found is None:
            folded = _fold_word(word)
            found = any(folded.startswith(s) if len(s) >= 4 else folded == s for s in stems)
            if len(decided) >= 4096:
                decided.clear()
            decided[word] = found
        return found

    return matches


def highlight(text: str, stems: list[str], length: int = SNIPPET_LENGTH) -> str:
    """An HTML snippet of `text`: escaped first, then the words that match a query root (accents
    and case ignored) wrapped in <mark>; cut around the first match when the text is long."""
    text = " ".join((text or "").split())
    matches = _matcher(tuple(stems))
    if len(text) > length:
        start = 0
        for match in re.finditer(r"\w+", text):
            if matches(match.group()):
                start = max(0, match.start() - length // 4)
                break
        cut = text[start : start + length]
        text = ("… " if start else "") + cut.rsplit(" ", 1)[0] + " …"
    if not stems:
        return escape(text)

    def mark(found: re.Match) -> str:
        word = found.group(1)
        return f"<mark>{word}</mark>" if word and matches(word) else found.group(0)

    # Escaped first; the entities escaping wrote (&amp; &#x27;…) are skipped whole, so a word
    # is only ever text of the summary (a word character never needs escaping).
    return mark_safe(_WORD_OR_ENTITY.sub(mark, escape(text)))  # noqa: S308 - escaped


_WORD_OR_ENTITY = re.compile(r"&#?\w+;|(\w+)")


@functools.cache
def _stream_fields(model) -> tuple[str, ...]:
    # A result shows its title, summary, place and terms: never its body blocks, whose
    # values cost most of a page's loading.
    return tuple(f.name for f in model._meta.concrete_fields if isinstance(f, StreamField))


def _pages(ids: list[int], types: dict[int, int]) -> list[Page]:
    """The specific pages of `ids`: read from each type's table when the search gave the types
    (the database backends), else through Wagtail's `specific()` (one query more)."""
    if not ids:
        return []
    if any(pk not in types for pk in ids):
        return list(Page.objects.filter(pk__in=ids).specific())
    by_type: dict[int, list[int]] = {}
    for pk in ids:
        by_type.setdefault(types[pk], []).append(pk)
    pages = []
    for ct, pks in by_type.items():
        model = ContentType.objects.get_for_id(ct).model_class() or Page
        # No ORDER BY: the caller orders them by `ids` (Page's default order by path costs a
        # sort, or a walk of the whole path index when the planner misjudges the table sizes).
        pages += rows.read(model, pks, defer=_stream_fields(model))
    return pages


def attach_terms(pages: list[Page], slugs: dict[int, dict[str, list[str]]] | None = None) -> None:
    """The terms of each result page, for its card (`page.terms()`, `tag_groups()`): the
    (page, term) pairs of every vocabulary in one query, the term objects kept. Model
    instances for the through rows cost more than the rest of a result page together.
    `slugs`: each page's term slugs per vocabulary as an engine returned them with its hits
    (what it indexed of the published page): then no query."""
    if not pages:
        return
    known = vocabularies()
    ids = [page.pk for page in pages]
    found: dict[int, dict[str, list]] = {pk: {v.items: [] for v in known} for pk in ids}
    objects = [term_objects(v) for v in known]
    if slugs is not None and all(pk in slugs for pk in ids):
        for n, vocabulary in enumerate(known):
            by_slug = {term.slug: term for term in objects[n].values()}
            for pk in ids:
                for slug in slugs[pk].get(vocabulary.param, ()):
                    if (term := by_slug.get(slug)) is not None:
                        found[pk][vocabulary.items].append(term)
    else:
        for n, page_id, tag_id in tag_pairs(known, ids):
            term = objects[n].get(tag_id)
            if term is not None:
                found[page_id][known[n].items].append(term)
    for page in pages:
        page.attached_terms = {
            items: sorted(terms, key=lambda term: (term.sort_order, term.name))
            for items, terms in found[page.pk].items()
        }


def _hits(
    ids: list[int],
    promoted: set[int],
    stems: list[str],
    request,
    types: dict[int, int],
    terms: dict[int, dict[str, list[str]]] | None = None,
) -> list[Hit]:
    by_ct = {pk: slug for slug, pk in content_type_ids().items()}
    pages = _pages(ids, types)
    attach_terms(pages, terms)
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
                url=page_url(page, request) or "",
                summary=summary,
                snippet=highlight(summary, stems),
                promoted=pk in promoted,
            )
        )
    return hits


def _database_search(
    query, words, base, promoted_ids, sort, facets=True, scope=None
) -> tuple[Counted, int]:
    """Counts, facets and one page of ids: in process (search/memory.py, when every filter it
    needs has an in-process form and SEARCH_COUNT_IN_PROCESS is on), else in one SQL statement
    (a second one only when the asked page is past the end: the last page is given). With
    promoted pages, the ranked arm leaves them out and is asked for a window wide enough to
    complete the page after them.
    `base`: a function giving the visible pages (built only when the snapshot is built or the
    search counts in SQL); `scope`: what they are (locale, site), naming the snapshot."""
    promoted_ids = promoted_ids if sort == "pertinence" else []
    extra = len(promoted_ids)
    snap = None
    if scope is not None and settings.SEARCH_COUNT_IN_PROCESS:
        snap = memory.snapshot(base, scope)  # calls base() only to build it

    @functools.cache
    def sql_hits() -> Hits | None:
        return hits_sql(words, list(content_type_ids().values())) if words else None

    def run(page: int) -> Counted:
        offset = (page - 1) * PER_PAGE
        start = max(0, offset - extra)
        options = {
            "sort": sort,
            "promoted_ids": promoted_ids,
            "offset": start,
            "limit": PER_PAGE + extra,
            "facets": facets,
        }
        counted = None
        if snap is not None:  # None again when a filter has no in-process form
            counted = memory.count_and_facets(query.filters, snap, words, **options)
        if counted is None:
            counted = count_and_facets(query.filters, base(), sql_hits(), **options)
        here = [pk for pk in promoted_ids if pk in counted.promoted]
        head = here[offset : offset + PER_PAGE]
        rest = max(0, offset - len(here)) - start
        counted.ids = head + counted.ids[rest : rest + PER_PAGE - len(head)]
        counted.promoted = set(head)
        return counted

    counted = run(query.page)
    last = max(1, math.ceil(counted.count / PER_PAGE))
    if query.page > last:
        return run(last), last
    return counted, query.page


def run_search(
    query: SearchQuery, request=None, site: Site | None = None, *, facets: bool = True
) -> SearchResults:
    """The one entry point: results and facet counts for `query` (`facets=False`: results and
    count only, for feeds: every facet comes back empty)."""
    with translation.override(query.lang), one_search():
        locale = locale_of(query.lang)
        if site is None and request is not None:
            site = Site.find_for_request(request)
        if locale is None:
            return SearchResults(query, [], 0, 1, 1, {name: [] for name in FILTERS})
        base = functools.cache(lambda: base_queryset(locale, site))
        words = analyse(query.q, query.lang) if query.q else []
        stems = [r for w in words for r in w.roots]
        promoted_ids = _promoted_ids(query.q) if words else []
        ranking = any(
            filter_named(name).rank_sql(values) is not None
            for name, values in query.filters.items()
        )
        sort = query.sort if words or ranking or query.sort != "pertinence" else "recent"
        backend = search_backend()
        engine_error, took, counted, page = False, None, None, query.page

        if query.q and not words:
            # Only stop words: nothing to look for.
            counted = Counted(0, {})
        elif engine.is_engine(backend):
            counted, took, page = _engine_search(
                backend, query, words, locale, site, promoted_ids, sort, facets
            )
            engine_error = counted is None
        if counted is None:
            # The database backend, or an engine that failed: then the page works on filters.
            if engine_error:
                words, promoted_ids = [], []
                sort = "recent" if sort == "pertinence" else sort
            scope = (locale.pk, site.pk if site is not None else None)
            counted, page = _database_search(
                query, words, base, promoted_ids, sort, facets, scope=scope
            )
        num_pages = max(1, math.ceil(counted.count / PER_PAGE))
        page = min(page, num_pages)
        suggestions = suggest(query.q, query.lang) if words and not counted.count else []

        hits = _hits(counted.ids, counted.promoted, stems, request, counted.types, counted.terms)
        for hit in hits:
            hit.reasons = [
                reason
                for name, values in query.filters.items()
                if (reason := filter_named(name).explain(values, hit.page))
            ]
        return SearchResults(
            query=query,
            hits=hits,
            count=counted.count,
            page=page,
            num_pages=num_pages,
            facets=_facets(query, counted.facets),
            engine_error=engine_error,
            stems=stems,
            matched_words=[w.typed for w in words],
            engine_took_ms=took,
            suggestions=suggestions,
        )


def matching_ids(
    query: SearchQuery, site: Site | None, within: list[int] | None, limit: int | None = None
) -> list[int]:
    """Every page among `within` (page ids; None: all of them) that the public search shows for
    `query` on `site`, newest first, the first `limit` (None: all of `within`), without facets:
    what feeds and alerts need. Set-based: one statement (database backends) or one engine
    request per call, whatever `within` holds."""
    if within is not None and not within:
        return []
    size = limit if limit is not None else len(within)
    with translation.override(query.lang), one_search():
        locale = locale_of(query.lang)
        words = analyse(query.q, query.lang) if query.q and locale is not None else []
        if locale is None or (query.q and not words):
            return []
        backend = search_backend()
        if engine.is_engine(backend):
            root = language_root(locale, site)
            if root is False:
                return []
            root_path = root.path if root is not None else ""
            body = engine.request_body(
                words,
                query.filters,
                locale_id=locale.pk,
                root_path=root_path,
                hidden_paths=engine.hidden_paths(root_path),
                promoted_ids=[],
                sort="recent",
                offset=0,
                size=size,
            )
            if within is not None:
                body["query"]["bool"]["filter"].append({"terms": {"_id": [str(i) for i in within]}})
            body.pop("aggs", None)
            return engine.search(backend, body)[0].ids
        hits = hits_sql(words, list(content_type_ids().values())) if words else None
        return _newest_ids(locale, site, query.filters, within, size, hits)


def _visible_sql(locale: Locale, site: Site | None) -> tuple[str, list] | None:
    """`SELECT id, first_published_at` of `base_queryset`, compiled once per content
    generation (what it reads, the root page and the private sections, changes only with one):
    building it with the ORM costs more than running it. None: no page can be seen."""

    def compile_sql():
        visible = base_queryset(locale, site).order_by().values_list("pk", "first_published_at")
        return compiled(visible)

    return kept(("visible-sql", locale.pk, site.pk if site else None), compile_sql)


def _newest_ids(locale, site, selected, within, size, hits: Hits | None) -> list[int]:
    """The newest `size` visible pages matching the text (`hits`: one word at least, as the
    search page counts them; None: no text) and passing every filter (each filter's own
    `pages_sql`, the condition the counts use), among `within` if given. One statement: no
    count, no score, no facet, none of which a feed or an alert shows."""
    visible = _visible_sql(locale, site)
    if visible is None:
        return []
    conditions, params = [], list(visible[1])
    if hits is not None:
        conditions.append(f"id IN (SELECT id FROM ({hits.union}) AS arms)")  # noqa: S608
        params += list(hits.params)
    for param, values in selected.items():
        if values:
            sql, filter_params = filter_named(param).pages_sql(values)
            conditions.append(f"id IN ({sql})")
            params += filter_params
    if within is not None:
        conditions.append(f"id IN ({', '.join(['%s'] * len(within))})")
        params += list(within)
    where = " AND ".join(conditions) or "1 = 1"
    sql = (
        f"WITH visible (id, pub) AS NOT MATERIALIZED ({visible[0]}) "  # noqa: S608
        f"SELECT id FROM visible WHERE {where} ORDER BY pub DESC, id DESC LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, size])
        return [row[0] for row in cursor.fetchall()]


class SearchBatch:
    """Many searches over the same few pages (alerts: thousands of saved searches, the pages
    published since the last run), each answered as `matching_ids` would, at a fraction of its
    cost: the text of each distinct query is matched once (`matching_ids`, no filters), each
    distinct filter value is read once with the registry's own condition (`SearchFilter.q`),
    and a search is then their combination as the search page makes it: the text's pages, in
    every filter one of its values. Use it within `one_search()`."""

    def __init__(self, page_ids: list[int]):
        self.page_ids = list(page_ids)
        self._texts: dict[tuple, set[int]] = {}
        self._values: dict[tuple[str, str], set[int]] = {}

    def _text(self, query: SearchQuery, site: Site | None) -> set[int]:
        key = (query.q, query.lang, site.pk if site else None)
        if key not in self._texts:
            if query.q:
                text_only = SearchQuery(q=query.q, lang=query.lang)
                found = set(matching_ids(text_only, site, self.page_ids))
            else:
                locale = locale_of(query.lang)
                found = set()
                if locale is not None:
                    base = base_queryset(locale, site).filter(pk__in=self.page_ids)
                    found = set(base.values_list("pk", flat=True))
            self._texts[key] = found
        return self._texts[key]

    def _value(self, param: str, value: str) -> set[int]:
        key = (param, value)
        if key not in self._values:
            condition = filter_named(param).q([value])
            pages = Page.objects.filter(pk__in=self.page_ids).filter(condition)
            self._values[key] = set(pages.values_list("pk", flat=True))
        return self._values[key]

    def ids(self, query: SearchQuery, site: Site | None) -> set[int]:
        found = set(self._text(query, site))
        for param, values in query.filters.items():
            if found and values:
                found &= set().union(*(self._value(param, value) for value in values))
        return found


def _engine_search(backend, query, words, locale, site, promoted_ids, sort, facets=True):
    """(counted or None when the engine failed, the engine's took, the page shown)."""
    root = language_root(locale, site)
    if root is False:
        return Counted(0, {}), None, 1
    root_path = root.path if root is not None else ""
    try:
        hidden = engine.hidden_paths(root_path)
        kwargs = {
            "locale_id": locale.pk,
            "root_path": root_path,
            "hidden_paths": hidden,
            "promoted_ids": promoted_ids,
            "sort": sort,
            "size": PER_PAGE,
            "facets": facets,
        }
        page = query.page
        body = engine.request_body(words, query.filters, offset=(page - 1) * PER_PAGE, **kwargs)
        counted, took = engine.search(backend, body)
        last = max(1, math.ceil(counted.count / PER_PAGE))
        if page > last:
            page = last
            body = engine.request_body(words, query.filters, offset=(page - 1) * PER_PAGE, **kwargs)
            counted, took = engine.search(backend, body)
        if sort == "pertinence":
            counted.promoted = set(promoted_ids) & set(counted.ids)
        return counted, took, page
    except Exception:
        # The engine is down or refused the query: the page still works, on filters.
        logger.exception("Search backend failed for query %r", query.q)
        return None, None, query.page


def _known_words(lang: str) -> dict[str, str]:
    """Folded word -> as written, for the words a query may have meant: the labels of every
    searchable filter value and the synonyms (kept per content generation)."""
    return kept(("known-words", lang), _read_known_words)


def _read_known_words() -> dict[str, str]:
    known = {}
    for search_filter in filters():
        for _value, labels in search_filter.label_texts():
            for label in labels:
                for word in words_of(label):
                    if len(word) > 3:
                        known.setdefault(fold(word), word.lower())
    for group in synonym_groups():
        for member in group.split(","):
            member = member.strip()
            known.setdefault(fold(member), member)
    return known


def suggest(text: str, lang: str, limit: int = 3) -> list[str]:
    """Queries close to `text` word by word (a typo: "seniros" -> "seniors"), never the same."""
    known = _known_words(lang)
    suggestions = []
    for word in analyse(text, lang):
        close = difflib.get_close_matches(fold(word.typed), known, n=limit, cutoff=0.75)
        for match in close:
            suggestion = text.replace(word.typed, known[match])
            if fold(suggestion) != fold(text) and suggestion not in suggestions:
                suggestions.append(suggestion)
    return suggestions[:limit]


def ranked_ids(pages, text: str, lang: str = "fr", limit: int = PER_PAGE) -> list[int]:
    """Ids of `pages` (any queryset of orientations, guides and cards: an editor's pages, drafts
    included) matching `text`, best first, with the public search's matching and ranking, on the
    database backends (the admin search of issue 20 can build on it)."""
    words = analyse(clean_query(text), lang)
    if not words:
        return []
    hits = hits_sql(words, list(content_type_ids().values()))
    with one_search():
        return count_and_facets({}, pages, hits, sort="pertinence", offset=0, limit=limit).ids


def autocomplete_titles(text: str, lang: str, request=None, limit: int = 8) -> list[dict]:
    """Titles for the search box (live, public, this site and language): the backend's
    autocomplete on title beginnings, completed by the search service's own ranking."""
    text = clean_query(text)
    if len(text) < 2:
        return []
    locale = locale_of(lang)
    if locale is None:
        return []
    site = Site.find_for_request(request) if request is not None else None
    base = base_queryset(locale, site)
    backend = search_backend()
    try:
        scope = Page.objects.filter(locale_id=locale.pk, live=True)
        candidates = [p.pk for p in backend.autocomplete(text, scope)[: limit * 4]]
    except Exception:
        logger.exception("Search backend failed to autocomplete %r", text)
        return []
    if not candidates and uses_database_backend(backend):
        # The database autocomplete has no stemming: fall back on the search's own matching.
        candidates = ranked_ids(base, text, lang, limit)
    allowed = {p.pk: p for p in base.filter(pk__in=candidates).only("title", "url_path")}
    return [
        {"title": allowed[pk].title, "url": allowed[pk].get_url(request=request)}
        for pk in candidates
        if pk in allowed
    ][:limit]

"""The search on an engine (OpenSearch, Elasticsearch): count, facet counts and the ranked page
from ONE engine request; the database then loads only the page's rows.

The documents carry one keyword field per registry filter (`hub_<param>`, added by
search/backends.py through `document_fields`), so the engine filters and counts by itself:
the selected filters go in `post_filter` (the hits), each facet is a `filter` aggregation with
the *other* filters and a `terms` aggregation inside, and `track_total_hits` makes the count
exact. Ranking follows the same points as the database backends (search/matching.py): per query
word, the best of 13 (title), 12 (a filter value it names) and 11 (indexed text), summed.
"""

from django.db.models import Q
from django.utils import translation
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from wagtail.models import Page, PageViewRestriction

from core.text import fold

from .facets import Counted
from .filters import CONTENT_TYPES, VocabularyFilter, filters, kept
from .french import Word, is_exact, roots, words
from .matching import LABEL, SHORT_WORD, TEXT, TITLE, label_values

PROMOTED_BOOST = 1000
# Unstemmed copies of the title and of all searched text (search/backends.py).
EXACT_TITLE = "hub_exact_title"
EXACT_TEXT = "hub_exact_text"
CONTENT_TYPE = "content_type_id_filter"  # Wagtail's filter field of Page.content_type


def is_engine(backend) -> bool:
    return isinstance(backend, ElasticsearchBaseSearchBackend)


def mapping_fields() -> dict:
    return {f.engine_field: {"type": "keyword"} for f in filters()}


def document_fields(page) -> dict:
    """The filter values of a page for its engine document (none for other page types: the
    `hub_type` field then marks the searchable documents)."""
    if not isinstance(page, tuple(model for model, _label in CONTENT_TYPES.values())):
        return {}
    return {f.engine_field: f.document_values(page) for f in filters()}


def _text_clauses(word: Word, field: str, exact_field: str) -> list[dict]:
    """One `match` per text of the word; an acronym or short word on the unstemmed field."""
    clauses = []
    for text in word.texts:
        tokens = words(text)
        if len(tokens) == 1 and is_exact(tokens[0]):
            clauses.append({"match": {exact_field: {"query": text, "operator": "and"}}})
        elif len(tokens) == 1 and len(fold(tokens[0])) <= SHORT_WORD:
            # A short word stems to a short root ("café" -> "caf", as "CAF"): its own beginning,
            # unstemmed, instead.
            clauses.append({"prefix": {exact_field: roots(tokens[0])[0]}})
        else:
            clauses.append({"match": {field: {"query": text, "operator": "and"}}})
    return clauses


def _word_clause(word: Word, named) -> dict:
    queries = [
        {
            "constant_score": {
                "filter": {"bool": {"should": _text_clauses(word, "title", EXACT_TITLE)}},
                "boost": TITLE,
            }
        },
        {
            "constant_score": {
                "filter": {"bool": {"should": _text_clauses(word, "_all_text", EXACT_TEXT)}},
                "boost": TEXT,
            }
        },
    ]
    for search_filter, values in named:
        queries.append(
            {
                "constant_score": {
                    "filter": {"terms": {search_filter.engine_field: values}},
                    "boost": LABEL,
                }
            }
        )
    return {"dis_max": {"queries": queries}}


def _terms(search_filter, values) -> dict:
    return search_filter.engine_filter(values)


_CLAUSES_SIZE = 4096


def _word_clauses(words: list[Word]) -> list[dict]:
    """The clause of each word, kept per content generation and language (the labels a word
    names change only with one). Shared between requests: never changed once built."""
    store = kept(("engine-word-clauses", translation.get_language() or ""), dict)
    found = {w: store.get(w) for w in words}
    missing = [w for w, clause in found.items() if clause is None]
    if missing:
        if len(store) + len(missing) > _CLAUSES_SIZE:
            store.clear()
        for word, named in zip(missing, label_values(missing), strict=True):
            found[word] = store[word] = _word_clause(word, named)
    return [found[w] for w in words]


def _aggregation_sizes(all_filters) -> dict[str, int]:
    """Each facet's number of buckets (every value it has), kept per content generation."""
    return kept(
        ("engine-aggregation-sizes", tuple(f.param for f in all_filters)),
        lambda: {f.param: max(len(f.choices()), 10) for f in all_filters},
    )


SORTS = {
    "pertinence": [
        {"_score": "desc"},
        {"first_published_at_filter": "desc"},
        {"id_filter": "desc"},
    ],
    "recent": [{"first_published_at_filter": "desc"}, {"id_filter": "desc"}],
    "titre": [{"title_filter": "asc"}, {"id_filter": "asc"}],
}


def request_body(
    words,
    selected,
    *,
    locale_id,
    root_path,
    hidden_paths,
    promoted_ids,
    sort,
    offset,
    size,
    facets=True,
):
    """The engine request of a search (pure: tested and benchmarked without an engine);
    `facets=False`: no aggregations (feeds)."""
    visible = [
        {"term": {"live_filter": True}},
        {"term": {"locale_id_filter": locale_id}},
        {"exists": {"field": "hub_type"}},
    ]
    if root_path:
        visible.append({"prefix": {"path_filter": root_path}})
    query: dict = {"bool": {"filter": visible}}
    if hidden_paths:
        query["bool"]["must_not"] = [{"prefix": {"path_filter": p}} for p in hidden_paths]
    if words:
        should = _word_clauses(words)
        for rank, pk in enumerate(promoted_ids):
            boost = PROMOTED_BOOST * (len(promoted_ids) - rank) if sort == "pertinence" else 0.001
            should.append(
                {"constant_score": {"filter": {"terms": {"_id": [str(pk)]}}, "boost": boost}}
            )
        query["bool"]["should"] = should
        query["bool"]["minimum_should_match"] = 1
    all_filters = filters()
    active = [f for f in all_filters if selected.get(f.param)]
    aggs = {}
    sizes = _aggregation_sizes(all_filters) if facets else {}
    for f in all_filters if facets else ():
        others = [_terms(o, selected[o.param]) for o in active if o.param != f.param]
        aggs[f.param] = {
            "filter": {"bool": {"filter": others}} if others else {"match_all": {}},
            "aggs": {"values": {"terms": {"field": f.engine_field, "size": sizes[f.param]}}},
        }
    body = {
        "query": query,
        "aggs": aggs,
        "track_total_hits": True,
        # Each hit's content type: the page's rows are then read from its own table, without
        # the body blocks (search.service._pages), as on the database backends; and its terms
        # (their slugs), which its card shows: no query for them (search.service.attach_terms).
        "_source": [CONTENT_TYPE, *(f.engine_field for f in _vocabulary_filters())],
        "from": offset,
        "size": size,
        "sort": SORTS[sort if sort in SORTS and (words or sort != "pertinence") else "recent"],
    }
    if active:
        body["post_filter"] = {"bool": {"filter": [_terms(f, selected[f.param]) for f in active]}}
    return body


def _listed(value) -> list[str]:
    """A keyword field as `_source` gives it back: a list, one value alone, or nothing."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _vocabulary_filters() -> list[VocabularyFilter]:
    return [f for f in filters() if isinstance(f, VocabularyFilter)]


def hidden_paths(root_path: str) -> list[str]:
    """Paths of the pages under a view restriction (their subtree is private): one small query,
    kept per content generation (a change to a view restriction bumps it)."""
    return kept(
        ("hidden-paths", root_path),
        lambda: list(
            PageViewRestriction.objects.filter(Q(page__path__startswith=root_path)).values_list(
                "page__path", flat=True
            )
        ),
    )


def search(backend, body: dict) -> tuple[Counted, int]:
    """Send the request; (counts and the page of ids, the engine's own time in ms)."""
    index = backend.get_index_for_model(Page).name
    if getattr(backend, "use_new_elasticsearch_api", False):
        response = backend.es.search(index=index, **body)
    else:
        response = backend.es.search(index=index, body=body)
    hits = response["hits"]["hits"]
    counted = Counted(
        count=response["hits"]["total"]["value"],
        facets={},
        ids=[int(hit["_id"]) for hit in hits],
        types={
            int(hit["_id"]): int(hit["_source"][CONTENT_TYPE])
            for hit in hits
            if hit.get("_source", {}).get(CONTENT_TYPE) is not None
        },
    )
    vocabulary = _vocabulary_filters()
    if vocabulary:
        counted.terms = {
            int(hit["_id"]): {
                f.param: _listed(hit.get("_source", {}).get(f.engine_field)) for f in vocabulary
            }
            for hit in hits
        }
    for f in filters():
        buckets = (
            response.get("aggregations", {}).get(f.param, {}).get("values", {}).get("buckets", [])
        )
        counted.facets[f.param] = {bucket["key"]: bucket["doc_count"] for bucket in buckets}
    return counted, response.get("took", 0)

"""Counting in process (search/memory.py), on SQLite and PostgreSQL: the same results, counts,
facets and order as the one SQL statement of search/facets.py, on the same pages and queries;
what it keeps is renewed by a publish or an unpublish; it costs no counting SQL."""

import itertools
import os
import threading

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from core import page_cache
from hub.settings.base import cache_settings
from search import memory
from search.filters import _KEPT
from search.service import parse_query, run_search
from territories.reference import DENSITY_SLUGS, FRR_SLUG
from tests import search_factories as f

pytestmark = pytest.mark.skipif(
    connection.vendor not in {"sqlite", "postgresql"},
    reason="in-process counting reads the database backend's own text match",
)

THEMES = ["usage-securise", "demarches-administratives", "loisirs-creations"]
AUDIENCES = ["seniors", "jeunes", ""]
TERRITORIES = [DENSITY_SLUGS[6], DENSITY_SLUGS[1], FRR_SLUG]
DEPARTMENTS = ["15", "69", ""]
BUDGETS = ["0", "1k", ""]
TITLES = [
    "Atelier numérique pour seniors",
    "Permanence démarches en ligne",
    "Club tablette",
    "Café numérique des parents",
    "Médiation à la médiathèque",
    "atelier de robotique",
    "École des écrans",
    "Prêt de tablettes",
]

QUERIES = [
    {},
    {"q": "atelier"},
    {"q": "atelier seniors"},
    {"q": "numérique tablette", "sort": "recent"},
    {"q": "numérique", "sort": "titre"},
    {"sort": "titre"},
    {"theme": THEMES[0]},
    {"theme": [THEMES[0], THEMES[1]], "audience": "seniors"},
    {"q": "atelier", "theme": THEMES[1], "territory": TERRITORIES[0]},
    {"q": "cantal"},  # names a department: label points
    {"q": "seniors ateliers", "department": "15", "budget": "0"},
    {"type": "guide"},
    {"type": ["pratique", "guide"], "q": "numérique"},
    {"commune": "15001"},
    {"commune": "15001", "q": "atelier"},
    {"q": "atelier", "page": "2"},
    {"q": "atelier", "page": "99"},  # past the end: the last page
    {"q": "mot-introuvable"},
    # On PostgreSQL, the arms of each kind (search.matching._pg_text_arms): a short word
    # rechecked on the plain text, an elided article, a hyphenated phrase, a set of words.
    {"q": "café"},
    {"q": "l’atelier"},
    {"q": "club-tablette"},
    {"q": "club tablette numérique"},
]


def _search(**params):
    data = QueryDict(mutable=True)
    for key, value in params.items():
        data.setlist(key, value if isinstance(value, list) else [value])
    return run_search(parse_query(data, lang="fr"))


def _seen(results):
    return (
        results.count,
        results.page,
        [(hit.page.pk, hit.promoted) for hit in results.hits],
        {name: [(v.value, v.count) for v in values] for name, values in results.facets.items()},
    )


@pytest.fixture
def varied_pages(lane):
    combos = itertools.product(range(len(TITLES)), range(3), range(3))
    for n, (t, a, b) in enumerate(itertools.islice(combos, 40)):
        f.practice(
            TITLES[t] if n < len(TITLES) else f"{TITLES[t]} {n}",
            summary=f"Fiche {n} : {TITLES[(t + a) % len(TITLES)]}.",
            themes=[THEMES[a]] + ([THEMES[b]] if b != a else []),
            audiences=[AUDIENCES[b]] if AUDIENCES[b] else [],
            territories=[TERRITORIES[(a + b) % 3]],
            department=DEPARTMENTS[a],
            budget=BUDGETS[b],
        )
    f.guide("Guide de l’atelier numérique", themes=[THEMES[0]])
    f.guide("Guide tablette", themes=[THEMES[2]])
    f.orientation("Orientation : les ateliers", themes=[THEMES[1]])
    promoted = f.practice("Page mise en avant", themes=[THEMES[1]])
    query = Query.get("atelier")
    SearchPromotion.objects.create(query=query, page=promoted, sort_order=0)
    lane.refresh()


def test_in_process_counts_match_the_sql_statement(varied_pages, settings):
    for params in QUERIES:
        settings.SEARCH_COUNT_IN_PROCESS = False
        in_sql = _seen(_search(**params))
        settings.SEARCH_COUNT_IN_PROCESS = True
        in_process = _seen(_search(**params))
        assert in_process == in_sql, params
        assert in_sql[0] or params.get("q") == "mot-introuvable", params  # something to compare


def test_no_counting_sql_when_counted_in_process(varied_pages, settings):
    settings.SEARCH_COUNT_IN_PROCESS = True
    with CaptureQueriesContext(connection) as ctx:
        results = _search(q="atelier seniors", theme=THEMES[0])
    assert results.count > 0
    assert not any("COUNT(" in q["sql"].upper() for q in ctx.captured_queries)


def test_what_is_kept_between_searches_follows_publishing(lane, settings):
    """Production keeps the snapshot per content generation: a publish or an unpublish is seen
    by the next search, and a search in between costs no snapshot query."""
    settings.FRAGMENT_CACHE = True
    settings.SEARCH_COUNT_IN_PROCESS = True
    first = f.practice("Atelier liseuses", themes=[THEMES[0]])
    lane.refresh()
    assert _search(q="liseuses").count == 1
    with CaptureQueriesContext(connection) as ctx:
        assert _search(q="liseuses", theme=THEMES[0]).count == 1
    # The promotions, the page of results and its terms: no snapshot, no FTS match again.
    assert len(ctx.captured_queries) <= 3, [q["sql"] for q in ctx.captured_queries]
    second = f.practice("Prêt de liseuses", themes=[THEMES[1]])
    lane.refresh()
    results = _search(q="liseuses")
    assert results.count == 2
    assert {v.value: v.count for v in results.facets["theme"]} == {THEMES[0]: 1, THEMES[1]: 1}
    first.unpublish()
    assert [hit.page.pk for hit in _search(q="liseuses").hits] == [second.pk]


@pytest.fixture
def shared_cache(settings, tmp_path):
    """Production's shared cache: a file cache (CACHE_URL's default), or the Redis server of
    the Redis lane (`make test-redis`); and the caches on."""
    url = os.environ.get("CACHE_URL", "")
    if not url.startswith(("redis://", "rediss://")):
        url = f"file://{tmp_path / 'cache'}"
    settings.CACHES = cache_settings(url)
    settings.FRAGMENT_CACHE = True
    settings.SEARCH_COUNT_IN_PROCESS = True
    return settings


def _reads_pages(sql: str) -> bool:
    return "ORDER BY c1 DESC, c0 DESC" in sql  # the snapshot's read of every page


def _matches_text(sql: str) -> bool:
    # FTS5, tsvectors, PostgreSQL's word table (search/migrations/0004)
    return " MATCH " in sql or "@@" in sql or "search_entry_word" in sql


def _another_worker():
    """What a second web worker starts with: nothing kept in this process."""
    _KEPT.clear()


def test_a_snapshot_is_built_once_for_every_worker(lane, shared_cache):
    f.practice("Atelier liseuses", themes=[THEMES[0]])
    lane.refresh()
    with CaptureQueriesContext(connection) as ctx:
        assert _search(q="liseuses").count == 1  # built here, put in the shared cache
    assert any(_reads_pages(q["sql"]) for q in ctx.captured_queries)
    assert any(_matches_text(q["sql"]) for q in ctx.captured_queries)
    _another_worker()
    with CaptureQueriesContext(connection) as ctx:
        assert _search(q="liseuses", theme=THEMES[0]).count == 1
    # The second worker reads the snapshot and the first one's match of the word from the cache.
    assert not any(_reads_pages(q["sql"]) for q in ctx.captured_queries)
    assert not any(_matches_text(q["sql"]) for q in ctx.captured_queries)
    f.practice("Prêt de liseuses", themes=[THEMES[1]])  # a publish: a new generation
    lane.refresh()
    _another_worker()
    assert _search(q="liseuses").count == 2


def test_a_worker_waits_for_the_snapshot_another_one_is_building(lane, shared_cache):
    f.practice("Atelier liseuses", themes=[THEMES[0]])
    lane.refresh()
    assert _search(q="liseuses").count == 1
    built = next(v for _g, v in _KEPT.values() if isinstance(v, memory.Snapshot))
    scope = next(k[1] for k in _KEPT if k[0] == "search-snapshot")
    key = memory.shared_key(scope)
    cache = page_cache._cache()
    cache.delete(key)
    assert cache.add(f"{key}:building", 1)  # another worker is building it
    threading.Timer(0.3, lambda: cache.set(key, built)).start()

    def not_here():
        raise AssertionError("built twice")

    got = memory._shared(scope, not_here)
    assert got.ids == built.ids
    # A builder that failed leaves no lock: the next worker builds it itself.
    cache.delete(key)
    cache.delete(f"{key}:building")
    assert memory._shared(scope, lambda: built) is built
    assert cache.get(f"{key}:building") is None

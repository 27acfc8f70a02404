"""Search: French relevance, filters and facet counts, visibility rules, bad input, API.

Every test taking `lane` runs twice: on the database backend (SQLite FTS5) and, marked `engine`,
on Wagtail's opensearch3 backend against the osmem-server stand-in (`make test-engine`).
"""

import itertools

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from core.vocabularies import vocabularies
from guides.models import GuidePage, OrientationPage
from practices.models import PracticePage
from search.service import parse_query, run_search
from tests import search_factories as f


def search(lane, lang="fr", **params):
    lane.refresh()
    data = QueryDict(mutable=True)
    for key, value in params.items():
        data.setlist(key, value if isinstance(value, list) else [value])
    return run_search(parse_query(data, lang=lang))


def titles(results):
    return [hit.page.title for hit in results.hits]


# --- French relevance ----------------------------------------------------------------------


def test_query_without_accents_finds_accented_words(lane):
    f.practice("Ateliers de médiation numérique")
    f.practice("Club de lecture")
    assert titles(search(lane, q="mediation")) == ["Ateliers de médiation numérique"]


def test_plural_query_finds_singular_and_singular_finds_plural(lane):
    f.practice("La bibliothèque connectée")
    f.practice("Réseau de bibliothèques rurales")
    assert len(search(lane, q="bibliothèques").hits) == 2
    assert len(search(lane, q="bibliotheque").hits) == 2


def test_stop_words_are_ignored(lane):
    f.practice("Permanence numérique", summary="Aide aux démarches en ligne.")
    results = search(lane, q="les démarches de la")
    assert titles(results) == ["Permanence numérique"]


def test_a_page_matching_more_words_ranks_first(lane):
    """Words are preferred, not all required (issue 12): the page with both words leads."""
    f.practice("Atelier robotique")
    f.practice("Atelier smartphone pour seniors")
    f.practice("Club de lecture")
    assert titles(search(lane, q="atelier seniors")) == [
        "Atelier smartphone pour seniors",
        "Atelier robotique",
    ]


def test_title_match_ranks_above_body_match(lane):
    f.practice("Un café des parents", summary="Rencontres autour des écrans à la maison.")
    f.practice("Accueil des tablettes", summary="Prêt de tablettes aux familles.")
    f.practice("Tablettes en prêt")
    results = search(lane, q="tablettes")
    assert set(titles(results)[:2]) == {"Accueil des tablettes", "Tablettes en prêt"}
    assert len(results.hits) == 2


def test_snippet_highlights_matched_words_and_escapes_html(lane):
    f.practice("Atelier", summary="Les <b>bibliothèques</b> et la Médiation.")
    hit = search(lane, q="mediation bibliotheque").hits[0]
    assert "<mark>Médiation</mark>" in hit.snippet
    assert "&lt;b&gt;<mark>bibliothèques</mark>&lt;/b&gt;" in hit.snippet


# --- Visibility ----------------------------------------------------------------------------


def test_draft_practice_is_not_in_search_results(lane):
    f.practice("Inclusion publiée")
    f.practice("Inclusion brouillon", live=False)
    assert titles(search(lane, q="inclusion")) == ["Inclusion publiée"]
    assert titles(search(lane)) == ["Inclusion publiée"]


def test_private_and_unpublished_pages_are_not_in_search_results(lane):
    private = f.practice("Inclusion privée")
    f.make_private(private)
    unpublished = f.guide("Inclusion retirée")
    unpublished.unpublish()
    f.orientation("Inclusion publique")
    assert titles(search(lane, q="inclusion")) == ["Inclusion publique"]


def test_results_are_in_the_visitors_language_only(lane):
    f.practice("Médiation en français")
    f.practice("Mediation in English", language="en")
    assert titles(search(lane, q="mediation")) == ["Médiation en français"]
    assert titles(search(lane, lang="en", q="mediation")) == ["Mediation in English"]


def test_promoted_pages_come_first(lane):
    f.practice("Numérique et médiation", summary="Numérique numérique numérique.")
    promoted = f.guide("Guide pour démarrer", summary="Par où commencer.")
    query = Query.get("numérique")
    SearchPromotion.objects.create(query=query, page=promoted, sort_order=0)
    results = search(lane, q="numérique")
    assert titles(results) == ["Guide pour démarrer", "Numérique et médiation"]
    assert results.hits[0].promoted
    assert results.count == 2


def test_a_promotion_changed_by_an_editor_is_seen_by_the_next_search(lane, settings):
    """Production keeps the promotions per content generation: saving or deleting one starts a
    new generation (cached pages of results included)."""
    settings.FRAGMENT_CACHE = True
    f.practice("Numérique et médiation", summary="Numérique numérique numérique.")
    guide = f.guide("Guide pour démarrer", summary="Par où commencer.")
    assert titles(search(lane, q="numérique")) == ["Numérique et médiation"]
    promotion = SearchPromotion.objects.create(
        query=Query.get("Numérique"), page=guide, sort_order=0
    )
    assert titles(search(lane, q="numérique")) == ["Guide pour démarrer", "Numérique et médiation"]
    promotion.delete()
    assert titles(search(lane, q="numérique")) == ["Numérique et médiation"]


# --- Filters and facets --------------------------------------------------------------------


@pytest.fixture
def corpus(lane):
    """A mixed set whose tags overlap, so OR/AND and facet counts can be told apart."""
    themes = ["demarches-administratives", "usage-securise", "loisirs-creations"]
    territories = ["bourgs-ruraux", "petites-villes", "grands-centres-urbains"]
    audiences = ["seniors", "jeunes"]
    departments = ["69", "01", "29", ""]
    budgets = ["0", "1k", "5k", ""]
    combos = itertools.product(range(3), range(3), range(2))
    for n, (t, r, a) in enumerate(combos):
        f.practice(
            f"Action numérique {n}",
            themes=themes[t : t + 1 + n % 2],
            territories=[territories[r]],
            audiences=[audiences[a]] if n % 3 else [],
            department=departments[n % 4],
            budget=budgets[n % 4],
        )
    f.guide("Guide numérique", themes=["usage-securise"], audiences=["seniors"])
    f.orientation("Orientation numérique", themes=["demarches-administratives"])
    return lane


def _brute_force(pages, params, skip=None):
    """The pages satisfying every filter of `params` except `skip`, checked in Python."""
    kept = []
    for page in pages:
        ok = True
        for name, values in params.items():
            if name in {"q", "sort", "page"} or name == skip:
                continue
            if not set(values) & _values(page, name):
                ok = False
        if ok:
            kept.append(page)
    return kept


def _values(page, name):
    if name == "type":
        return {
            OrientationPage: {"orientation"},
            GuidePage: {"guide"},
            PracticePage: {"pratique"},
        }[type(page)]
    if name == "theme":
        return {t.slug for t in page.theme_terms}
    if name == "territory":
        return {t.slug for t in page.territory_terms}
    if name == "audience":
        return {t.slug for t in page.audience_terms}
    if name == "commune":
        return set()  # chosen with the picker: no value list, no counts (test_search_commune)
    if name in {v.param for v in vocabularies()}:
        # Any other registered vocabulary (the test-only one of tests/vocab_app).
        return {term.slug for term in page.terms(name)}
    field = {"region": "region", "department": "department", "budget": "budget_range"}[name]
    value = getattr(page, field, "")
    return {value} if value else set()


@pytest.mark.parametrize(
    "params",
    [
        {"q": ["numerique"]},
        {"theme": ["usage-securise", "loisirs-creations"]},
        {"theme": ["demarches-administratives"], "territory": ["bourgs-ruraux"]},
        {"q": ["action"], "audience": ["seniors"], "department": ["69", "29"]},
        {"type": ["pratique", "guide"], "budget": ["0"], "region": ["84"]},
    ],
)
def test_facet_counts_equal_a_brute_force_count(corpus, params):
    results = search(corpus, **params)
    everything = list(
        Page.objects.live()
        .filter(locale__language_code="fr")
        .type(OrientationPage, GuidePage, PracticePage)
        .specific()
        .prefetch_related(*PracticePage.TAG_PREFETCH)
    )
    matching = _brute_force(everything, params)
    assert results.count == len(matching)
    assert {"type", "theme", "territory", "audience", "region", "department", "budget"} <= set(
        results.facets
    )
    for name in results.facets:
        pool = _brute_force(everything, params, skip=name)
        expected = {}
        for page in pool:
            for value in _values(page, name):
                expected[value] = expected.get(value, 0) + 1
        got = {facet.value: facet.count for facet in results.facets[name] if facet.count}
        assert got == expected, name


@pytest.mark.parametrize(
    "params",
    [
        {"q": ["numerique"], "theme": ["usage-securise"]},
        {"theme": ["demarches-administratives"], "territory": ["bourgs-ruraux"]},
    ],
)
def test_a_search_without_facets_gives_the_same_results_and_count(corpus, params):
    """Feeds ask for results only: same hits, same count, no facet counted."""
    full = search(corpus, **params)
    data = QueryDict(mutable=True)
    for key, value in params.items():
        data.setlist(key, value)
    bare = run_search(parse_query(data, lang="fr"), facets=False)
    assert [h.page.pk for h in bare.hits] == [h.page.pk for h in full.hits]
    assert bare.count == full.count > 0
    assert all(facet.count == 0 for values in bare.facets.values() for facet in values)


def test_values_of_one_filter_combine_with_or_and_filters_with_and(corpus):
    one = search(corpus, theme="usage-securise").count
    other = search(corpus, theme="loisirs-creations").count
    both = search(corpus, theme=["usage-securise", "loisirs-creations"]).count
    assert both > max(one, other)
    narrowed = search(corpus, theme="usage-securise", territory="bourgs-ruraux").count
    assert 0 < narrowed < one


def test_counts_of_a_filter_ignore_its_own_selection(corpus):
    results = search(corpus, theme="usage-securise")
    theme_counts = {f.value: f.count for f in results.facets["theme"]}
    assert theme_counts["loisirs-creations"] > 0  # a second value can still be chosen
    assert theme_counts["usage-securise"] == results.count


def test_sort_by_title_and_pagination(corpus):
    results = search(corpus, sort="titre")
    assert titles(results) == sorted(titles(results), key=str.lower)
    second = search(corpus, sort="titre", page="2")
    assert second.page == 2
    assert not set(titles(results)) & set(titles(second))


# --- Bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "expected_page"),
    [({"page": "foo"}, 1), ({"page": "99999999"}, 1), ({"page": "-3"}, 1), ({"page": ""}, 1)],
)
def test_bad_page_gives_a_valid_page(lane, params, expected_page):
    f.practice("Médiation")
    assert search(lane, q="mediation", **params).page == expected_page


def test_unknown_filter_values_are_ignored(lane):
    f.practice("Médiation", themes=["usage-securise"])
    query = parse_query(QueryDict("theme=inconnu&theme=usage-securise&type=x&sort=zz&lang=de"))
    assert query.filters == {"theme": ["usage-securise"]}
    assert query.sort == "pertinence"
    assert query.lang == "fr"
    assert search(lane, theme=["inconnu"]).count == 1


def test_query_is_capped_in_length_and_terms():
    query = parse_query(QueryDict("q=" + "+".join(["mot"] * 50) + "x" * 500))
    assert len(query.q) <= 200
    assert len(query.q.split()) <= 10
    assert "\x00" not in parse_query(QueryDict("q=a%00b")).q


@pytest.mark.parametrize(
    "url",
    [
        "/fr/recherche/?page=foo",
        "/fr/recherche/?page=100&q=x",
        "/fr/recherche/?q=%00%00",
        "/fr/recherche/?theme=nope&budget=999&sort=__",
        "/fr/recherche/?q=" + "a" * 5000,
        "/api/search/?page=abc&lang=zz",
        '/fr/recherche/?q="unbalanced AND (NOT *',
        "/api/search/autocomplete/?q=%22%28*",
    ],
)
def test_bad_parameters_never_give_an_error(client, lane, url):
    f.practice("Médiation numérique")
    lane.refresh()
    assert client.get(url).status_code == 200


# --- Pages and API -------------------------------------------------------------------------


def test_search_page_in_both_languages_with_noindex(client, lane):
    f.practice("Médiation numérique", summary="Médiation en bibliothèque.")
    f.practice("Digital mediation", language="en")
    lane.refresh()
    response = client.get("/fr/recherche/?q=mediation")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<meta name="robots" content="noindex">' in html
    assert "<mark>Médiation</mark>" in html
    english = client.get("/en/search/?q=mediation").content.decode()
    assert "Digital mediation" in english and "Médiation numérique" not in english


def test_no_results_state_says_which_filters_to_remove(client, lane):
    f.practice("Médiation numérique", themes=["usage-securise"])
    lane.refresh()
    html = client.get("/fr/recherche/?q=mediation&theme=loisirs-creations").content.decode()
    assert "Aucun résultat" in html
    assert "Loisirs et créations numériques" in html
    assert 'href="?q=mediation"' in html


def test_api_returns_results_and_facets_with_labels_in_the_requested_language(client, lane):
    f.practice("Mediation for seniors", language="en", themes=["usage-securise"])
    lane.refresh()
    data = client.get("/api/search/?q=mediation&lang=en").json()
    assert data["count"] == 1
    result = data["results"][0]
    assert result["type"] == "pratique"
    assert result["themes"] == [{"value": "usage-securise", "label": "Safe use of digital tools"}]
    assert {"value": "usage-securise", "label": "Safe use of digital tools", "count": 1} in [
        {k: v for k, v in facet.items() if k != "selected"} for facet in data["facets"]["theme"]
    ]


def test_autocomplete_suggests_titles(client, lane):
    f.practice("Ateliers de médiation numérique")
    f.practice("Club de lecture")
    lane.refresh()
    data = client.get("/api/search/autocomplete/?q=ateli&lang=fr").json()
    assert [item["title"] for item in data["results"]] == ["Ateliers de médiation numérique"]


def test_engine_down_gives_the_page_with_a_message(client, db, settings, caplog):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch3",
            "URLS": ["http://127.0.0.1:9"],
            "TIMEOUT": 1,
        }
    }
    f.practice("Médiation numérique")
    response = client.get("/fr/recherche/?q=mediation")
    assert response.status_code == 200
    assert "momentanément indisponible" in response.content.decode()
    assert "Search backend failed" in caplog.text


def test_number_of_queries_does_not_grow_with_results_or_facet_values(lane):
    def count_queries():
        with CaptureQueriesContext(connection) as ctx:
            search(lane, q="action", audience="seniors", sort="pertinence")
        return len(ctx.captured_queries)

    # One page of each type and tag kind already: `.specific()` takes one query per page type
    # and a prefetch is skipped when nothing is tagged; beyond that nothing may grow.
    f.practice("Action 0", themes=["usage-securise"], territories=["qpv"], audiences=["seniors"])
    f.guide("Action guide 0", audiences=["seniors"])
    f.orientation("Action orientation 0", audiences=["seniors"])
    few = count_queries()
    for n in range(12):
        f.practice(
            f"Action {n + 1}",
            themes=["usage-securise", "loisirs-creations"][: 1 + n % 2],
            territories=["bourgs-ruraux", "petites-villes"][n % 2 :],
            audiences=["seniors", "jeunes"],
            department=["69", "01", "29"][n % 3],
            budget=["0", "1k"][n % 2],
        )
    f.guide("Action guide", audiences=["seniors"])
    assert count_queries() <= few


def test_search_page_query_count_is_bounded(client, lane, django_assert_max_num_queries):
    for n in range(15):
        f.practice(f"Action {n}", themes=["usage-securise"], department="69", budget="0")
    lane.refresh()
    with django_assert_max_num_queries(45):
        response = client.get("/fr/recherche/?q=action&theme=usage-securise&budget=0")
    assert response.status_code == 200


def test_relevance_pages_are_disjoint_and_complete_with_a_promoted_page(lane):
    for n in range(13):
        f.practice(f"Médiation {n}", themes=["usage-securise"])
    f.practice("Médiation hors thème", themes=["loisirs-creations"])
    promoted = f.guide("Guide médiation", themes=["usage-securise"])
    SearchPromotion.objects.create(query=Query.get("médiation"), page=promoted, sort_order=0)
    first = search(lane, q="médiation", theme="usage-securise")
    second = search(lane, q="médiation", theme="usage-securise", page="2")
    beyond = search(lane, q="médiation", theme="usage-securise", page="9")
    assert first.count == second.count == 14
    assert first.hits[0].page.pk == promoted.pk and first.hits[0].promoted
    assert titles(beyond) == titles(second)  # a page past the end gives the last page
    seen = titles(first) + titles(second)
    assert len(seen) == 14 and len(set(seen)) == 14
    assert "Médiation hors thème" not in seen


# --- Scale and backends (issue 12) ---------------------------------------------------------


def test_search_service_query_budget(lane, django_assert_max_num_queries):
    """Text + two filters, every facet: a fixed number of SQL queries (the page's rows, their
    tags, the vocabularies, the promotions; on PostgreSQL one statement for the count, the
    facets and the ranked page; on SQLite the snapshot of visible pages and one FTS match per
    word and column, counted in process — the tests read it afresh, production keeps it)."""
    for n in range(12):
        f.practice(f"Action {n}", themes=["usage-securise"], audiences=["seniors"], budget="0")
    lane.refresh()
    with django_assert_max_num_queries(20):
        results = search(lane, q="action", theme="usage-securise", audience="seniors")
    assert results.count == 12


def test_engine_counts_and_facets_come_from_the_engine(lane):
    """On an engine, no SQL counts anything: the count, the facets and the page come from one
    engine request (filter aggregations, post_filter, track_total_hits)."""
    if lane.name == "database":
        pytest.skip("engine lane")
    f.practice("Atelier numérique", themes=["usage-securise"], department="69")
    f.practice("Atelier tablettes", themes=["loisirs-creations"], department="01")
    f.guide("Guide des ateliers", themes=["usage-securise"])
    lane.refresh()
    with CaptureQueriesContext(connection) as ctx:
        results = search(lane, q="atelier", theme="usage-securise")
    sql = " ".join(q["sql"].upper() for q in ctx.captured_queries)
    assert "COUNT(" not in sql
    # The engine gives each hit's type: the cards' rows come from their own table, without
    # their body blocks, as on the database backends.
    assert '"PRACTICES_PRACTICEPAGE"."STEPS"' not in sql
    # Their terms come with the hits (the slugs the engine indexed): no query of the tags.
    assert "HUB_PAGETHEME" not in sql and "HUB_PAGEAUDIENCE" not in sql
    assert results.count == 2
    assert results.engine_took_ms is not None
    by_title = {hit.page.title: hit.page for hit in results.hits}
    assert [t.slug for t in by_title["Atelier numérique"].attached_terms["theme_items"]] == [
        "usage-securise"
    ]
    themes = {v.value: v.count for v in results.facets["theme"]}
    assert themes == {"usage-securise": 2, "loisirs-creations": 1}
    assert {v.value: v.count for v in results.facets["type"]} == {"pratique": 1, "guide": 1}
    assert {v.value: v.count for v in results.facets["department"]} == {"69": 1}


def test_engine_request_has_filter_aggregations_and_post_filter(db):
    """The body sent to an engine (checked without one): selected filters in post_filter, each
    facet a filter aggregation with the other filters, exact totals."""
    from search.engine import request_body
    from search.french import analyse

    body = request_body(
        analyse("seniors"),
        {"theme": ["usage-securise"], "region": ["84"]},
        locale_id=1,
        root_path="0001",
        hidden_paths=["00010002"],
        promoted_ids=[],
        sort="pertinence",
        offset=0,
        size=10,
    )
    assert body["track_total_hits"] is True
    assert body["post_filter"] == {
        "bool": {
            "filter": [
                {"terms": {"hub_theme": ["usage-securise"]}},
                {"terms": {"hub_region": ["84"]}},
            ]
        }
    }
    assert body["aggs"]["theme"]["filter"] == {
        "bool": {"filter": [{"terms": {"hub_region": ["84"]}}]}
    }
    assert body["aggs"]["audience"]["filter"]["bool"]["filter"] == [
        {"terms": {"hub_theme": ["usage-securise"]}},
        {"terms": {"hub_region": ["84"]}},
    ]
    # "seniors" names the audience term: pages tagged with it match the word.
    word = body["query"]["bool"]["should"][0]["dis_max"]["queries"]
    assert {"terms": {"hub_audience": ["seniors"]}} in [q["constant_score"]["filter"] for q in word]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the production database")
def test_count_past_a_thousand_matches_is_exact_on_postgresql(lane):
    """No cap: 1,300 generated cards, a common word, the count of every matching page."""
    if lane.name != "database":
        pytest.skip("database lane")
    from bench.seed import seed_practices

    seed_practices(1_300, reindex=False, progress=lambda *args: None)
    cards = list(PracticePage.objects.filter(slug__startswith="bench-"))
    get_search_backend().get_index_for_model(PracticePage).add_items(PracticePage, cards)
    french = Locale.objects.get(language_code="fr")
    expected = PracticePage.objects.live().filter(locale=french).search("numérique")
    results = search(lane, q="numérique")
    assert results.count == expected.count() > 1000
    facets = {v.value: v.count for v in results.facets["type"]}
    assert facets["pratique"] == results.count


def test_engine_term_slugs_are_read_back_as_lists():
    """An engine gives a keyword field back as stored: a list, or one value alone; each hit's
    terms are a list either way (one slug read as its letters would show no term)."""
    from search.engine import _listed

    assert _listed(None) == []
    assert _listed("seniors") == ["seniors"]
    assert _listed(["seniors", "jeunes"]) == ["seniors", "jeunes"]

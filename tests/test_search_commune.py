"""The search's `commune=<code>` filter: "what worked in territories like mine". Cards tagged
with the territory types of territories like the commune pass, the same density level first,
then the neighbouring levels, then the same zonings, each result saying why. Runs on both
search lanes (database and, marked `engine`, the engine stand-in)."""

import pytest
from bs4 import BeautifulSoup
from django.http import QueryDict

from search.service import parse_query, run_search
from territories.models import Commune
from territories.reference import DENSITY_SLUGS, FRR_SLUG
from tests import search_factories as f

ALLANCHE = "15001"


def search(lane, **params):
    lane.refresh()
    data = QueryDict(mutable=True)
    for key, value in params.items():
        data.setlist(key, value if isinstance(value, list) else [value])
    return run_search(parse_query(data, lang="fr"))


@pytest.fixture
def allanche(db):
    commune = Commune.objects.get(code=ALLANCHE)
    assert commune.density_level == 6 and commune.is_frr  # what the reference says of it
    return commune


def test_commune_keeps_cards_of_territories_like_it_closest_first_and_says_why(lane, allanche):
    same = DENSITY_SLUGS[6]
    neighbour = DENSITY_SLUGS[7]
    f.practice("Zonage seulement", territories=[FRR_SLUG])
    f.practice("Niveau voisin", territories=[neighbour])
    f.practice("Même niveau", territories=[same])
    f.practice("Grande ville", territories=[DENSITY_SLUGS[1]])

    results = search(lane, commune=ALLANCHE)

    assert results.count == 3
    titles = [hit.page.title for hit in results.hits]
    if lane.name == "database":
        assert titles == ["Même niveau", "Niveau voisin", "Zonage seulement"]
    else:
        assert sorted(titles) == ["Même niveau", "Niveau voisin", "Zonage seulement"]
    reasons = {hit.page.title: hit.reasons for hit in results.hits}
    assert reasons["Même niveau"][0].startswith("même type de territoire : ")
    assert reasons["Niveau voisin"][0].startswith("type de territoire voisin : ")
    assert reasons["Zonage seulement"][0].startswith("même zonage : ")


def test_commune_combines_with_words_and_other_filters(lane, allanche):
    f.practice(
        "Ateliers numériques au bourg",
        territories=[DENSITY_SLUGS[6]],
        themes=["demarches-administratives"],
    )
    f.practice("Ateliers numériques en ville", territories=[DENSITY_SLUGS[1]])
    f.practice("Café des aidants", territories=[DENSITY_SLUGS[6]])

    results = search(lane, q="ateliers", commune=ALLANCHE)
    assert [hit.page.title for hit in results.hits] == ["Ateliers numériques au bourg"]
    results = search(lane, commune=ALLANCHE, theme="demarches-administratives")
    assert [hit.page.title for hit in results.hits] == ["Ateliers numériques au bourg"]
    # The theme's count is computed with the commune applied.
    counts = {v.value: v.count for v in results.facets["theme"]}
    assert counts["demarches-administratives"] == 1


@pytest.mark.parametrize("value", ["99999", "abc", "15001' OR 1=1 --", "", "1500"])
def test_unknown_or_malformed_commune_is_dropped_not_an_error(db, value):
    query = parse_query(QueryDict(f"commune={value}"), lang="fr")
    assert "commune" not in query.filters


def test_corsican_code_and_lowercase_are_understood(db):
    assert parse_query(QueryDict("commune=2a004"), lang="fr").filters["commune"] == ["2A004"]


def test_search_page_shows_the_commune_and_keeps_it_when_other_filters_are_sent(client, allanche):
    f.practice("Même niveau", territories=[DENSITY_SLUGS[6]])
    response = client.get("/fr/recherche/", {"commune": ALLANCHE})
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    # The form sends the commune again with any other filter ticked.
    assert page.select_one("#recherche input[type=hidden][name=commune]")["value"] == ALLANCHE
    active = [a.get_text(strip=True) for a in page.select(".fr-tag--dismiss")]
    assert "Allanche (15001)" in active
    assert "même type de territoire" in page.select_one(".hub-reason").get_text().lower()
    assert "Allanche" in page.select_one("#filtre-commune").get_text()


def test_territory_page_links_to_the_search_of_territories_like_it(client, allanche):
    f.practice("Même niveau", territories=[DENSITY_SLUGS[6]])
    response = client.get("/fr/territoires/15001-allanche/")
    links = BeautifulSoup(response.content, "html.parser").select("a[href*='commune=15001']")
    assert links, "the commune page links to the search of territories like it"


def test_api_gives_the_reason_of_each_result(client, allanche):
    f.practice("Same level", territories=[DENSITY_SLUGS[6]], language="en")
    data = client.get("/api/search/", {"commune": ALLANCHE, "lang": "en"}).json()
    assert data["count"] == 1
    assert data["results"][0]["reasons"][0].startswith("same type of territory")

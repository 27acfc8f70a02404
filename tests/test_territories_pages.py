"""Visitor pages of "Mon territoire": the commune picker (without JavaScript), the page of a
commune (type, practices of territories like it with the reason, places by distance) and the
page of a department."""

import datetime

import pytest
from bs4 import BeautifulSoup

from places.models import Place
from territories.distance import haversine_km, places_near
from territories.models import Commune
from territories.views import search_communes
from tests import factories

pytestmark = pytest.mark.django_db

ALLANCHE = "/fr/territoires/15001-allanche/"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def text(response):
    return soup(response).get_text(" ", strip=True)


def make_place(name, lat, lon, services=("Aide aux démarches administratives",), **fields):
    return Place.objects.create(
        source_id=f"test-{name}",
        pivot="00000000000000",
        name=name,
        commune=fields.pop("commune", "Quelque part"),
        postal_code=fields.pop("postal_code", "15160"),
        address="1 place de la Mairie",
        updated_on=datetime.date(2025, 1, 1),
        latitude=lat,
        longitude=lon,
        services=list(services),
        **fields,
    )


def test_picker_form_finds_a_commune_by_name_without_accents_and_opens_its_page(client):
    response = client.get("/fr/territoires/", {"q": "ALLANCHE"})
    assert response.status_code == 302
    assert response["Location"] == ALLANCHE


def test_ambiguous_name_gives_a_choice_list_with_saint_spelt_either_way(client):
    response = client.get("/fr/territoires/", {"q": "St-Denis"})
    assert response.status_code == 200
    links = {a["href"] for a in soup(response).select(".hub-commune-choices a")}
    assert "/fr/territoires/93066-saint-denis/" in links
    assert "/fr/territoires/97411-saint-denis/" in links


def test_postal_code_and_suggestion_label_are_understood():
    assert {c.code for c in search_communes("15160")} >= {"15001"}
    assert [c.code for c in search_communes("Saint-Denis (97400)")] == ["97411"]
    assert [c.code for c in search_communes("2A004")] == ["2A004"]
    assert search_communes("\x00") == []


def test_unknown_name_keeps_the_form_with_a_french_error(client):
    response = client.get("/fr/territoires/", {"q": "Zzyzx-sur-Rien"})
    assert response.status_code == 200
    page = soup(response)
    assert page.select_one("#commune-q")["aria-invalid"] == "true"
    assert "Aucune commune ne correspond" in page.select_one("#commune-q-erreur").get_text()


def test_autocomplete_returns_at_most_ten_communes_with_their_page(client):
    data = client.get("/fr/territoires/communes/", {"q": "saint et"}).json()
    assert 0 < len(data["results"]) <= 10
    assert data["results"][0]["name"] == "Saint-Étienne"
    assert data["results"][0]["url"] == "/fr/territoires/42218-saint-etienne/"


def test_commune_page_says_its_type_in_words_and_its_frr_status(client):
    response = client.get(ALLANCHE)
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text(" ", strip=True).startswith("Allanche")
    level = page.select_one("[data-density-level]")
    assert level["data-density-level"] == "6"
    assert level.get_text(strip=True) == "Rural à habitat dispersé"
    assert "FRR socle" in page.select_one("[data-frr]").get_text()
    assert page.find("a", href="/fr/territoires/departement-15/")


def test_practices_of_territories_like_mine_come_closest_first_with_the_reason(client):
    overlay_only = factories.practice("Fiche FRR en ville", territories=("frr",))
    neighbour = factories.practice("Fiche bourg", territories=("bourgs-ruraux",))
    same = factories.practice("Fiche habitat dispersé", territories=("rural-habitat-disperse",))
    factories.practice("Fiche grande ville", territories=("grands-centres-urbains",))
    items = soup(client.get(ALLANCHE)).select(".hub-similar-practices li")
    titles = [li.a.get_text(strip=True) for li in items]
    assert titles == [same.title, neighbour.title, overlay_only.title]
    reasons = [li.select_one("[data-reason]").get_text(strip=True) for li in items]
    assert reasons[0] == "Même type de territoire : Rural à habitat dispersé"
    assert reasons[1] == "Type de territoire voisin : Bourgs ruraux"


def test_places_around_are_sorted_by_distance_in_rings_and_far_ones_left_out(client):
    allanche = Commune.objects.get(code="15001")
    lat, lon = allanche.latitude, allanche.longitude
    make_place("Loin", lat + 0.5, lon)  # about 56 km north
    make_place("Moyen", lat + 0.12, lon, services=("Accès internet et matériel informatique",))
    make_place("Proche", lat + 0.02, lon + 0.02)
    page = soup(client.get(ALLANCHE))
    names = [li.a.get_text(strip=True) for li in page.select(".hub-places-near li")]
    assert names == ["Proche", "Moyen"]
    first = float(page.select_one(".hub-places-near li")["data-distance"].replace(",", "."))
    assert first == pytest.approx(haversine_km(lat, lon, lat + 0.02, lon + 0.02), abs=0.1)
    gaps = [li.get_text(strip=True) for li in page.select("[data-gaps] li")]
    assert "Aide aux démarches administratives" not in gaps
    assert "Accès internet et matériel informatique" not in gaps
    assert "Loisirs et créations numériques" in gaps


def test_database_distance_matches_the_haversine_formula():
    make_place("Clermont", 45.7772, 3.0870)
    found = list(places_near(45.22846, 2.96096, 100))
    assert [p.name for p in found] == ["Clermont"]
    assert found[0].distance == pytest.approx(haversine_km(45.22846, 2.96096, 45.7772, 3.0870))
    assert list(places_near(45.22846, 2.96096, 10)) == []


def test_commune_without_point_still_shows_its_type_and_says_distances_are_unavailable(client):
    commune = Commune.objects.get(code="60694")
    response = client.get(f"/fr/territoires/60694-{commune.slug}/")
    assert response.status_code == 200
    note = soup(response).select_one("[data-no-distance]")
    assert note
    # Without distances, the way to its partners: the directory, filtered by its department.
    link = note.select_one("a")
    assert link.get_text(strip=True) == "Voir les acteurs du département"
    assert link["href"].endswith(f"?departement={commune.department}")
    make_place("Un lieu de l’Oise", 49.4, 2.8, commune="Beauvais", postal_code="60000")
    make_place("Un lieu du Cantal", 45.2, 2.9, commune="Allanche")
    listed = text(client.get(link["href"]))
    assert "Un lieu de l’Oise" in listed
    assert "Un lieu du Cantal" not in listed


def test_unknown_commune_code_is_a_404_with_a_link_to_the_picker(client):
    response = client.get("/fr/territoires/99999-nulle-part/")
    assert response.status_code == 404
    assert soup(response).find("a", href="/fr/territoires/")


def test_wrong_slug_redirects_to_the_canonical_address(client):
    response = client.get("/fr/territoires/15001-allanch/")
    assert response.status_code == 301 and response["Location"] == ALLANCHE


def test_department_page_counts_communes_by_type_and_places_by_service(client):
    make_place("Médiathèque d’Allanche", 45.23, 2.96)
    response = client.get("/fr/territoires/departement-15/")
    assert response.status_code == 200
    body = text(response)
    assert "Cantal (15)" in body
    rows = {
        row.th.get_text(strip=True): row.td.get_text(strip=True)
        for row in soup(response).select("#acteurs-par-service ~ div tbody tr")
    }
    assert rows["Aide aux démarches administratives"] == "1"
    assert client.get("/fr/territoires/departement-00/").status_code == 404


def test_english_commune_page_uses_english_vocabulary_labels(client):
    response = client.get("/en/territories/15001-allanche/")
    assert response.status_code == 200
    assert "Rural, dispersed housing" in text(response)
    assert soup(response).find("a", href="/en/territories/department-15/")


def test_territory_page_is_in_the_main_menu(client):
    page = soup(client.get("/fr/"))
    assert page.find("a", href="/fr/territoires/")


def test_directory_near_a_point_lists_places_nearest_first_within_the_radius(client):
    make_place("Vingt km", 45.2285 + 0.18, 2.961)
    make_place("Deux km", 45.2285 + 0.018, 2.961)
    make_place("Soixante km", 45.2285 + 0.54, 2.961)
    response = client.get("/fr/acteurs/", {"near": "45.2285,2.961", "radius": "30"})
    page = soup(response)
    names = [a.get_text(strip=True) for a in page.select(".fr-card__title a")]
    assert names == ["Deux km", "Vingt km"]
    assert page.select_one("[data-distance]")["data-distance"] in ("2,0", "2.0")
    data = client.get("/fr/acteurs/carte/donnees/", {"near": "45.2285,2.961", "radius": "30"})
    assert [point[3] for point in data.json()["points"]] == ["Deux km", "Vingt km"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"near": "45.2,abc"}, "near"),
        ({"near": "95,2"}, "near"),
        ({"near": "45,2", "radius": "0"}, "radius"),
        ({"near": "45,2", "radius": "500"}, "radius"),
    ],
)
def test_bad_position_or_radius_is_a_form_error_on_the_page_and_a_400_in_the_api(
    client, params, field
):
    response = client.get("/fr/acteurs/", params)
    assert response.status_code == 200
    assert soup(response).select_one(f"#filtre-{field}")["aria-invalid"] == "true"
    api = client.get("/fr/acteurs/carte/donnees/", params)
    assert api.status_code == 400
    assert "invalide" in api.json()["errors"][field]


def test_commune_page_queries_do_not_grow_with_cards_and_places(
    client, django_assert_max_num_queries
):
    """Query budget of a commune page full of content: cards here, in the department, of
    territories like it and linked to places around it, and 60 places in its rings. One query
    per list, none per card or place (an N+1 would add dozens)."""
    from practices.models import PracticePlace

    allanche = Commune.objects.get(code="15001")
    lat, lon = allanche.latitude, allanche.longitude
    places = [make_place(f"Lieu {n}", lat + n * 0.004, lon) for n in range(60)]
    for n in range(6):
        here = factories.practice(f"Ici {n}", insee_code="15001", department="15")
        factories.practice(f"Cantal {n}", department="15")
        factories.practice(f"Pareil {n}", territories=("rural-habitat-disperse", "frr"))
        here.place_links.add(PracticePlace(place=places[n * 5], role="partenaire"))
        here.save_revision().publish()
    client.get(ALLANCHE)
    # 25 with the fragments computed on every request (the test settings), as measured.
    with django_assert_max_num_queries(28):
        response = client.get(ALLANCHE)
    page = soup(response)
    assert len(page.select(".hub-places-near li")) == 60
    assert len(page.select(".hub-similar-practices li")) == 12
    partnerships = page.find("h3", string="Partenariats à proximité").find_next("ul")
    assert len(partnerships.select("li")) == 6

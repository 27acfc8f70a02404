"""The place directory: filters in the URL, works without JavaScript, map data of the same places,
place pages, links with practice cards, admin chooser; and no request to outside hosts."""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles import finders

from places.importer import import_places
from places.models import Place, PlaceDirectoryPage
from practices.models import PracticeIndexPage, PracticePage, PracticePlace
from tests.places_helpers import place, write_csv

pytestmark = pytest.mark.django_db
URL = "/fr/acteurs/"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def places(tmp_path):
    rows = [
        place(
            "bib-lyon",
            nom="Médiathèque de la Part-Dieu",
            commune="Lyon",
            code_postal="69003",
            code_insee="69383",
            typologie="BIB",
            services="Aide aux démarches administratives",
            frais_a_charge="Gratuit",
            publics_specifiquement_adresses="Seniors",
            dispositif_programmes_nationaux="Conseillers numériques",
            horaires="Tu-Fr 09:00-12:00,14:00-17:00",
        ),
        place(
            "fs-vienne",
            nom="France Services de Vienne",
            commune="Vienne",
            code_postal="38200",
            code_insee="38544",
            typologie="RFS",
            services="Aide aux démarches administratives|Accès internet et matériel informatique",
            frais_a_charge="Gratuit",
            publics_specifiquement_adresses="Jeunes",
            dispositif_programmes_nationaux="France Services",
            horaires="lundi matin",
        ),
        place(
            "asso-villeurbanne",
            nom="Association Numérique Pour Tous",
            commune="Villeurbanne",
            code_postal="69100",
            code_insee="69266",
            typologie="ASSO",
            services="Loisirs et créations numériques",
            frais_a_charge="Payant",
            publics_specifiquement_adresses="Jeunes|Femmes",
            dispositif_programmes_nationaux="",
        ),
    ]
    import_places(write_csv(tmp_path / "lieux.csv", rows))
    return {a.source_id: a for a in Place.objects.all()}


def names(response):
    return [h.get_text(strip=True) for h in soup(response).select(".fr-card__title")]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            {},
            [
                "Association Numérique Pour Tous",
                "France Services de Vienne",
                "Médiathèque de la Part-Dieu",
            ],
        ),
        ({"departement": "69"}, ["Association Numérique Pour Tous", "Médiathèque de la Part-Dieu"]),
        ({"commune": "villeur"}, ["Association Numérique Pour Tous"]),
        ({"commune": "382"}, ["France Services de Vienne"]),
        ({"type": "BIB"}, ["Médiathèque de la Part-Dieu"]),
        ({"type": ["BIB", "RFS"]}, ["France Services de Vienne", "Médiathèque de la Part-Dieu"]),
        ({"service": "Accès internet et matériel informatique"}, ["France Services de Vienne"]),
        ({"frais": "Payant"}, ["Association Numérique Pour Tous"]),
        ({"public": "Jeunes", "departement": "69"}, ["Association Numérique Pour Tous"]),
        ({"programme": "France Services"}, ["France Services de Vienne"]),
        ({"programme": "Conseillers numériques"}, ["Médiathèque de la Part-Dieu"]),
        ({"q": "mediatheque part dieu"}, ["Médiathèque de la Part-Dieu"]),
        ({"q": "introuvable"}, []),
        (
            {"departement": "zz", "type": "PAS-UN-TYPE"},
            [
                "Association Numérique Pour Tous",
                "France Services de Vienne",
                "Médiathèque de la Part-Dieu",
            ],
        ),
    ],
)
def test_directory_filters_are_read_from_the_url(client, places, query, expected):
    response = client.get(URL, query)
    assert response.status_code == 200
    assert names(response) == expected


def test_directory_form_keeps_its_state_and_works_without_javascript(client, places):
    page = soup(client.get(URL, {"type": "BIB", "q": "part", "departement": "69"}))
    form = page.find("form", attrs={"role": "search"})
    assert form["method"] == "get"
    assert form.find("input", attrs={"name": "q"})["value"] == "part"
    assert form.find("input", attrs={"name": "type", "value": "BIB"}).has_attr("checked")
    assert form.find("option", attrs={"value": "69"}).has_attr("selected")
    # The list is in the HTML itself; the map container is hidden until its script runs.
    assert page.find("div", id="carte-acteurs").has_attr("hidden")
    assert page.select_one(".fr-card__title a")["href"] == f"{URL}lieu/{places['bib-lyon'].pk}/"


def test_directory_paginates_and_survives_bad_page_numbers(client, tmp_path):
    import_places(write_csv(tmp_path / "many.csv", [place(f"p{i:02}") for i in range(25)]))
    first = client.get(URL)
    assert len(names(first)) == 20
    assert soup(first).select_one(".fr-pagination a[href*='page=2']")
    assert len(names(client.get(URL, {"page": 2}))) == 5
    assert client.get(URL, {"page": "foo"}).status_code == 200
    assert client.get(URL, {"page": 999}).status_code == 200


def test_map_data_holds_the_same_filtered_places_compactly(client, places):
    page = soup(client.get(URL, {"departement": "69"}))
    data_url = page.find("div", id="carte-acteurs")["data-points-url"]
    assert data_url == f"{URL}carte/donnees/?departement=69"
    points = client.get(data_url).json()["points"]
    assert sorted(p[0] for p in points) == sorted(
        [places["bib-lyon"].pk, places["asso-villeurbanne"].pk]
    )
    pk, lat, lon, name = next(p for p in points if p[0] == places["bib-lyon"].pk)
    assert (lat, lon, name) == (43.52609, 5.41423, "Médiathèque de la Part-Dieu")


def test_map_page_loads_nothing_from_outside_hosts_except_the_tile_setting(client, places):
    response = client.get(URL)
    page = soup(response)
    resources = [tag.get("src") for tag in page.find_all(["script", "img", "iframe"])]
    resources += [tag.get("href") for tag in page.find_all("link")]
    resources = [url for url in resources if url]
    assert any("leaflet.js" in url for url in resources)
    assert all(url.startswith("/") and not url.startswith("//") for url in resources), resources
    tile_host = re.match(r"https?://[^/]+", settings.MAP_TILES_URL).group(0)
    html = response.content.decode()
    outside = set(re.findall(r"https?://[^/\"' ]+", html))
    assert tile_host in outside
    map_div = page.find("div", id="carte-acteurs")
    assert map_div["data-tiles-url"] == settings.MAP_TILES_URL
    # The map script fetches only its own data URL: no host is written in it.
    script = Path(finders.find("places/js/places-map.js")).read_text(encoding="utf-8")
    assert not re.search(r"https?://", script)


def test_place_page_shows_address_hours_in_french_services_contact_and_source(client, places):
    place = places["bib-lyon"]
    page = soup(client.get(f"{URL}lieu/{place.pk}/"))
    assert page.h1.get_text(strip=True) == "Médiathèque de la Part-Dieu"
    assert "69003 Lyon" in page.address.get_text(" ", strip=True)
    assert page.find(attrs={"data-opening-hours": True}).get_text(strip=True) == (
        "Du mardi au vendredi de 9 h à 12 h et de 14 h à 17 h"
    )
    text = page.get_text(" ", strip=True)
    assert "Aide aux démarches administratives" in text
    assert "Conseillers numériques" in text
    assert page.find("a", href="tel:+33180059880")
    assert "Source des données : Hubik, mises à jour le 2 avril 2024" in text


def test_place_page_shows_raw_hours_when_they_cannot_be_read(client, places):
    page = soup(client.get(f"{URL}lieu/{places['fs-vienne'].pk}/"))
    assert page.find(attrs={"data-opening-hours-raw": True}).get_text(strip=True) == "lundi matin"
    assert client.get(f"{URL}lieu/999999/").status_code == 404


def test_place_page_lists_the_live_practices_it_takes_part_in(client, places, fr):
    index = PracticeIndexPage.objects.get(locale=fr)
    practice = PracticePage(
        title="Ateliers démarches en ligne",
        slug="ateliers-demarches",
        summary="Des ateliers.",
        structure_name="Médiathèque",
        commune="Lyon",
    )
    index.add_child(instance=practice)
    practice.place_links.add(PracticePlace(place=places["bib-lyon"], role="porteur"))
    practice.save_revision().publish()
    draft = PracticePage(
        title="Brouillon",
        slug="brouillon",
        summary="-",
        structure_name="-",
        commune="Lyon",
        live=False,
    )
    index.add_child(instance=draft)
    PracticePlace.objects.create(practice=draft, place=places["bib-lyon"])

    page = soup(client.get(f"{URL}lieu/{places['bib-lyon'].pk}/"))
    links = [a.get_text(strip=True) for a in page.select("[data-place-practices] a")]
    assert links == ["Ateliers démarches en ligne"]


def test_directory_page_exists_in_both_languages_and_in_the_menu(client):
    directory = PlaceDirectoryPage.objects.get(locale__language_code="fr")
    assert directory.show_in_menus
    assert directory.title == "Carte des acteurs"
    english = client.get("/en/actors/")
    assert english.status_code == 200
    assert soup(english).h1.get_text(strip=True) == "Actors’ map"


def test_editors_find_places_in_the_admin_and_pick_them_with_a_chooser(admin_client, places):
    listing = admin_client.get("/admin/snippets/places/place/", {"q": "Vienne"})
    assert listing.status_code == 200
    assert "France Services de Vienne" in listing.content.decode()
    assert "Médiathèque de la Part-Dieu" not in listing.content.decode()
    filtered = admin_client.get("/admin/snippets/places/place/", {"department": "38"})
    assert "France Services de Vienne" in filtered.content.decode()
    chooser = admin_client.get("/admin/snippets/choose/places/place/", {"q": "Villeurbanne"})
    assert chooser.status_code == 200
    html = chooser.json()["html"]
    assert "Association Numérique Pour Tous" in html
    assert "France Services de Vienne" not in html
    edit = admin_client.get(f"/admin/snippets/places/place/edit/{places['bib-lyon'].pk}/")
    box = soup(edit).find("input", attrs={"name": "programmes", "value": "Conseillers numériques"})
    assert box.has_attr("checked")


def test_admin_edit_keeps_vocabulary_lists_and_recomputes_the_filters(admin_client, places):
    place = places["asso-villeurbanne"]
    url = f"/admin/snippets/places/place/edit/{place.pk}/"
    form = soup(admin_client.get(url)).find("form", attrs={"method": "POST"})
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "button"):
            continue
        if field.get("type") == "checkbox":
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value"))
        elif field.name == "textarea":
            data[name] = field.get_text()
        elif field.name == "select":
            selected = field.find("option", selected=True)
            data[name] = selected["value"] if selected else ""
        else:
            data[name] = field.get("value", "")
    data["programmes"] = ["France Services"]
    data["emails"] = "a@example.org | b@example.org"
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    place.refresh_from_db()
    assert place.programmes == ["France Services"]
    assert place.emails == ["a@example.org", "b@example.org"]
    assert "|prg:France Services|" in place.facets


def test_practice_card_editor_offers_the_place_chooser(admin_client, places, fr):
    index = PracticeIndexPage.objects.get(locale=fr)
    practice = PracticePage(
        title="Fiche", slug="fiche", summary="-", structure_name="-", commune="Lyon"
    )
    index.add_child(instance=practice)
    PracticePlace.objects.create(practice=practice, place=places["fs-vienne"])
    response = admin_client.get(f"/admin/pages/{practice.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "place_links-TOTAL_FORMS" in html
    assert "/admin/snippets/choose/places/place/" in html
    assert "France Services de Vienne" in html


def test_old_admin_urls_of_places_lead_to_the_new_ones(admin_client, places):
    pk = places["bib-lyon"].pk
    old = admin_client.get(f"/admin/snippets/practices/actor/edit/{pk}/?x=1")
    assert old.status_code == 301
    assert old["Location"] == f"/admin/snippets/places/place/edit/{pk}/?x=1"
    assert admin_client.get(old["Location"]).status_code == 200
    chooser = admin_client.get("/admin/snippets/choose/practices/actor/")
    assert chooser["Location"] == "/admin/snippets/choose/places/place/"

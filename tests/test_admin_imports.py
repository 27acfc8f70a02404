"""Imports and exports in the admin, through the real admin views: places of the national standard
(dry run, then confirmation, with the command's options) and the streamed exports of the places
and cards listings, which hold exactly the listed rows."""

import csv
import io
import json

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import StreamingHttpResponse

from places.models import Place
from tests.places_helpers import EXAMPLE_CSV, place, write_csv
from tests.submission_helpers import user_in

pytestmark = pytest.mark.django_db

IMPORT_URL = "/admin/places/import/"
LISTING_URL = "/admin/snippets/places/place/"


@pytest.fixture
def private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path)
    return tmp_path


@pytest.fixture
def editor(client, django_user_model, private_media):
    """A member of the Éditeurs group (the rights setup_site gives them), not a superuser."""
    client.force_login(user_in(django_user_model, "Éditeurs"))
    return client


def upload(path_or_text, name="lieux.csv"):
    data = path_or_text.read_bytes() if hasattr(path_or_text, "read_bytes") else path_or_text
    return SimpleUploadedFile(name, data, content_type="text/csv")


def report_of(response):
    soup = BeautifulSoup(response.content, "html.parser")
    counts = {s["data-count"]: int(s.get_text()) for s in soup.select("[data-count]")}
    rejected = [
        [td.get_text() for td in tr.select("td")]
        for tr in soup.select("[data-rejected-rows] tbody tr")
    ]
    token = soup.select_one('input[name="token"]')
    return counts, rejected, token["value"] if token else None, soup


def pending(private_media):
    folder = private_media / "imports"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_place_import_dry_run_writes_nothing_then_confirmation_imports_the_good_rows(
    editor, tmp_path, private_media
):
    rows = [place("lieu-a"), place("lieu-b", code_postal="x"), place("lieu-c")]
    path = write_csv(tmp_path / "lieux.csv", rows)
    response = editor.post(IMPORT_URL, {"file": upload(path)})
    counts, rejected, token, soup = report_of(response)
    assert counts == {"created": 2, "updated": 0, "unchanged": 0, "deleted": 0, "rejected": 1}
    assert len(rejected) == 1
    line, column, reason = rejected[0]
    assert (line, column) == ("3", "code_postal") and reason
    assert "rien n’est encore enregistré" in soup.get_text()
    assert Place.objects.count() == 0  # the dry run wrote nothing

    response = editor.post(IMPORT_URL, {"token": token})
    counts, _rejected, token_after, soup = report_of(response)
    assert counts["created"] == 2 and token_after is None
    assert "Résultat de l’import" in soup.get_text()
    assert set(Place.objects.values_list("source_id", flat=True)) == {"lieu-a", "lieu-c"}
    assert pending(private_media) == []  # the waiting file and its options are gone


def test_place_import_takes_the_source_and_prune_options_as_tried(editor, tmp_path):
    rows = [place("lieu-a"), place("lieu-b")]
    for row in rows:
        row["source"] = ""
    first = write_csv(tmp_path / "v1.csv", rows)
    _counts, _rejected, token, _soup = report_of(
        editor.post(IMPORT_URL, {"file": upload(first), "source": "Médiathèque de Test"})
    )
    editor.post(IMPORT_URL, {"token": token})
    assert set(Place.objects.values_list("source", flat=True)) == {"Médiathèque de Test"}

    second = write_csv(tmp_path / "v2.csv", rows[:1])
    response = editor.post(
        IMPORT_URL, {"file": upload(second), "source": "Médiathèque de Test", "prune": "on"}
    )
    counts, _rejected, token, soup = report_of(response)
    assert counts["deleted"] == 1 and counts["unchanged"] == 1
    assert "Médiathèque de Test" in soup.select_one("[data-import-report]").get_text()
    assert Place.objects.count() == 2  # still nothing written
    editor.post(IMPORT_URL, {"token": token})
    assert list(Place.objects.values_list("source_id", flat=True)) == ["lieu-a"]


@pytest.mark.parametrize(
    "data, message",
    [
        ("id,nom\n".encode("latin-1") + "1,Médiathèque\n".encode("latin-1"), "UTF-8"),
        (b"nom_du_lieu,ville\nA,B\n", "ni colonne « id » ni colonne « nom »"),
        (b"id,nom\nlieu-1,Sans source\n", "indiquez qui a collecté ces lieux"),
    ],
)
def test_a_place_file_that_cannot_be_read_is_refused_in_french_and_changes_nothing(
    editor, private_media, data, message
):
    Place.objects.create(source="Ancienne", source_id="reste", name="Lieu existant")
    response = editor.post(IMPORT_URL, {"file": upload(data), "prune": "on"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert message in soup.select_one("[data-import-error]").get_text()
    assert not soup.select("[data-import-report]")
    assert list(Place.objects.values_list("source_id", flat=True)) == ["reste"]
    assert pending(private_media) == []


def test_place_import_says_its_size_limit_and_refuses_a_larger_file(editor, monkeypatch):
    from places import admin_import

    assert "20 Mo au plus" in editor.get(IMPORT_URL).content.decode()
    monkeypatch.setattr(admin_import.PlaceImportView, "max_mb", 0)
    response = editor.post(IMPORT_URL, {"file": upload(EXAMPLE_CSV)})
    assert "0 Mo au plus" in response.content.decode()
    assert Place.objects.count() == 0


def test_imports_and_exports_are_refused_to_who_lacks_the_right(client, django_user_model):
    client.force_login(user_in(django_user_model, "Contributeurs"))
    assert client.get(IMPORT_URL).status_code == 403
    assert client.post(IMPORT_URL, {"file": upload(EXAMPLE_CSV)}).status_code == 403
    assert client.get("/admin/practice_cards/import/").status_code == 403
    assert client.get("/admin/practice_cards/", {"export": "csv"}).status_code == 403
    assert Place.objects.count() == 0


def test_prune_needs_the_right_to_delete_places(client, django_user_model, tmp_path, private_media):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("importeur", "i@example.org", "pw")
    user.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label__in=["places", "wagtailadmin"],
            codename__in=["access_admin", "add_place", "change_place", "view_place"],
        )
    )
    client.force_login(user)
    response = client.post(
        IMPORT_URL, {"file": upload(write_csv(tmp_path / "l.csv", [place("a")])), "prune": "on"}
    )
    assert "pas le droit de retirer des lieux" in response.content.decode()
    assert pending(private_media) == []


# --- Exports of the listings --------------------------------------------------------------------


def _body(response) -> str:
    assert isinstance(response, StreamingHttpResponse)  # never built whole in memory
    return b"".join(response.streaming_content).decode()


def _places():
    for i, department in enumerate(["13", "13", "69", "75"]):
        Place.objects.create(
            source="Test",
            source_id=f"lieu-{i}",
            name="=SOMME(A1)" if i == 0 else f"Lieu {i}",
            commune="Ville",
            postal_code=f"{department}001",  # the department follows from it
            latitude=45.0,
            longitude=5.0,
        )


def test_places_listing_exports_exactly_the_filtered_places_in_three_formats(editor):
    from places import standard

    _places()
    listing = editor.get(LISTING_URL, {"department": "13"})
    soup = BeautifulSoup(listing.content, "html.parser")
    links = {a.get_text(strip=True): a["href"] for a in soup.select("a[data-hub-export]")}
    assert set(links) == {
        "Exporter ces lieux (CSV du standard)",
        "Exporter ces lieux (JSON)",
        "Exporter ces lieux (GeoJSON)",
    }
    assert soup.select_one(f"a[href='{IMPORT_URL}']")

    rows = list(
        csv.reader(io.StringIO(_body(editor.get(links["Exporter ces lieux (CSV du standard)"]))))
    )
    assert rows[0] == standard.COLUMNS
    assert sorted(row[0] for row in rows[1:]) == ["lieu-0", "lieu-1"]
    assert "'=SOMME(A1)" in {rows[1][2], rows[2][2]}  # a spreadsheet never runs it

    records = json.loads(_body(editor.get(links["Exporter ces lieux (JSON)"])))
    assert sorted(r["id"] for r in records) == ["lieu-0", "lieu-1"]
    geo = json.loads(_body(editor.get(links["Exporter ces lieux (GeoJSON)"])))
    assert geo["type"] == "FeatureCollection"
    assert sorted(f["properties"]["id"] for f in geo["features"]) == ["lieu-0", "lieu-1"]
    assert geo["features"][0]["geometry"] == {"type": "Point", "coordinates": [5.0, 45.0]}

    searched = editor.get(LISTING_URL, {"q": "Lieu 3", "export": "csv"})
    assert [row[0] for row in list(csv.reader(io.StringIO(_body(searched))))[1:]] == ["lieu-3"]


def test_a_place_export_imports_back_unchanged_through_the_admin(editor, tmp_path):
    from places.importer import import_places

    import_places(EXAMPLE_CSV)
    for fmt in ("csv", "json", "geojson"):
        data = _body(editor.get(LISTING_URL, {"export": fmt})).encode()
        counts, rejected, _token, _soup = report_of(
            editor.post(IMPORT_URL, {"file": upload(data, f"lieux.{fmt}")})
        )
        assert rejected == [] and counts["created"] == counts["updated"] == 0, fmt
        assert counts["unchanged"] == Place.objects.count(), fmt


def test_card_listing_export_is_streamed_and_holds_exactly_the_filtered_cards(
    client, django_user_model
):
    from core.vocabularies import vocabulary
    from tests import factories

    client.force_login(django_user_model.objects.create_superuser("ed", "ed@example.fr", "pw"))
    factories.practice("Fiche sécurité", slug="fiche-securite", themes=("usage-securise",))
    factories.practice("Fiche sûre", slug="fiche-sure", themes=("usage-securise",))
    factories.practice("Fiche loisirs", slug="fiche-loisirs", themes=("loisirs-creations",))
    theme = vocabulary("theme").tag.objects.get(slug="usage-securise")
    listing = client.get("/admin/practice_cards/", {"theme": theme.pk})
    soup = BeautifulSoup(listing.content, "html.parser")
    links = {a.get_text(strip=True): a["href"] for a in soup.select("a[data-hub-export]")}

    rows = list(csv.DictReader(io.StringIO(_body(client.get(links["Exporter ces fiches (CSV)"])))))
    assert sorted(row["key"] for row in rows) == ["fiche-securite", "fiche-sure"]
    cards = json.loads(_body(client.get(links["Exporter ces fiches (JSON)"])))
    assert sorted(card["key"] for card in cards) == ["fiche-securite", "fiche-sure"]
    searched = client.get("/admin/practice_cards/", {"q": "loisirs", "export": "csv"})
    assert [row["key"] for row in csv.DictReader(io.StringIO(_body(searched)))] == ["fiche-loisirs"]


def test_a_tried_file_never_confirmed_is_removed_a_day_later(editor, tmp_path, private_media):
    import os
    import time

    folder = private_media / "imports"
    folder.mkdir()
    forgotten = folder / "places-0123456789abcdef0123456789abcdef"
    forgotten.write_bytes(b"id,nom\n")
    day_ago = time.time() - 25 * 3600
    os.utime(forgotten, (day_ago, day_ago))
    editor.post(IMPORT_URL, {"file": upload(write_csv(tmp_path / "l.csv", [place("a")]))})
    assert not forgotten.exists()
    assert len(pending(private_media)) == 2  # the new file waiting, and its options

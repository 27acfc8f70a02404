"""Open data out: CSV in the standard's columns and GeoJSON, streamed; export then import is
lossless."""

import csv
import io
import json

import pytest
from django.core.management import call_command
from django.http import StreamingHttpResponse

from places import standard
from places.importer import import_places
from places.models import Place
from tests.places_helpers import EXAMPLE_CSV, HINAURA_JSON

pytestmark = pytest.mark.django_db


def snapshot():
    return {a.source_id: a.standard_values() for a in Place.objects.all()}


def test_csv_export_then_import_gives_the_same_actors(tmp_path):
    import_places(HINAURA_JSON)
    import_places(EXAMPLE_CSV)
    before = snapshot()
    out = tmp_path / "export.csv"
    call_command("export_places", "--format", "csv", "--output", str(out))
    with out.open(encoding="utf-8") as handle:
        assert next(csv.reader(handle)) == standard.COLUMNS
    Place.objects.all().delete()

    report = import_places(out)

    assert (report.created, report.rejected) == (688, 0)
    assert snapshot() == before
    assert import_places(out).unchanged == 688


def test_geojson_export_has_points_with_the_standard_properties(tmp_path):
    import_places(EXAMPLE_CSV)
    out = tmp_path / "export.geojson"
    call_command("export_places", "--format", "geojson", "--output", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    feature = data["features"][0]
    assert feature["geometry"] == {"type": "Point", "coordinates": [5.41423, 43.52609]}
    assert feature["properties"]["id"] == "structure-1"
    assert feature["properties"]["typologie"] == "TIERS_LIEUX|ASSO"


def test_export_urls_stream_the_filtered_actors(client):
    import_places(HINAURA_JSON)
    response = client.get("/fr/acteurs/export/csv/", {"departement": "73"})
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows
    assert len(rows) == Place.objects.filter(department="73").count()
    assert {row["code_postal"][:2] for row in rows} == {"73"}

    response = client.get("/fr/acteurs/export/geojson/", {"departement": "73"})
    data = json.loads(b"".join(response.streaming_content))
    assert len(data["features"]) == len(rows)
    assert client.get("/fr/acteurs/export/xls/").status_code == 404


FORMULAS = {
    "nom": '=HYPERLINK("http://evil.example","Cliquez")',
    "presentation_resume": "=1+1",
    "presentation_detail": "@SUM(A1:A9)",
    "complement_adresse": "-2+3",
    "structure_parente": "+cmd|' /C calc'!A0",
}


def test_csv_export_neutralises_formula_cells_and_import_restores_them(tmp_path):
    """A spreadsheet never runs a cell of the places export; numbers stay numbers."""
    from tests.places_helpers import place, write_csv

    import_places(write_csv(tmp_path / "in.csv", [place("formules", **FORMULAS)]))
    out = tmp_path / "export.csv"
    call_command("export_places", "--format", "csv", "--output", str(out))
    with out.open(encoding="utf-8") as handle:
        row = next(csv.DictReader(handle))
    for column, value in FORMULAS.items():
        assert row[column] == "'" + value
    assert row["longitude"] == "5.41423"

    Place.objects.all().delete()
    import_places(out)

    imported = Place.objects.get(source_id="formules").standard_values()
    for column, value in FORMULAS.items():
        assert imported[standard.COLUMN_FIELDS[column]] == value


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'=1", "''=1"),
        ("-1.5", "-1.5"),
        ("+33 1 23 45 67 89", "+33 1 23 45 67 89"),
        ("Médiathèque", "Médiathèque"),
    ],
)
def test_one_rule_neutralises_cells_for_every_export(text, cell):
    from core import spreadsheet

    assert spreadsheet.neutralise(text) == cell
    assert spreadsheet.restore(cell) == text

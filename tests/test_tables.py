"""The one table reader of the importers: encodings, delimiters, row numbers, streamed JSON, and
the per-row report."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from core import tables
from core.tables import RowReport, TableError, open_table


def read(data, **options):
    report = RowReport()
    with open_table(data, report=report, **options) as table:
        rows = [(row.line, row.values) for row in table]
    return table, rows, report


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_with_a_bom_and_any_usual_delimiter_gives_rows_numbered_as_a_spreadsheet(delimiter):
    text = delimiter.join(["id", "nom"]) + "\n1" + delimiter + '"Médiathèque, étage"\n\n'
    text += "2" + delimiter + '"sur\ndeux lignes"\n3' + delimiter + "Fin\n"
    table, rows, report = read(("\ufeff" + text).encode())
    assert (table.kind, table.columns, table.delimiter) == ("csv", ["id", "nom"], delimiter)
    # header = line 1; an empty line still counts; a cell over two lines is one row
    assert rows == [
        (2, {"id": "1", "nom": "Médiathèque, étage"}),
        (4, {"id": "2", "nom": "sur\ndeux lignes"}),
        (5, {"id": "3", "nom": "Fin"}),
    ]
    assert not report.errors


def test_other_encodings_are_refused_in_french_with_the_line_of_the_first_bad_byte():
    data = "id,nom\n1,Bibliothèque\n".encode("cp1252")
    with pytest.raises(
        TableError, match=r"pas en UTF-8 \(octet illisible en position 17, ligne 2\)"
    ):
        open_table(data)


def test_a_bad_byte_at_the_end_of_a_large_file_is_found_before_any_row_is_given():
    data = b"id,nom\n" + b"1,Lieu\n" * 50_000 + "2,Abbé\n".encode("latin-1")
    with pytest.raises(TableError, match="ligne 50002"):
        open_table(data)


def test_surplus_cells_reject_their_row_and_duplicate_columns_refuse_the_file():
    _table, rows, report = read(b"a,b\n1,2\n3,4,5\n6,7\n")
    assert [line for line, _values in rows] == [2, 4]
    assert list(report.issue_lines()) == [
        "ligne 3, - : plus de valeurs que de colonnes (1 de trop)"
    ]
    with pytest.raises(TableError, match="Colonne\\(s\\) en double dans l’en-tête : a"):
        open_table(b"a,b,a\n1,2,3\n")
    with pytest.raises(TableError, match="vide"):
        open_table(b"\n")


def test_a_json_array_is_streamed_across_chunk_boundaries(monkeypatch):
    monkeypatch.setattr(tables, "CHUNK", 16)  # every object straddles several chunks
    items = [{"id": str(i), "nom": "x" * i, "liste": ["]", ",", {"a": "}"}]} for i in range(40)]
    table, rows, report = read(json.dumps(items, indent=2).encode())
    assert table.kind == "json" and table.row_label == "enregistrement"
    assert rows == [(i + 1, item) for i, item in enumerate(items)]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'[{"a": 1}, {"a": ', "pas fermée|JSON illisible"),
        (b'[{"a": 1}] [', "du texte suit"),
        (b'[{"a": 1} {"a": 2}]', "« , » ou « ] » attendu"),
        (b'{"a": 1}', "liste d’objets"),
    ],
)
def test_broken_or_misshapen_json_is_refused_whole(data, message):
    with pytest.raises(TableError, match=message):
        read(data)


def test_json_items_that_are_not_objects_or_repeat_a_key_are_rejected_one_by_one():
    _table, rows, report = read(b'[{"a": 1}, 42, {"a": 1, "a": 2}, {"a": 3}]')
    assert rows == [(1, {"a": 1}), (4, {"a": 3})]
    assert list(report.issue_lines()) == [
        "enregistrement 2, - : ce n’est pas un objet JSON",
        "enregistrement 3, - : clé « a » en double dans l’objet",
    ]


def test_an_upload_and_a_geojson_object_are_read_like_a_path():
    geojson = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}}]}
    upload = SimpleUploadedFile("lieux.geojson", json.dumps(geojson).encode())
    _table, rows, _report = read(upload, containers=("features",))
    assert rows == [(1, {"type": "Feature", "properties": {}})]
    assert not upload.closed  # the caller's file is left open


def test_the_report_groups_a_warning_shared_by_many_rows():
    report = RowReport()
    for line in range(2, 40):
        report.warn(line, "date_maj", "date fictive")
    report.reject(7, "nom", "champ obligatoire vide")
    lines = list(report.issue_lines())
    assert lines[0] == "ligne 7, nom : champ obligatoire vide"
    assert lines[1].startswith("lignes 2, 3, 4,")
    assert lines[1].endswith("… (38 en tout), date_maj (avertissement) : date fictive")
    assert report.rejected == 1

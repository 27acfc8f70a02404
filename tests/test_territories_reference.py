"""The commune reference: shipped data loaded by setup_site, official files imported with a
report of unmatched codes, idempotent re-import, whole-file refusal of bad files."""

import gzip
import json

import pytest
from django.core.management import CommandError, call_command

from territories.importer import CommuneFileError, import_reference
from territories.models import Commune

pytestmark = pytest.mark.django_db


def test_shipped_reference_gives_allanche_its_real_grid_level_and_frr_class():
    """Read from the shipped files (INSEE grid 2024, FRR list of July 2025), as the shared
    README checked them: Allanche 15001 is level 6, FRR socle; Paris level 1, not classified."""
    allanche = Commune.objects.get(code="15001")
    assert allanche.name == "Allanche"
    assert allanche.density_level == 6
    assert allanche.frr_class == "socle" and allanche.is_frr
    assert allanche.postal_code_list == ["15160"]
    assert allanche.department == "15" and allanche.region == "84"
    assert allanche.has_point
    paris = Commune.objects.get(code="75056")
    assert paris.density_level == 1 and not paris.is_frr
    assert "75116" in paris.postal_code_list
    assert Commune.objects.get(code="97411").frr_class == "partiel"
    assert Commune.objects.get(code="2A004").density_level == 2
    assert Commune.objects.count() > 34_900


def test_commune_without_point_is_loaded_without_coordinates():
    assert not Commune.objects.get(code="60694").has_point


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_grid_import_reports_unmatched_codes_with_counts_and_is_idempotent(tmp_path):
    grid = _write(
        tmp_path,
        "grille.csv",
        "CODGEO,LIBGEO,DENS7\n15001,Allanche,5\n99999,Nulle part,3\n99999,Nulle part,3\n"
        "63113,Clermont-Ferrand,9\n",
    )
    report = import_reference({"grid": grid})
    part = report.parts[0]
    assert part.unmatched == {"99999": 2}
    assert part.invalid == [(5, "niveau de densité « 9 » hors de 1 à 7")]
    assert part.changed == 1
    assert "1 code(s) absent(s) du référentiel (2 ligne(s)) : 99999" in report.text()
    assert Commune.objects.get(code="15001").density_level == 5
    assert Commune.objects.get(code="63113").density_level == 1  # the bad row changed nothing
    again = import_reference({"grid": grid})
    assert again.parts[0].changed == 0


def test_official_grid_xlsx_with_title_rows_is_read(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Grille_Densite"
    sheet.append(["Grille communale de densité à 7 niveaux"])
    sheet.append([])
    sheet.append(["Source : Insee"])
    sheet.append([])
    sheet.append(["CODGEO", "LIBGEO", "DENS", "DENS7", "LIBDENS7"])
    sheet.append(["15001", "Allanche", 3, 7, "Rural à habitat très dispersé"])
    path = tmp_path / "grille_densite_7_niveaux_2025.xlsx"
    book.save(path)
    report = import_reference({"grid": path})
    assert report.parts[0].matched == 1
    assert Commune.objects.get(code="15001").density_level == 7  # DENS7 wins over DENS


def test_qpv_geojson_counts_neighbourhoods_per_commune_and_clears_the_others(tmp_path):
    Commune.objects.filter(code="15001").update(qpv_count=4, qpv=[["QN0", "Ancien"]])
    features = [
        {
            "type": "Feature",
            "properties": {"code_qp": "QN06301M", "lib_qp": "Les Vergnes", "insee_com": "63113"},
            "geometry": None,
        },
        {
            "type": "Feature",
            "properties": {"code_qp": "QN06302M", "lib_qp": "La Gauthière", "insee_com": "63113"},
            "geometry": None,
        },
        {
            "type": "Feature",
            "properties": {
                "code_qp": "QN09999M",
                "lib_qp": "Deux communes",
                "insee_com": "63113, 63075",
            },
            "geometry": None,
        },
        {
            "type": "Feature",
            "properties": {"code_qp": "QN0X", "lib_qp": "?", "insee_com": "00000"},
            "geometry": None,
        },
    ]
    path = _write(
        tmp_path, "qp.geojson", json.dumps({"type": "FeatureCollection", "features": features})
    )
    report = import_reference({"qpv": path})
    clermont = Commune.objects.get(code="63113")
    assert clermont.qpv_count == 3
    assert ["QN06301M", "Les Vergnes"] in clermont.qpv
    assert Commune.objects.get(code="63075").qpv_count == 1
    assert Commune.objects.get(code="15001").qpv_count == 0  # not in the official list any more
    assert report.parts[0].unmatched == {"00000": 1}
    assert import_reference({"qpv": path}).parts[0].changed == 0


def test_frr_list_in_windows_1252_with_semicolons_is_read(tmp_path):
    path = _write(
        tmp_path,
        "frr.csv",
        "Code_insee;Departement;Commune;Classement FRR et FRR+ au 1er janvier 2027;\r\n"
        "63113;63;Clermont-Ferrand;FRR bénéficiaire;\r\n",
        encoding="cp1252",
    )
    report = import_reference({"frr": path})
    assert Commune.objects.get(code="63113").frr_class == "beneficiaire"
    assert "Windows-1252" in report.text()


def test_file_without_the_code_column_is_refused_whole_in_french(tmp_path):
    good = _write(tmp_path, "frr.csv", "Code_insee;Classement\n15001;Non classée\n")
    bad = _write(tmp_path, "grille.csv", "commune,niveau\n15001,3\n")
    with pytest.raises(CommuneFileError) as error:
        import_reference({"frr": good, "grid": bad})
    assert "grille de densité « grille.csv » : colonne(s) introuvable(s)" in str(error.value)
    assert "colonnes lues : commune, niveau" in str(error.value)
    assert Commune.objects.get(code="15001").frr_class == "socle"  # the good file was not applied


def test_command_imports_gzipped_file_and_fails_strict_on_unmatched_codes(tmp_path, capsys):
    path = tmp_path / "points.csv.gz"
    path.write_bytes(gzip.compress(b"code_insee,lat,lon\n15001,45.2,2.9\n99999,1,1\n"))
    with pytest.raises(CommandError, match="1 code"):
        call_command("import_communes", "--points", str(path), "--strict")
    assert Commune.objects.get(code="15001").latitude == 45.2


def test_unknown_format_is_refused(tmp_path):
    path = _write(tmp_path, "grille.ods", "x")
    with pytest.raises(CommandError, match="format non reconnu"):
        call_command("import_communes", "--grille", str(path))

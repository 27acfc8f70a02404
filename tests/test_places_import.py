"""Importing places of the national standard: checks per row, idempotent upserts, the 2021 file."""

import pytest
from django.core.management import CommandError, call_command

from places.importer import PlacesFileError, import_places
from places.models import Place
from tests.places_helpers import EXAMPLE_CSV, HINAURA_JSON, place, write_csv

pytestmark = pytest.mark.django_db


def test_standard_valid_example_imports_with_every_field():
    report = import_places(EXAMPLE_CSV)
    assert (report.created, report.rejected) == (1, 0)
    actor = Place.objects.get(source_id="structure-1")
    assert actor.name == "Anonymal"
    assert actor.department == "51"
    assert actor.latitude == pytest.approx(43.52609)
    assert actor.typologie == ["TIERS_LIEUX", "ASSO"]
    assert actor.emails == ["contact@laquincaillerie.tl", "responsable@laquincaillerie.tl"]
    assert actor.programmes == ["Aidants Connect", "Conseillers numériques", "La Croix Rouge"]
    assert actor.support_modes[0] == "Dans un atelier collectif"
    assert actor.updated_on.isoformat() == "2024-04-02"
    assert actor.booking_url == "https://www.rdv-solidarites.fr/"


BAD_ROWS = [
    ({"nom": ""}, "nom", "champ obligatoire vide"),
    ({"code_postal": "5110"}, "code_postal", "format attendu"),
    ({"pivot": "12-34"}, "pivot", "format attendu"),
    ({"telephone": "03 26 00 00 00"}, "telephone", "format attendu"),
    ({"code_insee": "ABCDE"}, "code_insee", "format attendu"),
    ({"date_maj": "02/04/2024"}, "date_maj", "AAAA-MM-JJ"),
    ({"latitude": "nord"}, "latitude", "pas un nombre"),
    ({"longitude": "500"}, "longitude", "hors des limites"),
    ({"nom": "N" * 256}, "nom", "256 caractères, 255 au plus"),
    ({"source": ""}, "source", "source inconnue"),
]


def test_each_kind_of_bad_row_is_rejected_with_its_reason_while_good_rows_go_in(tmp_path):
    rows = [place("bon-1")]
    rows += [place(f"mauvais-{i}", **changes) for i, (changes, _c, _r) in enumerate(BAD_ROWS)]
    rows += [place("bon-1", nom="Doublon"), place("trop-de-colonnes"), place("bon-2")]
    path = write_csv(tmp_path / "lieux.csv", rows, extra_cells={len(rows) - 2: ["en trop"]})

    report = import_places(path)

    assert set(Place.objects.values_list("source_id", flat=True)) == {"bon-1", "bon-2"}
    assert report.created == 2
    assert report.rejected == len(BAD_ROWS) + 2
    by_line = {error.line: (error.column, error.message) for error in report.errors}
    for index, (_changes, column, reason) in enumerate(BAD_ROWS):
        line = index + 3  # header is line 1, "bon-1" line 2
        assert by_line[line][0] == column
        assert reason in by_line[line][1]
    duplicate_line = len(BAD_ROWS) + 3
    assert by_line[duplicate_line][0] == "id"
    assert "déjà vu pour la source « Hubik » (ligne 2)" in by_line[duplicate_line][1]
    assert "plus de valeurs que de colonnes" in by_line[duplicate_line + 1][1]
    messages = list(report.lines())
    assert (
        "ligne 4, code_postal : « 5110 » ne respecte pas le format attendu (exemple : 51100)"
        in (messages)
    )


def test_semicolon_separated_file_and_semicolon_multi_values_are_accepted(tmp_path):
    row = place(
        "ancien-format",
        services="Aide aux démarches administratives;Loisirs et créations numériques",
    )
    path = write_csv(tmp_path / "ancien.csv", [row], delimiter=";")
    report = import_places(path)
    assert report.created == 1
    assert Place.objects.get(source_id="ancien-format").services == [
        "Aide aux démarches administratives",
        "Loisirs et créations numériques",
    ]


def test_second_import_changes_nothing_and_says_so_then_updates_by_stable_id(tmp_path, capsys):
    call_command("import_places", str(EXAMPLE_CSV))
    first = Place.objects.get(source_id="structure-1")
    call_command("import_places", str(EXAMPLE_CSV))
    out = capsys.readouterr().out
    assert "Aucun changement" in out
    assert "Créés : 0, mis à jour : 0, inchangés : 1, rejetés : 0." in out

    path = write_csv(tmp_path / "maj.csv", [place("structure-1", nom="Anonymal renommé")])
    report = import_places(path)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 0)
    renamed = Place.objects.get(source_id="structure-1")
    assert renamed.pk == first.pk
    assert renamed.name == "Anonymal renommé"
    assert "anonymal renomme" in renamed.search_text


def test_dry_run_saves_nothing_and_strict_fails_on_rejected_rows(tmp_path, capsys):
    path = write_csv(tmp_path / "l.csv", [place("a"), place("b", code_postal="x")])
    call_command("import_places", str(path), "--dry-run")
    assert "Simulation" in capsys.readouterr().out
    assert not Place.objects.exists()
    call_command("import_places", str(path))  # without --strict: good rows in, no error
    assert Place.objects.count() == 1
    with pytest.raises(CommandError, match="1 ligne"):
        call_command("import_places", str(path), "--strict")


def test_unreadable_file_is_refused_with_a_french_message(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("id,nom\n1,Médiathèque\n".encode("latin-1"))
    with pytest.raises(PlacesFileError, match="pas en UTF-8"):
        import_places(path)
    with pytest.raises(CommandError, match="introuvable"):
        call_command("import_places", str(tmp_path / "absent.csv"))


def test_2021_national_map_file_imports_with_labels_mapped_and_unmappable_ones_reported():
    report = import_places(HINAURA_JSON)
    assert (report.created, report.rejected) == (687, 0)
    abondance = Place.objects.get(source_id="0")
    assert abondance.services == [
        "Accès internet et matériel informatique",
        "Aide aux démarches administratives",
    ]
    assert abondance.publics == ["Familles et/ou enfants", "Jeunes", "Seniors"]
    assert abondance.specific_support == [
        "Surdité",
        "Handicaps mentaux",
        "Illettrisme",
        "Déficience visuelle",
    ]
    assert abondance.fees == ["Gratuit"]
    assert abondance.support_modes == ["Accompagnement individuel"]
    assert abondance.typologie == ["MSAP"]  # inferred from "MAISON DE SERVICES AU PUBLIC"
    assert abondance.unmapped == {"publics_accueillis": ["Adultes"]}
    assert report.unmapped[("publics_accueillis", "Adultes")] == 637
    assert report.unmapped[("conditions_acces", "Adhésion")] == 160
    assert report.unmapped[("modalites_accompagnement", "A ma place")] == 131
    messages = "\n".join(report.lines())
    assert "« publics_accueillis » = « Adultes » (637 lieux)" in messages
    assert Place.objects.filter(department="69").exists()

"""Places from real exports: v1 values kept whatever the file type, several sources side by side
(a place is its source and its id), long summaries kept, placeholder dates unknown, overseas
codes, and the command at national size."""

import io
import json

import pytest
from bs4 import BeautifulSoup
from django.core.management import CommandError, call_command

from places.importer import PlacesFileError, import_places
from places.models import Place
from tests.places_helpers import DATA, EXAMPLE_CSV, HINAURA_JSON, place, write_csv

pytestmark = pytest.mark.django_db

PACA = DATA / "paca-hub-du-sud-20230517.json"
CHARENTE = DATA / "charente-20230711.json"
CALEDONIA = DATA / "nouvelle-caledonie-20240320.json"
REAL_FILES = {"hinaura": HINAURA_JSON, "paca": PACA, "charente": CHARENTE, "caledonia": CALEDONIA}
SIZES = {"hinaura": 687, "paca": 646, "charente": 188, "caledonia": 90}


def snapshot(**filters):
    return {
        (p.source, p.source_id): (p.pk, p.standard_values(), p.unmapped)
        for p in Place.objects.filter(**filters)
    }


def records(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_v1_json_exports_keep_every_service_and_support_mode():
    """PACA and Charente are JSON with v1 values: none of them is read as a 2021 label."""
    for path in (PACA, CHARENTE):
        report = import_places(path)
        assert report.rejected == 0
        for record in records(path):
            stored = Place.objects.get(source=record["source"], source_id=record["id"])
            assert stored.services == list(dict.fromkeys(record["services"].split("|")))
            if record.get("modalites_accompagnement"):
                assert stored.support_modes == record["modalites_accompagnement"].split("|")
        assert not [
            key for key in report.unmapped if key[0] in ("services", "modalites_accompagnement")
        ]
    keys = {(r["source"], r["id"]) for r in records(PACA)}
    paca = [p.services for p in Place.objects.all() if (p.source, p.source_id) in keys]
    assert len(paca) == 646
    # 146 values in the file, on 138 places (some list a service twice)
    assert sum("Aide aux démarches administratives" in s for s in paca) == 138
    assert sum("Maîtrise des outils numériques du quotidien" in s for s in paca) == 385


def test_older_columns_are_mapped_onto_the_standard_and_reported_with_counts():
    report = import_places(CHARENTE)
    first = records(CHARENTE)[0]
    stored = Place.objects.get(source_id=first["id"])
    assert stored.accessibility_url == first["accessibilite"]
    # "CNFS;France Services" in the older column -> the v1 programmes
    assert stored.programmes == ["Conseillers numériques", "France Services"]
    assert report.legacy_columns[("courriel", "courriels")] == 53
    lines = "\n".join(report.lines())
    assert "« accessibilite » -> « fiche_acces_libre » (46 lieux)" in lines
    assert "« publics_accueillis » = « Adultes » (22 lieux)" in lines


def test_importing_nouvelle_caledonie_after_auvergne_leaves_every_auvergne_place_as_it_was():
    """Both number their places "0", "1", "2"…: 62 ids collide (54 Auvergne places used to be
    overwritten, the others' Caledonian rows being rejected), and none may be overwritten."""
    import_places(HINAURA_JSON)
    before = snapshot(source="Hinaura")
    caledonian_ids = {r["id"] for r in records(CALEDONIA)}
    assert len(caledonian_ids & {key[1] for key in before}) == 62

    report = import_places(CALEDONIA)

    assert (report.created, report.updated, report.rejected) == (90, 0, 0)
    assert snapshot(source="Hinaura") == before
    assert Place.objects.count() == 687 + 90
    assert Place.objects.get(source="Hinaura", source_id="0").commune == "ABONDANCE"
    noumea = Place.objects.get(source="Nouvelle-Calédonie", source_id="0")
    assert noumea.name == "Espace municipal de Rivière Salée"


@pytest.mark.parametrize("order", [list(REAL_FILES), list(reversed(REAL_FILES))])
def test_the_four_real_files_live_side_by_side_in_either_order_and_twice(order):
    """Forward and reverse orders put every file both before and after every other one."""
    done = []
    for name in order:
        others = snapshot()
        report = import_places(REAL_FILES[name])
        assert report.rejected == 0
        assert report.created == SIZES[name]
        assert {k: v for k, v in snapshot().items() if k in others} == others
        done.append(name)
        assert Place.objects.count() == sum(SIZES[n] for n in done)
    everything = snapshot()
    for name in order:
        report = import_places(REAL_FILES[name])
        assert (report.created, report.updated, report.unchanged) == (0, 0, SIZES[name])
    assert snapshot() == everything


def test_a_summary_over_280_characters_keeps_its_place_cut_at_a_word(tmp_path):
    long = ("Un espace numérique ouvert à tous, " * 12).strip()  # 419 characters
    path = write_csv(
        tmp_path / "l.csv", [place("long", presentation_resume=long, presentation_detail="Détail.")]
    )
    report = import_places(path)
    assert (report.created, report.rejected, len(report.warnings)) == (1, 0, 1)
    stored = Place.objects.get(source_id="long")
    assert len(stored.summary) <= 280
    assert stored.summary.endswith("…")
    assert long.startswith(stored.summary[:-1])
    assert long[len(stored.summary) - 1] in " ,"  # cut between two words
    assert stored.description == long + "\n\nDétail."
    assert any(
        line.startswith("ligne 2, presentation_resume (avertissement) : 419 caractères")
        for line in report.lines()
    )
    with pytest.raises(CommandError, match="1 avertissement"):
        call_command("import_places", str(path), "--strict", stdout=io.StringIO())
    assert Place.objects.filter(source_id="long").exists()


def test_caledonian_long_summaries_and_placeholder_dates_are_kept_and_reported():
    report = import_places(CALEDONIA)
    assert (report.created, report.rejected) == (90, 0)
    long_ones = [r for r in records(CALEDONIA) if len(r.get("presentation_resume") or "") > 280]
    assert len(long_ones) == 12
    for record in long_ones:
        stored = Place.objects.get(source_id=record["id"], source="Nouvelle-Calédonie")
        assert record["presentation_resume"].strip() in stored.description
    placeholder = [r for r in records(CALEDONIA) if r["date_maj"] in ("1969-12-31", "1970-01-01")]
    assert placeholder
    unknown = Place.objects.filter(updated_on__isnull=True)
    assert set(unknown.values_list("source_id", flat=True)) == {r["id"] for r in placeholder}
    assert any("« 1969-12-31 »" in line and "inconnue" in line for line in report.lines())


def test_noumea_places_sit_in_988_and_the_directory_names_it(client):
    report = import_places(CALEDONIA)
    # 9 places of Mont-Dore (988) carry the INSEE code of Le Mont-Dore (63): reported, kept in 988
    assert set(Place.objects.values_list("department", flat=True)) == {"988"}
    assert any("63236 ne correspond pas au code postal 98800" in line for line in report.lines())
    response = client.get("/fr/acteurs/", {"departement": "988"})
    assert response.status_code == 200
    assert "988 – Nouvelle-Calédonie" in response.content.decode()
    assert response.context["total"] == 90
    import_places(EXAMPLE_CSV)
    sources = BeautifulSoup(client.get("/fr/acteurs/").content, "html.parser").select_one(
        "[data-sources]"
    )
    assert "Hubik (1), Nouvelle-Calédonie (90)." in " ".join(sources.text.split())
    page = client.get(f"/fr/acteurs/lieu/{Place.objects.filter(updated_on=None).first().pk}/")
    assert "date de mise à jour inconnue" in page.content.decode()


def test_a_file_without_source_column_needs_the_source_option(tmp_path):
    rows = [{k: v for k, v in place("a").items() if k != "source"}]
    path = tmp_path / "sans-source.csv"
    header = list(rows[0])
    path.write_text(
        ",".join(header) + "\n" + ",".join(f'"{rows[0][c]}"' for c in header) + "\n",
        encoding="utf-8",
    )
    with pytest.raises(PlacesFileError, match="--source"):
        import_places(path)
    assert not Place.objects.exists()
    call_command(
        "import_places", str(path), "--source", "Médiathèque de Reims", stdout=io.StringIO()
    )
    assert Place.objects.get(source_id="a").source == "Médiathèque de Reims"
    # The same id from another source is another place.
    import_places(EXAMPLE_CSV)
    call_command("import_places", str(path), "--source", "Autre réseau", stdout=io.StringIO())
    assert Place.objects.filter(source_id="a").count() == 2


def test_a_mixed_file_is_read_value_by_value(tmp_path):
    """v1 values, 2021 labels and unknown values in the same column of the same file."""
    rows = [
        place("v1", services="Aide aux démarches administratives", frais_a_charge="Gratuit"),
        place(
            "ancien",
            services="Accéder à une connexion internet;Aide aux démarches administratives",
            frais_a_charge="Gratuit : Je peux accéder gratuitement au lieu|Adhésion",
        ),
        place("inconnu", services="Cours de cuisine|Loisirs et créations numériques"),
    ]
    report = import_places(write_csv(tmp_path / "mixte.csv", rows))
    assert (report.created, report.rejected, report.legacy_rows) == (3, 0, 1)
    assert Place.objects.get(source_id="ancien").services == [
        "Accès internet et matériel informatique",
        "Aide aux démarches administratives",
    ]
    assert Place.objects.get(source_id="ancien").fees == ["Gratuit"]
    assert Place.objects.get(source_id="ancien").unmapped == {"frais_a_charge": ["Adhésion"]}
    unknown = Place.objects.get(source_id="inconnu")
    assert unknown.services == ["Loisirs et créations numériques"]
    assert unknown.unmapped == {"services": ["Cours de cuisine"]}
    lines = list(report.lines())
    assert "« services » = « Cours de cuisine » (1 lieux)" in "\n".join(lines)
    assert any(line.startswith("ligne 4, services (avertissement)") for line in lines)


def test_prune_retires_only_the_places_of_the_file_sources_that_left_it(tmp_path, capsys):
    import_places(CALEDONIA)
    path = write_csv(tmp_path / "v1.csv", [place("a"), place("b")])
    import_places(path)
    call_command("import_places", str(write_csv(tmp_path / "v2.csv", [place("a")])), "--prune")
    assert "Retirés (absents du fichier) : 1." in capsys.readouterr().out
    assert list(Place.objects.filter(source="Hubik").values_list("source_id", flat=True)) == ["a"]
    assert Place.objects.filter(source="Nouvelle-Calédonie").count() == 90


def test_a_file_unreadable_halfway_changes_nothing(tmp_path):
    items = records(PACA)
    broken = json.dumps(items, ensure_ascii=False)[:-2000]  # cut inside the last objects
    path = tmp_path / "coupe.json"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(PlacesFileError, match="JSON illisible|n’est pas fermée"):
        import_places(path)
    assert not Place.objects.exists()


def test_the_command_imports_2500_rows_with_its_progress_display(tmp_path):
    """The command used to crash from 2,000 rows on (its progress display); 2,500 rows of
    about 1.6 KB make a file large enough for the display to show."""
    path = write_csv(tmp_path / "grand.csv", [place(f"lieu-{i}") for i in range(2500)])
    out, err = io.StringIO(), io.StringIO()
    call_command("import_places", str(path), stdout=out, stderr=err)
    assert "Créés : 2500, mis à jour : 0, inchangés : 0, rejetés : 0." in out.getvalue()
    assert "2500 lignes lues (100 %)" in err.getvalue()
    assert Place.objects.count() == 2500
    out = io.StringIO()
    call_command("import_places", str(path), verbosity=0, stdout=out, stderr=err)
    assert "inchangés : 2500" in out.getvalue()

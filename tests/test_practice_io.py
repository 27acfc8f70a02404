"""Practice cards go in and out as CSV or JSON: good rows in, bad rows reported, no duplicates."""

import csv
import datetime
import io
import json

import pytest
from django.core.management import CommandError, call_command

from core.models import PageTheme, TerritoryType, Theme
from practices.models import PracticeIndexPage, PracticeLineage, PracticePage
from practices.practice_io import COLUMNS

pytestmark = pytest.mark.django_db

HEADER = "key,title,summary,structure_name,commune,postal_code,themes,territory_types,audiences"


@pytest.fixture
def index(db):
    return PracticeIndexPage.objects.get(locale__language_code="fr")


def write(tmp_path, text, name="fiches.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def run_import(path, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_practices", path, *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def export(fmt):
    out = io.StringIO()
    call_command("export_practices", "--format", fmt, stdout=out)
    return out.getvalue()


def cards():
    return PracticePage.objects.filter(locale__language_code="fr").order_by("slug")


GOOD_AND_BAD = "\n".join(
    [
        HEADER,
        # Labels in French, English or as slugs; case and accents do not matter.
        'ateliers-caf,Ateliers CAF,Des ateliers.,Médiathèque,Lyon,69003,"aide aux demarches '
        'administratives | Safe use of digital tools",PETITES VILLES,seniors',
        # A commune the reference does not know: no territory type can be derived from it.
        "sans-territoire,Sans territoire,Résumé.,Médiathèque,Nulle-sur-Mer,,usage-securise,,",
        "theme-inconnu,Thème inconnu,Résumé.,Médiathèque,Lyon,,Jardinage|usage-securise,qpv,",
        "resume-long,Résumé trop long," + "x" * 281 + ",Médiathèque,Lyon,,usage-securise,qpv,",
        ",Sans clé,Résumé.,Médiathèque,Lyon,,usage-securise,qpv,",
        "cafe-numerique,Café numérique,Un café.,Bibliothèque,Brest,29200,utilisation securisee du "
        "numérique,Rural à habitat dispersé,Jeunes|Étudiants",
    ]
)


def test_import_creates_published_cards_from_good_rows_and_reports_each_bad_row(tmp_path, index):
    path = write(tmp_path, GOOD_AND_BAD, encoding="utf-8-sig")  # a spreadsheet's BOM is fine

    out, err = run_import(path)

    assert "2 créée(s), 0 mise(s) à jour, 0 inchangée(s), 4 ligne(s) refusée(s)." in out
    assert [card.slug for card in cards()] == ["ateliers-caf", "cafe-numerique"]
    card = PracticePage.objects.get(slug="ateliers-caf")
    assert card.live and card.get_parent().specific == index
    assert [t.slug for t in card.theme_terms] == ["demarches-administratives", "usage-securise"]
    # "PETITES VILLES" was read (an unknown label refuses the row), then Lyon's level in the
    # INSEE grid replaced it: a commune has one density level.
    assert [t.slug for t in card.territory_terms] == ["grands-centres-urbains"]
    assert (card.department, card.region) == ("69", "84")
    # Header is row 1: the first data row is row 2.
    assert "ligne 3, territory_types : Une fiche publiée doit avoir au moins un type" in err
    assert "ligne 4, themes : valeur(s) inconnue(s) du vocabulaire : « Jardinage »" in err
    assert "ligne 5, summary : " in err and "280" in err
    assert "ligne 6, key : clé manquante ou invalide" in err
    assert not PracticePage.objects.filter(slug__in=["theme-inconnu", "resume-long"]).exists()


def test_importing_the_same_file_twice_updates_without_duplicating(tmp_path, index):
    path = write(tmp_path, GOOD_AND_BAD)
    run_import(path)
    revisions = {card.slug: card.revisions.count() for card in cards()}

    out, _err = run_import(path)

    assert "0 créée(s), 0 mise(s) à jour, 2 inchangée(s), 4 ligne(s) refusée(s)." in out
    assert {card.slug: card.revisions.count() for card in cards()} == revisions

    changed = GOOD_AND_BAD.replace("Des ateliers.", "Des ateliers chaque mardi.")
    out, _err = run_import(write(tmp_path, changed))

    assert "0 créée(s), 1 mise(s) à jour, 1 inchangée(s)" in out
    card = PracticePage.objects.get(slug="ateliers-caf")
    assert card.summary == "Des ateliers chaque mardi."
    assert card.revisions.count() == revisions["ateliers-caf"] + 1  # history kept
    assert cards().count() == 2


def test_dry_run_reports_what_would_happen_and_writes_nothing(tmp_path, index):
    out, err = run_import(write(tmp_path, GOOD_AND_BAD), "--dry-run")

    assert "Essai à blanc" in out and "2 créée(s)" in out
    assert "ligne 4, themes" in err
    assert not cards().exists()


def test_draft_option_saves_unpublished_cards_even_without_classification(tmp_path, index):
    run_import(write(tmp_path, GOOD_AND_BAD), "--draft")

    assert {card.slug: card.live for card in cards()} == {
        "ateliers-caf": False,
        "cafe-numerique": False,
        "sans-territoire": False,
    }
    # Publishing later with the same file publishes the classified cards.
    out, _err = run_import(write(tmp_path, GOOD_AND_BAD))
    assert "2 mise(s) à jour" in out
    assert PracticePage.objects.get(slug="ateliers-caf").live


def test_strict_fails_when_a_row_is_rejected_but_keeps_the_good_rows(tmp_path, index):
    with pytest.raises(CommandError, match="4 ligne"):
        run_import(write(tmp_path, GOOD_AND_BAD), "--strict")
    assert cards().count() == 2


@pytest.mark.parametrize(
    ("content", "encoding", "message"),
    [
        (GOOD_AND_BAD, "latin-1", "UTF-8"),
        ("key,title\nx,X", "utf-8", "Colonnes obligatoires absentes : summary"),
        ('key,title,summary,structure_name,commune\nx,"X', "utf-8", "CSV illisible"),
    ],
)
def test_unreadable_file_is_refused_whole_and_changes_nothing(
    tmp_path, index, content, encoding, message
):
    with pytest.raises(CommandError, match=message):
        run_import(write(tmp_path, content, encoding=encoding))
    assert not cards().exists()


def test_semicolon_separated_csv_from_a_french_spreadsheet_is_read(tmp_path, index):
    text = "key;title;summary;structure_name;commune;themes;territory_types\n"
    text += "a;Atelier, le mardi;R.;M;Lyon;usage-securise;qpv\n"
    run_import(write(tmp_path, text))
    assert PracticePage.objects.get(slug="a").title == "Atelier, le mardi"


def test_json_must_be_a_list_of_objects(tmp_path, index):
    with pytest.raises(CommandError, match="liste d’objets"):
        run_import(write(tmp_path, '{"key": "x"}', name="fiches.json"))


def test_rich_text_from_a_file_is_sanitised(tmp_path, index):
    rows = [
        {
            "key": "piege",
            "title": "Piège",
            "summary": "Résumé.",
            "structure_name": "Médiathèque",
            "commune": "Lyon",
            "themes": ["usage-securise"],
            "territory_types": ["qpv"],
            "context": '<p onclick="steal()">Texte <script>alert(1)</script>'
            '<a href="javascript:alert(2)">lien</a> <a href="https://example.fr/">sûr</a></p>'
            '<img src="x" onerror="alert(3)">',
            "steps": [{"title": "Étape", "text": "<p><iframe src='https://evil'></iframe>ok</p>"}],
        }
    ]
    run_import(write(tmp_path, json.dumps(rows), name="fiches.json"))

    card = PracticePage.objects.get(slug="piege")
    stored = card.context + card.steps[0].value["text"].source
    for dangerous in ("script", "alert", "onclick", "onerror", "javascript:", "iframe", "img"):
        assert dangerous not in stored
    assert '<a href="https://example.fr/">sûr</a>' in card.context
    assert "ok" in stored


def test_lineage_refers_to_cards_by_key_even_later_in_the_file(tmp_path, index):
    text = "\n".join(
        [
            HEADER + ",inspired_by",
            "copie,Copie,R.,M,Lyon,,usage-securise,qpv,,origine",
            "orpheline,Orpheline,R.,M,Lyon,,usage-securise,qpv,,fiche-absente",
            "origine,Origine,R.,M,Lyon,,usage-securise,qpv,,",
        ]
    )
    out, err = run_import(write(tmp_path, text))

    assert "2 créée(s)" in out
    assert "ligne 3, inspired_by : fiche(s) d’origine introuvable(s) : fiche-absente" in err
    copy = PracticePage.objects.get(slug="copie")
    assert [link.source.slug for link in copy.inspiration_links.all()] == ["origine"]
    assert copy.live


def test_a_key_used_twice_in_a_file_is_rejected_the_second_time(tmp_path, index):
    text = "\n".join(
        [HEADER, "a,A,R.,M,Lyon,,usage-securise,qpv,", "a,B,R.,M,Lyon,,usage-securise,qpv,"]
    )
    _out, err = run_import(write(tmp_path, text))
    assert "ligne 3, key : clé déjà utilisée ligne 2" in err
    assert PracticePage.objects.get(slug="a").title == "A"


def make_card(index, slug, **fields):
    themes = fields.pop("themes", ["usage-securise"])
    territories = fields.pop("territory_types", ["qpv"])
    page = PracticePage(
        slug=slug,
        title=fields.pop("title", slug.title()),
        summary=fields.pop("summary", "Une action."),
        structure_name="Médiathèque",
        commune="Lyon",
        **fields,
    )
    page.theme_items = [PageTheme(tag=Theme.objects.get(slug=s)) for s in themes]
    page.territory_types.set([TerritoryType.objects.get(slug=s) for s in territories])
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def full_cards(index, home):
    source = make_card(index, "origine", summary="=SOMME(A1:A9) ne doit pas s’exécuter")
    card = make_card(
        index,
        "ateliers-complets",
        title="Ateliers complets : tout y est",
        summary="- Un résumé qui commence par un tiret | et contient une barre.",
        structure_kind="intercommunale",
        library_size="m",
        postal_code="29200",
        insee_code="29019",
        themes=["demarches-administratives", "education-medias-information"],
        territory_types=["petites-villes", "frr"],
        context=f'<p>Le <b>besoin</b>, voir <a linktype="page" id="{home.id}">l’accueil</a>.</p>'
        # Stored as Draftail stores it (a no-break space, not &nbsp;), so the export is stable.
        '<ul><li>un</li><li>deux</li></ul><p>Suite\xa0: <a href="https://a.fr/?x=1&amp;y=2">'
        "lien</a></p>",
        steps=[
            ("step", {"title": "Repérer : les publics", "text": "<p>Avec le CCAS | la CAF</p>"}),
            ("step", {"title": "Ouvrir::vite", "text": ""}),
        ],
        budget_range="1k",
        staff="2 bibliothécaires",
        volunteers=3,
        setup_time="1-3-mois",
        equipment="Tablettes\nImprimante (C:\\pilotes)",
        partners=[
            ("partner", {"name": "France Services", "kind": "", "role": "accueil"}),
            ("partner", {"name": "CCAS", "kind": "public", "role": ""}),
        ],
        results="<p>Des résultats.</p>",
        indicators=[("indicator", {"label": "Participants", "value": "120"})],
        difficulties="<p>Peu.</p>",
        tips="<p>Commencer petit.</p>",
        checklist=[("item", "Une salle"), ("item", "Du café")],
        period_start=datetime.date(2024, 9, 1),
        period_end=datetime.date(2025, 6, 30),
        status="terminee",
        contact_name="Direction",
        contact_email="contact@example.fr",
        contact_url="https://example.fr/",
    )
    card.audiences.set([])
    card.inspiration_links = [PracticeLineage(source=source)]
    card.save_revision().publish()
    return [source, card]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_then_import_gives_the_same_cards(tmp_path, index, full_cards, fmt):
    before = export(fmt)
    for page in cards():
        page.delete()
    assert not cards().exists()

    out, err = run_import(write(tmp_path, before, name=f"fiches.{fmt}"))

    assert "2 créée(s)" in out and err == ""
    assert export(fmt) == before
    card = PracticePage.objects.get(slug="ateliers-complets")
    assert card.summary.startswith("- Un résumé") and card.volunteers == 3
    assert card.steps[0].value["title"] == "Repérer : les publics"
    assert card.steps[1].value["title"] == "Ouvrir::vite"
    assert card.partners[0].value["role"] == "accueil"
    assert card.equipment.endswith("(C:\\pilotes)")
    assert [link.source.slug for link in card.inspiration_links.all()] == ["origine"]
    assert f'id="{full_cards[1].get_parent().get_parent().id}"' in card.context
    # Importing the export again is a no-op.
    out, _err = run_import(write(tmp_path, before, name=f"fiches.{fmt}"))
    assert "0 créée(s), 0 mise(s) à jour, 2 inchangée(s)" in out


def test_csv_export_lists_every_column_and_defuses_spreadsheet_formulas(full_cards):
    rows = list(csv.DictReader(io.StringIO(export("csv"))))
    assert list(rows[0]) == COLUMNS
    by_key = {row["key"]: row for row in rows}
    assert by_key["origine"]["summary"].startswith("'=SOMME")
    card = by_key["ateliers-complets"]
    assert card["themes"] == "demarches-administratives | education-medias-information"
    assert card["steps"] == (
        "Repérer : les publics :: <p>Avec le CCAS \\| la CAF</p> | Ouvrir\\::vite"
    )
    assert card["partners"] == "France Services ::  :: accueil | CCAS :: public"
    assert card["indicators"] == "Participants :: 120"
    assert card["period_start"] == "2024-09-01"
    assert card["url"].endswith("/fr/bonnes-pratiques/ateliers-complets/")


def test_json_export_uses_arrays_and_objects(full_cards):
    data = json.loads(export("json"))
    card = next(item for item in data if item["key"] == "ateliers-complets")
    assert card["checklist"] == ["Une salle", "Du café"]
    assert card["indicators"] == [{"label": "Participants", "value": "120"}]
    assert card["volunteers"] == 3 and card["inspired_by"] == ["origine"]


def test_export_leaves_out_drafts_unless_asked(index, full_cards):
    full_cards[0].unpublish()
    keys = [row["key"] for row in csv.DictReader(io.StringIO(export("csv")))]
    assert keys == ["ateliers-complets"]
    # ... nor names it as a source: the file imports into an empty site without rejection.
    assert "origine" not in export("csv")
    out = io.StringIO()
    call_command("export_practices", "--include-drafts", stdout=out)
    rows = {row["key"]: row for row in csv.DictReader(io.StringIO(out.getvalue()))}
    assert set(rows) == {"origine", "ateliers-complets"}
    assert rows["ateliers-complets"]["inspired_by"] == "origine"
    assert rows["origine"]["url"] == ""


def test_every_card_field_is_an_import_column_or_said_to_be_left_out():
    """README "Ajouter un champ de fiche": a new field of the card joins CARD_COLUMNS."""
    left_out = {
        "attachments": "files of the media library, not cell values",
        "territory_derivation": "computed from the commune on save and import, never typed",
    }
    fields = {
        field.name
        for field in PracticePage._meta.get_fields(include_parents=False)
        if (field.concrete or field.many_to_many) and not field.auto_created
    }
    fields |= {"title"}
    missing = fields - set(COLUMNS) - set(left_out)
    assert not missing, f"Add {sorted(missing)} to practices/practice_io.py CARD_COLUMNS"


def test_import_that_crashes_half_way_leaves_none_of_its_cards(tmp_path, index, monkeypatch):
    """A kill or a crash in the middle of the write leaves no page without a revision: the
    file's cards go in together or not at all, and the next run imports them all."""
    from wagtail.models import Revision

    rows = [HEADER] + [
        f"carte-{n},Carte {n},Résumé.,Médiathèque,Lyon,69003,usage-securise,qpv," for n in range(5)
    ]
    path = write(tmp_path, "\n".join(rows))
    publish = Revision.publish
    calls = []

    def crash_on_the_third(self, *args, **kwargs):
        calls.append(self)
        if len(calls) == 3:
            raise RuntimeError("worker killed")
        return publish(self, *args, **kwargs)

    monkeypatch.setattr(Revision, "publish", crash_on_the_third)
    before = PracticePage.objects.count()
    with pytest.raises(RuntimeError):
        run_import(path)
    assert PracticePage.objects.count() == before

    monkeypatch.setattr(Revision, "publish", publish)
    run_import(path)
    created = PracticePage.objects.filter(slug__startswith="carte-")
    assert created.count() == 5
    assert all(card.live and card.latest_revision_id for card in created)

"""What editors meet in the admin: vocabularies they tick instead of type."""

import pytest
from bs4 import BeautifulSoup

from core.vocabularies import vocabularies, vocabulary
from practices.models import PracticePage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("ed", "ed@example.fr", "pw"))
    return client


def checkboxes(html, name):
    """{value: label text} of the checkboxes named `name` in the page."""
    soup = BeautifulSoup(html, "html.parser")
    found = {}
    for box in soup.select(f'input[type="checkbox"][name="{name}"]'):
        label = soup.find("label", attrs={"for": box["id"]}) or box.find_parent("label")
        found[box["value"]] = " ".join(label.get_text().split())
    return found


def test_card_editor_offers_every_term_of_every_vocabulary_as_checkboxes(editor):
    html = editor.get(factories.practice_add_url()).content.decode()
    for v in vocabularies():
        boxes = checkboxes(html, v.field)
        assert set(boxes) == set(v.tag.objects.values_list("slug", flat=True)), v.field
    territories = checkboxes(html, vocabulary("territory").field)
    # French label first, English beside it: matched anywhere, no quotes, no typing.
    assert territories["bourgs-ruraux"] == "Bourgs ruraux (Rural towns)"
    # Each box inside its own label on its own line (Django's markup, which the admin styles; the
    # site's DSFR renderer put each box at the end of the line before its term).
    boxes = BeautifulSoup(html, "html.parser").select('input[type="checkbox"][name="themes"]')
    assert boxes and all(box.find_parent("label") for box in boxes)
    assert "double" not in html.lower() or "guillemets" not in html


def test_ticked_terms_are_saved_on_the_card_and_ticked_again_on_edit(editor):
    data = factories.practice_admin_form(
        **{
            "action-publish": "publish",
            "themes": ["usage-securise", "demarches-administratives"],
            "territory_types": ["bourgs-ruraux"],
            "audiences": ["seniors"],
        }
    )
    response = editor.post(factories.practice_add_url(), data)
    assert response.status_code == 302, response.context["form"].errors
    page = PracticePage.objects.get(slug="atelier-arnaques")
    assert page.live
    assert {t.slug for t in page.terms("theme")} == {"usage-securise", "demarches-administratives"}
    assert [t.slug for t in page.terms("audience")] == ["seniors"]

    html = editor.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    ticked = {box["value"] for box in soup.select('input[name="themes"][checked]')}
    assert ticked == {"usage-securise", "demarches-administratives"}


def test_unticking_a_term_removes_it_and_keeps_the_others(editor):
    card = factories.practice(themes=("usage-securise", "loisirs-creations"))
    data = factories.practice_admin_form(
        **{
            "title": card.title,
            "slug": card.slug,
            "themes": ["loisirs-creations"],
            "territory_types": ["bourgs-ruraux"],
            "audiences": ["seniors"],
            "action-publish": "publish",
        }
    )
    response = editor.post(f"/admin/pages/{card.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors
    card = PracticePage.objects.get(pk=card.pk)
    assert [t.slug for t in card.terms("theme")] == ["loisirs-creations"]


def test_guide_editor_offers_the_same_checkboxes(editor):
    guide = factories.guide()
    html = editor.get(f"/admin/pages/{guide.pk}/edit/").content.decode()
    themes = checkboxes(html, "themes")
    assert (
        themes["formation-personnels"]
        == "Formation des équipes de bibliothèque (Training library staff)"
    )
    soup = BeautifulSoup(html, "html.parser")
    assert [b["value"] for b in soup.select('input[name="themes"][checked]')] == [
        "formation-personnels"
    ]


def test_card_listing_filters_are_checkboxes_with_both_labels(editor):
    factories.practice("Fiche rurale", territories=("bourgs-ruraux",))
    factories.practice("Fiche urbaine", territories=("grands-centres-urbains",))
    rural = vocabulary("territory").tag.objects.get(slug="bourgs-ruraux")
    response = editor.get("/admin/practice_cards/", {"territory": rural.pk})
    html = response.content.decode()
    assert "Fiche rurale" in html and "Fiche urbaine" not in html
    boxes = checkboxes(html, "territory")
    assert boxes[str(rural.pk)] == "Bourgs ruraux (Rural towns)"
    assert len(checkboxes(html, "theme")) == vocabulary("theme").tag.objects.count()


# --- Publishing, slugs ------------------------------------------------------------------------


def test_publishing_a_card_without_theme_keeps_a_draft_and_the_banner_says_why(editor):
    data = factories.practice_admin_form(
        **{"action-publish": "publish", "territory_types": ["qpv"], "audiences": ["seniors"]}
    )
    response = editor.post(factories.practice_add_url(), data, follow=True)
    page = PracticePage.objects.get(slug="atelier-arnaques")
    assert not page.live and page.get_latest_revision() is not None
    html = response.content.decode()
    assert "Brouillon enregistré, mais pas publié" in html
    assert "Une fiche publiée doit avoir au moins une thématique." in html
    # The ticked term is in the draft: nothing the editor chose is lost.
    assert [t.slug for t in page.get_latest_revision_as_object().terms("audience")] == ["seniors"]
    assert "ne peut être créée" not in html


def test_publishing_an_existing_card_without_theme_keeps_the_live_version(editor):
    card = factories.practice("Fiche en ligne", themes=("usage-securise",))
    data = factories.practice_admin_form(
        **{
            "title": "Fiche en ligne modifiée",
            "slug": card.slug,
            "territory_types": ["bourgs-ruraux"],
            "action-publish": "publish",
        }
    )
    response = editor.post(f"/admin/pages/{card.pk}/edit/", data, follow=True)
    assert "Brouillon enregistré, mais pas publié" in response.content.decode()
    card = PracticePage.objects.get(pk=card.pk)
    assert card.live and card.title == "Fiche en ligne" and card.has_unpublished_changes
    assert card.get_latest_revision_as_object().title == "Fiche en ligne modifiée"


def test_other_errors_keep_the_card_unsaved_and_show_every_reason(editor):
    data = factories.practice_admin_form(**{"action-publish": "publish", "summary": "x" * 281})
    response = editor.post(factories.practice_add_url(), data)
    assert response.status_code == 200
    assert not PracticePage.objects.filter(slug="atelier-arnaques").exists()
    errors = response.context["form"].errors
    assert "summary" in errors and "themes" in errors


def test_the_slug_field_writes_ascii_as_the_editor_types(editor):
    soup = BeautifulSoup(editor.get(factories.practice_add_url()).content, "html.parser")
    slug = soup.select_one('input[name="slug"]')
    # Wagtail's w-slug controller writes ASCII unless this attribute is set to true.
    assert slug["data-controller"] == "w-slug"
    assert slug.get("data-w-slug-allow-unicode-value") in (None, "false", "False")


def test_an_accented_slug_is_saved_in_ascii(editor):
    data = factories.practice_admin_form(title="Test éditeur à Évreux", slug="test-éditeur-œuvre")
    response = editor.post(factories.practice_add_url(), data)
    assert response.status_code == 302, response.context["form"].errors
    assert PracticePage.objects.filter(slug="test-editeur-oeuvre").exists()


def test_an_existing_accented_slug_is_kept_when_the_card_is_edited(editor):
    card = factories.practice("Fiche ancienne", slug="fiche-créée-avant")
    data = factories.practice_admin_form(
        title="Fiche ancienne", slug="fiche-créée-avant", themes=["usage-securise"]
    )
    response = editor.post(f"/admin/pages/{card.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors
    assert PracticePage.objects.get(pk=card.pk).slug == "fiche-créée-avant"


# --- Moderation -------------------------------------------------------------------------------


def test_moderation_turns_name_colon_role_lines_into_partners_with_a_role(
    client, django_user_model
):
    from tests.submission_helpers import stored_submission, user_in

    submission = stored_submission(
        title="Cœur numérique à Tulle",
        partners=(
            "CCAS de Saint-Essai : repérage des publics\n"
            "- France Services – ateliers d’accès aux droits\n"
            "Mairie de Saint-Essai\n"
        ),
    )
    client.force_login(user_in(django_user_model, "Modérateurs"))
    response = client.post(f"/admin/submissions/create-card/{submission.pk}/")
    assert response.status_code == 302
    submission.refresh_from_db()
    card = submission.page.specific
    assert [(p.value["name"], p.value["role"]) for p in card.partners] == [
        ("CCAS de Saint-Essai", "repérage des publics"),
        ("France Services", "ateliers d’accès aux droits"),
        ("Mairie de Saint-Essai", ""),
    ]
    assert card.slug.startswith("coeur-numerique-a-tulle")


# --- Translation ------------------------------------------------------------------------------


def _translate(card, translations):
    """Translate `card` into English through wagtail-localize, as a translator does in its
    editor: {segment path: English text}; returns the English page."""
    from wagtail.models import Locale
    from wagtail_localize.models import (
        StringSegment,
        StringTranslation,
        Translation,
        TranslationSource,
    )

    source, _created = TranslationSource.get_or_create_from_instance(card)
    english = Locale.objects.get(language_code="en")
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=english)
    for segment in StringSegment.objects.filter(source=source).select_related("context", "string"):
        text = translations.get(segment.context.path, segment.string.data)
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=english,
            context=segment.context,
            defaults={"data": text},
        )
    translation.save_target(publish=True)
    return card.get_translation(english).specific


def test_codes_and_commune_are_not_offered_for_translation(editor):
    from wagtail_localize.models import StringSegment, TranslationSource

    card = factories.practice(commune="Saint-Affrique", postal_code="12400", insee_code="12208")
    source, _created = TranslationSource.get_or_create_from_instance(card)
    paths = set(StringSegment.objects.filter(source=source).values_list("context__path", flat=True))
    assert "title" in paths and "summary" in paths
    assert not paths & {"commune", "postal_code", "insee_code"}


def test_english_translation_gets_an_english_slug_and_keeps_the_codes(editor):
    card = factories.practice(
        "Permanence démarches en ligne au bourg", slug="permanence-demarches-en-ligne-au-bourg"
    )
    english = _translate(card, {"title": "Online help desk in the village"})
    assert english.slug == "online-help-desk-in-the-village"
    assert english.url.endswith("/online-help-desk-in-the-village/")
    assert english.postal_code == card.postal_code and english.commune == card.commune
    assert PracticePage.objects.get(pk=card.pk).slug == "permanence-demarches-en-ligne-au-bourg"


def test_a_slug_the_translator_chose_is_kept(editor):
    card = factories.practice("Atelier seniors", slug="atelier-seniors")
    english = _translate(card, {"title": "Workshop for older people", "slug": "senior-workshop"})
    assert english.slug == "senior-workshop"


# --- Import in the admin ----------------------------------------------------------------------

CARDS_CSV = (
    "key,title,summary,structure_name,commune,themes,territory_types\n"
    "atelier-import,Atelier importé,Un atelier.,Médiathèque,Saint-Essai-sur-Test,"
    "usage-securise,petites-villes\n"
    "sans-theme,Sans thème,Un atelier.,Médiathèque,Saint-Essai-sur-Test,,petites-villes\n"
)


def _upload(text, name="fiches.csv"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, text.encode(), content_type="text/csv")


def test_admin_import_shows_a_dry_run_then_imports_on_confirmation(editor, settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path)
    response = editor.post("/admin/practice_cards/import/", {"file": _upload(CARDS_CSV)})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    counts = {s["data-count"]: s.get_text() for s in soup.select("[data-count]")}
    assert counts == {"created": "1", "updated": "0", "unchanged": "0", "rejected": "1"}
    row = [td.get_text() for td in soup.select("[data-rejected-rows] tbody td")]
    assert row == ["3", "themes", "Une fiche publiée doit avoir au moins une thématique."]
    assert not PracticePage.objects.filter(slug="atelier-import").exists()  # dry run

    token = soup.select_one('input[name="token"]')["value"]
    response = editor.post("/admin/practice_cards/import/", {"token": token})
    assert response.status_code == 200
    assert PracticePage.objects.get(slug="atelier-import").live
    assert not PracticePage.objects.filter(slug="sans-theme").exists()
    assert not list(tmp_path.joinpath("imports").iterdir())  # the waiting file is gone
    # Confirming twice imports nothing more and says the file is gone.
    again = editor.post("/admin/practice_cards/import/", {"token": token}, follow=True)
    assert "n’est plus disponible" in again.content.decode()


def test_admin_import_refuses_a_file_over_the_limit_and_says_the_limit(editor, monkeypatch):
    from practices import admin_import

    monkeypatch.setattr(admin_import.CardImportView, "max_mb", 0)
    page = editor.get("/admin/practice_cards/import/").content.decode()
    assert "0 Mo au plus" in page
    response = editor.post("/admin/practice_cards/import/", {"file": _upload(CARDS_CSV)})
    assert "0 Mo au plus" in response.content.decode()
    assert "Découpez-le" in response.content.decode()
    assert not PracticePage.objects.filter(slug="atelier-import").exists()


def test_admin_import_is_refused_to_who_cannot_publish_cards(client, django_user_model):
    from tests.submission_helpers import user_in

    client.force_login(user_in(django_user_model, "Contributeurs"))
    assert client.get("/admin/practice_cards/import/").status_code == 403


def test_card_listing_exports_only_the_filtered_cards(editor):
    import csv
    import io
    import json

    factories.practice("Fiche sécurité", slug="fiche-securite", themes=("usage-securise",))
    factories.practice("Fiche loisirs", slug="fiche-loisirs", themes=("loisirs-creations",))
    theme = vocabulary("theme").tag.objects.get(slug="usage-securise")
    listing = editor.get("/admin/practice_cards/", {"theme": theme.pk}).content.decode()
    soup = BeautifulSoup(listing, "html.parser")
    links = {a.get_text(strip=True): a["href"] for a in soup.select("a[data-hub-export]")}
    csv_url = links["Exporter ces fiches (CSV)"]
    assert f"theme={theme.pk}" in csv_url
    assert soup.select_one("a[href='/admin/practice_cards/import/']")

    response = editor.get(csv_url)
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [row["key"] for row in rows] == ["fiche-securite"]
    everything = editor.get("/admin/practice_cards/", {"export": "json"})
    assert {card["key"] for card in json.loads(b"".join(everything.streaming_content))} >= {
        "fiche-securite",
        "fiche-loisirs",
    }


# --- Admin strings in French ------------------------------------------------------------------


def _unlabelled_blocks(block, path):
    """Named blocks without a label of their own: Wagtail would show their English code name
    ("Step") in the French editor."""
    from wagtail import blocks

    for name, child in (getattr(block, "child_blocks", None) or {}).items():
        if not child.meta.label:
            yield f"{path}.{name}"
        yield from _unlabelled_blocks(child, f"{path}.{name}")
    if isinstance(block, blocks.ListBlock):
        yield from _unlabelled_blocks(block.child_block, f"{path}[]")


def test_every_block_of_the_project_has_a_french_label():
    from django.apps import apps
    from wagtail.fields import StreamField

    project = {"hub", "home", "places", "practices", "guides", "territories", "submissions"}
    missing = [
        path
        for model in apps.get_models()
        if model._meta.app_label in project | {"consultations", "search"}
        for field in model._meta.get_fields()
        if isinstance(field, StreamField)
        for path in _unlabelled_blocks(field.stream_block, f"{model.__name__}.{field.name}")
    ]
    assert missing == []

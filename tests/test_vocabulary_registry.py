"""A vocabulary is one declaration: the "Niveaux" vocabulary of the test-only app tests/vocab_app
(installed by hub/settings/test.py, declared as README "Ajouter un vocabulaire" says) reaches the
pages, the admin filters, the card import/export and the public submission form by itself."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.management import call_command

from core.vocabularies import vocabularies, vocabulary
from practices.models import PracticePage
from practices.practice_io import COLUMNS, import_file
from submissions.models import Submission
from tests import factories
from tests.submission_helpers import FORM_URL, user_in, valid_data
from tests.vocab_app.apps import LEVELS

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def term(slug, param=LEVELS.param):
    return vocabulary(param).tag.objects.get(slug=slug)


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.fr", "pw"))
    return client


@pytest.fixture
def cards():
    """Two published cards; only the first is for beginners."""
    tagged = factories.practice("Atelier pour débutants", terms={"level": ["debutant"]})
    other = factories.practice("Atelier sans niveau")
    return tagged, other


def listed(client, url, **params):
    """The titles an admin listing shows, filtered by `params`."""
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def test_the_test_vocabulary_is_registered_and_carried_by_every_content_page():
    assert LEVELS in vocabularies()
    models = {model.__name__ for model in LEVELS.page_models()}
    assert {"PracticePage", "GuidePage", "OrientationPage"} <= models
    assert "level_items__tag" in PracticePage.TAG_PREFETCH


def test_card_page_shows_the_new_vocabulary_with_a_link_to_the_search(client, cards):
    tagged, _other = cards
    page = soup(client.get(tagged.url))
    link = page.find("a", href=lambda href: href and href.endswith("?level=debutant"))
    assert link is not None and link.get_text(strip=True) == "Débutant"
    assert page.find(string="Niveaux")


def test_admin_listings_filter_by_the_new_vocabulary(admin_client, cards):
    html = listed(admin_client, "/admin/practice_cards/", level=term("debutant").pk)
    assert "Atelier pour débutants" in html and "Atelier sans niveau" not in html
    assert "Niveaux" in html  # the filter's label
    factories.guide("Guide pour débutants").levels.add(term("debutant"))
    guides = admin_client.get("/admin/guides/", {"level": term("confirme").pk}).content.decode()
    assert "Guide pour débutants" not in guides


def test_card_export_and_import_carry_the_new_vocabulary_both_ways(cards):
    assert "levels" in COLUMNS
    out = io.StringIO()
    call_command("export_practices", "--format", "csv", stdout=out)
    rows = {row["key"]: row for row in csv.DictReader(io.StringIO(out.getvalue()))}
    tagged, other = cards
    assert rows[tagged.slug]["levels"] == "debutant"
    assert rows[other.slug]["levels"] == ""

    # Edited in a spreadsheet: a label in English, then read back.
    rows[other.slug]["levels"] = "Experienced"
    rows[tagged.slug]["levels"] = "Inconnu"
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=list(rows[tagged.slug]))
    writer.writeheader()
    writer.writerows(rows.values())
    report = import_file(text.getvalue().encode(), "csv")
    assert report.updated == [other.slug]
    assert [report.describe(error) for error in report.errors] == [
        "ligne 2, levels : valeur(s) inconnue(s) du vocabulaire : « Inconnu »"
    ]
    other = PracticePage.objects.get(pk=other.pk)
    assert [t.slug for t in other.terms("level")] == ["confirme"]


def test_submission_form_offers_the_new_vocabulary_and_moderation_carries_it_to_the_card(
    client, django_user_model, django_capture_on_commit_callbacks, settings, tmp_path
):
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path)
    cache.clear()
    form = soup(client.get(FORM_URL))
    legend = form.find(id="id_levels-legend")
    assert legend is not None and "Niveaux" in legend.get_text()
    assert not form.find(id="id_levels").find("input", required=True)  # optional on the form
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(FORM_URL, valid_data(levels=[term("confirme").pk]))
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert [t.slug for t in submission.terms("level")] == ["confirme"]

    client.force_login(user_in(django_user_model, "Modérateurs"))
    detail = client.get(f"/admin/submissions/inspect/{submission.pk}/").content.decode()
    assert "Niveaux" in detail and "Confirmé" in detail
    listing = client.get("/admin/submissions/", {"level": term("debutant").pk}).content.decode()
    assert submission.title not in listing
    listing = client.get("/admin/submissions/", {"level": term("confirme").pk}).content.decode()
    assert submission.title in listing

    client.post(f"/admin/submissions/create-card/{submission.pk}/")
    submission.refresh_from_db()
    assert [t.slug for t in submission.page.specific.terms("level")] == ["confirme"]


def searched(client, **params):
    """Titles the JSON search API returns for `params` (search filter and facet checks)."""
    return [hit["title"] for hit in client.get("/api/search/", params).json()["results"]]


def test_editors_may_manage_the_new_vocabulary_terms():
    from django.contrib.auth.models import Group

    editors = Group.objects.get(name="Éditeurs")
    codenames = set(editors.permissions.values_list("codename", flat=True))
    assert {"add_level", "change_level", "delete_level", "view_level"} <= codenames


def test_a_vocabulary_registered_too_late_or_misdeclared_is_reported_by_the_checks():
    from core.checks import check_vocabularies
    from core.vocabularies import Vocabulary, register, unregister

    assert check_vocabularies() == []
    register(
        Vocabulary(
            param="late",
            field="lates",
            tag_model="vocab_test.Level",
            through_model="vocab_test.PageLevel",
            items="wrong_items",
            label="Trop tard",
        )
    )
    try:
        ids = sorted(error.id for error in check_vocabularies())
    finally:
        unregister("late")
    assert ids == ["hub.E001", "hub.E004"]

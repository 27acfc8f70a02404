"""`setup_site` with demo content builds a realistic, bilingual hub, and builds it only once."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Page

from core.models import PageAudience, PageTerritoryType, PageTheme, TerritoryType, Theme
from guides.models import GuidePage, GuidePracticeLink, OrientationLink, OrientationPage
from home.models import HomePage
from practices.models import PracticeLineage, PracticePage

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def demo_site(django_db_setup, django_db_blocker):
    """Load the demo once for the module, inside a transaction rolled back at the end, so the
    other test modules keep the bare site of conftest.py."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("setup_site", "--no-admin", "--no-index", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


def live(model, language):
    return model.objects.live().filter(locale__language_code=language)


def test_demo_builds_orientations_guides_and_practice_cards():
    assert live(OrientationPage, "fr").count() >= 5
    assert live(GuidePage, "fr").count() >= 8
    assert live(PracticePage, "fr").count() >= 40


def test_every_theme_and_territory_type_is_used_by_a_live_card():
    cards = live(PracticePage, "fr")
    unused_themes = Theme.objects.exclude(page_items__content_object__in=cards)
    unused_territories = TerritoryType.objects.exclude(page_items__content_object__in=cards)
    assert list(unused_themes.values_list("slug", flat=True)) == []
    assert list(unused_territories.values_list("slug", flat=True)) == []


@pytest.mark.parametrize("model", [OrientationPage, GuidePage, PracticePage])
def test_at_least_a_third_of_each_page_type_is_translated_into_english(model):
    french = live(model, "fr").count()
    english = live(model, "en").count()
    assert english * 3 >= french
    if model is OrientationPage:
        assert english == french


def test_translated_cards_keep_the_tags_of_their_source():
    translated = live(PracticePage, "en").prefetch_related(*PracticePage.TAG_PREFETCH)
    assert translated
    for card in translated:
        source = card.get_translation(card.get_default_locale() or "fr")
        assert [t.slug for t in card.theme_terms] == [t.slug for t in source.theme_terms]
        assert [t.slug for t in card.territory_terms] == [t.slug for t in source.territory_terms]
        assert [t.slug for t in card.audience_terms] == [t.slug for t in source.audience_terms]
        assert card.theme_terms and card.territory_terms


def test_links_between_pages_stay_within_their_language():
    for link in OrientationLink.objects.select_related("orientation", "page"):
        assert link.page.locale_id == link.orientation.locale_id
    for link in GuidePracticeLink.objects.select_related("guide", "page"):
        assert link.page.locale_id == link.guide.locale_id
    for link in PracticeLineage.objects.select_related("practice", "source"):
        assert link.source.locale_id == link.practice.locale_id


def test_orientations_and_guides_link_to_what_implements_them():
    for orientation in live(OrientationPage, "fr"):
        linked = {link.page.specific_class for link in orientation.related_links.all()}
        assert PracticePage in linked, orientation.slug
    assert GuidePracticeLink.objects.filter(guide__locale__language_code="en").exists()
    assert PracticeLineage.objects.filter(practice__locale__language_code="fr").count() >= 5
    assert PracticeLineage.objects.filter(practice__locale__language_code="en").exists()


def test_demo_cards_pass_model_validation_and_locate_their_department():
    for card in live(PracticePage, "fr"):
        card.full_clean()
        assert card.department and card.region, card.slug
        assert card.postal_code.startswith(card.department[:2]), card.slug
        assert card.steps and card.partners and card.indicators and card.checklist


def test_guides_use_numbered_steps_checklists_callouts_and_external_links():
    block_types = {block.block_type for guide in live(GuidePage, "fr") for block in guide.body}
    assert {"heading", "paragraph", "steps", "checklist", "callout", "link"} <= block_types


def test_home_pages_lead_to_sections_search_and_map_in_their_language():
    for language, search, actors in (
        ("fr", "/fr/recherche/", "/fr/acteurs/"),
        ("en", "/en/search/", "/en/actors/"),
    ):
        home = HomePage.objects.get(locale__language_code=language)
        [block] = home.featured
        entries = block.value
        pages = [entry["page"] for entry in entries if entry["page"]]
        assert len(pages) == 3
        assert all(page.locale.language_code == language for page in pages)
        assert {entry["url"] for entry in entries} >= {search, actors}


def test_running_setup_site_again_creates_nothing_twice():
    models = [Page, OrientationLink, GuidePracticeLink, PracticeLineage, PageTheme]
    models += [PageTerritoryType, PageAudience]
    before = {model: model.objects.count() for model in models}
    call_command("setup_site", "--no-admin", "--no-index", stdout=io.StringIO())
    assert {model: model.objects.count() for model in models} == before


@pytest.mark.parametrize(
    ("url", "links"),
    [
        ("/fr/", ["/fr/orientations/", "/fr/bonnes-pratiques/", "/fr/recherche/", "/fr/acteurs/"]),
        ("/en/", ["/en/orientations/", "/en/good-practices/", "/en/search/", "/en/actors/"]),
    ],
)
def test_home_page_shows_its_entry_points(client, url, links):
    response = client.get(url)
    assert response.status_code == 200
    hrefs = {a["href"] for a in BeautifulSoup(response.content, "html.parser").select(".fr-tile a")}
    assert set(links) <= hrefs

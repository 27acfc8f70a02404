"""`load_demo` builds a realistic, bilingual hub from each app's data files, and only once."""

import io
import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Page

from core.models import PageAudience, PageTerritoryType, PageTheme, TerritoryType, Theme
from guides.models import GuidePage, GuidePracticeLink, OrientationLink, OrientationPage
from home.models import HomePage
from places.models import Place
from practices.models import PracticeLineage, PracticePage

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)
OUTPUT = {}


@pytest.fixture(scope="module", autouse=True)
def demo_site(django_db_setup, django_db_blocker):
    """Load the demo once for the module on the structure of conftest.py, inside a transaction
    rolled back at the end, so the other test modules keep the bare site."""
    with django_db_blocker.unblock(), transaction.atomic():
        out = io.StringIO()
        call_command("load_demo", "--no-index", stdout=out, no_color=True)
        OUTPUT["first"] = out.getvalue()
        yield
        transaction.set_rollback(True)


def data(path):
    return json.loads((ROOT / path).read_text(encoding="utf-8"))


def row(output, kind):
    """(created, already there) of `kind` in a command's table."""
    match = re.search(rf"^{re.escape(kind)}\s+(\d+)\s+(\d+)$", output, re.MULTILINE)
    assert match, f"{kind!r} not in:\n{output}"
    return int(match[1]), int(match[2])


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


def test_running_load_demo_again_creates_nothing_twice():
    models = [Page, OrientationLink, GuidePracticeLink, PracticeLineage, PageTheme, Place]
    models += [PageTerritoryType, PageAudience]
    before = {model: model.objects.count() for model in models}
    out = io.StringIO()
    call_command("load_demo", "--no-index", stdout=out, no_color=True)
    assert {model: model.objects.count() for model in models} == before
    created, existing = row(out.getvalue(), "Total")
    assert created == 0
    assert existing == row(OUTPUT["first"], "Total")[0], (OUTPUT["first"], out.getvalue())


def test_running_setup_site_on_the_demo_creates_nothing_and_keeps_the_content():
    before = Page.objects.count()
    out = io.StringIO()
    call_command("setup_site", "--no-admin", "--no-index", stdout=out, no_color=True)
    assert row(out.getvalue(), "Total")[0] == 0
    assert Page.objects.count() == before


def test_first_run_says_what_it_created_per_kind():
    output = OUTPUT["first"]
    assert row(output, "Fiches (fr)") == (45, 0)
    assert row(output, "Fiches (en)") == (15, 0)
    assert row(output, "Guides (fr)") == (9, 0)
    assert row(output, "Orientations (en)") == (6, 0)
    # The four shipped open-data files: 687 + 646 + 188 + 90 places.
    assert row(output, "Lieux de médiation numérique") == (1611, 0)
    assert "Introuvables" not in output


def test_the_demo_has_every_page_translation_and_link_it_had_as_python_data():
    """The figures of the demo built from practices/demo_data.py and guides/demo_data.py
    before they became data files: nothing was lost on the way."""

    def per_language(model, field="locale"):
        return {
            language: model.objects.filter(**{f"{field}__language_code": language}).count()
            for language in ("fr", "en")
        }

    assert per_language(PracticePage) == {"fr": 45, "en": 15}
    assert per_language(GuidePage) == {"fr": 9, "en": 4}
    assert per_language(OrientationPage) == {"fr": 6, "en": 6}
    assert per_language(OrientationLink, "orientation__locale") == {"fr": 68, "en": 29}
    assert per_language(GuidePracticeLink, "guide__locale") == {"fr": 31, "en": 9}
    assert per_language(PracticeLineage, "practice__locale") == {"fr": 13, "en": 3}
    # Territory types are not counted: the territories app adds those derived from a card's
    # commune to the 93 of the data (each entry keeps its own, see the next test).
    assert (PageTheme.objects.count(), PageAudience.objects.count()) == (168, 140)


@pytest.mark.parametrize(
    ("path", "model"),
    [
        ("practices/demo/cards.json", PracticePage),
        ("guides/demo/guides.json", GuidePage),
        ("guides/demo/orientations.json", OrientationPage),
    ],
)
def test_every_entry_of_the_data_files_is_a_live_page_with_its_translation(path, model):
    for entry in data(path):
        page = live(model, "fr").get(slug=entry["slug"])
        assert page.title == entry["title"]
        assert sorted(t.slug for t in page.theme_terms) == sorted(entry["themes"])
        assert sorted(t.slug for t in page.audience_terms) == sorted(entry["audiences"])
        # The grid's density level derived from the commune replaces a typed one (territories).
        typed = {
            slug
            for slug in entry["territories"]
            if TerritoryType.objects.get(slug=slug).kind != TerritoryType.Kind.DENSITY
        }
        assert typed <= {t.slug for t in page.territory_terms}
        if "en" in entry:
            translated = live(model, "en").get(translation_key=page.translation_key)
            assert (translated.slug, translated.title) == (
                entry["en"]["slug"],
                entry["en"]["title"],
            )


def test_guides_list_the_cards_their_data_names_in_that_order():
    for entry in data("guides/demo/guides.json"):
        guide = GuidePage.objects.get(locale__language_code="fr", slug=entry["slug"])
        linked = [link.page.slug for link in guide.related_practices.all()]
        assert linked == entry["related_practices"]


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

"""Links between the apps' demo pages are named by slug in the data of the page that holds them
and made to the pages that exist: one app's demo loads without another's, missing pages are
reported, and a later run links them once they exist."""

import io
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from guides.models import GuidePage, GuidePracticeLink, OrientationIndexPage, OrientationLink
from home.models import HomePage
from tests import factories

pytestmark = pytest.mark.django_db

GUIDES = json.loads(
    (Path(settings.BASE_DIR) / "guides/demo/guides.json").read_text(encoding="utf-8")
)


def load_demo(*apps):
    out = io.StringIO()
    call_command("load_demo", *apps, "--no-index", stdout=out, no_color=True)
    return out.getvalue()


def test_guides_load_without_cards_and_report_the_cards_they_name():
    output = load_demo("guides")
    assert GuidePage.objects.filter(locale__language_code="fr").count() == len(GUIDES)
    assert not GuidePracticeLink.objects.exists()
    # Orientations still link to the guides, which are the same app's.
    assert OrientationLink.objects.exists()
    assert "Introuvables, non liés (fiches" in output
    assert GUIDES[0]["related_practices"][0] in output


def test_a_later_run_links_the_cards_that_now_exist():
    load_demo("guides")
    slug = GUIDES[0]["related_practices"][0]
    card = factories.practice(slug=slug)
    naming = [entry["slug"] for entry in GUIDES if slug in entry["related_practices"]]

    load_demo("guides")

    linked = GuidePracticeLink.objects.filter(page=card).values_list("guide__slug", flat=True)
    assert sorted(linked) == sorted(naming)
    assert GuidePage.objects.filter(locale__language_code="fr").count() == len(GUIDES)


def test_home_entry_points_leave_out_a_section_that_does_not_exist():
    OrientationIndexPage.objects.get(locale__language_code="fr").delete()
    output = load_demo("home")
    home = HomePage.objects.get(locale__language_code="fr")
    [block] = home.featured
    titles = [entry["title"] for entry in block.value]
    assert "Orientations stratégiques" not in titles
    assert "Bonnes pratiques" in titles
    assert "orientations (fr)" in output

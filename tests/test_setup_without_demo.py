"""`setup_site` builds the site's structure, and no content: demo content is `load_demo`'s."""

import io
import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import GroupPagePermission, Page, PageViewRestriction, WorkflowPage

from consultations.models import ConsultationIndexPage
from core.roles import EDITORS
from guides.models import GuideIndexPage, GuidePage, OrientationIndexPage, OrientationPage
from home.models import ContentPage, HomePage, SitemapPage
from places.models import Place, PlaceDirectoryPage
from practices.models import ContributionIndexPage, PracticeIndexPage, PracticePage
from territories.models import TerritoryIndexPage

pytestmark = pytest.mark.django_db


def test_setup_builds_every_section_and_footer_page_in_both_languages():
    for model in (
        HomePage,
        OrientationIndexPage,
        GuideIndexPage,
        PracticeIndexPage,
        PlaceDirectoryPage,
        TerritoryIndexPage,
        ConsultationIndexPage,
        SitemapPage,
        ConsultationIndexPage,
    ):
        languages = model.objects.live().values_list("locale__language_code", flat=True)
        assert sorted(languages) == ["en", "fr"], model
    # The footer's pages (children of the home page); the moderation charter sits under the
    # consultations index.
    assert ContentPage.objects.live().filter(locale__language_code="en", depth=3).count() == 3
    assert ContentPage.objects.live().filter(slug="charte-de-moderation").exists()
    workspace = ContributionIndexPage.objects.get()
    assert PageViewRestriction.objects.filter(page=workspace).exists()


def test_setup_gives_groups_their_rights_and_puts_cards_under_review():
    editors = Group.objects.get(name=EDITORS)
    index = PracticeIndexPage.objects.get(locale__language_code="fr")
    assert GroupPagePermission.objects.filter(group=editors, page=index).exists()
    assert WorkflowPage.objects.filter(page=index).exists()


def test_setup_without_demo_builds_no_content():
    assert not OrientationPage.objects.exists()
    assert not GuidePage.objects.exists()
    assert not PracticePage.objects.exists()
    assert not Place.objects.exists()
    assert not any(home.featured for home in HomePage.objects.all())


def test_setup_again_creates_nothing_and_says_so():
    before = Page.objects.count()
    out = io.StringIO()
    call_command("setup_site", "--no-admin", "--no-index", stdout=out, no_color=True)
    assert Page.objects.count() == before
    assert re.search(r"^Total\s+0\s+[1-9]\d*$", out.getvalue(), re.MULTILINE), out.getvalue()
    assert re.search(r"^Sections \(fr, en\)\s+0\s+[1-9]\d*$", out.getvalue(), re.MULTILINE)


def test_load_demo_without_the_structure_says_which_command_builds_it():
    PracticeIndexPage.objects.get(locale__language_code="fr").delete()
    with pytest.raises(CommandError, match="setup_site"):
        call_command("load_demo", "practices", "--no-index", stdout=io.StringIO())


def test_load_demo_refuses_an_unknown_app_and_names_those_it_knows():
    with pytest.raises(CommandError, match="practices"):
        call_command("load_demo", "pratiques", "--no-index", stdout=io.StringIO())

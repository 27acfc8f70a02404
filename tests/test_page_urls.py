"""`core.page_urls.page_url` gives what Wagtail's `page.get_url(request)` gives: both languages,
a slug with accents, the script prefix, a page of another site (full URL), a page of no site."""

from unittest import mock

import pytest
from django.test import RequestFactory
from django.urls import set_script_prefix
from django.utils import translation
from wagtail.models import Page, Site

from core.page_urls import page_url

from .search_factories import guide, practice

pytestmark = pytest.mark.django_db


def _request(host="localhost"):
    return RequestFactory().get("/", HTTP_HOST=host)


def _same(pages, request):
    for page in pages:
        assert page_url(page, request) == page.get_url(request=request), page.url_path


def test_urls_are_wagtails_in_both_languages():
    accented = practice("Café des aînés")
    accented.slug = "café-des-aînés"
    accented.save()
    pages = [
        practice("Atelier"),
        accented,
        guide("Guide"),
        practice("Card", language="en"),
        Page.objects.get(depth=2, locale__language_code="fr").specific,
    ]
    for language in ("fr", "en"):
        with translation.override(language):
            _same(pages, _request())
            _same(pages, None)
    assert page_url(pages[1], _request()).endswith("/caf%C3%A9-des-a%C3%AEn%C3%A9s/")
    assert page_url(pages[3], _request()).startswith("/en/")
    expected = pages[0].get_url(request=_request())
    with mock.patch.object(Page, "get_url_parts", side_effect=AssertionError("Wagtail's way")):
        assert page_url(pages[0], _request()) == expected  # the short way was taken


def test_urls_follow_the_script_prefix():
    page = practice("Atelier")
    set_script_prefix("/hub/")
    try:
        assert page_url(page, _request()).startswith("/hub/fr/")
        _same([page], _request())
    finally:
        set_script_prefix("/")


def test_a_page_of_another_site_gets_its_full_url_and_a_page_of_none_none():
    home = Page.objects.get(depth=2, locale__language_code="fr")
    other_root = home.add_sibling(instance=Page(title="Autre site", slug="autre-site"))
    other_page = other_root.add_child(instance=Page(title="Une page", slug="une-page"))
    orphan_root = home.add_sibling(instance=Page(title="Sans site", slug="sans-site"))
    orphan = orphan_root.add_child(instance=Page(title="Orpheline", slug="orpheline"))
    Site.objects.create(hostname="autre.example", port=80, root_page=other_root)
    request = _request()
    _same([other_page, orphan, practice("Atelier")], request)
    assert page_url(other_page, request).startswith("http://autre.example")
    assert page_url(orphan, request) is None

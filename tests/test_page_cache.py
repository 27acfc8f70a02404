"""The anonymous page cache serves visitors fast and never serves what it must not."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import Theme
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def test_second_anonymous_visit_is_served_from_cache_without_any_query(client):
    card = factories.practice()
    assert client.get(card.url)["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        response = client.get(card.url)
    assert response["X-Page-Cache"] == "hit"
    assert len(queries.captured_queries) == 0
    assert card.title in response.content.decode()


def test_publishing_a_change_purges_the_cache(client):
    card = factories.practice("Titre avant")
    client.get(card.url)
    client.get("/fr/bonnes-pratiques/")
    card.title = "Titre après"
    card.save_revision().publish()
    assert "Titre après" in client.get(card.url).content.decode()
    assert "Titre après" in client.get("/fr/bonnes-pratiques/").content.decode()


def test_unpublishing_purges_the_cache(client):
    card = factories.practice()
    client.get(card.url)
    card.unpublish()
    assert client.get(card.url).status_code == 404


def test_renaming_a_vocabulary_term_purges_the_cache(client):
    card = factories.practice(themes=("usage-securise",))
    client.get(card.url)
    theme = Theme.objects.get(slug="usage-securise")
    theme.name = "Cybersécurité du quotidien"
    theme.save()
    assert "Cybersécurité du quotidien" in client.get(card.url).content.decode()


def test_logged_in_editors_never_get_cached_pages(client):
    card = factories.practice()
    client.get(card.url)
    user = get_user_model().objects.create_superuser("ed", "ed@example.fr", "pw")
    client.force_login(user)
    response = client.get(card.url)
    assert "X-Page-Cache" not in response
    assert "userbar" in response.content.decode()


def test_drafts_are_never_cached_or_served(client):
    card = factories.practice("Version publiée")
    client.get(card.url)
    card.title = "Brouillon non publié"
    card.save_revision()
    assert "Brouillon non publié" not in client.get(card.url).content.decode()


def test_languages_are_cached_separately(client):
    assert client.get("/fr/")["X-Page-Cache"] == "miss"
    english = client.get("/en/")
    assert english["X-Page-Cache"] == "miss"
    assert english.content.decode().count('lang="en"') >= 1


def test_not_found_pages_are_not_cached(client):
    client.get("/fr/absente/")
    assert "X-Page-Cache" not in client.get("/fr/absente/")


def test_pages_with_a_csrf_form_are_not_cached(client, rf):
    from django.http import HttpResponse

    from core.page_cache import _cacheable_response

    request = rf.get("/fr/formulaire/")
    request.META["CSRF_COOKIE_USED"] = True
    assert not _cacheable_response(request, HttpResponse("<form>", content_type="text/html"))


def test_gzip_and_plain_clients_get_their_own_cached_copy(client):
    import gzip

    card = factories.practice("Fiche compressée")
    zipped = client.get(card.url, HTTP_ACCEPT_ENCODING="gzip")
    assert zipped["Content-Encoding"] == "gzip"
    plain = client.get(card.url)
    assert plain["X-Page-Cache"] == "miss"
    assert "Content-Encoding" not in plain
    assert "Fiche compressée" in plain.content.decode()
    again = client.get(card.url, HTTP_ACCEPT_ENCODING="gzip, br")
    assert again["X-Page-Cache"] == "hit"
    assert "Fiche compressée" in gzip.decompress(again.content).decode()


def test_a_caching_proxy_is_purged_when_its_address_is_set():
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.WAGTAILFRONTENDCACHE['proxy']['LOCATION'], "
        "'wagtail.contrib.frontend_cache' in settings.INSTALLED_APPS)"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "hub.settings.test",
           "FRONTEND_CACHE_PURGE_URL": "http://127.0.0.1:6081"}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True,
        cwd=Path(__file__).resolve().parent.parent, timeout=60,
    )  # fmt: skip
    assert result.stdout.split() == ["http://127.0.0.1:6081", "True"]

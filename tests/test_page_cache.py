"""The anonymous page cache serves visitors fast and never serves what it must not."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
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


# --- What purges and what does not -----------------------------------------------------------
# Visitors see live pages, vocabulary terms, places and media: changing those purges. Drafts,
# revisions, workflow steps, submissions, the outbox and logs change no public page: they keep
# the cache, so a busy editorial day or a wave of submissions does not empty it.


def cached_after(client, url, change):
    """Warm `url`, make `change`, then say whether the next visit was served from the cache."""
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"
    change()
    return client.get(url)["X-Page-Cache"] == "hit"


def test_saving_a_draft_of_a_live_page_keeps_the_cache(client):
    card = factories.practice("Titre publié")

    def save_draft():
        card.title = "Titre en brouillon"
        card.save_revision()

    assert cached_after(client, card.url, save_draft)
    assert "Titre publié" in client.get(card.url).content.decode()


def test_creating_a_draft_page_keeps_the_cache(client):
    card = factories.practice()
    assert cached_after(client, card.url, lambda: factories.practice(publish=False))


def test_a_submission_and_its_outbox_emails_keep_the_cache(client, settings, tmp_path):
    from core.outbox import send_pending
    from tests.submission_helpers import FORM_URL, valid_data

    settings.PRIVATE_MEDIA_ROOT = str(tmp_path)
    card = factories.practice()

    def submit_and_send():
        assert client.post(FORM_URL, valid_data()).status_code == 302
        client.cookies.clear()  # the form's session: the visitor is anonymous again
        assert send_pending().sent == 2

    assert cached_after(client, card.url, submit_and_send)


def test_deleting_a_live_page_purges_the_cache(client):
    card = factories.practice("Fiche supprimée")
    assert not cached_after(client, "/fr/bonnes-pratiques/", card.delete)
    assert "Fiche supprimée" not in client.get("/fr/bonnes-pratiques/").content.decode()


def test_moving_a_page_purges_the_cache(client, fr):
    from wagtail.models import Page

    card = factories.practice("Fiche déplacée")
    contributions = Page.objects.get(locale=fr, slug="contributions")
    assert not cached_after(
        client, "/fr/bonnes-pratiques/", lambda: card.move(contributions, pos="last-child")
    )
    assert "Fiche déplacée" not in client.get("/fr/bonnes-pratiques/").content.decode()


def test_editing_a_place_purges_the_cache(client):
    from places.models import Place
    from tests.places_helpers import EXAMPLE_CSV

    call_command("import_places", str(EXAMPLE_CSV), stdout=io.StringIO())
    place = Place.objects.get()

    def rename():
        place.name = "Nouveau nom du lieu"
        place.save()

    assert not cached_after(client, "/fr/acteurs/", rename)
    assert "Nouveau nom du lieu" in client.get("/fr/acteurs/").content.decode()


def test_an_import_that_changes_places_purges_the_cache_and_one_that_does_not_keeps_it(
    client, tmp_path
):
    from tests.places_helpers import place, write_csv

    directory = "/fr/acteurs/"
    first = write_csv(tmp_path / "a.csv", [place("lieu-1", nom="Premier lieu")])
    second = write_csv(
        tmp_path / "b.csv", [place("lieu-1", nom="Premier lieu"), place("lieu-2", nom="Second")]
    )
    call_command("import_places", str(first), stdout=io.StringIO())
    assert not cached_after(
        client, directory, lambda: call_command("import_places", str(second), stdout=io.StringIO())
    )
    assert "Second" in client.get(directory).content.decode()
    # The same file again changes nothing; a dry run writes nothing: the cache stays.
    assert client.get(directory)["X-Page-Cache"] == "hit"
    call_command("import_places", str(second), stdout=io.StringIO())
    third = write_csv(tmp_path / "c.csv", [place("lieu-3", nom="Troisième")])
    call_command("import_places", str(third), "--dry-run", stdout=io.StringIO())
    assert client.get(directory)["X-Page-Cache"] == "hit"

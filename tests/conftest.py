"""Shared fixtures: the site structure (locales, home and footer pages), built once."""

import uuid
from dataclasses import dataclass

import pytest
from django.core.management import call_command
from wagtail.models import Locale


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the site structure that `setup_site` builds, without demo content
    (rolled back after)."""
    with django_db_blocker.unblock():
        call_command("setup_site", "--no-admin", "--no-index", verbosity=0)


@pytest.fixture
def fr():
    return Locale.objects.get(language_code="fr")


@pytest.fixture
def en():
    return Locale.objects.get(language_code="en")


@pytest.fixture
def home(db):
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="fr")


@pytest.fixture
def home_en(db):
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="en")


# --- The search lanes (tests/test_search*.py) ----------------------------------------------


@dataclass
class Lane:
    name: str
    refresh: callable


@pytest.fixture(
    params=["database", pytest.param("opensearch3", marks=pytest.mark.engine)],
)
def lane(request, db, settings):
    """The search backend of the test: SQLite FTS5, or OpenSearch (osmem-server stand-in at
    SEARCH_URLS) with a fresh index per test, since the database is rolled back after each."""
    from django.conf import settings as django_settings
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    from guides.models import GuidePage, OrientationPage
    from hub.settings.base import FRENCH_INDEX_SETTINGS
    from practices.models import PracticePage

    if request.param == "database":
        # SQLite FTS5, or PostgreSQL full text with the French accent-folding configuration
        # (the PostgreSQL lane runs this same suite).
        settings.WAGTAILSEARCH_BACKENDS = {
            "default": {
                "BACKEND": "wagtail.search.backends.database",
                "SEARCH_CONFIG": django_settings.SEARCH_CONFIG,
            }
        }
        yield Lane("database", lambda: None)
        return
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.OpenSearch3French",
            "URLS": django_settings.SEARCH_URLS,
            "INDEX_PREFIX": f"test_{uuid.uuid4().hex[:8]}_",
            "TIMEOUT": 10,
            "INDEX_SETTINGS": FRENCH_INDEX_SETTINGS,
        }
    }
    index = get_search_backend().get_index_for_model(Page)
    index.reset()
    for model in (Page, OrientationPage, GuidePage, PracticePage):
        index.add_model(model)
    yield Lane("opensearch3", index.refresh)
    index.delete()


@pytest.fixture
def fragments(settings):
    """The per-generation caches on, as in production (the test settings turn them off),
    from an empty cache."""
    from django.core.cache import cache

    settings.FRAGMENT_CACHE = True
    cache.clear()
    yield
    cache.clear()

"""Shared fixtures: the site structure (locales, home and footer pages), built once."""

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

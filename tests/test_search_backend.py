"""The database search backend folds accents on every database: "mediation" finds "Médiation".

This suite runs on SQLite (`make test`) and on PostgreSQL (`make test-postgres`), where the
`french_unaccent` text search configuration (hub migration 0003) stems French and folds accents.
"""

import pytest
from django.conf import settings
from django.db import connection
from wagtail.search.backends import get_search_backend

from home.models import ContentPage

pytestmark = pytest.mark.django_db

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL text search configuration"
)


@pytest.fixture
def mediation_page(home):
    page = ContentPage(title="Médiation numérique en bibliothèque", slug="mediation-numerique")
    home.add_child(instance=page)
    page.save_revision().publish()
    other = ContentPage(title="Horaires d’ouverture", slug="horaires")
    home.add_child(instance=other)
    other.save_revision().publish()
    return page


@pytest.mark.parametrize("query", ["mediation", "médiation", "MEDIATION", "bibliotheque"])
def test_search_folds_accents_and_case(mediation_page, query):
    results = list(ContentPage.objects.live().search(query))
    assert [page.pk for page in results] == [mediation_page.pk]


def test_search_does_not_find_a_word_that_is_absent(mediation_page):
    assert list(ContentPage.objects.live().search("cartographie")) == []


@on_postgres
def test_postgres_backend_uses_the_french_unaccent_configuration():
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] == "french_unaccent"
    assert get_search_backend().config == "french_unaccent"
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('french_unaccent', 'Médiations numériques')::text")
        assert cursor.fetchone()[0] == "'mediat':1 'numer':2"


@on_postgres
def test_postgres_search_stems_french_plurals(mediation_page):
    results = list(ContentPage.objects.live().search("médiations numériques"))
    assert [page.pk for page in results] == [mediation_page.pk]

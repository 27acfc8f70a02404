"""The fast paths of the search (issue 12, speed): they give what the plain paths gave.

- SQLite: the text match reads the page id of each index entry from `search_entry_page`, kept by
  triggers on Wagtail's index table: it follows every insert, reindex and delete.
- Values kept per process (terms, locales, private sections) follow a change visitors can see.
"""

import pytest
from django.db import connection
from django.http import QueryDict
from wagtail.models import PageViewRestriction
from wagtail.search.backends import get_search_backend

from core.vocabularies import vocabulary
from search.service import parse_query, run_search
from tests import search_factories as f


def _search(**params):
    data = QueryDict(mutable=True)
    for key, value in params.items():
        data[key] = value
    return run_search(parse_query(data, lang="fr"))


def _titles(results):
    return [hit.page.title for hit in results.hits]


def _map_matches_index():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT e.id, CAST(e.object_id AS INTEGER), e.content_type_id "
            "FROM wagtailsearch_indexentry e ORDER BY e.id"
        )
        entries = cursor.fetchall()
        cursor.execute("SELECT eid, page_id, content_type_id FROM search_entry_page ORDER BY eid")
        assert cursor.fetchall() == entries


@pytest.mark.django_db
def test_sqlite_entry_pages_follow_the_index():
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    backend = get_search_backend()
    card = f.practice("Atelier tablettes pour seniors")
    backend.add(card)
    _map_matches_index()
    assert _titles(_search(q="tablettes")) == ["Atelier tablettes pour seniors"]

    card.title = "Permanence smartphone"
    card.save_revision().publish()
    backend.add(card)
    _map_matches_index()
    assert _titles(_search(q="smartphone")) == ["Permanence smartphone"]
    assert _search(q="tablettes").count == 0

    backend.delete(card)
    _map_matches_index()
    assert _search(q="smartphone").count == 0


@pytest.mark.django_db
def test_kept_values_follow_published_changes(settings):
    """With the fragment cache on (production), terms and private sections are kept between
    searches and follow the changes that purge the page cache."""
    from django.core.cache import cache

    settings.FRAGMENT_CACHE = True
    cache.clear()
    try:
        theme = vocabulary("theme").tag.objects.order_by("pk").first()
        card = f.practice("Atelier tablettes", themes=[theme.slug])
        get_search_backend().add(card)
        assert _search(q="tablettes").count == 1
        theme.name = "Thème renommé"
        theme.save()
        facet = _search(q="tablettes").facets["theme"]
        assert [v.label for v in facet] == ["Thème renommé"]

        PageViewRestriction.objects.create(page=card, restriction_type="login")
        assert _search(q="tablettes").count == 0
    finally:
        cache.clear()

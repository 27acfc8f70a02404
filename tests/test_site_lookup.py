"""The Wagtail site of a request is read once per host and content generation
(core.site_lookup), and read again once the site changes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

pytestmark = pytest.mark.django_db


def site_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response, [q for q in queries.captured_queries if '"wagtailcore_site"' in q["sql"]]


def test_site_is_not_queried_again_on_the_next_pages(client, fragments):
    site_queries(client, "/fr/")
    _response, queries = site_queries(client, "/fr/territoires/")
    assert queries == []


def test_a_changed_site_is_read_again(client, fragments):
    site_queries(client, "/fr/")
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Centre de ressources, nouveau nom"
    site.save()
    response, queries = site_queries(client, "/fr/")
    assert queries
    assert response.wsgi_request._wagtail_site.site_name == "Centre de ressources, nouveau nom"

"""The page of a URL is found by Wagtail's routing once per content generation (core.page_routing),
then read with one query; a page published, moved, unpublished or restricted since is routed
again at once, and restricted pages still ask who is there."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from practices.models import ContributionIndexPage
from tests import factories

# With production's per-generation caches, which the routing cache is one of.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fragments")]


def page_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, [q["sql"] for q in queries.captured_queries]


def test_second_visit_reads_the_page_in_one_query_without_routing(client):
    card = factories.practice("Atelier du samedi")
    client.get(card.url)
    response, queries = page_queries(client, card.url)
    assert response.status_code == 200
    assert "Atelier du samedi" in response.content.decode()
    assert response.wsgi_request._wagtail_route_for_request.page.pk == card.pk
    # No locale, no index page, no ancestors nor restrictions of this page: the card itself.
    assert not [q for q in queries if "wagtailcore_locale" in q]
    assert not [q for q in queries if '"wagtailcore_pageviewrestriction"."page_id" IN' in q]
    assert len([q for q in queries if 'FROM "wagtailcore_page"' in q]) == 1


def test_each_path_and_language_leads_to_its_own_page(client):
    first, second = factories.practice("Premier atelier"), factories.practice("Second atelier")
    client.get(first.url), client.get(second.url)
    assert "Premier atelier" in client.get(first.url).content.decode()
    assert "Second atelier" in client.get(second.url).content.decode()
    assert (
        client.get("/en/").wsgi_request._wagtail_route_for_request.page.locale.language_code == "en"
    )


def test_a_renamed_or_unpublished_page_is_routed_again(client):
    card = factories.practice()
    old_url = card.url
    client.get(old_url)
    card.slug = "nouvelle-adresse"
    card.save_revision().publish()
    card.refresh_from_db()
    assert client.get(old_url).status_code == 404
    assert client.get(card.url).status_code == 200
    card.unpublish()
    assert client.get(card.url).status_code == 404


def test_restricted_pages_still_ask_who_is_there(client):
    workspace = ContributionIndexPage.objects.filter(live=True).first()
    assert PageViewRestriction.objects.filter(page=workspace).exists()
    for _ in range(2):
        assert client.get(workspace.url).status_code == 302


def test_a_restriction_added_later_applies_at_once(client):
    card = factories.practice()
    assert client.get(card.url).status_code == 200
    client.get(card.url)
    PageViewRestriction.objects.create(
        page=card.get_parent(), restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    response = client.get(card.url)
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()


def test_routable_pages_are_left_to_wagtail(client):
    for _ in range(2):
        response = client.get("/fr/territoires/")
        assert response.status_code == 200

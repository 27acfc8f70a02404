"""Orientations, guides and practice cards: where they live, how they render, what editors may
publish, and what anonymous visitors never see."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page, PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

from core.models import Audience, TerritoryType, Theme
from core.pages import ensure_translation
from guides.models import GuideIndexPage, GuidePage, OrientationIndexPage, OrientationPage
from home.models import HomePage
from practices.models import PracticeIndexPage, PracticeLineage, PracticePage
from tests import factories


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


class TestPageTypeRules(WagtailPageTestCase):
    def test_each_content_type_lives_under_its_index(self):
        self.assertCanCreateAt(OrientationIndexPage, OrientationPage)
        self.assertCanCreateAt(GuideIndexPage, GuidePage)
        self.assertCanCreateAt(PracticeIndexPage, PracticePage)
        self.assertCanNotCreateAt(HomePage, PracticePage)
        self.assertCanNotCreateAt(HomePage, GuidePage)
        self.assertCanNotCreateAt(PracticeIndexPage, GuidePage)
        self.assertCanNotCreateAt(GuideIndexPage, OrientationPage)
        self.assertAllowedSubpageTypes(PracticePage, {})

    def test_each_content_type_renders_and_its_edit_view_loads(self):
        user = get_user_model().objects.create_superuser("editrice", "e@example.fr", "pw")
        self.client.force_login(user)
        for page in (factories.practice(), factories.guide(), factories.orientation()):
            self.assertPageIsRenderable(page)
            edit = self.client.get(f"/admin/pages/{page.pk}/edit/")
            self.assertEqual(edit.status_code, 200)
            self.assertContains(edit, 'name="themes"')


pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    ["/fr/bonnes-pratiques/", "/fr/guides-pratiques/", "/fr/orientations/", "/en/good-practices/"],
)
@pytest.mark.parametrize("page_param", ["foo", "9999", "-1", "0"])
def test_listings_survive_bad_page_numbers(client, url, page_param):
    factories.practice()
    response = client.get(url, {"page": page_param})
    assert response.status_code == 200


def test_practice_card_shows_its_structure_place_and_tags_linked(client):
    card = factories.practice(
        themes=("demarches-administratives", "usage-securise"),
        commune="Marcillac-Vallon",
        insee_code="12138",
    )
    page = soup(client.get(card.url))
    assert page.h1.get_text(strip=True) == card.title
    assert "Médiathèque intercommunale du Vallon" in page.get_text()
    assert "Marcillac-Vallon (12330), 12 – Aveyron" in page.get_text(" ", strip=True)
    labels = {tag.get_text(strip=True) for tag in page.select("aside .fr-tag")}
    assert {
        "Aide aux démarches administratives",
        "Utilisation sécurisée du numérique",
        "Bourgs ruraux",
        "Seniors",
    } <= labels
    assert page.find("meta", property="og:title")["content"] == card.title
    assert page.find("meta", attrs={"name": "description"})["content"] == card.summary
    assert [a.get_text(strip=True) for a in page.select(".fr-breadcrumb__link")][-2] == (
        "Bonnes pratiques"
    )


def test_practice_card_derives_department_and_region_from_postal_code():
    card = factories.practice(postal_code="97400", commune="Saint-Denis", insee_code="97411")
    assert (card.department, card.region) == ("974", "04")
    corsica = factories.practice(postal_code="20000", commune="Ajaccio", insee_code="2A004")
    assert (corsica.department, corsica.region) == ("2A", "94")


def test_print_view_uses_the_print_stylesheet_for_screen_and_is_not_indexed(client):
    card = factories.practice()
    normal = soup(client.get(card.url))
    assert normal.find("link", href=lambda h: h and "print" in h)["media"] == "print"
    printed = soup(client.get(card.url, {"print": "1"}))
    assert printed.find("link", href=lambda h: h and "print" in h).get("media") is None
    assert printed.find("meta", attrs={"name": "robots", "content": "noindex"})


def test_draft_practice_is_not_visible_to_anonymous_visitors(client):
    draft = factories.practice("Brouillon confidentiel", publish=False)
    assert client.get("/fr/bonnes-pratiques/" + draft.slug + "/").status_code == 404
    assert "Brouillon confidentiel" not in client.get("/fr/bonnes-pratiques/").content.decode()


def test_private_practice_is_not_shown_to_anonymous_visitors(client):
    card = factories.practice("Fiche réservée aux agents")
    PageViewRestriction.objects.create(page=card, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(card.url)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"] or "login" in response["Location"]
    listing = client.get("/fr/bonnes-pratiques/").content.decode()
    assert "Fiche réservée aux agents" not in listing


def test_unpublished_card_disappears_from_listing_and_page(client):
    card = factories.practice("Fiche retirée")
    card.unpublish()
    assert client.get("/fr/bonnes-pratiques/fiche-retiree/").status_code == 404
    assert "Fiche retirée" not in client.get("/fr/bonnes-pratiques/").content.decode()


def test_english_translation_keeps_tags_and_shows_english_labels(client):
    card = factories.practice(themes=("usage-securise",), territories=("qpv",))
    english, _ = ensure_translation(card, "en", title="Safe-use workshops", slug="safe-use")
    assert [t.slug for t in english.theme_terms] == ["usage-securise"]
    assert [t.slug for t in english.territory_terms] == ["qpv"]
    page = soup(client.get("/en/good-practices/safe-use/"))
    labels = {tag.get_text(strip=True) for tag in page.select("aside .fr-tag")}
    assert "Safe use of digital tools" in labels
    assert "Priority urban neighbourhood (QPV)" in labels
    assert page.html["lang"] == "en"


def test_one_vocabulary_filters_every_page_type_in_one_query(django_assert_num_queries):
    factories.practice(themes=("cooperation-territoriale",))
    factories.guide(themes=("cooperation-territoriale",))
    factories.orientation(themes=("cooperation-territoriale",))
    factories.practice(themes=("usage-securise",))
    with django_assert_num_queries(1):
        kinds = sorted(
            Page.objects.filter(theme_items__tag__slug="cooperation-territoriale").values_list(
                "content_type__model", flat=True
            )
        )
    assert kinds == ["guidepage", "orientationpage", "practicepage"]


def test_vocabulary_label_follows_the_active_language():
    theme = Theme.objects.get(slug="acces-internet-materiel")
    with translation.override("fr"):
        assert theme.label == "Accès internet et matériel informatique"
    with translation.override("en"):
        assert theme.label == "Internet access and computer equipment"


def test_vocabularies_are_seeded_with_the_standard_and_insee_grid():
    assert Theme.objects.count() >= 9
    assert Theme.objects.exclude(standard_service="").count() == 9
    assert TerritoryType.objects.filter(kind="density").count() == 7
    assert set(TerritoryType.objects.filter(kind="overlay").values_list("slug", flat=True)) == {
        "qpv",
        "frr",
        "outre-mer",
    }
    assert Audience.objects.filter(slug="demandeurs-emploi").exists()
    assert Theme.free_tagging is False


def test_related_cards_share_theme_and_territory_and_lineage_is_shown(client):
    card = factories.practice("Fiche d’origine")
    factories.practice("Fiche proche")
    factories.practice("Autre territoire", territories=("grands-centres-urbains",))
    factories.practice("Autre thème", themes=("loisirs-creations",))
    follower = factories.practice("Fiche reproduite", commune="Rignac", postal_code="12390")
    PracticeLineage.objects.create(practice=follower, source=card)
    related = [p.title for p in card.related_practices()]
    assert "Fiche proche" in related
    assert "Autre territoire" not in related and "Autre thème" not in related
    page = soup(client.get(card.url)).get_text(" ", strip=True)
    assert "A inspiré 1 autre action" in page
    assert "Fiche reproduite" in page
    assert "Inspirée de Fiche d’origine" in soup(client.get(follower.url)).get_text(" ", strip=True)


_LAST = []


def _card_queries(client, card):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(card.url).status_code == 200
    _LAST[:] = ctx.captured_queries
    return len(ctx.captured_queries)


def test_practice_page_queries_do_not_grow_with_tags_or_related_cards(client):
    small = factories.practice(
        "Peu de liens",
        themes=("parentalite-education",),
        territories=("petites-villes",),
        audiences=("femmes",),
    )
    factories.practice(
        "Une voisine", themes=("parentalite-education",), territories=("petites-villes",)
    )
    PracticeLineage.objects.create(practice=small, source=factories.practice("Source 0"))
    client.get(small.url)  # warm the site and locale caches
    few = _card_queries(client, small)
    assert len(small.related_practices()) == 1
    themes = [t.slug for t in Theme.objects.all()[:4]]
    territories = [t.slug for t in TerritoryType.objects.all()[:3]]
    audiences = [a.slug for a in Audience.objects.all()[:3]]
    rich = factories.practice(
        "Beaucoup de liens", themes=themes, territories=territories, audiences=audiences
    )
    for n in range(6):
        factories.practice(
            f"Voisine {n}", themes=themes, territories=territories, audiences=audiences
        )
    for source in factories.practice("Source A"), factories.practice("Source B"):
        PracticeLineage.objects.create(practice=rich, source=source)
    many = _card_queries(client, rich)
    assert len(rich.theme_terms) + len(rich.territory_terms) + len(rich.audience_terms) == 10
    assert len(rich.related_practices()) == 5
    if many != few:
        print("\n".join(q["sql"][:300] for q in _LAST))
    assert many == few
    assert many <= 44


def test_fragment_cache_saves_the_navigation_and_related_cards_queries(client, settings):
    from django.core.cache import cache

    card = factories.practice()
    factories.practice("Voisine")
    cold = _card_queries(client, card)
    settings.FRAGMENT_CACHE = True
    cache.clear()
    client.get(card.url)
    warm = _card_queries(client, card)
    cache.clear()
    assert warm <= cold - 3


def test_listing_queries_do_not_grow_with_the_number_of_cards(client):
    factories.practice()
    client.get("/fr/bonnes-pratiques/")
    with CaptureQueriesContext(connection) as one:
        client.get("/fr/bonnes-pratiques/")
    for _ in range(8):
        factories.practice(themes=("usage-securise", "loisirs-creations"))
    with CaptureQueriesContext(connection) as nine:
        client.get("/fr/bonnes-pratiques/")
    assert len(nine.captured_queries) == len(one.captured_queries)


# --- Editor validation, through the real admin forms -------------------------------------------


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("editeur", "ed@example.fr", "pw")
    client.force_login(user)
    return client


def test_editor_can_save_a_draft_without_tags(editor_client):
    response = editor_client.post(factories.practice_add_url(), factories.practice_admin_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    page = PracticePage.objects.get(slug="atelier-arnaques")
    assert not page.live


def test_card_without_theme_or_territory_is_saved_as_draft_not_published(editor_client):
    response = editor_client.post(
        factories.practice_add_url(), factories.practice_admin_form(**{"action-publish": "publish"})
    )
    page = PracticePage.objects.get(slug="atelier-arnaques")
    assert response.status_code == 302 and not page.live
    html = editor_client.get(response.url).content.decode()
    assert "Brouillon enregistré, mais pas publié" in html
    assert "Une fiche publiée doit avoir au moins une thématique." in html
    assert "Une fiche publiée doit avoir au moins un type de territoire." in html


def test_card_with_theme_and_territory_is_published(editor_client):
    data = factories.practice_admin_form(
        **{
            "action-publish": "publish",
            "themes": ["usage-securise"],
            "territory_types": ["petites-villes"],
        }
    )
    response = editor_client.post(factories.practice_add_url(), data)
    assert response.status_code == 302, response.context["form"].errors
    page = PracticePage.objects.get(slug="atelier-arnaques")
    assert page.live
    assert [t.slug for t in page.theme_terms] == ["usage-securise"]


def test_summary_longer_than_280_characters_is_refused_with_a_message(editor_client):
    response = editor_client.post(
        factories.practice_add_url(), factories.practice_admin_form(summary="x" * 281)
    )
    assert response.status_code == 200
    assert "280" in response.content.decode()
    assert not PracticePage.objects.filter(slug="atelier-arnaques").exists()


def test_unknown_tag_cannot_be_invented_by_an_editor(editor_client):
    data = factories.practice_admin_form(
        **{
            "action-publish": "publish",
            "themes": ["theme-invente"],
            "territory_types": ["petites-villes"],
        }
    )
    editor_client.post(factories.practice_add_url(), data)
    assert not Theme.objects.filter(slug="theme-invente").exists()


def test_admin_listing_of_cards_filters_by_theme(editor_client):
    factories.practice("Fiche sécurité", themes=("usage-securise",))
    factories.practice("Fiche loisirs", themes=("loisirs-creations",))
    theme = Theme.objects.get(slug="usage-securise")
    response = editor_client.get("/admin/practice_cards/", {"theme": theme.pk})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Fiche sécurité" in html
    assert "Fiche loisirs" not in html


def test_card_page_offers_reproduce_link_and_counts_reproductions(client):
    card = factories.practice("Fiche à reproduire")
    follower = factories.practice("Fiche qui reproduit")
    PracticeLineage.objects.create(practice=follower, source=card)
    page = soup(client.get(card.url))
    link = page.find("a", string=lambda s: s and "J’ai reproduit cette action" in s)
    assert link["href"] == f"/fr/proposer-une-pratique/?inspire={card.pk}"
    assert "Reproduite dans 1 territoire" in page.get_text(" ", strip=True)


def test_script_typed_by_a_submitter_is_shown_escaped_on_the_card(client):
    card = factories.practice(
        "Atelier <script>alert(1)</script>",
        summary="Résumé <img src=x onerror=alert(1)>",
        structure_name="<b>Médiathèque</b>",
    )
    html = client.get(card.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html
    assert "<b>Médiathèque</b>" not in html


def test_card_lists_its_mediation_actors_with_links_to_their_pages(client):
    from places.models import Place
    from practices.models import PracticePlace

    card = factories.practice()
    actor = Place.objects.create(
        source_id="test-1",
        pivot="12345678900011",
        name="France Services de Marcillac",
        commune="Marcillac-Vallon",
        postal_code="12330",
        address="1 place de la Mairie",
        updated_on="2024-01-01",
    )
    PracticePlace.objects.create(practice=card, place=actor, role="partenaire")
    page = soup(client.get(card.url))
    link = page.find("a", string="France Services de Marcillac")
    assert link["href"].endswith(f"/lieu/{actor.pk}/")
    assert client.get(link["href"]).status_code == 200


def test_pagination_shows_a_short_elided_range_of_page_numbers(rf):
    from core.pagination import paginate

    page = paginate(rf.get("/", {"page": "50"}), list(range(1000)), 10)
    assert page.number == 50
    assert page.paginator.ELLIPSIS in page.elided_range
    assert {1, 48, 49, 50, 51, 52, 100} <= set(page.elided_range)
    assert len(page.elided_range) <= 11


def test_practice_index_search_link_leads_to_a_search_filtered_to_cards(client):
    card = factories.practice("Fiche de l’index")
    guide = factories.guide("Guide hors du filtre")
    link = soup(client.get("/fr/bonnes-pratiques/")).find(
        "a", string=lambda s: s and "Chercher une fiche" in s
    )
    response = client.get(link["href"])
    assert response.status_code == 200
    page = soup(response)
    titles = {a.get_text(strip=True) for a in page.select("main h2 a, main h3 a")}
    assert card.title in titles
    assert guide.title not in titles
    # The type filter is shown as selected: the visitor sees why guides are left out.
    assert page.find("input", attrs={"name": "type", "value": "pratique", "checked": True})


def test_the_card_type_value_of_links_is_one_the_search_service_knows():
    from search.service import CONTENT_TYPES

    assert CONTENT_TYPES[PracticePage.SEARCH_TYPE][0] is PracticePage

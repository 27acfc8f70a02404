"""The search page's markup written in Python or kept between requests (search_tags, the
header kept per path): the same HTML as the templates it replaced, completed per request with
what belongs to the request (query string, the form's signed start time), never another
visitor's, and renewed by a publish."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core import signing
from django.http import QueryDict
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import translate_url
from django.utils import translation
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from core.antiabuse import STARTED_SALT
from search.service import parse_query, run_search
from search.templatetags.search_tags import follow_markup, result_cards
from territories.reference import DENSITY_SLUGS
from tests import search_factories as f

# The result cards as the template loop wrote them before `{% result_cards %}`.
REFERENCE_CARDS = """{% load i18n hub_tags %}<ul class="hub-plain-list">
  {% for hit in results.hits %}
  <li class="fr-mb-3w">
    <div class="fr-card{% if hit.promoted %} hub-card--promoted{% endif %}">
      <div class="fr-card__body">
        <div class="fr-card__content">
          <h3 class="fr-card__title"><a href="{{ hit.url }}">{{ hit.page.title }}</a></h3>
          <p class="fr-card__desc">{{ hit.snippet }}</p>
          {% for reason in hit.reasons %}<p class="fr-card__detail fr-icon-map-pin-2-line hub-reason">{{ reason|capfirst }}</p>{% endfor %}
          <div class="fr-card__start">
            <ul class="fr-badges-group">
              <li><p class="fr-badge fr-badge--sm fr-badge--blue-ecume">{{ hit.type_label }}</p></li>
              {% if hit.promoted %}<li><p class="fr-badge fr-badge--sm fr-badge--new">{% translate "Recommandé" %}</p></li>{% endif %}
            </ul>
            {% with card=hit.page %}{% if card.commune or card.budget_range or card.territory_terms %}
            <ul class="fr-card__detail hub-hit-facts">
              {% if card.commune %}<li class="fr-icon-map-pin-2-line">{{ card.commune }}{% if card.department %} ({{ card.department }}){% endif %}</li>{% endif %}
              {% if card.budget_range %}<li class="fr-icon-money-euro-circle-line">{% translate "Budget" %}{% colon %} {{ card.get_budget_range_display }}</li>{% endif %}
              {% for term in card.territory_terms %}<li class="fr-icon-road-map-line">{{ term.label }}</li>{% endfor %}
            </ul>
            {% endif %}{% endwith %}
          </div>
          <div class="fr-card__end">
            <ul class="fr-tags-group">
              {% for param, group_label, terms in hit.tag_groups %}{% for term in terms %}
              <li class="hub-term">{% term_links param term %}</li>
              {% endfor %}{% endfor %}
            </ul>
          </div>
        </div>
      </div>
    </div>
  </li>
  {% endfor %}
</ul>"""  # noqa: E501 - the template as it was


def normalized(html: str) -> str:
    """Whitespace between tags dropped, other runs of whitespace made one space."""
    return re.sub(r">\s+<", "><", re.sub(r"\s+", " ", str(html))).strip()


def search(lang="fr", **params):
    data = QueryDict(mutable=True)
    for key, value in params.items():
        data.setlist(key, value if isinstance(value, list) else [value])
    return run_search(parse_query(data, lang=lang))


@pytest.fixture
def cards(lane):
    """Cards with everything a result card shows: place, budget, territory types, terms of
    every vocabulary, a promoted card, markup and quotes in titles and summaries."""
    f.practice(
        "Atelier <b>numérique</b> & « café »",
        summary='Médiation "numérique" <script>alert(1)</script> en bibliothèque.',
        department="15",
        budget="0",
        themes=["usage-securise", "demarches-administratives"],
        territories=[DENSITY_SLUGS[6]],
        audiences=["seniors"],
    )
    f.practice("Médiation à Allanche", commune="Allanche", territories=[DENSITY_SLUGS[7]])
    f.practice("Médiation et budget", budget="1k", department="2A")
    promoted = f.practice("Permanence numérique", summary="Aide aux démarches.")
    SearchPromotion.objects.create(query=Query.get("médiation"), page=promoted, sort_order=0)
    f.guide("Guide de la médiation")
    lane.refresh()


@pytest.mark.parametrize(
    ("lang", "params"),
    [
        ("fr", {"q": "médiation"}),
        ("fr", {"q": "numérique", "theme": "usage-securise"}),
        ("fr", {"commune": "15001"}),
        ("en", {"q": "médiation"}),
        ("fr", {}),
    ],
)
def test_result_cards_are_the_markup_of_the_template_they_replaced(cards, lang, params):
    with translation.override(lang):  # English: the French cards with English labels around
        results = search(**params)
        assert results.hits
        expected = Template(REFERENCE_CARDS).render(Context({"results": results}))
        assert normalized(result_cards(results.hits)) == normalized(expected)


def test_result_cards_escape_what_editors_typed(cards):
    html = result_cards(search(q="atelier").hits)
    assert "Atelier &lt;b&gt;numérique&lt;/b&gt; &amp; « café »" in html
    assert "<script>" not in html and "&lt;script&gt;" in html


def _follow(template_name, path, lang="fr"):
    request = RequestFactory().get(path)
    with translation.override(lang):
        query = parse_query(request.GET, lang=lang)
        return follow_markup({"request": request}, template_name, query), query, request


def _reference_follow(template_name, query, request):
    return Template(f'{{% include "{template_name}" %}}').render(
        Context({"query": query, "request": request})
    )


def _without_started(html):
    return re.sub(r'name="started" value="[^"]*"', 'name="started" value=""', str(html))


@pytest.mark.parametrize("fragment_cache", [False, True])
@pytest.mark.parametrize(
    "path",
    [
        "/fr/recherche/",
        "/fr/recherche/?q=aide&theme=demarches-administratives",
        "/fr/recherche/?q=%3Cb%3E%22%26%27x&audience=seniors&sort=recent&page=2",
    ],
)
@pytest.mark.parametrize("template_name", ["alerts/follow_block.html", "alerts/feed_links.html"])
def test_follow_block_and_feed_links_are_the_templates_markup(
    db, settings, fragment_cache, path, template_name
):
    settings.FRAGMENT_CACHE = fragment_cache
    for lang in ("fr", "en"):
        for _ in range(2):  # the second one from what the first kept
            html, query, request = _follow(template_name, path, lang)
            with translation.override(lang):
                expected = _reference_follow(template_name, query, request)
            assert _without_started(html) == _without_started(expected)


def test_each_follow_form_has_its_own_search_and_start_time(db, fragments):
    first, _, _ = _follow("alerts/follow_block.html", "/fr/recherche/?q=aide")
    second, _, _ = _follow("alerts/follow_block.html", "/fr/recherche/?q=emploi&theme=x")
    started = [
        BeautifulSoup(html, "html.parser").find("input", {"name": "started"})["value"]
        for html in (first, second)
    ]
    assert started[0] != started[1]  # single use: one per form shown
    for value in started:
        assert isinstance(signing.loads(value, salt=STARTED_SALT), float)
    assert 'value="q=aide"' in first and "q=emploi" not in first
    assert 'value="q=emploi"' in second and "q=aide" not in second


def _soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_header_kept_per_path_links_each_search_in_the_other_language(client, db, fragments):
    for url in ("/fr/recherche/?q=aide&theme=x", "/fr/recherche/?q=%3Cb%3E%26", "/fr/recherche/"):
        soup = _soup(client, url)
        english = soup.find("a", attrs={"data-language-switch": "en"})["href"]
        assert english == translate_url(url, "en")
        skip = soup.find("a", string="Rechercher", class_="fr-nav__link")
        assert skip.get("aria-current") == "page"


def test_pages_keep_their_language_links_with_the_header_kept_per_path(client, home, fragments):
    soup = _soup(client, "/fr/?x=1")
    english = soup.find("a", attrs={"data-language-switch": "en"})["href"]
    assert english == "/en/"


def test_nothing_of_a_signed_in_editor_reaches_a_visitor(client, django_user_model, db, fragments):
    editor = django_user_model.objects.create_superuser("editrice", "e@example.fr", "x")
    url = "/fr/recherche/?q=aide"
    client.force_login(editor)
    signed_in = client.get(url).content.decode()
    assert "wagtail-userbar" in signed_in or "w-userbar" in signed_in
    client.logout()
    visitor = client.get(url).content.decode()
    assert "userbar" not in visitor
    assert "csrfmiddlewaretoken" not in visitor
    assert "editrice" not in visitor


def test_a_publish_renews_the_kept_header(client, home, fragments):
    from home.models import ContentPage

    url = "/fr/recherche/?q=aide"
    assert "Nouvelle rubrique" not in client.get(url).content.decode()
    page = ContentPage(title="Nouvelle rubrique", slug="nouvelle-rubrique", show_in_menus=True)
    home.add_child(instance=page)
    page.save_revision().publish()
    menu = _soup(client, url).find("nav", id="navigation-principale")
    assert "Nouvelle rubrique" in menu.get_text()


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": "démarches en ligne & CAF", "sort": "recent", "page": "3"},
        {"q": "a+b=c", "theme": ["acces-droits", "emploi-insertion"], "territory": "bourgs-ruraux"},
        {"audience": "seniors", "sort": "titre"},
    ],
)
def test_a_querys_url_parameters_are_the_query_dicts(params, db):
    """`SearchQuery.urlencode()` (pages, feeds, follow form) writes what a QueryDict writes."""
    data = QueryDict(mutable=True)
    for name, value in params.items():
        data.setlist(name, value if isinstance(value, list) else [value])
    query = parse_query(data)
    for changes in ({}, {"page": 2}, {"sort": "pertinence"}, {"page": query.page + 1}):
        assert query.urlencode(**changes) == query.params(**changes).urlencode()
    if params.get("q"):
        assert query.urlencode().startswith("q=")

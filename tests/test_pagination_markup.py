"""{% pagination %} (hub/includes/pagination.html) writes the markup of the template loop it
replaced: the same links, labels and screen-reader words, in both languages."""

import re

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from core.pagination import paginate

# The include as it was before {% pagination %}.
REFERENCE = """{% load i18n hub_tags %}
{% if page_obj.paginator.num_pages > 1 %}
<nav role="navigation" class="fr-pagination fr-mt-4w" aria-label="{% translate 'Pagination' %}">
  <ul class="fr-pagination__list">
    <li>{% if page_obj.number > 1 %}<a class="fr-pagination__link fr-pagination__link--first" href="{% querystring_replace page=1 %}">{% translate "Première page" %}</a>{% else %}<a class="fr-pagination__link fr-pagination__link--first" aria-disabled="true" role="link">{% translate "Première page" %}</a>{% endif %}</li>
    <li>{% if page_obj.has_previous %}<a class="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label" href="{% querystring_replace page=page_obj.previous_page_number %}">{% translate "Page précédente" %}</a>{% else %}<a class="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label" aria-disabled="true" role="link">{% translate "Page précédente" %}</a>{% endif %}</li>
    {% for number in page_obj.elided_range %}
      {% if number == page_obj.number %}
        <li><a class="fr-pagination__link" aria-current="page" title="{% blocktranslate %}Page {{ number }}{% endblocktranslate %}">{{ number }}</a></li>
      {% elif number == page_obj.paginator.ELLIPSIS %}
        <li><span class="fr-pagination__link fr-hidden fr-unhidden-lg">…</span></li>
      {% else %}
        <li><a class="fr-pagination__link" href="{% querystring_replace page=number %}" title="{% blocktranslate %}Page {{ number }}{% endblocktranslate %}">{{ number }}</a></li>
      {% endif %}
    {% endfor %}
    <li>{% if page_obj.has_next %}<a class="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label" href="{% querystring_replace page=page_obj.next_page_number %}">{% translate "Page suivante" %}</a>{% else %}<a class="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label" aria-disabled="true" role="link">{% translate "Page suivante" %}</a>{% endif %}</li>
    <li>{% if page_obj.has_next %}<a class="fr-pagination__link fr-pagination__link--last" href="{% querystring_replace page=page_obj.paginator.num_pages %}">{% translate "Dernière page" %}</a>{% else %}<a class="fr-pagination__link fr-pagination__link--last" aria-disabled="true" role="link">{% translate "Dernière page" %}</a>{% endif %}</li>
  </ul>
</nav>
{% endif %}"""  # noqa: E501 - the template as it was


def normalized(html: str) -> str:
    return re.sub(r">\s+<", "><", re.sub(r"\s+", " ", str(html))).strip()


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("total", [5, 30, 2000])
@pytest.mark.parametrize("page", ["1", "2", "7", "500", "999", "1000", "nope"])
def test_pagination_is_the_markup_of_the_template_it_replaced(lang, total, page):
    request = RequestFactory().get("/", {"q": "a&b <c>", "theme": ["x", "y"], "page": page})
    page_obj = paginate(request, list(range(total)), per_page=2)
    context = {"page_obj": page_obj, "request": request}
    with translation.override(lang):
        expected = Template(REFERENCE).render(Context(context))
        html = Template('{% include "hub/includes/pagination.html" %}').render(Context(context))
    assert normalized(html) == normalized(expected)
    if total > 2:
        assert "fr-pagination__link" in html

"""The search page's filter checkboxes and result cards, written in Python: a page shows 150-odd
facet values (departments, regions, themes…) and ten cards with some sixty term links, and
template loops over them cost most of its rendering. The follow form and feed links of the
search, rendered from their templates once and completed per request."""

import functools
import re
import time
from html import escape

from django import template
from django.core import signing
from django.template.defaultfilters import capfirst, slugify
from django.template.loader import render_to_string
from django.utils.formats import number_format
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext, ngettext

from core.antiabuse import STARTED_SALT
from core.templatetags.hub_tags import colon, term_links_html, term_urls

from ..filters import kept

register = template.Library()


@functools.lru_cache(maxsize=4096)
def _ident(name: str, value: str) -> str:
    return f"f-{escape(name)}-{escape(slugify(value))}"


@functools.lru_cache(maxsize=4096)
def _count(language: str, count: int) -> str:
    """The count of a value as shown, with its word for screen readers."""
    word = escape(ngettext("résultat", "résultats", count))
    return f'({number_format(count)}<span class="fr-sr-only"> {word}</span>)'


@functools.lru_cache(maxsize=8192)
def _checkbox(name: str, value: str, label: str, selected: bool) -> str:
    """A value's checkbox and label, up to its count: the same few hundred on every page,
    escaped once (escaping them cost a third of the filters' rendering)."""
    ident = _ident(name, value)
    checked = " checked" if selected else ""
    return (
        '<div class="fr-fieldset__element">'
        '<div class="fr-checkbox-group fr-checkbox-group--sm">'
        f'<input type="checkbox" id="{ident}" name="{escape(name)}" '
        f'value="{escape(value)}"{checked}>'
        f'<label class="fr-label" for="{ident}">{escape(label)}&nbsp;'
        '<span class="hub-facet__count">'
    )


@register.simple_tag
def facet_fieldset(name, label, values):
    """The fieldset of one filter: per value a checkbox (its id names the value, not its
    position: search.js puts focus back on it after the filters are redrawn) and its count."""
    name_html = escape(name)
    language = get_language()
    parts = [
        f'<fieldset class="fr-fieldset hub-facet" id="filtre-{name_html}" '
        f'aria-labelledby="filtre-{name_html}-legend">'
        f'<legend class="fr-fieldset__legend fr-text--regular fr-text--bold" '
        f'id="filtre-{name_html}-legend">{escape(str(label))}</legend>'
    ]
    for facet in values:
        parts.append(
            _checkbox(name, str(facet.value), str(facet.label), bool(facet.selected))
            + _count(language, facet.count)
            + "</span></label></div></div>"
        )
    parts.append("</fieldset>")
    return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped


# Letters and digits only: unchanged by URL building and HTML escaping, replaced in the output.
_PARAMS_MARK = "hubsearchparamsmark"
_STARTED_MARK = "hubstartedmark"
_STARTED = re.compile(r'(<input type="hidden" name="started" value=")[^"]*(")')


class _MarkedQuery:
    """Stands for the search in the alerts' templates: its URL parameters are a mark."""

    def __init__(self, empty: bool):
        self.empty = empty

    def params(self, **changes):
        return self

    def urlencode(self, **changes) -> str:
        return "" if self.empty else _PARAMS_MARK


def _marked(template_name: str, request, empty: bool) -> str:
    # A plain context (no context processors): nothing of the visitor (CSRF token, user,
    # messages) can enter markup that every visitor is then served.
    html = render_to_string(template_name, {"query": _MarkedQuery(empty), "request": request})
    html, found = _STARTED.subn(rf"\g<1>{_STARTED_MARK}\g<2>", html)
    if not found and 'name="started"' in html:
        # One start time served to every visitor would refuse all forms but the first.
        raise RuntimeError(f"{template_name}: the form's start time is written another way")
    return html


@register.simple_tag(takes_context=True)
def follow_markup(context, template_name, query):
    """`alerts/feed_links.html` or `alerts/follow_block.html` for this search. Rendered once per
    language, site address and content generation with marks in place of the search's URL
    parameters and of the form's signed start time (single use: one per page shown), which are
    written in here, escaped as the template escapes them: the follow form rendered through
    Django's form templates cost about 6 ms per search page."""
    request = context.get("request")
    params = query.urlencode(sort="pertinence")
    site = request.build_absolute_uri("/") if request is not None else ""
    key = ("follow-markup", template_name, get_language(), site, not params)
    html = kept(key, lambda: _marked(template_name, request, not params))
    html = html.replace(_PARAMS_MARK, escape(params))
    if _STARTED_MARK in html:
        html = html.replace(_STARTED_MARK, escape(signing.dumps(time.time(), salt=STARTED_SALT)))
    return mark_safe(html)  # noqa: S308 - rendered by the template engine, values escaped


def _text(value) -> str:
    """A value as `{{ value }}` writes it (strings and lazy translations: escaped unless safe)."""
    return conditional_escape(value)


@functools.lru_cache(maxsize=64)
def _choice_labels(model, field: str, _language: str) -> dict[str, str]:
    """What `get_FOO_display()` shows for each value of a field with choices, in a language:
    that method hashes every choice's lazy label on each call (a tenth of a result page)."""
    return {value: str(label) for value, label in model._meta.get_field(field).flatchoices}


@register.simple_tag
def result_cards(hits):
    """The list of result cards (a card's title, snippet, reasons, badges, place, budget,
    territory types and term links), the markup of the template loop it replaced."""
    urls = term_urls()
    language = get_language()
    recommended = escape(gettext("Recommandé"))
    budget = f"{escape(gettext('Budget'))}{colon()}"
    parts = ['<ul class="hub-plain-list">']
    for hit in hits:
        card = hit.page
        promoted = " hub-card--promoted" if hit.promoted else ""
        parts.append(
            f'<li class="fr-mb-3w"><div class="fr-card{promoted}"><div class="fr-card__body">'
            '<div class="fr-card__content"><h3 class="fr-card__title">'
            f'<a href="{_text(hit.url)}">{_text(card.title)}</a></h3>'
            f'<p class="fr-card__desc">{_text(hit.snippet)}</p>'
        )
        for reason in hit.reasons:
            parts.append(
                '<p class="fr-card__detail fr-icon-map-pin-2-line hub-reason">'
                f"{_text(capfirst(reason))}</p>"
            )
        parts.append(
            '<div class="fr-card__start"><ul class="fr-badges-group"><li>'
            f'<p class="fr-badge fr-badge--sm fr-badge--blue-ecume">{_text(hit.type_label)}</p>'
            "</li>"
        )
        if hit.promoted:
            parts.append(
                f'<li><p class="fr-badge fr-badge--sm fr-badge--new">{recommended}</p></li>'
            )
        parts.append("</ul>")
        commune = getattr(card, "commune", "")
        budget_range = getattr(card, "budget_range", "")
        territories = getattr(card, "territory_terms", None) or ()
        if commune or budget_range or territories:
            parts.append('<ul class="fr-card__detail hub-hit-facts">')
            if commune:
                department = getattr(card, "department", "")
                where = f" ({_text(department)})" if department else ""
                parts.append(f'<li class="fr-icon-map-pin-2-line">{_text(commune)}{where}</li>')
            if budget_range:
                shown = _choice_labels(type(card), "budget_range", language)
                parts.append(
                    f'<li class="fr-icon-money-euro-circle-line">{budget} '
                    f"{_text(shown.get(budget_range, budget_range))}</li>"
                )
            for term in territories:
                parts.append(f'<li class="fr-icon-road-map-line">{_text(term.label)}</li>')
            parts.append("</ul>")
        parts.append('</div><div class="fr-card__end"><ul class="fr-tags-group">')
        try:
            groups = hit.tag_groups
        except AttributeError:  # a page type without vocabularies
            groups = ()
        for param, _label, terms in groups:
            for term in terms:
                parts.append(
                    f'<li class="hub-term">{term_links_html(urls, param, term, language)}</li>'
                )
        parts.append("</ul></div></div></div></div></li>")
    parts.append("</ul>")
    return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped

"""The search page's filter checkboxes, written in Python: a page shows 150-odd facet values
(departments, regions, themes…) and a template loop over them cost most of its rendering."""

import functools
from html import escape

from django import template
from django.template.defaultfilters import slugify
from django.utils.formats import number_format
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext

register = template.Library()


@functools.lru_cache(maxsize=4096)
def _ident(name: str, value: str) -> str:
    return f"f-{escape(name)}-{escape(slugify(value))}"


@functools.lru_cache(maxsize=4096)
def _count(language: str, count: int) -> str:
    """The count of a value as shown, with its word for screen readers."""
    word = escape(ngettext("résultat", "résultats", count))
    return f'({number_format(count)}<span class="fr-sr-only"> {word}</span>)'


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
        ident = _ident(name, facet.value)
        checked = " checked" if facet.selected else ""
        parts.append(
            '<div class="fr-fieldset__element">'
            '<div class="fr-checkbox-group fr-checkbox-group--sm">'
            f'<input type="checkbox" id="{ident}" name="{name_html}" '
            f'value="{escape(str(facet.value))}"{checked}>'
            f'<label class="fr-label" for="{ident}">{escape(str(facet.label))}&nbsp;'
            f'<span class="hub-facet__count">{_count(language, facet.count)}'
            "</span></label></div></div>"
        )
    parts.append("</fieldset>")
    return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped

"""Template filters of the places pages and of the cards' contacts: the standard's values in the
page's language, phone numbers written for people and for `tel:` links."""

from django import template

from places import phones, standard

register = template.Library()


@register.filter
def standard_labels(values) -> str:
    """The standard's values of one field, in the page's language, joined with commas."""
    return ", ".join(standard.value_label(value) for value in values or [])


@register.filter
def standard_label(value) -> str:
    """One value of the standard in the page's language."""
    return standard.value_label(value)


@register.filter
def phone_display(raw: str) -> str:
    """ "+33450220907" -> "04 50 22 09 07" (see places.phones)."""
    return phones.display(raw)


@register.filter
def phone_uri(raw: str) -> str:
    """ "+33450220907" -> "tel:+33450220907"; empty when the number does not parse."""
    return phones.uri(raw)

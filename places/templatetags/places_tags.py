"""Template filters of the places pages: the standard's values in the page's language, phone
numbers written for people and for `tel:` links."""

import phonenumbers
from django import template

from places import standard

register = template.Library()


@register.filter
def standard_labels(values) -> str:
    """The standard's values of one field, in the page's language, joined with commas."""
    return ", ".join(standard.value_label(value) for value in values or [])


def _parsed(raw: str):
    try:
        number = phonenumbers.parse(raw or "", "FR")
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_possible_number(number) else None


@register.filter
def phone_display(raw: str) -> str:
    """ "+33450220907" -> "04 50 22 09 07" (French numbers in the national form, others in the
    international one); a number that does not parse is shown as it was written."""
    number = _parsed(raw)
    if number is None:
        return raw
    if number.country_code == 33:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


@register.filter
def phone_uri(raw: str) -> str:
    """The `tel:` link of a number ("tel:+33450220907"); empty when it does not parse."""
    number = _parsed(raw)
    if number is None:
        return ""
    return "tel:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@register.filter
def standard_label(value) -> str:
    """One value of the standard in the page's language."""
    return standard.value_label(value)

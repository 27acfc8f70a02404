"""Phone numbers as people read them ("04 50 22 09 07") and as `tel:` links, with phonenumbers
(Google's libphonenumber metadata): places of the directory and public contacts of cards."""

import phonenumbers


def parsed(raw: str):
    """The number, read as French when it has no country code; None when it is not one."""
    try:
        number = phonenumbers.parse(raw or "", "FR")
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_possible_number(number) else None


def display(raw: str) -> str:
    """French numbers in the national form, others in the international one; a number that does
    not parse is shown as it was written."""
    number = parsed(raw)
    if number is None:
        return raw
    if number.country_code == 33:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def uri(raw: str) -> str:
    """The `tel:` link ("tel:+33450220907"); empty when the number does not parse."""
    number = parsed(raw)
    if number is None:
        return ""
    return "tel:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

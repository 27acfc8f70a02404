"""Cells of the CSV exports that spreadsheets open: one rule against formula injection."""

import re

# A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Numbers and phone numbers ("-1.5", "+33 1 23 45 67 89") start with + or - but call nothing:
# they stay as they are, so coordinates remain numbers in the spreadsheet.
_PLAIN_NUMBER = re.compile(r"[+-]?\d[\d .,]*")


def _is_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text)


def neutralise(text: str) -> str:
    """The cell's text with an apostrophe in front when a spreadsheet would run it (`=1+1` ->
    `'=1+1`). Leading apostrophes count too (`'=1` -> `''=1`), so that `restore` gives back
    exactly what was exported."""
    return "'" + text if _is_formula(text.lstrip("'")) else text


def restore(text: str) -> str:
    """What `neutralise` was given: the import side of the same rule."""
    if text.startswith("'") and _is_formula(text.lstrip("'")):
        return text[1:]
    return text

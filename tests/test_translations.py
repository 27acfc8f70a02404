"""The English site is in English: every message of the English catalogue is translated, and no
translation is a "fuzzy" guess (gettext ignores those: the visitor would read French)."""

import re
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parent.parent / "locale/en/LC_MESSAGES/django.po"


def entries():
    """(flags, msgid, translations) of each entry but the header."""
    blocks = CATALOGUE.read_text(encoding="utf-8").split("\n\n")
    for block in blocks:
        lines = [line for line in block.splitlines() if not line.startswith("#~")]
        if not any(line.startswith("msgid ") for line in lines):
            continue
        flags = " ".join(line for line in lines if line.startswith("#,"))
        text = "\n".join(line for line in lines if not line.startswith("#"))
        msgid = "".join(re.findall(r'"(.*)"', text.split("msgstr")[0]))
        translations = [
            "".join(re.findall(r'"(.*)"', part))
            for part in re.split(r"^msgstr(?:\[\d\])? ", text, flags=re.M)[1:]
        ]
        if msgid:
            yield flags, msgid, translations


def test_no_english_translation_is_a_fuzzy_guess():
    fuzzy = [msgid for flags, msgid, _t in entries() if "fuzzy" in flags]
    assert fuzzy == [], "fuzzy (unused) English translations:\n" + "\n".join(fuzzy)


def test_every_message_has_an_english_translation():
    missing = [msgid for _f, msgid, translations in entries() if not all(translations)]
    assert missing == [], "messages without English:\n" + "\n".join(missing)

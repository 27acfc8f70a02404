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


def test_every_string_translates_as_with_djangos_own_catalogue():
    """Lookups go through one merged dictionary (core/translation_catalogs.py): every string of
    every catalogue of both languages (Django's, Wagtail's, ours) gives what Django's own
    catalogue list gives, the first catalogue winning where several hold it; plurals too."""
    from django.conf import settings
    from django.utils.translation import trans_real

    from core.translation_catalogs import MergedCatalog

    django_catalogue = MergedCatalog.__mro__[1]
    for language, _name in settings.LANGUAGES:
        catalogue = trans_real.translation(language)._catalog
        assert isinstance(catalogue, MergedCatalog)
        reference = django_catalogue()
        reference._catalogs, reference._plurals = catalogue._catalogs, catalogue._plurals
        keys = set(catalogue.keys())  # noqa: SIM118 - a catalogue has keys(), no __iter__
        assert len(catalogue._catalogs) > 1 and len(keys) > 1000
        for key in keys:
            assert catalogue[key] == reference[key], key
            assert catalogue.get(key) == reference.get(key), key
            if isinstance(key, tuple):
                assert catalogue.plural(key[0], 2) == reference.plural(key[0], 2)
        assert catalogue.get("Pas une chaîne du site") is None
        assert "Pas une chaîne du site" not in catalogue


def test_the_english_site_reads_english_through_the_merged_catalogue():
    from django.utils import translation

    wagtails = "Save"  # a variable: makemessages must not take Wagtail's string as ours
    with translation.override("en"):
        assert translation.gettext("Rechercher") == "Search"
        assert translation.gettext(wagtails) == "Save"
    with translation.override("fr"):
        assert translation.gettext(wagtails) == "Enregistrer"  # Wagtail's French
        assert translation.gettext("Rechercher") == "Rechercher"

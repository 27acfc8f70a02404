"""Translated strings looked up in one dictionary instead of one per catalogue.

Django keeps the catalogues of a language in a list, one per plural formula, and a lookup tries
each in turn. Its test of "same formula" compares a code object with a function (never equal),
so every app's catalogue gets its own entry: 22 for French here (Django, Wagtail's apps, the
project). A French string of the project is a msgid found in none of them (French is the source
language), so each `gettext` walked 22 dictionaries, with an exception per miss: 11 µs a string,
and a page shows hundreds (the admin's listings ~1,650).

`MergedCatalog` answers singular lookups (`catalog[msgid]`, `catalog.get(msgid)`, which is what
`gettext` and `pgettext` use) from one dictionary built from the list, the first catalogue
winning as in Django's loop; it is rebuilt when a catalogue is added or a string set. Plural
lookups (`ngettext`) keep Django's loop, each catalogue with its own formula."""

from django.utils.translation import trans_real


class MergedCatalog(trans_real.TranslationCatalog):
    def __init__(self, trans=None):
        super().__init__(trans)
        self._merged = None

    def _lookup(self) -> dict:
        merged = self._merged
        if merged is None:
            merged = {}
            for catalog in reversed(self._catalogs):  # the first catalogue wins
                merged.update(catalog)
            self._merged = merged
        return merged

    def __getitem__(self, key):
        return self._lookup()[key]

    def get(self, key, default=None):
        return self._lookup().get(key, default)

    def __contains__(self, key):
        return key in self._lookup()

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self._merged = None

    def update(self, trans):
        super().update(trans)
        self._merged = None


def install() -> None:
    """Make translations use `MergedCatalog` (called at start-up, from an AppConfig's ready()):
    the languages some app loaded while starting are forgotten, to be loaded again with it, as
    Django does itself when the LANGUAGES setting changes."""
    if trans_real.TranslationCatalog is not MergedCatalog:
        trans_real.TranslationCatalog = MergedCatalog
        trans_real._translations = {}
        trans_real._default = None

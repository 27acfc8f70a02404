"""Demo content of the practices app, loaded by `manage.py load_demo`: the good-practice cards of
cards.json (beside this module), in French, some with their English translation, and their
"inspired by" lineage, named by slug.

cards.json is a list of cards whose keys are the card's field names, plus `slug`, `themes`,
`territories`, `audiences` (vocabulary slugs), `inspired_by` (slugs of the French cards it
follows, earlier in the list or already in the database) and `en` (the translated fields and the
English slug). Communes are real (postal and INSEE codes); structures, people and figures are
illustrative, and people appear by their role only.
"""

from datetime import date

from core.demo import ensure_demo_page, page_fields, pages_by_slug, read_data, section

KINDS = ("Fiches (fr)", "Fiches (en)")
LINEAGE = "Filiations « inspirée de »"
# Kind under which slugs of sources that name no card are reported.
MISSING = "fiches d’origine"
# StreamFields of a card: data key -> block type of each item.
STREAMS = {"steps": "step", "partners": "partner", "indicators": "indicator", "checklist": "item"}


def _fields(data):
    fields = page_fields(data, STREAMS, links=["inspired_by"])
    for key in ("period_start", "period_end"):
        if fields.get(key):
            fields[key] = date.fromisoformat(fields[key])
    return fields


def load(command):
    from practices.models import PracticeIndexPage, PracticePage

    tally = command.tally
    index = section(PracticeIndexPage)
    french_cards = PracticePage.objects.child_of(index)
    for data in read_data(__file__, "cards.json"):
        # Sources come first in the file, so lineage is set when the card is created, in the
        # same revision, rather than by a second publication.
        sources = pages_by_slug(french_cards, data.get("inspired_by", []), tally, MISSING)
        links = ("inspiration_links", "source", sources, LINEAGE)
        ensure_demo_page(tally, index, PracticePage, data, _fields, links, KINDS)

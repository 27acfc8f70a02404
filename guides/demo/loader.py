"""Demo content of the guides app, loaded by `manage.py load_demo`: the working group's practical
guides (guides.json) and strategic orientations (orientations.json), in French with English
translations.

Keys are the page's field names, plus `slug`, `themes`, `territories`, `audiences` (vocabulary
slugs) and `en` (the translated fields and the English slug). Each page names by slug what
implements it: `related_practices` (French practice cards) and, for an orientation,
`related_guides` (guides of guides.json). They are linked when they exist, in each language (an
English page lists English pages); those missing are reported, and linked by a later run once
they exist. Guide bodies are lists of `{"type", "value"}` blocks, as Wagtail stores them.
"""

from core.demo import ensure_demo_page, page_fields, pages_by_slug, read_data, section

GUIDES = ("Guides (fr)", "Guides (en)")
ORIENTATIONS = ("Orientations (fr)", "Orientations (en)")
LINKS = "Liens vers les guides et fiches qui les mettent en œuvre"
LINK_KEYS = ["related_practices", "related_guides"]


def load(command):
    from guides.models import GuideIndexPage, GuidePage, OrientationIndexPage, OrientationPage
    from practices.models import PracticePage

    tally = command.tally
    cards = PracticePage.objects.live().filter(locale__language_code="fr")
    guides = GuidePage.objects.live().filter(locale__language_code="fr")

    index = section(GuideIndexPage)
    for data in read_data(__file__, "guides.json"):
        implementing = pages_by_slug(cards, data["related_practices"], tally, "fiches")
        links = ("related_practices", "page", implementing, LINKS)
        ensure_demo_page(tally, index, GuidePage, data, _guide_fields, links, GUIDES)

    index = section(OrientationIndexPage)
    for data in read_data(__file__, "orientations.json"):
        # Guides first, then cards: the order in which the orientation page lists them.
        implementing = pages_by_slug(guides, data["related_guides"], tally, "guides")
        implementing += pages_by_slug(cards, data["related_practices"], tally, "fiches")
        links = ("related_links", "page", implementing, LINKS)
        ensure_demo_page(
            tally, index, OrientationPage, data, _orientation_fields, links, ORIENTATIONS
        )


def _guide_fields(data):
    return page_fields(data, {"body": None}, LINK_KEYS)


def _orientation_fields(data):
    return page_fields(data, {"lines_of_action": "line", "indicators": "indicator"}, LINK_KEYS)

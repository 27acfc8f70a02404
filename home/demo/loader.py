"""Demo content of the home app, loaded by `manage.py load_demo`: the entry points of the home
pages (entry_points.json beside this module, one list per language). An entry leads to a section
named by its French slug (a child of the French home page; the English entry leads to its
translation) or to a URL. A section that does not exist is reported and its entry left out."""

from core.demo import read_data, section

ENTRY_POINTS = "Points d’entrée des pages d’accueil (fr, en)"
MISSING = "sections"


def load(command):
    from wagtail.models import Locale

    from home.models import HomePage

    tally = command.tally
    home = section(HomePage)
    sections = {child.slug: child for child in home.get_children()}
    for language, entries in read_data(__file__, "entry_points.json").items():
        locale = Locale.objects.get(language_code=language)
        page = home if language == "fr" else home.get_translation_or_none(locale)
        if page is None:
            tally.missing(MISSING, f"accueil ({language})")
            continue
        page = page.specific
        if page.featured:
            # Editors already chose what to feature: theirs is kept.
            tally.add(ENTRY_POINTS, existing=1)
            continue
        items = []
        for entry in entries:
            target = sections.get(entry["section"]) if entry["section"] else None
            if target is not None and language != "fr":
                target = target.get_translation_or_none(locale)
            if entry["section"] and target is None:
                tally.missing(MISSING, f"{entry['section']} ({language})")
                continue
            items.append(
                {
                    "title": entry["title"],
                    "text": entry["text"],
                    "page": target,
                    "url": entry["url"],
                }
            )
        page.featured = [("entry_points", items)]
        page.save_revision().publish()
        tally.add(ENTRY_POINTS, created=1)

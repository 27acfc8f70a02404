"""Pages of the practices app built by `manage.py setup_site`: the index page (fr, en) and, with
demo content, the good-practice cards (data in practices/demo_data.py), their "inspired by"
lineage, their links from orientations and guides, and the home page's entry points."""

from datetime import date

from core.pages import ensure_child, ensure_translation, site_home, tag_items


def ensure_index(home):
    """The practices index page, in French and English."""
    from practices.models import PracticeIndexPage

    index, _ = ensure_child(
        home,
        PracticeIndexPage,
        "bonnes-pratiques",
        title="Bonnes pratiques",
        show_in_menus=True,
        intro="<p>Des actions concrètes menées par des bibliothèques et leurs partenaires, "
        "décrites pour être reproduites : contexte, étapes, moyens, résultats, conseils.</p>",
    )
    ensure_translation(
        index,
        "en",
        title="Good practices",
        slug="good-practices",
        intro="<p>Concrete actions led by libraries and their partners, described so that "
        "others can reproduce them: context, steps, means, results, tips.</p>",
    )
    from practices.structure import ensure_contributions_section

    ensure_contributions_section()
    return index


def load(command):

    home = site_home("fr")
    index = ensure_index(home)
    if command.demo:
        created = load_cards(index)
        command.stdout.write(f"  {created} fiches créées")
        fill_home_entry_points(home)
    return index


def _translatable_fields(data):
    """Model values of the fields that differ between a card and its translation."""
    fields = {
        "title": data["title"],
        "summary": data["summary"],
        "context": data["context"],
        "steps": [("step", {"title": title, "text": text}) for title, text in data["steps"]],
        "staff": data["staff"],
        "equipment": data["equipment"],
        "partners": [
            ("partner", {"name": name, "kind": kind, "role": role})
            for name, kind, role in data["partners"]
        ],
        "results": data["results"],
        "indicators": [
            ("indicator", {"label": label, "value": value}) for label, value in data["indicators"]
        ],
        "difficulties": data["difficulties"],
        "tips": data["tips"],
        "checklist": [("item", text) for text in data["checklist"]],
        "contact_name": data["contact"],
    }
    return fields


def _card_fields(data):
    structure_name, structure_kind, library_size = data["structure"]
    commune, postal_code, insee_code = data["place"]
    start, end = data["period"]
    return {
        **_translatable_fields(data),
        "structure_name": structure_name,
        "structure_kind": structure_kind,
        "library_size": library_size,
        "commune": commune,
        "postal_code": postal_code,
        "insee_code": insee_code,
        "budget_range": data["budget"],
        "volunteers": data["volunteers"],
        "setup_time": data["setup_time"],
        "period_start": date.fromisoformat(start),
        "period_end": date.fromisoformat(end) if end else None,
        "status": data["status"],
    }


def load_cards(index):
    from practices.demo_data import CARDS
    from practices.models import PracticeLineage, PracticePage

    created = 0
    cards = {}
    for data in CARDS:
        # Sources come first in CARDS, so lineage is set when the card is created, in the
        # same revision, rather than by a second publication.
        sources = [cards[slug] for slug in data.get("inspired_by", ())]
        card, new = ensure_child(
            index,
            PracticePage,
            data["slug"],
            inspiration_links=[PracticeLineage(source=source) for source in sources],
            **_card_fields(data),
            **tag_items(data["themes"], data["territories"], data["audiences"]),
        )
        cards[data["slug"]] = card
        created += new
        if "en" in data:
            en = data["en"]
            translated_sources = [s.get_translation_or_none(_locale("en")) for s in sources]
            created += ensure_translation(
                card,
                "en",
                slug=en["slug"],
                **_translatable_fields(en | {"title": en["title"]}),
                # Copied lineage points at French cards: keep the English ones only.
                inspiration_links=[
                    PracticeLineage(source=s) for s in translated_sources if s is not None
                ],
            )[1]
    return created


ENTRY_POINTS = {
    # (title, text, section slug or None, url)
    "fr": [
        (
            "Orientations stratégiques",
            "Ce que le groupe de travail recommande, et qui agit.",
            "orientations",
            "",
        ),
        (
            "Guides pratiques",
            "Pas à pas pour accueillir, former, s’associer, évaluer.",
            "guides-pratiques",
            "",
        ),
        (
            "Bonnes pratiques",
            "Des actions de bibliothèques à reproduire, partout en France.",
            "bonnes-pratiques",
            "",
        ),
        ("Rechercher", "Par thématique, territoire et public.", None, "/fr/recherche/"),
        (
            "Carte des acteurs",
            "Les lieux de médiation numérique près de chez vous.",
            None,
            "/fr/acteurs/",
        ),
    ],
    "en": [
        (
            "Strategic orientations",
            "What the working group recommends, and who acts.",
            "orientations",
            "",
        ),
        (
            "Practical guides",
            "Step by step: welcome, train, partner, evaluate.",
            "guides-pratiques",
            "",
        ),
        (
            "Good practices",
            "Library actions to reproduce, all over France.",
            "bonnes-pratiques",
            "",
        ),
        ("Search", "By theme, territory and audience.", None, "/en/search/"),
        ("Actors’ map", "Digital mediation places near you.", None, "/en/actors/"),
    ],
}


def fill_home_entry_points(home):
    """Entry points on the home pages, unless editors already chose what to feature."""
    for language, entries in ENTRY_POINTS.items():
        page = home if language == "fr" else home.get_translation_or_none(_locale(language))
        if page is None or page.featured:
            continue
        sections = {child.slug: child for child in home.get_children()}
        if any(section not in sections for _t, _x, section, _u in entries if section):
            # A section of a later app (orientations: guides loads after practices) is not
            # built yet on a first run: the next `setup_site` fills the entry points.
            continue
        items = []
        for title, text, section, url in entries:
            target = sections[section] if section else None
            if target is not None and language != "fr":
                target = target.get_translation_or_none(_locale(language))
            items.append({"title": title, "text": text, "page": target, "url": url})
        page.featured = [("entry_points", items)]
        page.save_revision().publish()


def _locale(language_code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=language_code)

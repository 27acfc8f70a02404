"""Pages of the guides app built by `manage.py setup_site`: the two index pages (fr, en) and, with
demo content, the working group's orientations and practical guides (data in guides/demo_data.py),
linked to the practice cards that implement them (the cards' data says which)."""

from core.pages import ensure_child, ensure_links, ensure_translation, site_home, tag_items


def load(command):
    from guides.models import GuideIndexPage, OrientationIndexPage

    home = site_home("fr")
    orientations, _ = ensure_child(
        home,
        OrientationIndexPage,
        "orientations",
        title="Orientations",
        show_in_menus=True,
        intro="<p>Les orientations stratégiques du groupe de travail « Bibliothèques et "
        "inclusion numérique » : ce que l’État, les collectivités, les bibliothèques et les "
        "acteurs de la médiation peuvent faire, ensemble.</p>",
    )
    ensure_translation(
        orientations,
        "en",
        title="Orientations",
        slug="orientations",
        intro="<p>The strategic orientations of the “Libraries and digital inclusion” working "
        "group: what the State, local authorities, libraries and mediation actors can do "
        "together.</p>",
    )
    guides, _ = ensure_child(
        home,
        GuideIndexPage,
        "guides-pratiques",
        title="Guides pratiques",
        show_in_menus=True,
        intro="<p>Des guides pas à pas pour les équipes de bibliothèque, les élus et les "
        "médiateurs.</p>",
    )
    ensure_translation(
        guides,
        "en",
        title="Practical guides",
        slug="practical-guides",
        intro="<p>Step-by-step guides for library staff, elected officials and mediators.</p>",
    )
    if command.demo:
        # The practices app loads before this one (INSTALLED_APPS order), so guides and
        # orientations link to the cards in their first revision.
        created = load_guides(guides) + load_orientations(orientations)
        linked = link_cards()
        command.stdout.write(f"  {created} orientations et guides créés, {linked} liens ajoutés")
    return orientations, guides


def _cards_implementing(key, slug):
    """French cards whose data lists `slug` under `key` ("guides" or "orientations")."""
    from practices.demo_data import CARDS
    from practices.models import PracticePage

    slugs = [data["slug"] for data in CARDS if slug in data[key]]
    found = {
        card.slug: card
        for card in PracticePage.objects.filter(locale__language_code="fr", slug__in=slugs)
    }
    return [found[s] for s in slugs if s in found]


def _translations(pages):
    english = _english()
    translated = (page.get_translation_or_none(english) for page in pages)
    return [page for page in translated if page is not None]


def load_guides(index):
    from guides.demo_data import GUIDES
    from guides.models import GuidePage, GuidePracticeLink

    created = 0
    for data in GUIDES:
        cards = _cards_implementing("guides", data["slug"])
        guide, new = ensure_child(
            index,
            GuidePage,
            data["slug"],
            title=data["title"],
            summary=data["summary"],
            for_library_staff=data.get("for_library_staff", True),
            for_elected_officials=data.get("for_elected_officials", False),
            for_mediators=data.get("for_mediators", False),
            level=data["level"],
            reading_time=data["reading_time"],
            body=data["body"],
            related_practices=[GuidePracticeLink(page=card) for card in cards],
            **tag_items(data["themes"], data.get("territories", ()), data["audiences"]),
        )
        created += new
        if "en" in data:
            en = data["en"]
            created += ensure_translation(
                guide,
                "en",
                title=en["title"],
                slug=en["slug"],
                summary=en["summary"],
                body=en["body"],
                # Copied links point at French cards: an English page lists English pages.
                related_practices=[GuidePracticeLink(page=card) for card in _translations(cards)],
            )[1]
    return created


def load_orientations(index):
    from guides.demo_data import GUIDES, ORIENTATIONS
    from guides.models import GuidePage, OrientationLink, OrientationPage

    guides = {page.slug: page for page in GuidePage.objects.filter(locale__language_code="fr")}
    created = 0
    for data in ORIENTATIONS:
        # Orientation -> guide links come from the guides' data: each guide says what it
        # implements, so the link is written once, where the guide is described.
        implementing = [guides[g["slug"]] for g in GUIDES if data["slug"] in g["orientations"]]
        implementing += _cards_implementing("orientations", data["slug"])
        orientation, new = ensure_child(
            index,
            OrientationPage,
            data["slug"],
            title=data["title"],
            number=data["number"],
            short_title=data["short_title"],
            summary=data["summary"],
            context=data["context"],
            objectives=data["objectives"],
            lines_of_action=data["lines"],
            indicators=[("indicator", text) for text in data["indicators"]],
            related_links=[OrientationLink(page=guide) for guide in implementing],
            **tag_items(data["themes"], data["territories"], data["audiences"]),
        )
        created += new
        en = data["en"]
        created += ensure_translation(
            orientation,
            "en",
            title=en["title"],
            slug=en["slug"],
            short_title=en["short_title"],
            summary=en["summary"],
            context=en["context"],
            objectives=en["objectives"],
            lines_of_action=en["lines"],
            indicators=[("indicator", text) for text in en["indicators"]],
            # Copied links point at French pages: an English page lists English pages only.
            related_links=[OrientationLink(page=page) for page in _translations(implementing)],
        )[1]
    return created


def _english():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="en")


def link_cards():
    """Orientations and guides list the cards that implement them, in each language (links
    missing from pages built before their cards, e.g. a card added to the data later)."""
    from wagtail.models import Locale

    from guides.models import GuidePage, OrientationPage
    from practices.demo_data import CARDS
    from practices.models import PracticePage

    added = 0
    for language in ("fr", "en"):
        locale = Locale.objects.get(language_code=language)
        french = {
            card.slug: card for card in PracticePage.objects.filter(locale__language_code="fr")
        }
        for model, key, relation in (
            (OrientationPage, "orientations", "related_links"),
            (GuidePage, "guides", "related_practices"),
        ):
            for page in model.objects.filter(locale__language_code="fr"):
                cards = [french[data["slug"]] for data in CARDS if page.slug in data[key]]
                if language != "fr":
                    page = page.get_translation_or_none(locale)
                    if page is None:
                        continue
                    cards = [card.get_translation_or_none(locale) for card in cards]
                    cards = [card for card in cards if card is not None]
                added += ensure_links(page.specific, relation, "page", cards)
    return added

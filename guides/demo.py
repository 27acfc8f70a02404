"""Pages of the guides app built by `manage.py setup_site`: the two index pages (fr, en) and, with
demo content, the working group's orientations and practical guides (data in guides/demo_data.py).
Links from orientations and guides to practice cards are added by practices/demo.py, which runs
after this module, once the cards exist."""

from hub.pages import ensure_child, ensure_translation, tag_items


def load(command):
    from guides.models import GuideIndexPage, OrientationIndexPage
    from home.models import HomePage

    home = HomePage.objects.get(locale__language_code="fr")
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
        created = load_guides(guides) + load_orientations(orientations)
        command.stdout.write(f"  {created} orientations et guides créés")
    return orientations, guides


def load_guides(index):
    from guides.demo_data import GUIDES
    from guides.models import GuidePage

    created = 0
    for data in GUIDES:
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
        translated_guides = [guide.get_translation_or_none(_english()) for guide in implementing]
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
            # Copied links point at French guides: an English page lists English pages only.
            related_links=[OrientationLink(page=g) for g in translated_guides if g is not None],
        )[1]
    return created


def _english():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="en")

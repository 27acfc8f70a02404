"""Pages of the guides app built by `manage.py setup_site`: the two index pages (fr, en)."""

from hub.pages import ensure_child, ensure_translation


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
    return orientations, guides

"""Structure of the guides app that `setup_site` builds (idempotent): the orientations index and
the guides index, in French and English."""

from core.pages import ensure_child, ensure_translation, site_home
from core.tally import SECTIONS


def build(command):
    from guides.models import GuideIndexPage, OrientationIndexPage

    tally = command.tally
    home = site_home("fr")
    orientations = tally.page(
        SECTIONS,
        ensure_child(
            home,
            OrientationIndexPage,
            "orientations",
            title="Orientations",
            show_in_menus=True,
            intro="<p>Les orientations stratégiques du groupe de travail « Bibliothèques et "
            "inclusion numérique » : ce que l’État, les collectivités, les bibliothèques et les "
            "acteurs de la médiation peuvent faire, ensemble.</p>",
        ),
    )
    tally.page(
        SECTIONS,
        ensure_translation(
            orientations,
            "en",
            title="Orientations",
            slug="orientations",
            intro="<p>The strategic orientations of the “Libraries and digital inclusion” "
            "working group: what the State, local authorities, libraries and mediation actors "
            "can do together.</p>",
        ),
    )
    guides = tally.page(
        SECTIONS,
        ensure_child(
            home,
            GuideIndexPage,
            "guides-pratiques",
            title="Guides pratiques",
            show_in_menus=True,
            intro="<p>Des guides pas à pas pour les équipes de bibliothèque, les élus et les "
            "médiateurs.</p>",
        ),
    )
    tally.page(
        SECTIONS,
        ensure_translation(
            guides,
            "en",
            title="Practical guides",
            slug="practical-guides",
            intro="<p>Step-by-step guides for library staff, elected officials and mediators.</p>",
        ),
    )

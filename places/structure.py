"""Structure of the places app that `setup_site` builds (idempotent): the directory page with
its map, in French and English."""

from core.pages import ensure_child, ensure_translation, site_home
from core.tally import SECTIONS


def build(command):
    from places.models import PlaceDirectoryPage

    directory = command.tally.page(
        SECTIONS,
        ensure_child(
            site_home("fr"),
            PlaceDirectoryPage,
            "acteurs",
            title="Carte des acteurs",
            show_in_menus=True,
            intro="<p>Bibliothèques, espaces publics numériques, France Services, centres sociaux, "
            "associations : les lieux de médiation numérique, d’après les données ouvertes du "
            "standard national.</p>",
        ),
    )
    command.tally.page(
        SECTIONS,
        ensure_translation(
            directory,
            "en",
            title="Actors’ map",
            slug="actors",
            intro="<p>Libraries, public digital spaces, France Services, social centres, "
            "associations: digital-mediation places, from the open data of the national "
            "standard.</p>",
        ),
    )

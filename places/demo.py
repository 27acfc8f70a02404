"""Set-up of the actor directory by `manage.py setup_site`: the directory page (fr, en) and, with
demo content, the 687 real places of the 2021 national map (Hinaura), shipped in the repo."""

import time
from pathlib import Path

from core.pages import ensure_child, ensure_translation, site_home

PLACES_FILE = Path(__file__).resolve().parent / "data" / "hinaura-2021-places.json"


def load(command):
    from places.importer import import_places
    from places.models import PlaceDirectoryPage

    home = site_home("fr")
    directory, _created = ensure_child(
        home,
        PlaceDirectoryPage,
        "acteurs",
        title="Carte des acteurs",
        show_in_menus=True,
        intro="<p>Bibliothèques, espaces publics numériques, France Services, centres sociaux, "
        "associations : les lieux de médiation numérique, d’après les données ouvertes du "
        "standard national.</p>",
    )
    ensure_translation(
        directory,
        "en",
        title="Actors’ map",
        slug="actors",
        intro="<p>Libraries, public digital spaces, France Services, social centres, "
        "associations: digital-mediation places, from the open data of the national standard.</p>",
    )
    if not command.demo:
        return
    if not PLACES_FILE.exists():
        command.stdout.write(f"  (lieux non importés : {PLACES_FILE} absent)")
        return
    started = time.perf_counter()
    report = import_places(PLACES_FILE)
    command.stdout.write(
        f"  Lieux de médiation : {report.summary()} ({time.perf_counter() - started:.1f} s)"
    )

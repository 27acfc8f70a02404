"""Set-up of the actor directory by `manage.py setup_site`: the directory page (fr, en) and, with
demo content, the real places of four open-data files shipped in the repo (see data/README.md):
Auvergne-Rhône-Alpes 2021 (687), Provence-Alpes-Côte d'Azur (646), Charente (188) and
Nouvelle-Calédonie (90), side by side (each place is identified within its own source)."""

import time
from pathlib import Path

from core.pages import ensure_child, ensure_translation, site_home

DATA = Path(__file__).resolve().parent / "data"
PLACES_FILES = [
    DATA / "hinaura-2021-places.json",
    DATA / "paca-hub-du-sud-20230517.json",
    DATA / "charente-20230711.json",
    DATA / "nouvelle-caledonie-20240320.json",
]


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
    for path in PLACES_FILES:
        if not path.exists():
            command.stdout.write(f"  (lieux non importés : {path} absent)")
            continue
        started = time.perf_counter()
        report = import_places(path)
        command.stdout.write(
            f"  Lieux de médiation, {path.name} : {report.summary()} "
            f"({time.perf_counter() - started:.1f} s)"
        )

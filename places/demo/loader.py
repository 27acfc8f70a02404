"""Demo content of the places app, loaded by `manage.py load_demo`: the real places of four
open-data files shipped in places/data/ (see its README): Auvergne-Rhône-Alpes 2021 (687),
Provence-Alpes-Côte d'Azur (646), Charente (188) and Nouvelle-Calédonie (90), side by side (a
place is identified within its own source), through the places importer (upsert: a second run
creates nothing)."""

from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"
PLACES_FILES = [
    DATA / "hinaura-2021-places.json",
    DATA / "paca-hub-du-sud-20230517.json",
    DATA / "charente-20230711.json",
    DATA / "nouvelle-caledonie-20240320.json",
]
PLACES = "Lieux de médiation numérique"


def load(command):
    from places.importer import import_places

    for path in PLACES_FILES:
        if not path.exists():
            command.tally.missing("fichier des lieux", str(path))
            continue
        report = import_places(path)
        command.tally.add(
            PLACES, created=report.created, existing=report.updated + report.unchanged
        )
        if report.rejected:
            command.say([command.style.WARNING(f"{path.name} : {report.summary()}")])

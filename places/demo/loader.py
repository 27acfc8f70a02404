"""Demo content of the places app, loaded by `manage.py load_demo`: the 687 real places of the 2021
national map (Hinaura), shipped in places/data/ with its licence, through the places importer
(upsert by stable id: a second run creates nothing)."""

from pathlib import Path

PLACES_FILE = Path(__file__).resolve().parents[1] / "data" / "hinaura-2021-places.json"
PLACES = "Lieux de médiation numérique"


def load(command):
    from places.importer import import_places

    if not PLACES_FILE.exists():
        command.tally.missing("fichier des lieux", str(PLACES_FILE))
        return
    report = import_places(PLACES_FILE)
    command.tally.add(PLACES, created=report.created, existing=report.updated + report.unchanged)
    if report.rejected:
        command.say([command.style.WARNING(report.summary())])

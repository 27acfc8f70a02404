"""Shared paths and helpers for the mediation-places tests (the real open-data files)."""

import csv
import io
from pathlib import Path

from django.conf import settings

# The originals beside the repo (as CI lays them out), else the copies the product ships.
SHARED = Path(settings.BASE_DIR).parent / "shared" / "data" / "mediation-places"
DATA = SHARED if SHARED.is_dir() else Path(settings.BASE_DIR) / "places/data"
EXAMPLE_CSV = DATA / "standard-example-valid.csv"
HINAURA_JSON = DATA / "hinaura-2021-places.json"


def example_row() -> dict[str, str]:
    with EXAMPLE_CSV.open(encoding="utf-8") as handle:
        return next(csv.DictReader(handle))


def write_csv(path: Path, rows: list[dict], delimiter=",", extra_cells=None) -> Path:
    """A CSV with the standard's columns; `extra_cells` maps a row index to surplus cells."""
    buffer = io.StringIO()
    columns = list(example_row())
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    for index, row in enumerate(rows):
        writer.writerow(
            [row.get(c, "") for c in columns] + list((extra_cells or {}).get(index, []))
        )
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def place(source_id: str, **changes) -> dict[str, str]:
    """The standard's valid example under another id, with some columns changed."""
    row = example_row()
    row["id"] = source_id
    row.update(changes)
    return row

"""Import of the commune reference from the official yearly files: the commune list (codes,
names, postal codes), INSEE's density grid (xlsx or CSV, `DENS7` or `DENS`), the France Ruralités
Revitalisation list, the QPV 2024 file (GeoJSON or CSV with the commune codes) and a point per
commune. Every file is read and checked before anything is written (a bad file changes nothing);
codes that match no commune are counted and reported, never dropped silently; importing the same
files again changes nothing."""

import csv
import gzip
import io
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _

from territories.communes import Commune, ReferenceImport
from territories.reference import DENSITY_LEVELS, FrrClass, name_key

DATA_DIR = Path(__file__).resolve().parent / "data"
SHIPPED = {
    "communes": DATA_DIR / "communes_decoupage_administratif_6.0.0.csv.gz",
    "grid": DATA_DIR / "grille_densite_7_niveaux_2024.csv.gz",
    "frr": DATA_DIR / "liste-communes-FRR-juillet2025.csv.gz",
    "points": DATA_DIR / "communes_centroids_2024.csv.gz",
}
KINDS = ["communes", "grid", "frr", "qpv", "points"]  # the order they are applied in
KIND_LABELS = {
    "communes": "liste des communes",
    "grid": "grille de densité",
    "frr": "zonage FRR",
    "qpv": "quartiers prioritaires",
    "points": "points des communes",
}
# Column names accepted for each value, in order of preference (compared folded to lower case).
COLUMNS = {
    "communes": {
        "code": ["code", "com", "codgeo", "code_insee"],
        "name": ["nom", "libelle", "nccenr", "libgeo"],
        "postal_codes": ["codes_postaux", "code_postal", "codespostaux"],
        "department": ["departement", "dep"],
        "region": ["region", "reg"],
        "population": ["population", "pmun"],
        "type": ["typecom", "type"],
    },
    "grid": {"code": ["codgeo", "code", "code_insee"], "level": ["dens7", "dens"]},
    "frr": {
        "code": ["code_insee", "codgeo", "code", "insee_com"],
        "class": ["classement frr et frr+ au 10 juillet 2025", "classement", "classement_frr"],
    },
    "qpv": {
        "code": ["code_qp", "code_qpv", "qp", "codeqp"],
        "name": ["lib_qp", "nom_qp", "libelle_qp", "lib_qpv"],
        "commune": ["insee_com", "codgeo", "depcom", "code_commune", "com", "insee_code"],
    },
    "points": {
        "code": ["code_insee", "code", "codgeo"],
        "lat": ["lat", "latitude"],
        "lon": ["lon", "lng", "longitude"],
    },
}
REQUIRED = {
    "communes": ["code", "name", "department"],
    "grid": ["code", "level"],
    "frr": ["code", "class"],
    "qpv": ["code", "commune"],
    "points": ["code", "lat", "lon"],
}
FIELDS = [
    "name",
    "name_key",
    "slug",
    "postal_codes",
    "department",
    "region",
    "population",
    "density_level",
    "frr_class",
    "qpv_count",
    "qpv",
    "latitude",
    "longitude",
]
EXAMPLES = 8


class CommuneFileError(Exception):
    """A file that cannot be imported at all (unreadable, a required column missing)."""


@dataclass
class PartReport:
    kind: str
    file_name: str
    rows: int = 0
    matched: int = 0
    changed: int = 0
    created: int = 0
    unmatched: Counter = field(default_factory=Counter)
    invalid: list = field(default_factory=list)  # (row number, message)
    notes: list = field(default_factory=list)

    def lines(self) -> list[str]:
        label = KIND_LABELS[self.kind]
        parts = [f"{self.rows} lignes", f"{self.matched} communes reconnues"]
        if self.kind == "communes":
            parts.append(f"{self.created} créées")
        parts.append(f"{self.changed} modifiées")
        lines = [f"{label} ({self.file_name}) : " + ", ".join(parts)]
        if self.unmatched:
            codes = sorted(self.unmatched)
            lines.append(
                f"  {len(codes)} code(s) absent(s) du référentiel ({sum(self.unmatched.values())}"
                f" ligne(s)) : {', '.join(codes[:EXAMPLES])}{' …' if len(codes) > EXAMPLES else ''}"
            )
        if self.invalid:
            lines.append(f"  {len(self.invalid)} ligne(s) refusée(s) :")
            lines.extend(f"    ligne {row} : {message}" for row, message in self.invalid[:20])
            if len(self.invalid) > 20:
                lines.append(f"    … et {len(self.invalid) - 20} autre(s)")
        lines.extend(f"  {note}" for note in self.notes)
        return lines


@dataclass
class ImportReport:
    parts: list = field(default_factory=list)
    total: int = 0
    seconds: float = 0.0
    dry_run: bool = False

    def text(self) -> str:
        lines = [line for part in self.parts for line in part.lines()]
        lines.append(f"Référentiel : {self.total} communes.")
        if self.dry_run:
            lines.append("Essai (--dry-run) : rien n’a été enregistré.")
        return "\n".join(lines)

    @property
    def unmatched_total(self) -> int:
        return sum(len(part.unmatched) for part in self.parts)


# --- Reading files -------------------------------------------------------------------------------


def _decode(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        # INSEE and ministries still publish some CSVs in Windows-1252.
        return data.decode("cp1252"), "encodage Windows-1252 (pas UTF-8)"


def _csv_rows(text: str):
    first = text.split("\n", 1)[0]
    delimiter = max([";", ",", "\t"], key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, None)
    if not header:
        raise CommuneFileError(_("le fichier est vide"))
    return header, reader


def _xlsx_rows(data: bytes, wanted: list[str]):
    """The first sheet with a header row holding one of `wanted` (INSEE puts a few title rows
    above the header)."""
    try:
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - any reading error means "not a valid xlsx"
        raise CommuneFileError(
            _("classeur Excel illisible (%(error)s)") % {"error": error}
        ) from None
    for sheet in book.worksheets:
        rows = sheet.iter_rows(values_only=True)
        for _number, row in zip(range(30), rows, strict=False):
            names = [_norm(cell) for cell in row]
            if any(name in wanted for name in names):
                header = ["" if cell is None else str(cell) for cell in row]
                body = (["" if cell is None else _cell(cell) for cell in r] for r in rows)
                return header, body
    raise CommuneFileError(
        _("aucune feuille du classeur n’a de ligne d’en-tête avec %(columns)s")
        % {"columns": " ou ".join(wanted)}
    )


def _cell(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _geojson_rows(text: str):
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise CommuneFileError(_("GeoJSON mal formé : %(error)s") % {"error": error}) from None
    features = document.get("features") if isinstance(document, dict) else None
    if not isinstance(features, list):
        raise CommuneFileError(_("GeoJSON sans liste « features »"))
    properties = [f.get("properties") or {} for f in features if isinstance(f, dict)]
    header = list(dict.fromkeys(key for p in properties for key in p))
    return header, ([_flat(p.get(key)) for key in header] for p in properties)


def _flat(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return str(value)


def _norm(name) -> str:
    return str(name or "").strip().lstrip("\ufeff").lower()


def read_table(path: Path, kind: str):
    """(column index by value name, iterator of row lists, notes) of one file; raises
    CommuneFileError with a French reason when it cannot be used."""
    name = path.name.lower()
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CommuneFileError(_("fichier illisible (%(error)s)") % {"error": error}) from None
    if name.endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            raise CommuneFileError(
                _("archive gzip illisible (%(error)s)") % {"error": error}
            ) from None
        name = name[:-3]
    columns = COLUMNS[kind]
    notes = []
    if name.endswith(".xlsx"):
        header, rows = _xlsx_rows(data, columns["code"])
    elif name.endswith((".geojson", ".json")):
        text, note = _decode(data)
        header, rows = _geojson_rows(text)
        notes += [note] if note else []
    elif name.endswith((".csv", ".txt")):
        text, note = _decode(data)
        header, rows = _csv_rows(text)
        notes += [note] if note else []
    else:
        raise CommuneFileError(
            _("format non reconnu : CSV, XLSX ou GeoJSON attendu (éventuellement en .gz)")
        )
    names = [_norm(h) for h in header]
    index = {}
    for value, aliases in columns.items():
        for alias in aliases:
            if alias in names:
                index[value] = names.index(alias)
                break
    if kind == "frr" and "class" not in index:
        # The column's title carries the zoning's date ("… au 10 juillet 2025"): any title that
        # starts with "classement" is the class column of a later list.
        found = [i for i, n in enumerate(names) if n.startswith("classement")]
        if found:
            index["class"] = found[0]
    missing = [value for value in REQUIRED[kind] if value not in index]
    if missing:
        wanted = " ; ".join(" ou ".join(columns[value]) for value in missing)
        raise CommuneFileError(
            _("colonne(s) introuvable(s) : %(wanted)s (colonnes lues : %(read)s)")
            % {"wanted": wanted, "read": ", ".join(h for h in header if h) or "aucune"}
        )
    if kind == "grid" and "dens7" not in names:
        notes.append("colonne DENS lue comme le niveau à 7 degrés (pas de colonne DENS7)")
    return index, rows, notes


# --- Applying files ------------------------------------------------------------------------------


def _code(text: str) -> str:
    code = (text or "").strip().upper()
    return code.zfill(5) if code.isdigit() and len(code) == 4 else code


def _apply_communes(index, rows, communes, report):
    def get(row, value):
        i = index.get(value)
        return row[i].strip() if i is not None and i < len(row) else ""

    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if get(row, "type") and get(row, "type").upper() not in ("COM", "COMMUNE-ACTUELLE"):
            continue  # the COG also lists delegated and associated communes, and districts
        report.rows += 1
        code, name = _code(get(row, "code")), get(row, "name")
        if len(code) != 5 or not name:
            report.invalid.append((number, "code INSEE ou nom manquant"))
            continue
        population = get(row, "population").replace(" ", "")
        postal = [p for p in get(row, "postal_codes").replace(",", " ").split() if p]
        commune = communes.get(code)
        values = {"name": name, "department": _code(get(row, "department"))}
        values["region"] = get(row, "region")
        if commune is None or commune.name != name:  # folding 35,000 names takes a while
            values.update(name_key=name_key(name), slug=Commune.make_slug(name))
        if index.get("postal_codes") is not None:
            values["postal_codes"] = "|" + "|".join(postal) + "|" if postal else ""
        if index.get("population") is not None:
            values["population"] = int(population) if population.isdigit() else None
        if commune is None:
            communes[code] = Commune(code=code, **values)
            report.created += 1
        else:
            for name_, value in values.items():
                setattr(commune, name_, value)
        report.matched += 1


def _apply_values(kind, index, rows, communes, report):
    """Grid, FRR and points: one value per commune code."""
    for number, row in enumerate(rows, start=2):
        if not any(str(cell).strip() for cell in row):
            continue
        report.rows += 1
        code = _code(row[index["code"]] if index["code"] < len(row) else "")
        commune = communes.get(code)
        if kind == "grid":
            raw = row[index["level"]].strip() if index["level"] < len(row) else ""
            level = int(raw) if raw.isdigit() else None
            if level not in DENSITY_LEVELS:
                report.invalid.append((number, f"niveau de densité « {raw} » hors de 1 à 7"))
                continue
            values = {"density_level": level}
        elif kind == "frr":
            raw = row[index["class"]].strip() if index["class"] < len(row) else ""
            frr = FrrClass.from_official(raw)
            if frr is None:
                report.invalid.append((number, f"classement FRR inconnu « {raw} »"))
                continue
            values = {"frr_class": frr}
        else:
            try:
                lat = float(row[index["lat"]].replace(",", "."))
                lon = float(row[index["lon"]].replace(",", "."))
            except (ValueError, IndexError):
                report.invalid.append((number, f"coordonnées manquantes ou invalides ({code})"))
                continue
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                report.invalid.append((number, f"coordonnées hors limites ({code})"))
                continue
            values = {"latitude": lat, "longitude": lon}
        if commune is None:
            report.unmatched[code] += 1
            continue
        report.matched += 1
        for name, value in values.items():
            setattr(commune, name, value)


def _apply_qpv(index, rows, communes, report):
    """The file lists neighbourhoods (one per row or feature) with their commune code(s): each
    commune gets the list of those touching it; communes absent from the file have none (the
    file is the whole official list)."""
    found = {}
    for number, row in enumerate(rows, start=2):
        if not any(str(cell).strip() for cell in row):
            continue
        report.rows += 1
        qp = row[index["code"]].strip() if index["code"] < len(row) else ""
        name = row[index["name"]].strip() if "name" in index and index["name"] < len(row) else ""
        codes = row[index["commune"]] if index["commune"] < len(row) else ""
        codes = [_code(c) for c in codes.replace(";", ",").replace("|", ",").split(",")]
        codes = [c for c in codes if c]
        if not qp or not codes:
            report.invalid.append((number, "code du quartier ou code de commune manquant"))
            continue
        for code in codes:
            if code in communes:
                found.setdefault(code, {})[qp] = name
            else:
                report.unmatched[code] += 1
    report.matched = len(found)
    for code, commune in communes.items():
        quarters = sorted(found.get(code, {}).items())
        commune.qpv = [[qp, name] for qp, name in quarters]
        commune.qpv_count = len(quarters)


def _snapshot(commune) -> tuple:
    return tuple(getattr(commune, name) for name in FIELDS)


def import_reference(files: dict, dry_run=False) -> ImportReport:
    """Import `files` ({kind: path}); every file is checked before anything is written."""
    import time

    started = time.perf_counter()
    unknown = [kind for kind in files if kind not in KINDS]
    if unknown:
        raise CommuneFileError(f"type de fichier inconnu : {', '.join(unknown)}")
    tables = {}
    for kind in KINDS:
        if kind in files:
            path = Path(files[kind])
            try:
                tables[kind] = (path, read_table(path, kind))
            except CommuneFileError as error:
                raise CommuneFileError(f"{KIND_LABELS[kind]} « {path.name} » : {error}") from None
    communes = {c.code: c for c in Commune.objects.all()}
    before = {code: _snapshot(c) for code, c in communes.items()}
    report = ImportReport(dry_run=dry_run)
    for kind, (path, (index, rows, notes)) in tables.items():
        part = PartReport(kind=kind, file_name=path.name, notes=list(notes))
        try:
            if kind == "communes":
                _apply_communes(index, rows, communes, part)
            elif kind == "qpv":
                _apply_qpv(index, rows, communes, part)
            else:
                _apply_values(kind, index, rows, communes, part)
        except csv.Error as error:
            raise CommuneFileError(
                f"{KIND_LABELS[kind]} « {path.name} » : CSV mal formé ({error})"
            ) from None
        if part.rows == 0:
            raise CommuneFileError(f"{KIND_LABELS[kind]} « {path.name} » : aucune ligne de données")
        report.parts.append(part)
    new = [c for code, c in communes.items() if code not in before]
    changed = [c for code, c in communes.items() if code in before and _snapshot(c) != before[code]]
    # Which part changed what, for the report: compared field by field against the snapshot.
    part_fields = {
        "communes": range(0, 7),
        "grid": [7],
        "frr": [8],
        "qpv": [9, 10],
        "points": [11, 12],
    }
    for part in report.parts:
        positions = list(part_fields[part.kind])
        part.changed = sum(
            1 for c in changed if any(_snapshot(c)[i] != before[c.code][i] for i in positions)
        )
    report.total = len(communes)
    if not dry_run:
        with transaction.atomic():
            Commune.objects.bulk_create(new, batch_size=2000)
            Commune.objects.bulk_update(changed, FIELDS, batch_size=1000)
            for part in report.parts:
                ReferenceImport.objects.update_or_create(
                    kind=part.kind,
                    defaults={"file_name": part.file_name, "summary": "\n".join(part.lines())},
                )
    report.seconds = time.perf_counter() - started
    return report


def import_shipped(dry_run=False) -> ImportReport:
    """The copies shipped in territories/data/ (QPV is not shipped: see its README)."""
    return import_reference(dict(SHIPPED), dry_run=dry_run)

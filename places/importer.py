"""Import of mediation places: CSV files of the v1 standard and the 2021 JSON of the national map.

Every row is checked against the standard; good rows are created or updated by their stable id,
bad rows are reported (row, column, reason) without stopping the good ones, and labels of older
files that have no v1 equivalent are reported rather than dropped silently.
"""

import csv
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core import spreadsheet
from places import standard
from places.models import Place, derived_values

BATCH = 500

# --- The 2021 format of the national map (pre-v1) -> v1 vocabulary -------------------------------
# Left: the label before " : " in the 2021 file; right: (v1 column, v1 value), or None when the v1
# standard has no equivalent (reported as unmapped).
SERVICES_2021 = {
    "Accéder à du matériel": ("services", "Accès internet et matériel informatique"),
    "Accéder à une connexion internet": ("services", "Accès internet et matériel informatique"),
    "Utiliser le numérique au quotidien": (
        "services",
        "Maîtrise des outils numériques du quotidien",
    ),
    "Prendre en main un ordinateur": ("services", "Maîtrise des outils numériques du quotidien"),
    "Prendre en main un smartphone ou une tablette": (
        "services",
        "Maîtrise des outils numériques du quotidien",
    ),
    "Approfondir ma culture numérique": ("services", "Compréhension du monde numérique"),
    "Promouvoir la citoyenneté numérique": ("services", "Compréhension du monde numérique"),
    "Réaliser des démarches administratives avec un accompagnement": (
        "services",
        "Aide aux démarches administratives",
    ),
    "Devenir autonome dans les démarches administratives": (
        "services",
        "Aide aux démarches administratives",
    ),
    "Accompagner les démarches de santé": ("services", "Aide aux démarches administratives"),
}
PUBLICS_2021 = {
    "Jeunes (16-26 ans)": ("publics_specifiquement_adresses", "Jeunes"),
    "Seniors (+ 65 ans)": ("publics_specifiquement_adresses", "Seniors"),
    "Familles/enfants": ("publics_specifiquement_adresses", "Familles et/ou enfants"),
    "Étudiants": ("publics_specifiquement_adresses", "Étudiants"),
    "Femmes": ("publics_specifiquement_adresses", "Femmes"),
    "Surdité": ("prise_en_charge_specifique", "Surdité"),
    "Handicaps moteurs": ("prise_en_charge_specifique", "Handicaps moteurs"),
    "Handicaps mentaux": ("prise_en_charge_specifique", "Handicaps mentaux"),
    "Déficience visuelle": ("prise_en_charge_specifique", "Déficience visuelle"),
    "Personnes en situation d'illettrisme": ("prise_en_charge_specifique", "Illettrisme"),
    "Public langues étrangères": ("prise_en_charge_specifique", "Langues étrangères (autres)"),
    # "Adultes": every place welcomes adults; v1 lists only publics a place specifically serves.
    "Adultes": None,
}
FEES_2021 = {
    "Gratuit": ("frais_a_charge", "Gratuit"),
    "Gratuit sous condition": ("frais_a_charge", "Gratuit sous condition"),
    "Payant": ("frais_a_charge", "Payant"),
    # Membership may be free or paid, and the Pass numérique is a voucher, not a fee level.
    "Adhésion": None,
    "Accepte le Pass numérique": None,
}
SUPPORT_2021 = {
    "Avec de l'aide": ("modalites_accompagnement", "Accompagnement individuel"),
    "Dans un atelier": ("modalites_accompagnement", "Dans un atelier collectif"),
    "Seul": ("modalites_accompagnement", "En autonomie"),
    "A distance": ("modalites_accompagnement", "À distance"),
    # Someone doing the procedure for the person ("aidant habilité") has no v1 support mode.
    "A ma place": None,
}
LABELS_2021 = {
    "services": SERVICES_2021,
    "publics_accueillis": PUBLICS_2021,
    "conditions_acces": FEES_2021,
    "modalites_accompagnement": SUPPORT_2021,
}
SAME_2021 = [
    "id",
    "pivot",
    "nom",
    "commune",
    "code_postal",
    "code_insee",
    "adresse",
    "complement_adresse",
    "latitude",
    "longitude",
    "telephone",
    "site_web",
    "horaires",
    "presentation_resume",
    "presentation_detail",
    "source",
    "structure_parente",
    "date_maj",
]
# The 2021 file has no typology: the kind of place is read from words of its name, so the
# directory's "type de lieu" filter works on it. Reported in the summary as inferred.
TYPOLOGY_FROM_NAME = [
    (re.compile(r"\bFRANCE SERVICES?\b", re.I), "RFS"),
    (re.compile(r"\bMAISON DE(S)? SERVICES? AU PUBLIC\b|\bMSAP\b", re.I), "MSAP"),
    (re.compile(r"M[ÉE]DIATH[ÈE]QUE|BIBLIOTH[ÈE]QUE", re.I), "BIB"),
    (re.compile(r"\bCENTRE SOCI|\bESPACE DE VIE SOCIALE\b", re.I), "CS"),
    (re.compile(r"\bEPN\b|ESPACE PUBLIC NUM[ÉE]RIQUE|CYBER", re.I), "EPN"),
    (re.compile(r"\bMISSION LOCALE\b", re.I), "ML"),
    (re.compile(r"\bC\.?C\.?A\.?S\b", re.I), "CCAS"),
    (re.compile(r"\bMJC\b|MAISON DES JEUNES", re.I), "MJC"),
    (re.compile(r"\bMAIRIE\b", re.I), "MUNI"),
    (re.compile(r"\bTIERS[- ]LIEU", re.I), "TIERS_LIEUX"),
    (re.compile(r"\bASSOCIATION\b", re.I), "ASSO"),
]


class PlacesFileError(Exception):
    """The file as a whole cannot be read (encoding, format): nothing is imported."""


@dataclass
class Row:
    line: int
    raw: dict[str, str]
    unmapped: dict[str, list[str]] = field(default_factory=dict)
    inferred_typology: bool = False


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rows: int = 0
    dry_run: bool = False
    row_label: str = "ligne"
    rejections: list[tuple[int, str, str]] = field(default_factory=list)
    rejected_lines: set[int] = field(default_factory=set)
    unmapped: Counter = field(default_factory=Counter)
    inferred_typology: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def rejected(self) -> int:
        return len(self.rejected_lines)

    def reject(self, line: int, column: str, reason: str):
        self.rejections.append((line, column, reason))
        self.rejected_lines.add(line)

    def summary(self) -> str:
        text = _("Créés : %(c)s, mis à jour : %(u)s, inchangés : %(s)s, rejetés : %(r)s.") % {
            "c": self.created,
            "u": self.updated,
            "s": self.unchanged,
            "r": self.rejected,
        }
        if self.dry_run:
            text = _("Simulation, rien n’a été enregistré. ") + text
        return text

    def lines(self) -> Iterator[str]:
        """The whole report, in French, one message per line."""
        yield from self.warnings
        for line, column, reason in self.rejections:
            yield _("%(label)s %(line)s, champ « %(column)s » : %(reason)s") % {
                "label": self.row_label.capitalize(),
                "line": line,
                "column": column,
                "reason": reason,
            }
        for (column, label), count in sorted(self.unmapped.items()):
            yield _(
                "Valeur sans équivalent dans le standard v1, non reprise : « %(column)s » = "
                "« %(label)s » (%(count)s lieux)"
            ) % {"column": column, "label": label, "count": count}
        if self.inferred_typology:
            yield _("Typologie déduite du nom pour %(n)s lieux (le fichier n’en donne pas).") % {
                "n": self.inferred_typology
            }
        if not (self.created or self.updated) and self.unchanged and not self.dry_run:
            yield _("Aucun changement : les %(n)s lieux valides sont déjà à jour.") % {
                "n": self.unchanged
            }
        yield self.summary()


# --- Reading ---------------------------------------------------------------------------------


def read_places(path: Path, report: ImportReport) -> list[Row]:
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            head = handle.read(2048).lstrip()
            handle.seek(0)
            if path.suffix.lower() == ".json" or head.startswith(("[", "{")):
                report.row_label = "enregistrement"
                return list(_read_json(handle, report))
            return list(_read_csv(handle, report))
    except UnicodeDecodeError as exc:
        raise PlacesFileError(
            _("Le fichier n’est pas en UTF-8 (octet illisible à la position %(pos)s).")
            % {"pos": exc.start}
        ) from exc
    except json.JSONDecodeError as exc:
        raise PlacesFileError(
            _("JSON illisible, ligne %(line)s : %(msg)s") % {"line": exc.lineno, "msg": exc.msg}
        ) from exc
    except csv.Error as exc:
        raise PlacesFileError(_("CSV illisible : %(msg)s") % {"msg": exc}) from exc


def _read_csv(handle, report: ImportReport) -> Iterator[Row]:
    header = handle.readline()
    handle.seek(0)
    # Comma is the standard; semicolon-separated files exist (spreadsheets set to French).
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.DictReader(handle, delimiter=delimiter)
    columns = [name.strip() for name in reader.fieldnames or []]
    reader.fieldnames = columns
    unknown = [c for c in columns if c not in standard.COLUMN_FIELDS]
    if unknown:
        report.warnings.append(
            _("Colonnes hors standard ignorées : %(cols)s") % {"cols": ", ".join(unknown)}
        )
    missing = [
        c
        for c, spec in standard.fields().items()
        if spec.get("constraints", {}).get("required") and c not in columns
    ]
    if missing:
        report.warnings.append(
            _("Colonnes obligatoires absentes : %(cols)s") % {"cols": ", ".join(missing)}
        )
    line = 1
    for record in reader:
        start = line + 1
        line = reader.line_num
        if None in record:
            report.reject(start, "-", _("plus de valeurs que de colonnes"))
            continue
        yield Row(start, {k: spreadsheet.restore(v) for k, v in record.items() if v is not None})


def _read_json(handle, report: ImportReport) -> Iterator[Row]:
    data = json.load(handle)
    if isinstance(data, dict):
        data = data.get("features") or data.get("data") or data.get("places") or []
    records = [r.get("properties", r) if isinstance(r, dict) else r for r in data]
    # The 2021 format is told apart by its own column names (one file, one format).
    is_2021 = any(
        isinstance(r, dict) and ("publics_accueillis" in r or "conditions_acces" in r)
        for r in records
    )
    for index, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            report.reject(index, "-", _("ce n’est pas un objet JSON"))
            continue
        yield _row_from_2021(index, record) if is_2021 else Row(index, _v1_row(record))


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "|".join(str(v) for v in value)
    return str(value)


def _v1_row(record: dict) -> dict[str, str]:
    return {key: _text(value) for key, value in record.items() if key in standard.COLUMN_FIELDS}


def _row_from_2021(index: int, record: dict) -> Row:
    """One record of the 2021 national map as a v1 row, its labels mapped onto v1 values."""
    row = Row(index, {key: _text(record[key]) for key in SAME_2021 if key in record})
    raw = row.raw
    if "courriel" in record:
        raw["courriels"] = _text(record["courriel"])
    mapped: dict[str, list[str]] = {}
    for key, table in LABELS_2021.items():
        for label in standard.split_multi(_text(record.get(key))):
            # "Gratuit : Je peux accéder gratuitement…": the label is the part before " : ".
            short = label.split(" : ")[0].strip()
            target = table.get(label, table.get(short, "?"))
            if target is None or target == "?":
                row.unmapped.setdefault(key, []).append(short)
                continue
            column, value = target
            values = mapped.setdefault(column, [])
            if value not in values:
                values.append(value)
    for column, values in mapped.items():
        raw[column] = "|".join(values)
    kinds = [code for rx, code in TYPOLOGY_FROM_NAME if rx.search(raw.get("nom", ""))]
    if kinds:
        raw["typologie"] = "|".join(dict.fromkeys(kinds))
        row.inferred_typology = True
    return row


# --- Writing -----------------------------------------------------------------------------------


def import_places(
    path,
    *,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import a places file; returns the report. Raises PlacesFileError when the file cannot
    be read at all."""
    report = ImportReport(dry_run=dry_run)
    rows = read_places(Path(path), report)
    total = len(rows)
    report.rows = total
    valid: dict[str, tuple[Row, dict]] = {}
    for done, row in enumerate(rows, start=1):
        values, errors = standard.check_row(row.raw)
        for column, reason in errors:
            report.reject(row.line, column, reason)
        source_id = values.get("source_id")
        if not errors and source_id in valid:
            report.reject(
                row.line,
                "id",
                _("identifiant « %(id)s » déjà vu (%(label)s %(first)s)")
                % {"id": source_id, "label": report.row_label, "first": valid[source_id][0].line},
            )
        elif not errors:
            valid[source_id] = (row, values)
        if progress and done % BATCH == 0:
            progress(done, total * 2)
    for row, _values in valid.values():
        for column, labels in row.unmapped.items():
            for label in labels:
                report.unmapped[(column, label)] += 1
        report.inferred_typology += row.inferred_typology

    ids = list(valid)
    existing: dict[str, tuple[int, str]] = {}
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        for source_id, pk, row_hash in Place.objects.filter(source_id__in=chunk).values_list(
            "source_id", "pk", "row_hash"
        ):
            existing[source_id] = (pk, row_hash)

    to_create, to_update = [], []
    now = timezone.now()
    for done, (source_id, (row, values)) in enumerate(valid.items(), start=1):
        place = Place(**values, **derived_values(values), unmapped=row.unmapped)
        if source_id in existing:
            pk, row_hash = existing[source_id]
            if row_hash == place.row_hash:
                report.unchanged += 1
            else:
                place.pk = pk
                place.imported_at = now
                to_update.append(place)
        else:
            to_create.append(place)
        if progress and done % BATCH == 0:
            progress(total + done, total * 2)
    report.created = len(to_create)
    report.updated = len(to_update)
    if not dry_run:
        update_fields = [
            f.name
            for f in Place._meta.concrete_fields
            if f.name not in ("id", "source_id") and not f.primary_key
        ]
        with transaction.atomic():
            Place.objects.bulk_create(to_create, batch_size=BATCH)
            Place.objects.bulk_update(to_update, update_fields, batch_size=BATCH)
    if progress:
        progress(total * 2, total * 2)
    return report

"""Import of mediation places from real exports: CSV or JSON, the v1 standard, the 2021 format of
the national map, or both mixed (the format is read from the column names and values, not the file
type).

A place is identified by its source (the standard's `source` column, "structure collecting the
data", or the command's --source when the file has none) and its id, which is unique only within
that source: importing one source never touches the places of another. Every row is checked
against the standard; good rows are created or updated, bad rows are reported (row, column,
reason) without stopping the good ones; values with no v1 equivalent are kept aside on the place
and reported with counts, never dropped silently. The file is read as a stream and written in
batches inside one transaction: memory stays bounded at any size, and a file that turns out to be
unreadable halfway changes nothing.
"""

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache

from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from core import spreadsheet
from core.tables import RowReport, TableError, open_table
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
# Values of the national labels column of the regional exports -> the v1 programmes.
PROGRAMMES_LEGACY = {
    "CNFS": ("dispositif_programmes_nationaux", "Conseillers numériques"),
    "Conseiller numérique": ("dispositif_programmes_nationaux", "Conseillers numériques"),
    "Conseillers numériques France Services": (
        "dispositif_programmes_nationaux",
        "Conseillers numériques",
    ),
}
# Per column of a file (v1 or older): the older labels it may hold. A value that is already a v1
# value of its column is always kept as it is; only the others are looked up here.
LEGACY_VALUES = {
    "services": SERVICES_2021,
    "publics_accueillis": PUBLICS_2021,
    "publics_specifiquement_adresses": PUBLICS_2021,
    "prise_en_charge_specifique": PUBLICS_2021,
    "conditions_acces": FEES_2021,
    "frais_a_charge": FEES_2021,
    "modalites_accompagnement": SUPPORT_2021,
    "labels_nationaux": PROGRAMMES_LEGACY,
    "dispositif_programmes_nationaux": PROGRAMMES_LEGACY,
}
# Columns of older files (2021 map, regional exports) -> the v1 column that takes their values.
LEGACY_COLUMNS = {
    "courriel": "courriels",
    "accessibilite": "fiche_acces_libre",
    "labels_autres": "autres_formations_labels",
    "labels_nationaux": "dispositif_programmes_nationaux",
    "publics_accueillis": "publics_specifiquement_adresses",
    "conditions_acces": "frais_a_charge",
}
# Dates that exporting tools write for "unknown" (Unix time 0, shifted by a time zone).
PLACEHOLDER_DATES = {"1970-01-01", "1969-12-31"}
SUMMARY_MAX = 280
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
    """The file as a whole cannot be read (encoding, format, no source): nothing is imported."""


@dataclass
class ImportReport(RowReport):
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    rows: int = 0
    dry_run: bool = False
    unmapped: Counter = field(default_factory=Counter)
    unknown_columns: Counter = field(default_factory=Counter)
    legacy_columns: Counter = field(default_factory=Counter)
    legacy_rows: int = 0
    inferred_typology: int = 0
    sources: Counter = field(default_factory=Counter)

    @property
    def changed(self) -> bool:
        """Whether the import wrote anything that visitors see (for the page-cache purge)."""
        return not self.dry_run and bool(self.created or self.updated or self.deleted)

    def summary(self) -> str:
        text = _("Créés : %(c)s, mis à jour : %(u)s, inchangés : %(s)s, rejetés : %(r)s.") % {
            "c": self.created,
            "u": self.updated,
            "s": self.unchanged,
            "r": self.rejected,
        }
        if self.deleted:
            text += " " + _("Retirés (absents du fichier) : %(n)s.") % {"n": self.deleted}
        if self.warnings:
            text += " " + _("Avertissements : %(n)s.") % {"n": len(self.warnings)}
        if self.dry_run:
            text = _("Simulation, rien n’a été enregistré. ") + text
        return text

    def lines(self) -> Iterator[str]:
        """The whole report, in French, one message per line."""
        yield from self.notes
        if self.rows:
            yield _(
                "Format lu : %(rows)s %(label)ss, dont %(old)s avec des colonnes ou des libellés "
                "d’un format antérieur au standard v1 (traduits en v1)."
            ) % {"rows": self.rows, "label": self.row_label, "old": self.legacy_rows}
        if self.sources:
            yield _("Sources : %(sources)s.") % {
                "sources": ", ".join(
                    f"{name} ({count})" for name, count in sorted(self.sources.items())
                )
            }
        yield from self.issue_lines()
        for (column, target), count in sorted(self.legacy_columns.items()):
            yield _(
                "Colonne de l’ancien format reprise : « %(column)s » -> « %(target)s » "
                "(%(count)s lieux)"
            ) % {"column": column, "target": target, "count": count}
        for column, count in sorted(self.unknown_columns.items()):
            yield _("Colonne hors standard ignorée : « %(column)s » (%(count)s lieux)") % {
                "column": column,
                "count": count,
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


# --- One record -> one v1 row --------------------------------------------------------------------


@dataclass
class Row:
    line: int
    raw: dict[str, str]
    unmapped: dict[str, list[str]] = field(default_factory=dict)
    legacy: bool = False
    inferred_typology: bool = False


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return standard.MULTI_SEPARATOR.join(_text(v) for v in value)
    return str(value).strip()


def _flatten(values: dict) -> dict:
    """A GeoJSON feature as a flat record (the export writes the position as its geometry)."""
    properties = values.get("properties")
    if not isinstance(properties, dict):
        return values
    record = dict(properties)
    geometry = values.get("geometry") or {}
    coordinates = geometry.get("coordinates") if isinstance(geometry, dict) else None
    if geometry.get("type") == "Point" and isinstance(coordinates, list) and len(coordinates) == 2:
        record.setdefault("longitude", coordinates[0])
        record.setdefault("latitude", coordinates[1])
    return record


def read_row(line: int, record: dict, report: ImportReport) -> Row:
    """A record of any known format as a v1 row, value by value: a v1 value stays as it is, an
    older label is mapped onto its v1 value, anything else is set aside in `unmapped`."""
    row = Row(line, {})
    vocab = standard.vocabularies()
    mapped: dict[str, list[str]] = {}
    for key, value in record.items():
        column = key.strip()
        if column in standard.COLUMN_FIELDS:
            target = column
        elif column in LEGACY_COLUMNS:
            target = LEGACY_COLUMNS[column]
            row.legacy = True
            if _text(value):
                report.legacy_columns[(column, target)] += 1
        else:
            if _text(value):
                report.unknown_columns[column] += 1
            continue
        text = _text(value)
        if target not in standard.MULTI_COLUMNS:
            if text and not row.raw.get(target):
                row.raw[target] = text
            continue
        mapped.setdefault(target, [])
        for item in standard.split_multi(text):
            if target not in vocab or item in vocab[target]:
                mapped[target].append(item)
                continue
            table = LEGACY_VALUES.get(column, {})
            # "Gratuit : Je peux accéder gratuitement…": the 2021 label is the part before " : ".
            short = item.split(" : ")[0].strip()
            found = table.get(item, table.get(short, "?"))
            if found is None:  # a known older label that v1 has no word for
                row.unmapped.setdefault(column, []).append(short)
                continue
            if found == "?":  # a value nobody knows: kept aside, and said on its row
                row.unmapped.setdefault(column, []).append(item)
                report.warn(
                    line,
                    column,
                    _("valeur hors vocabulaire, gardée à part (non affichée) : « %(value)s »")
                    % {"value": item},
                )
                continue
            row.legacy = True
            mapped.setdefault(found[0], []).append(found[1])
    for column, items in mapped.items():
        row.raw[column] = standard.MULTI_SEPARATOR.join(dict.fromkeys(items))
    if "typologie" not in record and row.raw.get("nom"):
        kinds = [code for rx, code in TYPOLOGY_FROM_NAME if rx.search(row.raw["nom"])]
        if kinds:
            row.raw["typologie"] = "|".join(dict.fromkeys(kinds))
            row.inferred_typology = True
    return row


def _shorten_summary(row: Row, report: ImportReport) -> None:
    """A summary over the standard's 280 characters keeps its place: cut at a word, the whole
    text kept at the head of the detailed presentation, a warning in the report."""
    summary = row.raw.get("presentation_resume", "")
    if len(summary) <= SUMMARY_MAX:
        return
    short = Truncator(summary).chars(SUMMARY_MAX, truncate="…")
    if " " in summary[: SUMMARY_MAX - 1]:
        cut = summary[: SUMMARY_MAX - 1].rsplit(" ", 1)[0].rstrip(" ,;:.-")
        short = cut + "…"
    detail = row.raw.get("presentation_detail", "")
    if summary not in detail:
        row.raw["presentation_detail"] = f"{summary}\n\n{detail}".strip()
    row.raw["presentation_resume"] = short
    report.warn(
        row.line,
        "presentation_resume",
        _(
            "%(n)s caractères (280 au plus) : résumé coupé à %(m)s caractères, texte entier "
            "gardé dans la présentation détaillée"
        )
        % {"n": len(summary), "m": len(short)},
    )


@cache
def _text_limits() -> list[tuple[str, str, int]]:
    """(column, Place field, max length) of the standard's text columns."""
    return [
        (column, name, model_field.max_length)
        for column, name in standard.COLUMN_FIELDS.items()
        if isinstance(model_field := Place._meta.get_field(name), models.CharField)
    ]


def _length_errors(values: dict) -> list[tuple[str, str]]:
    """Text longer than its database column (PostgreSQL would refuse the whole batch)."""
    return [
        (column, _("%(length)s caractères, %(max)s au plus") % {"length": len(value), "max": limit})
        for column, name, limit in _text_limits()
        if isinstance(value := values.get(name), str) and len(value) > limit
    ]


def check(row: Row, report: ImportReport, default_source: str) -> dict | None:
    """The Place values of a row, or None when it is rejected (reasons in the report)."""
    _shorten_summary(row, report)
    raw = row.raw
    if not raw.get("source") and default_source:
        raw["source"] = default_source
    date_text = raw.get("date_maj", "")
    unknown_date = date_text in PLACEHOLDER_DATES or not date_text
    values, errors = standard.check_row(raw)
    if unknown_date:
        errors = [error for error in errors if error[0] != "date_maj"]
        values["updated_on"] = None
    errors += _length_errors(values)
    if not values.get("source"):
        errors.append(
            (
                "source",
                _(
                    "source inconnue : ni la colonne « source » ni l’option --source ne disent "
                    "qui a collecté la donnée"
                ),
            )
        )
    for column, reason in errors:
        report.reject(row.line, column, reason)
    if errors:
        return None
    postal = values.get("postal_code") or ""
    insee = values.get("insee_code") or ""
    if insee and postal[:2] in ("97", "98") and insee[:3] != postal[:3]:
        report.warn(
            row.line,
            "code_insee",
            _(
                "le code INSEE %(insee)s ne correspond pas au code postal %(postal)s (outre-mer) : "
                "le département est pris du code postal"
            )
            % {"insee": insee, "postal": postal},
        )
    if unknown_date:
        report.warn(
            row.line,
            "date_maj",
            _("date de mise à jour absente ou fictive (« %(value)s ») : enregistrée comme inconnue")
            % {"value": date_text},
        )
    return values


# --- Writing -------------------------------------------------------------------------------------


class _Writer:
    """Upserts by (source, id), a batch at a time."""

    def __init__(self, report: ImportReport, dry_run: bool):
        self.report = report
        self.dry_run = dry_run
        self.batch: list[tuple[Row, dict]] = []
        self.now = timezone.now()
        self.update_fields = [
            f.name
            for f in Place._meta.concrete_fields
            if not f.primary_key and f.name not in ("source", "source_id")
        ]

    def add(self, row: Row, values: dict):
        self.batch.append((row, values))
        if len(self.batch) >= BATCH:
            self.flush()

    def flush(self):
        if not self.batch:
            return
        by_source: dict[str, list[str]] = {}
        for _row, values in self.batch:
            by_source.setdefault(values["source"], []).append(values["source_id"])
        condition = Q()
        for source, ids in by_source.items():
            condition |= Q(source=source, source_id__in=ids)
        existing = {
            (source, source_id): (pk, row_hash)
            for source, source_id, pk, row_hash in Place.objects.filter(condition).values_list(
                "source", "source_id", "pk", "row_hash"
            )
        }
        to_create, to_update = [], []
        for row, values in self.batch:
            place = Place(**values, **derived_values(values), unmapped=row.unmapped)
            current = existing.get((values["source"], values["source_id"]))
            if current is None:
                to_create.append(place)
            elif current[1] == place.row_hash:
                self.report.unchanged += 1
            else:
                place.pk = current[0]
                place.imported_at = self.now
                to_update.append(place)
        self.report.created += len(to_create)
        self.report.updated += len(to_update)
        if not self.dry_run:
            Place.objects.bulk_create(to_create, batch_size=BATCH)
            Place.objects.bulk_update(to_update, self.update_fields, batch_size=BATCH)
        self.batch = []


def _prune(listed: set[tuple[str, str]], report: ImportReport, dry_run: bool) -> None:
    """Retire the places of the file's sources that the file no longer lists."""
    sources = {source for source, _id in listed}
    gone = [
        pk
        for pk, source, source_id in Place.objects.filter(source__in=sources)
        .values_list("pk", "source", "source_id")
        .iterator(chunk_size=2000)
        if (source, source_id) not in listed
    ]
    report.deleted = len(gone)
    if not dry_run:
        for start in range(0, len(gone), BATCH):
            Place.objects.filter(pk__in=gone[start : start + BATCH]).delete()


def import_places(
    source_file,
    *,
    source: str = "",
    dry_run: bool = False,
    prune: bool = False,
    progress: Callable[[int, int, int], None] | None = None,
) -> ImportReport:
    """Import a places file (a path, bytes or an upload); returns the report.

    `source` names the structure that collected the data, for rows whose `source` cell is empty
    (required when the file has no such column). `prune` retires the places of the file's sources
    that it no longer lists. `progress(rows, bytes_read, bytes_total)` is called every batch.
    Raises PlacesFileError when the file cannot be read at all (nothing is changed then)."""
    report = ImportReport(dry_run=dry_run)
    source = (source or "").strip()
    try:
        with open_table(
            source_file, containers=("features", "data", "places"), report=report
        ) as table:
            if table.columns is not None:
                _check_header(table.columns, source, report)
            with transaction.atomic():
                _import_rows(table, report, source, dry_run, prune, progress)
    except TableError as error:
        raise PlacesFileError(str(error)) from error
    return report


def _check_header(columns: list[str], source: str, report: ImportReport) -> None:
    known = set(standard.COLUMN_FIELDS) | set(LEGACY_COLUMNS)
    if not ({"id", "nom"} & set(columns)):
        raise PlacesFileError(
            _(
                "Ce fichier n’a ni colonne « id » ni colonne « nom » : ce ne sont pas des lieux du "
                "standard (colonnes lues : %(columns)s)."
            )
            % {"columns": ", ".join(columns[:10])}
        )
    if "source" not in columns and not source:
        raise PlacesFileError(
            _(
                "Le fichier n’a pas de colonne « source » : indiquez qui a collecté ces lieux "
                "avec --source NOM (les identifiants ne sont uniques qu’au sein d’une source)."
            )
        )
    unknown = [c for c in columns if c and c not in known]
    if unknown:
        report.note(_("Colonnes hors standard ignorées : %(cols)s") % {"cols": ", ".join(unknown)})
    missing = [
        c
        for c, spec in standard.fields().items()
        if spec.get("constraints", {}).get("required") and c not in columns
    ]
    if missing:
        report.note(_("Colonnes obligatoires absentes : %(cols)s") % {"cols": ", ".join(missing)})


def _import_rows(table, report, source, dry_run, prune, progress):
    writer = _Writer(report, dry_run)
    seen: dict[tuple[str, str], int] = {}
    listed: set[tuple[str, str]] = set()
    for table_row in table:
        report.rows += 1
        values = table_row.values
        if table.kind == "csv":  # the export's apostrophe before formula-like cells goes
            values = {
                k: spreadsheet.restore(v) if isinstance(v, str) else v for k, v in values.items()
            }
        row = read_row(table_row.line, _flatten(values), report)
        key = (row.raw.get("source") or source, row.raw.get("id", ""))
        if key[1]:
            listed.add(key)
        values = check(row, report, source)
        if values is not None:
            first = seen.get(key)
            if first is not None:
                report.reject(
                    row.line,
                    "id",
                    _(
                        "identifiant « %(id)s » déjà vu pour la source « %(source)s » "
                        "(%(label)s %(first)s)"
                    )
                    % {"id": key[1], "source": key[0], "label": report.row_label, "first": first},
                )
            else:
                seen[key] = row.line
                for column, labels in row.unmapped.items():
                    for label in labels:
                        report.unmapped[(column, label)] += 1
                report.legacy_rows += row.legacy
                report.inferred_typology += row.inferred_typology
                report.sources[key[0]] += 1
                writer.add(row, values)
        if progress and report.rows % BATCH == 0:
            progress(report.rows, table.position(), table.size)
    writer.flush()
    if prune:
        _prune(listed, report, dry_run)
    if progress:
        progress(report.rows, table.size, table.size)

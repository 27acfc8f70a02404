"""The national data standard "Lieux de médiation numérique" v1.0.2: its fields, vocabularies and
the checks a row must pass, read from the schema file shipped with the app (not retyped by hand)."""

import json
import re
from datetime import date
from functools import cache
from pathlib import Path

from django.utils import translation
from django.utils.translation import gettext_lazy as _

SCHEMA_PATH = Path(__file__).resolve().parent / "data" / "schema-v1.0.2.json"
MULTI_SEPARATOR = "|"

# Standard column -> Place field. The order is the standard's column order (CSV export).
COLUMN_FIELDS = {
    "id": "source_id",
    "pivot": "pivot",
    "nom": "name",
    "commune": "commune",
    "code_postal": "postal_code",
    "code_insee": "insee_code",
    "adresse": "address",
    "complement_adresse": "address_complement",
    "latitude": "latitude",
    "longitude": "longitude",
    "typologie": "typologie",
    "telephone": "phone",
    "courriels": "emails",
    "site_web": "websites",
    "horaires": "opening_hours",
    "presentation_resume": "summary",
    "presentation_detail": "description",
    "source": "source",
    "itinerance": "itinerance",
    "structure_parente": "parent_structure",
    "date_maj": "updated_on",
    "services": "services",
    "publics_specifiquement_adresses": "publics",
    "prise_en_charge_specifique": "specific_support",
    "frais_a_charge": "fees",
    "dispositif_programmes_nationaux": "programmes",
    "formations_labels": "labels",
    "autres_formations_labels": "other_labels",
    "modalites_acces": "access_modes",
    "modalites_accompagnement": "support_modes",
    "fiche_acces_libre": "accessibility_url",
    "prise_rdv": "booking_url",
}
COLUMNS = list(COLUMN_FIELDS)

# Columns holding several values separated by "|" (stored as JSON lists).
MULTI_COLUMNS = {
    "typologie",
    "courriels",
    "site_web",
    "itinerance",
    "services",
    "publics_specifiquement_adresses",
    "prise_en_charge_specifique",
    "frais_a_charge",
    "dispositif_programmes_nationaux",
    "formations_labels",
    "modalites_acces",
    "modalites_accompagnement",
}
MULTI_FIELDS = {COLUMN_FIELDS[c] for c in MULTI_COLUMNS}

# Facets of the directory: URL parameter -> (Place field, short prefix in the facet column).
FACETS = {
    "type": ("typologie", "typ"),
    "service": ("services", "svc"),
    "public": ("publics", "pub"),
    "frais": ("fees", "fee"),
    "programme": ("programmes", "prg"),
    "accompagnement": ("support_modes", "sup"),
}

# Typologies of data.inclusion (the standard points to that list but sets no pattern): the ones
# mediation places use most, with a French label. Unknown codes are kept and shown as they are.
TYPOLOGY_LABELS = {
    "ASSO": _("Association"),
    "BIB": _("Bibliothèque, médiathèque"),
    "CAF": _("Caisse d’allocations familiales"),
    "CC": _("Communauté de communes"),
    "CCAS": _("Centre communal d’action sociale"),
    "CIAS": _("Centre intercommunal d’action sociale"),
    "CS": _("Centre social"),
    "DEPT": _("Conseil départemental"),
    "EPCI": _("Intercommunalité"),
    "EPN": _("Espace public numérique"),
    "LA_POSTE": _("La Poste"),
    "MDS": _("Maison départementale des solidarités"),
    "MJC": _("Maison des jeunes et de la culture"),
    "ML": _("Mission locale"),
    "MQ": _("Maison de quartier"),
    "MSAP": _("Maison de services au public"),
    "MUNI": _("Mairie, commune"),
    "PE": _("France Travail (ex-Pôle emploi)"),
    "PIJ_BIJ": _("Point ou bureau information jeunesse"),
    "PIMMS": _("Point information médiation multiservices"),
    "RFS": _("France Services"),
    "TIERS_LIEUX": _("Tiers-lieu"),
    "Autre": _("Autre"),
}


@cache
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@cache
def fields() -> dict[str, dict]:
    return {field["name"]: field for field in schema()["fields"]}


def _vocabulary_from_pattern(pattern: str) -> list[str]:
    """The allowed values of a pattern shaped `(?:(?:^|\\|)(A|B|C))+$`, in the schema's order."""
    match = re.fullmatch(r"\(\?:\(\?:\^\|\\\|\)\((.*)\)\)\+\$", pattern)
    if not match:
        return []
    return [re.sub(r"\\(.)", r"\1", value) for value in re.split(r"(?<!\\)\|", match.group(1))]


@cache
def vocabularies() -> dict[str, list[str]]:
    """Column -> its controlled vocabulary, for the columns whose pattern is a list of values."""
    result = {}
    for name, field in fields().items():
        values = _vocabulary_from_pattern(field.get("constraints", {}).get("pattern", ""))
        if values:
            result[name] = values
    return result


def field_vocabulary(field_name: str) -> list[str]:
    """The vocabulary of an Place field (empty when the field has none)."""
    column = {f: c for c, f in COLUMN_FIELDS.items()}[field_name]
    return vocabularies().get(column, [])


def split_multi(raw: str) -> list[str]:
    """Values of a multi-valued cell. "|" is the standard's separator; older files used ";"."""
    return [part.strip() for part in re.split(r"[|;]", raw or "") if part.strip()]


def check_row(raw: dict[str, str]) -> tuple[dict, list[tuple[str, str]]]:
    """Check one row (standard column -> text) against the schema.

    Returns (values for the Place fields, [(column, French reason), ...]). A row with reasons is
    rejected as a whole: half a place is worse than none in a directory people rely on.
    """
    values: dict = {}
    errors: list[tuple[str, str]] = []
    vocab = vocabularies()
    for column, spec in fields().items():
        text = (raw.get(column) or "").strip()
        constraints = spec.get("constraints", {})
        field_name = COLUMN_FIELDS[column]
        if not text:
            if constraints.get("required"):
                errors.append((column, str(_("champ obligatoire vide"))))
            if column in MULTI_COLUMNS:
                values[field_name] = []
            else:
                values[field_name] = None if spec.get("type") in ("number", "date") else ""
            continue
        if column in MULTI_COLUMNS:
            items = list(dict.fromkeys(split_multi(text)))
            if column in vocab:
                unknown = [item for item in items if item not in vocab[column]]
                if unknown:
                    errors.append(
                        (
                            column,
                            str(_("valeur hors vocabulaire : %(values)s"))
                            % {"values": ", ".join(f"« {v} »" for v in unknown)},
                        )
                    )
            values[field_name] = items
            continue
        pattern = constraints.get("pattern")
        if pattern and not re.search(pattern, text):
            errors.append(
                (
                    column,
                    str(_("« %(value)s » ne respecte pas le format attendu (exemple : %(ex)s)"))
                    % {"value": text, "ex": spec.get("example", "")},
                )
            )
        max_length = constraints.get("maxLength")
        if max_length and len(text) > max_length:
            errors.append(
                (
                    column,
                    str(_("%(length)s caractères, %(max)s au plus"))
                    % {"length": len(text), "max": max_length},
                )
            )
        if spec.get("type") == "number":
            try:
                number = float(text.replace(",", "."))
            except ValueError:
                errors.append(
                    (column, str(_("« %(value)s » n’est pas un nombre")) % {"value": text})
                )
                continue
            limit = 90 if column == "latitude" else 180
            if not -limit <= number <= limit:
                errors.append(
                    (
                        column,
                        str(_("%(value)s est hors des limites ±%(limit)s"))
                        % {"value": number, "limit": limit},
                    )
                )
            values[field_name] = number
            continue
        if spec.get("type") == "date":
            try:
                values[field_name] = date.fromisoformat(text)
            except ValueError:
                errors.append(
                    (
                        column,
                        str(_("« %(value)s » n’est pas une date AAAA-MM-JJ")) % {"value": text},
                    )
                )
            continue
        values[field_name] = text
    position_errors = any(column in ("latitude", "longitude") for column, _reason in errors)
    if not position_errors and (values.get("latitude") is None) != (
        values.get("longitude") is None
    ):
        errors.append(("latitude", str(_("latitude et longitude vont ensemble"))))
    return values, errors


# English labels of the standard's values, shown on English pages (French pages, the importer
# and the exports keep the standard's own French values). Data like the vocabularies' registry:
# the value as the schema writes it -> its English label. A value missing here shows as is;
# tests/test_visitors.py checks that every value of these columns has one.
ENGLISH_VALUE_LABELS = {
    # itinerance
    "Itinérant": "Mobile",
    "Fixe": "Fixed",
    # services
    "Aide aux démarches administratives": "Help with administrative procedures",
    "Maîtrise des outils numériques du quotidien": "Everyday digital skills",
    "Insertion professionnelle via le numérique": "Finding work through digital tools",
    "Utilisation sécurisée du numérique": "Safe use of digital tools",
    "Parentalité et éducation avec le numérique": "Parenting and education with digital tools",
    "Loisirs et créations numériques": "Digital leisure and creation",
    "Compréhension du monde numérique": "Understanding the digital world",
    "Accès internet et matériel informatique": "Internet access and computers",
    "Acquisition de matériel informatique à prix solidaire": "Low-cost computer equipment",
    # publics_specifiquement_adresses
    "Jeunes": "Young people",
    "Étudiants": "Students",
    "Familles et/ou enfants": "Families and/or children",
    "Seniors": "Older people",
    "Femmes": "Women",
    # prise_en_charge_specifique
    "Surdité": "Deafness",
    "Handicaps moteurs": "Physical disabilities",
    "Handicaps mentaux": "Intellectual disabilities",
    "Illettrisme": "Illiteracy",
    "Langues étrangères (anglais)": "Foreign languages (English)",
    "Langues étrangères (autres)": "Foreign languages (other)",
    "Déficience visuelle": "Visual impairment",
    # frais_a_charge
    "Gratuit": "Free",
    "Gratuit sous condition": "Free under conditions",
    "Payant": "Paid",
    # modalites_acces
    "Se présenter": "Walk in",
    "Téléphoner": "Phone",
    "Contacter par mail": "E-mail",
    "Prendre un RDV en ligne": "Book an appointment online",
    "Ce lieu n'accueille pas de public": "This place does not receive the public",
    "Envoyer un mail avec une fiche de prescription": "E-mail a referral form",
    # modalites_accompagnement
    "En autonomie": "On your own",
    "Accompagnement individuel": "One-to-one support",
    "Dans un atelier collectif": "In a group workshop",
    "À distance": "Remotely",
}
# The columns whose values get an English label (programmes and labels are proper names).
TRANSLATED_COLUMNS = (
    "itinerance",
    "services",
    "publics_specifiquement_adresses",
    "prise_en_charge_specifique",
    "frais_a_charge",
    "modalites_acces",
    "modalites_accompagnement",
)


def value_label(value: str, column: str = "") -> str:
    """A value of the standard in the page's language: place kinds by their code, the other
    vocabularies' French values in English on English pages."""
    if column == "typologie":
        return str(TYPOLOGY_LABELS.get(value, value))
    if (translation.get_language() or "fr").startswith("en"):
        return ENGLISH_VALUE_LABELS.get(value, value)
    return value

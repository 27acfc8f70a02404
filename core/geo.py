"""French regions and departments (INSEE codes, 2024), for place fields and search filters."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

REGIONS = [
    ("84", "Auvergne-Rhône-Alpes"),
    ("27", "Bourgogne-Franche-Comté"),
    ("53", "Bretagne"),
    ("24", "Centre-Val de Loire"),
    ("94", "Corse"),
    ("44", "Grand Est"),
    ("32", "Hauts-de-France"),
    ("11", "Île-de-France"),
    ("28", "Normandie"),
    ("75", "Nouvelle-Aquitaine"),
    ("76", "Occitanie"),
    ("52", "Pays de la Loire"),
    ("93", "Provence-Alpes-Côte d’Azur"),
    ("01", "Guadeloupe"),
    ("02", "Martinique"),
    ("03", "Guyane"),
    ("04", "La Réunion"),
    ("06", "Mayotte"),
    ("COM", str(_("Collectivités d’outre-mer"))),
]

# (code, name, region code)
DEPARTMENTS = [
    ("01", "Ain", "84"),
    ("02", "Aisne", "32"),
    ("03", "Allier", "84"),
    ("04", "Alpes-de-Haute-Provence", "93"),
    ("05", "Hautes-Alpes", "93"),
    ("06", "Alpes-Maritimes", "93"),
    ("07", "Ardèche", "84"),
    ("08", "Ardennes", "44"),
    ("09", "Ariège", "76"),
    ("10", "Aube", "44"),
    ("11", "Aude", "76"),
    ("12", "Aveyron", "76"),
    ("13", "Bouches-du-Rhône", "93"),
    ("14", "Calvados", "28"),
    ("15", "Cantal", "84"),
    ("16", "Charente", "75"),
    ("17", "Charente-Maritime", "75"),
    ("18", "Cher", "24"),
    ("19", "Corrèze", "75"),
    ("2A", "Corse-du-Sud", "94"),
    ("2B", "Haute-Corse", "94"),
    ("21", "Côte-d’Or", "27"),
    ("22", "Côtes-d’Armor", "53"),
    ("23", "Creuse", "75"),
    ("24", "Dordogne", "75"),
    ("25", "Doubs", "27"),
    ("26", "Drôme", "84"),
    ("27", "Eure", "28"),
    ("28", "Eure-et-Loir", "24"),
    ("29", "Finistère", "53"),
    ("30", "Gard", "76"),
    ("31", "Haute-Garonne", "76"),
    ("32", "Gers", "76"),
    ("33", "Gironde", "75"),
    ("34", "Hérault", "76"),
    ("35", "Ille-et-Vilaine", "53"),
    ("36", "Indre", "24"),
    ("37", "Indre-et-Loire", "24"),
    ("38", "Isère", "84"),
    ("39", "Jura", "27"),
    ("40", "Landes", "75"),
    ("41", "Loir-et-Cher", "24"),
    ("42", "Loire", "84"),
    ("43", "Haute-Loire", "84"),
    ("44", "Loire-Atlantique", "52"),
    ("45", "Loiret", "24"),
    ("46", "Lot", "76"),
    ("47", "Lot-et-Garonne", "75"),
    ("48", "Lozère", "76"),
    ("49", "Maine-et-Loire", "52"),
    ("50", "Manche", "28"),
    ("51", "Marne", "44"),
    ("52", "Haute-Marne", "44"),
    ("53", "Mayenne", "52"),
    ("54", "Meurthe-et-Moselle", "44"),
    ("55", "Meuse", "44"),
    ("56", "Morbihan", "53"),
    ("57", "Moselle", "44"),
    ("58", "Nièvre", "27"),
    ("59", "Nord", "32"),
    ("60", "Oise", "32"),
    ("61", "Orne", "28"),
    ("62", "Pas-de-Calais", "32"),
    ("63", "Puy-de-Dôme", "84"),
    ("64", "Pyrénées-Atlantiques", "75"),
    ("65", "Hautes-Pyrénées", "76"),
    ("66", "Pyrénées-Orientales", "76"),
    ("67", "Bas-Rhin", "44"),
    ("68", "Haut-Rhin", "44"),
    ("69", "Rhône", "84"),
    ("70", "Haute-Saône", "27"),
    ("71", "Saône-et-Loire", "27"),
    ("72", "Sarthe", "52"),
    ("73", "Savoie", "84"),
    ("74", "Haute-Savoie", "84"),
    ("75", "Paris", "11"),
    ("76", "Seine-Maritime", "28"),
    ("77", "Seine-et-Marne", "11"),
    ("78", "Yvelines", "11"),
    ("79", "Deux-Sèvres", "75"),
    ("80", "Somme", "32"),
    ("81", "Tarn", "76"),
    ("82", "Tarn-et-Garonne", "76"),
    ("83", "Var", "93"),
    ("84", "Vaucluse", "93"),
    ("85", "Vendée", "52"),
    ("86", "Vienne", "75"),
    ("87", "Haute-Vienne", "75"),
    ("88", "Vosges", "44"),
    ("89", "Yonne", "27"),
    ("90", "Territoire de Belfort", "27"),
    ("91", "Essonne", "11"),
    ("92", "Hauts-de-Seine", "11"),
    ("93", "Seine-Saint-Denis", "11"),
    ("94", "Val-de-Marne", "11"),
    ("95", "Val-d’Oise", "11"),
    ("971", "Guadeloupe", "01"),
    ("972", "Martinique", "02"),
    ("973", "Guyane", "03"),
    ("974", "La Réunion", "04"),
    ("976", "Mayotte", "06"),
    ("975", "Saint-Pierre-et-Miquelon", "COM"),
    ("977", "Saint-Barthélemy", "COM"),
    ("978", "Saint-Martin", "COM"),
    ("986", "Wallis-et-Futuna", "COM"),
    ("987", "Polynésie française", "COM"),
    ("988", "Nouvelle-Calédonie", "COM"),
]

DEPARTMENT_CHOICES = [(code, f"{code} – {name}") for code, name, _region in DEPARTMENTS]
REGION_CHOICES = list(REGIONS)
DEPARTMENT_REGION = {code: region for code, _name, region in DEPARTMENTS}
DEPARTMENT_NAMES = {code: name for code, name, _region in DEPARTMENTS}
REGION_NAMES = dict(REGIONS)


# Two overseas collectivities share Guadeloupe's 971 postal prefix but have codes of their own.
POSTAL_CODE_DEPARTMENTS = {"97133": "977", "97150": "978"}  # Saint-Barthélemy, Saint-Martin


def department_from_postal_code(postal_code: str) -> str:
    """The department code of a French postal code ("20000" -> "2A", "97400" -> "974",
    "97133" -> "977")."""
    code = (postal_code or "").strip()
    if not _FIVE_ASCII_DIGITS.match(code):  # str.isdigit() would take "٥٨٠٠٠" or "５８０００"
        return ""
    if code in POSTAL_CODE_DEPARTMENTS:
        return POSTAL_CODE_DEPARTMENTS[code]
    if code.startswith("97") or code.startswith("98"):
        return code[:3]
    if code.startswith("20"):
        return "2A" if int(code) < 20200 else "2B"
    return code[:2]


def department_of(postal_code: str = "", insee_code: str = "") -> str:
    """The department of a place: from its INSEE commune code when given (a postal code can
    cross a department border: the commune code cannot), otherwise from its postal code, unless
    the two disagree across the sea: an overseas postal code with a mainland INSEE code is a
    geocoding mistake (Mont-Dore, New Caledonia, coded as Le Mont-Dore, Puy-de-Dôme). The one
    rule for cards, places and their importers."""
    from_postal = department_from_postal_code(postal_code)
    code = (insee_code or "").strip().upper()
    if len(code) != 5:
        return from_postal
    from_insee = code[:3] if code.startswith(("97", "98")) else code[:2]
    if from_insee not in DEPARTMENT_NAMES:  # not a commune code ("99" is "abroad" at INSEE)
        return from_postal
    if from_postal and from_insee != from_postal and len(from_postal) == 3:
        return from_postal
    return from_insee


# --- One validation of postal codes and INSEE codes (forms, importers and models) ------------

_FIVE_ASCII_DIGITS = re.compile(r"^[0-9]{5}\Z")
_INSEE = re.compile(r"^(?:[0-9]{2}|2[AB])[0-9]{3}\Z")


def validate_postal_code(value: str) -> None:
    """Five ASCII digits of a real department (mainland, Corsica, overseas): "00000", "99999"
    and other scripts' digits are refused, as anything `department_from_postal_code` cannot
    place."""
    code = value or ""
    if not _FIVE_ASCII_DIGITS.match(code):
        raise ValidationError(
            _("Un code postal compte 5 chiffres, par exemple 58000."), code="postal_code"
        )
    if department_from_postal_code(code) not in DEPARTMENT_NAMES:
        raise ValidationError(
            _("Ce code postal ne correspond à aucun département français."), code="postal_code"
        )


def validate_insee_code(value: str) -> None:
    """An INSEE commune code: 5 characters of a real department ("69123", "2A004", "97411")."""
    code = value or ""
    department = code[:3] if code.startswith(("97", "98")) else code[:2]
    if not _INSEE.match(code) or department not in DEPARTMENT_NAMES:
        raise ValidationError(
            _("Un code INSEE compte 5 caractères, par exemple 69123 (2A004 en Corse)."),
            code="insee_code",
        )

"""What the commune reference's codes mean: the 7 density levels of INSEE's communal grid, the
France Ruralités Revitalisation classes, and the search key of a commune name."""

import re
from functools import lru_cache

from django.utils.translation import gettext_lazy as _

from core.text import fold
from core.vocabularies import TERRITORY_TYPES

# Level n of the grid is the n-th density term of the vocabulary's seed list (same order as
# INSEE's): read from there, never listed twice.
DENSITY_SLUGS = {
    level: slug
    for level, (slug, _fr, _en, kind) in enumerate(
        (row for row in TERRITORY_TYPES if row[3] == "density"), start=1
    )
}
DENSITY_LEVELS = list(DENSITY_SLUGS)

# What each level means, in plain words (kept general: INSEE's own definitions, based on the
# population of dense, intermediate and sparse 1 km² cells, are linked from the page).
DENSITY_MEANING = {
    1: _("Commune dense : la plupart des habitants vivent dans un grand centre urbain."),
    2: _(
        "Commune dense : la plupart des habitants vivent dans un centre urbain de taille moyenne."
    ),
    3: _("Commune dense autour d’un centre urbain, dans sa ceinture."),
    4: _(
        "Commune de densité intermédiaire : la plupart des habitants vivent dans une petite ville."
    ),
    5: _("Commune rurale : la plupart des habitants vivent dans un bourg."),
    6: _("Commune rurale peu dense : l’habitat est dispersé entre un bourg et des hameaux."),
    7: _("Commune rurale très peu dense : l’habitat est très dispersé."),
}

FRR_SLUG = "frr"
QPV_SLUG = "qpv"
OVERSEAS_SLUG = "outre-mer"


class FrrClass:
    """Classes of the FRR zoning as the official list spells them, and their short codes."""

    NOT_CLASSIFIED = "non-classee"
    CHOICES = [
        ("socle", _("FRR socle")),
        ("plus", _("FRR+")),
        ("beneficiaire", _("FRR bénéficiaire (dispositif transitoire)")),
        ("partiel", _("Classée FRR partiellement")),
        ("beneficiaire-partiel", _("FRR bénéficiaire partiellement")),
        (NOT_CLASSIFIED, _("Non classée")),
    ]
    # Folded official spelling -> code ("Classée FRR partiellement" and its variants).
    OFFICIAL = {
        "frr socle": "socle",
        "frr+": "plus",
        "frr plus": "plus",
        "frr beneficiaire": "beneficiaire",
        "classee frr partiellement": "partiel",
        "frr partiellement": "partiel",
        "frr beneficiaire partiellement": "beneficiaire-partiel",
        "non classee": NOT_CLASSIFIED,
        "": NOT_CLASSIFIED,
    }

    @staticmethod
    @lru_cache(maxsize=64)  # a handful of distinct labels over 35,000 rows
    def from_official(text: str) -> str | None:
        """The code of an official label, None when the label is unknown."""
        return FrrClass.OFFICIAL.get(fold(text))

    @classmethod
    def is_classified(cls, code: str) -> bool:
        """Any class but "non classée" puts the FRR overlay on the commune's cards."""
        return bool(code) and code != cls.NOT_CLASSIFIED


ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}


def name_key(text: str) -> str:
    """Search key of a commune name: folded, hyphens and apostrophes as spaces, "St"/"Ste"
    spelt out ("St-Étienne" and "saint etienne" -> "saint etienne")."""
    words = re.sub(r"[-'’.,()/]", " ", fold(text)).split()
    return " ".join(ABBREVIATIONS.get(word, word) for word in words)


def is_overseas(department: str) -> bool:
    return (department or "").startswith(("97", "98"))

"""From a commune to territory types: the terms a card set in that commune gets (density level,
FRR, QPV, outre-mer, each with its reason), and "territories like this one" for the territory
page and for a search filter."""

from dataclasses import dataclass

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from territories.communes import Commune
from territories.reference import (
    DENSITY_SLUGS,
    FRR_SLUG,
    OVERSEAS_SLUG,
    QPV_SLUG,
    name_key,
)


def find_commune(insee_code="", commune="", postal_code="") -> Commune | None:
    """The commune of an INSEE code, or else of a name (with its postal code when given) that
    designates exactly one commune. A code that is not in the reference, or that names another
    commune than the one given, finds nothing: a wrong code is not corrected by guessing."""
    code = (insee_code or "").strip().upper()
    key = name_key(commune)
    if code:
        found = Commune.objects.filter(code=code).first()
        if found is not None and key and name_key(found.name) != key:
            return None  # 22265 is Rospez, not Rostrenen: a wrong code derives nothing
        return found
    if not key:
        return None
    found = Commune.objects.filter(name_key=key)
    postal = (postal_code or "").strip()
    if postal:
        found = found.filter(postal_codes__contains=f"|{postal}|")
    matches = list(found[:2])
    return matches[0] if len(matches) == 1 else None


def derived_terms(commune: Commune) -> list[tuple[str, str]]:
    """(territory type slug, reason in French) that follow from the reference for `commune`."""
    terms = []
    if commune.density_level in DENSITY_SLUGS:
        terms.append(
            (
                DENSITY_SLUGS[commune.density_level],
                _("grille communale de densité de l’Insee : niveau %(level)s sur 7")
                % {"level": commune.density_level},
            )
        )
    if commune.is_frr:
        terms.append(
            (
                FRR_SLUG,
                _("zonage France Ruralités Revitalisation : %(class)s")
                % {"class": commune.get_frr_class_display()},
            )
        )
    if commune.qpv_count:
        terms.append(
            (
                QPV_SLUG,
                _("%(count)s quartier(s) prioritaire(s) de la politique de la ville")
                % {"count": commune.qpv_count},
            )
        )
    if commune.is_overseas:
        terms.append((OVERSEAS_SLUG, _("commune d’outre-mer")))
    return terms


def answer_practice_location(sender, commune="", postal_code="", insee_code="", **kwargs):
    """Receiver of practices.signals.locate_practice: what the reference says of a card's
    commune (None when it designates no single commune)."""
    found = find_commune(insee_code, commune, postal_code)
    if found is None:
        return None
    return {
        "code": found.code,
        "name": found.name,
        "department": found.department,
        "terms": [{"slug": slug, "reason": reason} for slug, reason in derived_terms(found)],
    }


# --- Territories like this one -------------------------------------------------------------------

SAME_LEVEL, NEIGHBOUR_LEVEL, SAME_OVERLAY = 0, 1, 2


@dataclass(frozen=True)
class Likeness:
    slug: str
    rank: int  # lower is closer: same density level, then neighbouring levels, then overlays
    reason: str


def territories_like(commune: Commune, terms=None) -> list[Likeness]:
    """The territory types of territories like `commune`, closest first. This is what a search
    filter `commune=<code>` needs: cards tagged with any of these slugs, ranked by `rank`.
    `terms`: the TerritoryType rows when the caller has already read them."""
    from core.models import TerritoryType

    english = (get_language() or "fr").startswith("en")
    rows = (
        [(term.slug, term.name, term.name_en) for term in terms]
        if terms is not None
        else TerritoryType.objects.values_list("slug", "name", "name_en")
    )
    labels = {slug: (name_en if english and name_en else name) for slug, name, name_en in rows}
    likeness = []
    level = commune.density_level
    if level in DENSITY_SLUGS:
        slug = DENSITY_SLUGS[level]
        likeness.append(
            Likeness(
                slug,
                SAME_LEVEL,
                _("même type de territoire : %(label)s") % {"label": labels.get(slug, slug)},
            )
        )
        for other in (level - 1, level + 1):
            if other in DENSITY_SLUGS:
                slug = DENSITY_SLUGS[other]
                likeness.append(
                    Likeness(
                        slug,
                        NEIGHBOUR_LEVEL,
                        _("type de territoire voisin : %(label)s")
                        % {"label": labels.get(slug, slug)},
                    )
                )
    overlays = [(FRR_SLUG, commune.is_frr), (QPV_SLUG, commune.qpv_count > 0)]
    overlays.append((OVERSEAS_SLUG, commune.is_overseas))
    for slug, applies in overlays:
        if applies:
            likeness.append(
                Likeness(
                    slug,
                    SAME_OVERLAY,
                    _("même zonage : %(label)s") % {"label": labels.get(slug, slug)},
                )
            )
    return likeness


def similar_territory_slugs(code: str) -> list[str]:
    """Slugs of the territory types like commune `code` (closest first); [] for an unknown
    code. The one function a search filter `commune=<code>` calls."""
    commune = Commune.objects.filter(code=(code or "").strip().upper()).first()
    return [item.slug for item in territories_like(commune)] if commune else []

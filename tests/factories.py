"""Builders of realistic pages for tests, under the index pages that `setup_site` creates."""

import itertools

from core.models import Audience, TerritoryType, Theme
from guides.models import GuideIndexPage, GuidePage, OrientationIndexPage, OrientationPage
from practices.models import PracticeIndexPage, PracticePage

_counter = itertools.count(1)


def _tag(page, themes=(), territories=(), audiences=()):
    for slug in themes:
        page.themes.add(Theme.objects.get(slug=slug))
    for slug in territories:
        page.territory_types.add(TerritoryType.objects.get(slug=slug))
    for slug in audiences:
        page.audiences.add(Audience.objects.get(slug=slug))


def _add(parent, page, publish=True):
    page.live = publish
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    return page


def practice(
    title=None,
    *,
    themes=("demarches-administratives",),
    territories=("bourgs-ruraux",),
    audiences=("seniors",),
    publish=True,
    language="fr",
    **fields,
):
    n = next(_counter)
    index = PracticeIndexPage.objects.get(locale__language_code=language)
    defaults = {
        "title": title or f"Permanence d’aide aux démarches en ligne n° {n}",
        "slug": f"fiche-{n}",
        "summary": "Une permanence hebdomadaire pour accompagner les démarches en ligne.",
        "structure_name": "Médiathèque intercommunale du Vallon",
        # Not in the commune reference, so the card keeps exactly the territory types given here;
        # tests of the derivation from a real commune pass its name and codes.
        "commune": "Saint-Exemple-du-Vallon",
        "postal_code": "12330",
        "insee_code": "",
    }
    page = PracticePage(**{**defaults, **fields})
    _tag(page, themes, territories, audiences)
    return _add(index, page, publish)


def guide(title=None, *, themes=("formation-personnels",), publish=True, **fields):
    n = next(_counter)
    index = GuideIndexPage.objects.get(locale__language_code="fr")
    defaults = {
        "title": title or f"Guide pratique n° {n}",
        "slug": f"guide-{n}",
        "summary": "Un guide pas à pas pour les équipes.",
        "body": [("heading", {"text": "Avant de commencer", "level": "h2"})],
    }
    page = GuidePage(**{**defaults, **fields})
    _tag(page, themes)
    return _add(index, page, publish)


def orientation(
    title=None, *, number=None, themes=("cooperation-territoriale",), publish=True, **fields
):
    n = next(_counter)
    index = OrientationIndexPage.objects.get(locale__language_code="fr")
    defaults = {
        "title": title or f"Orientation n° {n}",
        "slug": f"orientation-{n}",
        "number": number or n,
        "short_title": f"Orientation {n}",
        "summary": "Coordonner l’écosystème local de la médiation numérique.",
    }
    page = OrientationPage(**{**defaults, **fields})
    _tag(page, themes)
    return _add(index, page, publish)

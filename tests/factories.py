"""Builders of realistic pages for tests, under the index pages that `setup_site` creates."""

import itertools

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.vocabularies import vocabularies, vocabulary
from guides.models import GuideIndexPage, GuidePage, OrientationIndexPage, OrientationPage
from practices.models import PracticeIndexPage, PracticePage

_counter = itertools.count(1)


def _tag(page, terms):
    """Tag a page with terms given by slug per vocabulary param ({"theme": [...]})."""
    for param, slugs in terms.items():
        v = vocabulary(param)
        for slug in slugs:
            getattr(page, v.field).add(v.tag.objects.get(slug=slug))


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
    terms=None,
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
    _tag(page, {"theme": themes, "territory": territories, "audience": audiences, **(terms or {})})
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
    _tag(page, {"theme": themes})
    return _add(index, page, publish)


def orientation(
    title=None, *, number=None, themes=("cooperation-territoriale",), publish=True, **fields
):
    n = next(_counter)
    index = OrientationIndexPage.objects.get(locale__language_code="fr")
    defaults = {
        "title": title or f"Orientation n° {n}",
        "slug": f"orientation-{n}",
        "number": number or (n - 1) % 99 + 1,  # 1-99, however many pages earlier tests built
        "short_title": f"Orientation {n}",
        "summary": "Coordonner l’écosystème local de la médiation numérique.",
    }
    page = OrientationPage(**{**defaults, **fields})
    _tag(page, {"theme": themes})
    return _add(index, page, publish)


def practice_admin_form(**overrides):
    """POST data of the admin's card form (a French card, no terms): override what a test needs."""
    data = {
        "title": "Atelier de prévention des arnaques en ligne",
        "slug": "atelier-arnaques",
        "summary": "Des ateliers mensuels pour repérer les arnaques en ligne.",
        "structure_name": "Bibliothèque municipale de Saint-Affrique",
        "structure_kind": "municipale",
        "library_size": "",
        "commune": "Saint-Affrique",
        "postal_code": "12400",
        "insee_code": "12208",
        "department": "",
        "themes": [],
        "territory_types": [],
        "audiences": [],
        "context": rich_text("<p>Des habitants victimes d’hameçonnage.</p>"),
        "steps": streamfield([]),
        "budget_range": "",
        "staff": "",
        "volunteers": "",
        "setup_time": "",
        "equipment": "",
        "partners": streamfield([]),
        "results": rich_text(""),
        "indicators": streamfield([]),
        "difficulties": rich_text(""),
        "tips": rich_text(""),
        "checklist": streamfield([]),
        "period_start": "",
        "period_end": "",
        "status": "en-cours",
        "contact_name": "",
        "contact_email": "",
        "contact_url": "",
        "attachments": streamfield([]),
        "inspiration_links": inline_formset([]),
        "place_links": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    # Ticked terms are posted as repeated keys (nested_form_data would number a list).
    ticked = {v.field: data.pop(v.field, []) for v in vocabularies()}
    return {**nested_form_data(data), **ticked}


def practice_add_url():
    index = PracticeIndexPage.objects.get(locale__language_code="fr")
    return f"/admin/pages/add/practices/practicepage/{index.pk}/"

"""Pages for the search tests, created under the index pages that `setup_site` builds."""

import itertools

from wagtail.models import Page, PageViewRestriction

from core.models import Audience, TerritoryType, Theme
from guides.models import GuideIndexPage, GuidePage, OrientationIndexPage, OrientationPage
from practices.models import PracticeIndexPage, PracticePage

_numbers = itertools.count(1)


def _index(model, language="fr"):
    return model.objects.get(locale__language_code=language)


def _tag(page, themes=(), territories=(), audiences=()):
    page.themes.set(list(Theme.objects.filter(slug__in=themes)))
    page.territory_types.set(list(TerritoryType.objects.filter(slug__in=territories)))
    page.audiences.set(list(Audience.objects.filter(slug__in=audiences)))


def _add(parent, page, live, tags):
    page.live = live
    parent.add_child(instance=page)
    if any(tags.values()):
        _tag(page, **tags)
        page.save()
    return page


def practice(
    title,
    summary="Fiche d’exemple.",
    *,
    body="",
    language="fr",
    live=True,
    department="",
    budget="",
    themes=(),
    territories=(),
    audiences=(),
    **fields,
):
    n = next(_numbers)
    page = PracticePage(
        title=title,
        slug=f"fiche-{n}",
        summary=summary,
        structure_name=fields.pop("structure_name", "Médiathèque municipale"),
        commune=fields.pop("commune", "Villeneuve"),
        department=department,
        budget_range=budget,
        context=f"<p>{body}</p>" if body else "",
        **fields,
    )
    tags = {"themes": themes, "territories": territories, "audiences": audiences}
    return _add(_index(PracticeIndexPage, language), page, live, tags)


def guide(title, summary="Guide d’exemple.", *, language="fr", live=True, **tags):
    n = next(_numbers)
    page = GuidePage(title=title, slug=f"guide-{n}", summary=summary, body=[])
    return _add(_index(GuideIndexPage, language), page, live, _tags(tags))


def orientation(title, summary="Orientation d’exemple.", *, language="fr", live=True, **tags):
    n = next(_numbers)
    page = OrientationPage(
        title=title,
        slug=f"orientation-{n}",
        number=n % 99 + 1,
        short_title=title[:80],
        summary=summary,
    )
    return _add(_index(OrientationIndexPage, language), page, live, _tags(tags))


def _tags(tags):
    return {
        "themes": tags.get("themes", ()),
        "territories": tags.get("territories", ()),
        "audiences": tags.get("audiences", ()),
    }


def make_private(page: Page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

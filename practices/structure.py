"""Structure of the practices app that `setup_site` builds (idempotent): the practices index (fr,
en) and the contributors' workspace, with its view restriction."""

from core.pages import ensure_child, ensure_translation, site_home
from core.roles import CONTRIBUTORS, EDITORS, MODERATORS
from core.tally import SECTIONS

WORKSPACE = "Espace des contributeurs"


def build(command):
    from practices.models import PracticeIndexPage

    tally = command.tally
    index = tally.page(
        SECTIONS,
        ensure_child(
            site_home("fr"),
            PracticeIndexPage,
            "bonnes-pratiques",
            title="Bonnes pratiques",
            show_in_menus=True,
            intro="<p>Des actions concrètes menées par des bibliothèques et leurs partenaires, "
            "décrites pour être reproduites : contexte, étapes, moyens, résultats, conseils.</p>",
        ),
    )
    tally.page(
        SECTIONS,
        ensure_translation(
            index,
            "en",
            title="Good practices",
            slug="good-practices",
            intro="<p>Concrete actions led by libraries and their partners, described so that "
            "others can reproduce them: context, steps, means, results, tips.</p>",
        ),
    )
    tally.page(WORKSPACE, ensure_contributions_section())


def ensure_contributions_section():
    """The contributors' workspace under the French home page, visible only to the editorial
    groups, even for a card published there by mistake. Returns (page, created)."""
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    from practices.models import ContributionIndexPage

    section, created = ensure_child(
        site_home("fr"),
        ContributionIndexPage,
        "contributions",
        title="Contributions",
        show_in_menus=False,
        intro="<p>Brouillons de fiches rédigés par les contributeurs, relus par les éditeurs "
        "avant d’être déplacés dans les bonnes pratiques.</p>",
    )
    restriction, _created = PageViewRestriction.objects.get_or_create(
        page=section, defaults={"restriction_type": PageViewRestriction.GROUPS}
    )
    restriction.groups.set(Group.objects.filter(name__in=[EDITORS, MODERATORS, CONTRIBUTORS]))
    return section, created

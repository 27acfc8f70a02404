"""Structure of the practices section that `setup_site` builds (idempotent): the contributors'
workspace, with its view restriction."""

from core.pages import ensure_child, site_home
from core.roles import CONTRIBUTORS, EDITORS, MODERATORS


def ensure_contributions_section():
    """The contributors' workspace under the French home page, visible only to the editorial
    groups, even for a card published there by mistake."""
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    from practices.models import ContributionIndexPage

    home = site_home("fr")
    section, _created = ensure_child(
        home,
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
    return section

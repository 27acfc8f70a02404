"""Structure of the territories app that `setup_site` builds (idempotent): the "Mon territoire"
page (fr, en) and the commune reference from the files shipped in territories/data/: reference
data that cards and pages need, not a demo."""

from core.pages import ensure_child, ensure_translation, site_home
from core.tally import SECTIONS


def build(command):
    from territories.importer import import_shipped
    from territories.models import Commune, TerritoryIndexPage

    home = site_home("fr")
    page = command.tally.page(
        SECTIONS,
        ensure_child(
            home,
            TerritoryIndexPage,
            "territoires",
            title="Mon territoire",
            show_in_menus=True,
            intro="<p>Choisissez votre commune : son type de territoire, les acteurs de la "
            "médiation numérique autour d’elle et les actions menées dans des territoires comme "
            "le vôtre.</p>",
        ),
    )
    command.tally.page(
        SECTIONS,
        ensure_translation(
            page,
            "en",
            title="My territory",
            slug="territories",
            intro="<p>Choose your commune: its type of territory, the digital-mediation actors "
            "around it and the actions carried out in territories like yours.</p>",
        ),
    )
    if Commune.objects.exists():
        command.tally.add(COMMUNES, existing=Commune.objects.count())
        # Already loaded (make run is run again): a newer official file goes through
        # `manage.py import_communes`, which reports what it changes.
        return
    report = import_shipped()
    command.tally.add(COMMUNES, created=report.total)


COMMUNES = "Référentiel des communes"

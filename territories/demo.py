"""Set-up of the territory pages by `manage.py setup_site`: the "Mon territoire" page (fr, en)
and the commune reference from the files shipped in territories/data/. The reference is loaded
with or without demo content: it is reference data that cards and pages need, not a demo."""

from core.pages import ensure_child, ensure_translation, site_home


def load(command):
    from territories.importer import import_shipped
    from territories.models import Commune, TerritoryIndexPage

    home = site_home("fr")
    page, _created = ensure_child(
        home,
        TerritoryIndexPage,
        "territoires",
        title="Mon territoire",
        show_in_menus=True,
        intro="<p>Choisissez votre commune : son type de territoire, les acteurs de la médiation "
        "numérique autour d’elle et les actions menées dans des territoires comme le vôtre.</p>",
    )
    ensure_translation(
        page,
        "en",
        title="My territory",
        slug="territories",
        intro="<p>Choose your commune: its type of territory, the digital-mediation actors "
        "around it and the actions carried out in territories like yours.</p>",
    )
    if Commune.objects.exists():
        # Already loaded (make run is run again): a newer official file goes through
        # `manage.py import_communes`, which reports what it changes.
        return
    report = import_shipped()
    command.stdout.write(
        f"  Référentiel des communes : {report.total} communes ({report.seconds:.1f} s)"
    )

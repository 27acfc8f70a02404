"""Load the demo content: each app its own, from the data files of its `demo/` folder, through
its AppConfig's `load_demo(command)`, in INSTALLED_APPS order (see core/management/app_hooks.py):
places, practice cards, orientations and guides, the home pages' entry points.

Needs the structure that `manage.py setup_site` builds. Idempotent: a page is found by its slug
and left as it is, a second run creates nothing. Links between pages are named by slug in the
data of the page that holds them and made to the pages that exist; the others are reported.
"""

from core.management.app_hooks import AppHookCommand


class Command(AppHookCommand):
    help = (
        "Charge les contenus de démonstration de chaque application (après setup_site) ; "
        "relancée, ne crée rien deux fois."
    )
    hook = "load_demo"
    title = "Contenus de démonstration"

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "apps",
            nargs="*",
            metavar="app",
            help="Ne charge que la démonstration de ces applications (par défaut : toutes).",
        )

    def build(self, options):
        self.run_hooks(options["apps"])

    def handle(self, *args, **options):
        super().handle(*args, **options)
        self.say([self.style.SUCCESS("Contenus de démonstration chargés.")])

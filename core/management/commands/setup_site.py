"""Set up the structure of the site, with no demo content: locales, home page, default site,
footer pages, each section's index page, the contributors' workspace, the groups' rights on the
sections and the review workflow, a local admin account, the search index.

Idempotent: a second run creates nothing. Each app builds its part in its AppConfig's
`setup_site(command)` (see core/management/app_hooks.py). Demo content: `manage.py load_demo`.
"""

import argparse
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from core.management.app_hooks import AppHookCommand
from core.roles import assign_page_permissions

PASSWORD_FILE = Path(settings.BASE_DIR) / ".local-admin-password"


class Command(AppHookCommand):
    help = (
        "Prépare le socle du site (langues, accueil, pages du pied de page, sections, droits, "
        "circuit de relecture, compte admin local), sans contenu de démonstration : "
        "voir load_demo."
    )
    hook = "setup_site"
    title = "Socle du site"

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--no-admin", action="store_true", help="Ne crée pas de compte administrateur local."
        )
        # Before load_demo existed, setup_site loaded demo content unless told --no-demo; the
        # option is still accepted (and changes nothing) so that older scripts keep running.
        parser.add_argument("--no-demo", action="store_true", help=argparse.SUPPRESS)

    def build(self, options):
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            _locale, created = Locale.objects.get_or_create(language_code=code)
            self.tally.add("Langues", created=int(created), existing=int(not created))
        self.run_hooks()
        # Once every app has built its sections: each group's rights on them.
        assign_page_permissions(self.tally)
        if not options["no_admin"]:
            self._ensure_admin()

    def handle(self, *args, **options):
        super().handle(*args, **options)
        if not options["no_admin"]:
            password = PASSWORD_FILE.read_text().strip() if PASSWORD_FILE.exists() else None
            self.say(
                [
                    self.style.WARNING(
                        "Compte administrateur local (usage local uniquement) : "
                        f"admin / {password or '(mot de passe inchangé)'} "
                        f"– http://127.0.0.1:{settings.DEV_PORT}/admin/"
                    )
                ]
            )
        self.say(
            [self.style.SUCCESS("Socle prêt. Contenus de démonstration : manage.py load_demo.")]
        )

    def _ensure_admin(self):
        """A local superuser for development; its password is printed, never committed."""
        User = get_user_model()
        exists = User.objects.filter(username="admin").exists()
        self.tally.add("Compte administrateur local", created=int(not exists), existing=int(exists))
        if not exists:
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser("admin", "admin@localhost", password)
            PASSWORD_FILE.write_text(password + "\n")
            PASSWORD_FILE.chmod(0o600)

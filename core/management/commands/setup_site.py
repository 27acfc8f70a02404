"""Set up a working site in one step: locales, home page, demo content, local admin, search index.

Idempotent: running it again creates nothing twice. Each app contributes its own pages through an
optional `load_demo(command)` method on its AppConfig, called in INSTALLED_APPS order, so this
command (in `hub`) imports no app. `command.demo` tells them whether to add demo content (False
with --no-demo: only the site structure).
"""

import secrets
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from wagtail.models import Locale

from core.roles import assign_page_permissions

PASSWORD_FILE = Path(settings.BASE_DIR) / ".local-admin-password"


class Command(BaseCommand):
    help = (
        "Prépare le site : langues, page d’accueil, contenus de démonstration, compte admin local."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-demo",
            action="store_true",
            help="Ne charge que le socle (langues, accueil, pages de pied de page).",
        )
        parser.add_argument(
            "--no-admin", action="store_true", help="Ne crée pas de compte administrateur local."
        )
        parser.add_argument(
            "--no-index",
            action="store_true",
            help="Ne reconstruit pas l’index de recherche à la fin.",
        )

    def handle(self, *args, no_demo=False, no_admin=False, no_index=False, **options):
        self.demo = not no_demo
        with transaction.atomic():
            for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
                Locale.objects.get_or_create(language_code=code)
            for config in apps.get_app_configs():
                loader = getattr(config, "load_demo", None)
                if loader is not None:
                    self.stdout.write(f"{config.verbose_name} …")
                    loader(self)
            # Once every app has built its sections: each group's rights on them.
            assign_page_permissions()
        if not no_admin:
            self._ensure_admin()
        if not no_index:
            call_command("update_index", verbosity=0)
            self.stdout.write("Index de recherche à jour.")
        if connection.vendor == "sqlite":
            # Table statistics let SQLite pick the right indexes (measured in bench/: the
            # "inspired by" lookup of a card goes from 20-40 ms to under 1 ms at 10,000 cards).
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(self.style.SUCCESS("Site prêt."))

    def _ensure_admin(self):
        """A local superuser for development; its password is printed, never committed."""
        User = get_user_model()
        user = User.objects.filter(username="admin").first()
        if user is None:
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser("admin", "admin@localhost", password)
            PASSWORD_FILE.write_text(password + "\n")
            PASSWORD_FILE.chmod(0o600)
        password = PASSWORD_FILE.read_text().strip() if PASSWORD_FILE.exists() else "(inchangé)"
        self.stdout.write(
            self.style.WARNING(
                f"Compte administrateur local (usage local uniquement) : admin / {password} "
                f"– http://127.0.0.1:{settings.DEV_PORT}/admin/"
            )
        )

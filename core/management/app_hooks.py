"""The shape that `setup_site` and `load_demo` share: each app does its part through a method of
its AppConfig (`setup_site(command)`, `load_demo(command)`), called in INSTALLED_APPS order
(lower layers first), so the commands, in the shared base, import no app. Everything is counted
in `command.tally` and printed as one table: what was created, what was already there."""

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from core.tally import Tally


class AppHookCommand(BaseCommand):
    hook = ""  # the AppConfig method each app may define
    title = ""  # the heading of the table

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-index",
            action="store_true",
            help="Ne reconstruit pas l’index de recherche à la fin.",
        )

    def handle(self, *args, no_index=False, **options):
        self.quiet = options["verbosity"] == 0
        self.tally = Tally()
        with transaction.atomic():
            self.build(options)
        if not no_index:
            call_command("update_index", verbosity=0)
        if connection.vendor == "sqlite":
            # Table statistics let SQLite pick the right indexes (measured in bench/: the
            # "inspired by" lookup of a card goes from 20-40 ms to under 1 ms at 10,000 cards).
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.say(self.tally.lines(self.style, self.title))
        if not no_index:
            self.say(["Index de recherche à jour."])

    def say(self, lines):
        """Write `lines` unless told to be quiet (`-v 0`)."""
        if not self.quiet:
            for line in lines:
                self.stdout.write(line)

    def build(self, options):
        self.run_hooks()

    def run_hooks(self, labels=()):
        """Call each app's hook, in INSTALLED_APPS order (only the apps `labels` names, if any)."""
        configs = [config for config in apps.get_app_configs() if hasattr(config, self.hook)]
        unknown = set(labels) - {config.label for config in configs}
        if unknown:
            raise CommandError(
                f"Applications inconnues ou sans « {self.hook} » : {', '.join(sorted(unknown))} "
                f"(au choix : {', '.join(config.label for config in configs)})."
            )
        for config in configs:
            if not labels or config.label in labels:
                getattr(config, self.hook)(self)

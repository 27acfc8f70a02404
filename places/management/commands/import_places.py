"""Import mediation places from a file of the national standard (CSV) or the 2021 map (JSON)."""

import sys

from django.core.management.base import BaseCommand, CommandError

from core.page_cache import purge_all
from places.importer import PlacesFileError, import_places

PROGRESS_FROM = 2000


class Command(BaseCommand):
    help = (
        "Importe des lieux de médiation numérique : CSV du standard v1 (séparateur « , » ou "
        "« ; », valeurs multiples séparées par « | ») ou JSON 2021 de la cartographie nationale."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Chemin du fichier CSV ou JSON.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Vérifie et compte sans rien enregistrer."
        )
        parser.add_argument(
            "--strict",
            action="store_true",
            help="Termine en erreur (code 1) si des lignes ont été rejetées.",
        )

    def handle(self, *args, file, dry_run=False, strict=False, **options):
        try:
            report = import_places(file, dry_run=dry_run, progress=self._progress)
        except FileNotFoundError as exc:
            raise CommandError(f"Fichier introuvable : {file}") from exc
        except PlacesFileError as exc:
            raise CommandError(str(exc)) from exc
        if not dry_run and (report.created or report.updated):
            purge_all()  # bulk writes send no signal; the directory and the map changed
        for line in report.lines():
            self.stdout.write(line)
        if strict and report.rejected:
            raise CommandError(f"{report.rejected} ligne(s) rejetée(s) (--strict).")

    def _progress(self, done, total):
        """A progress bar on stderr for large files only (it would be noise on small ones)."""
        if total < PROGRESS_FROM * 2 or self.verbosity == 0:
            return
        width = 40
        filled = width * done // total
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {100 * done // total:3d} %")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

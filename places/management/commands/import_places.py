"""Import mediation places from a file of the national standard, the 2021 map or a regional export
(CSV or JSON, read from the content), at any size (streamed, written in batches)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from core.page_cache import purge_all
from places.importer import PlacesFileError, import_places

# Below this size a progress display would only be noise.
PROGRESS_FROM_BYTES = 1_000_000


class Command(BaseCommand):
    help = _(
        "Importe des lieux de médiation numérique : CSV ou JSON du standard v1 (séparateur « , » "
        "ou « ; », valeurs multiples séparées par « | »), JSON 2021 de la cartographie nationale "
        "ou export régional ; le format est lu dans le contenu. Un lieu est désigné par sa source "
        "et son identifiant : importer une source ne change jamais les lieux d’une autre."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help=_("Chemin du fichier CSV ou JSON."))
        parser.add_argument(
            "--source",
            default="",
            help=_(
                "Structure qui a collecté les données, pour les lignes sans colonne « source » "
                "(obligatoire quand le fichier n’en a pas)."
            ),
        )
        parser.add_argument(
            "--dry-run", action="store_true", help=_("Vérifie et compte sans rien enregistrer.")
        )
        parser.add_argument(
            "--prune",
            action="store_true",
            help=_(
                "Retire les lieux des sources du fichier qu’il ne contient plus (à n’employer "
                "qu’avec l’export complet de ces sources)."
            ),
        )
        parser.add_argument(
            "--strict",
            action="store_true",
            help=_(
                "Termine en erreur (code 1) s’il y a des lignes rejetées ou des avertissements "
                "(les bonnes lignes sont importées quand même)."
            ),
        )

    def handle(self, *args, file, source="", dry_run=False, prune=False, strict=False, **options):
        self.show_progress = options.get("verbosity", 1) > 0
        try:
            report = import_places(
                file, source=source, dry_run=dry_run, prune=prune, progress=self._progress
            )
        except FileNotFoundError as exc:
            raise CommandError(_("Fichier introuvable : %(file)s") % {"file": file}) from exc
        except PlacesFileError as exc:
            raise CommandError(str(exc)) from exc
        if not dry_run and (report.created or report.updated):
            purge_all()  # bulk writes send no signal; the directory and the map changed
        for line in report.lines():
            self.stdout.write(line)
        # After an import that changed what visitors see (report.changed: places created, updated
        # or retired), this is the one place where the anonymous page cache gets purged.
        if strict and (report.rejected or report.warnings):
            raise CommandError(
                _("%(rejected)s ligne(s) rejetée(s), %(warned)s avertissement(s) (--strict).")
                % {"rejected": report.rejected, "warned": len(report.warnings)}
            )

    def _progress(self, rows, done, total):
        """A progress line on stderr for large files only."""
        if not self.show_progress or total < PROGRESS_FROM_BYTES:
            return
        self.stderr.write(
            "\r"
            + _("%(rows)s lignes lues (%(percent)s %%)")
            % {"rows": rows, "percent": 100 * done // max(total, 1)},
            ending="\n" if done >= total else "",
        )
        self.stderr.flush()

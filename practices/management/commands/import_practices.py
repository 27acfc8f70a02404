"""Import practice cards from a CSV or JSON file (create or update by key, report rejected rows)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from practices.practice_io import ImportFileError, import_file


class Command(BaseCommand):
    help = _(
        "Importe des fiches de bonnes pratiques depuis un fichier CSV ou JSON : crée ou met à jour "
        "chaque fiche selon sa clé, signale les lignes refusées."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help=_("fichier .csv ou .json"))
        parser.add_argument(
            "--format",
            choices=["csv", "json"],
            help=_("format du fichier (sinon d’après son contenu)"),
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=_("valider et compter sans rien enregistrer"),
        )
        parser.add_argument(
            "--draft",
            action="store_true",
            help=_("enregistrer des brouillons au lieu de publier"),
        )
        parser.add_argument(
            "--strict",
            action="store_true",
            help=_("terminer en erreur si une ligne est refusée (les autres sont importées)"),
        )

    def handle(self, *args, file, format=None, dry_run=False, draft=False, strict=False, **opts):
        try:
            report = import_file(Path(file), format, publish=not draft, dry_run=dry_run)
        except OSError as error:
            raise CommandError(
                _("Impossible de lire %(file)s : %(error)s")
                % {"file": file, "error": error.strerror}
            ) from error
        except ImportFileError as error:
            raise CommandError(str(error)) from error

        if report.ignored_columns:
            self.stderr.write(
                _("Colonnes ignorées : %(columns)s")
                % {"columns": ", ".join(report.ignored_columns)}
            )
        for line in report.issue_lines():
            self.stderr.write(line)
        summary = _(
            "%(created)s créée(s), %(updated)s mise(s) à jour, %(unchanged)s inchangée(s), "
            "%(rejected)s ligne(s) refusée(s)."
        ) % {
            "created": len(report.created),
            "updated": len(report.updated),
            "unchanged": len(report.unchanged),
            "rejected": report.rejected,
        }
        if dry_run:
            summary = _("Essai à blanc, rien n’est enregistré : %(summary)s") % {"summary": summary}
        self.stdout.write(summary)
        if strict and report.errors:
            raise CommandError(_("%(count)s ligne(s) refusée(s).") % {"count": report.rejected})

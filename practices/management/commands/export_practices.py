"""Export practice cards as CSV or JSON, in the format that import_practices reads."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from practices.practice_io import export_queryset, iter_export_states, write_csv, write_json


class Command(BaseCommand):
    help = _(
        "Exporte les fiches de bonnes pratiques en CSV ou JSON, dans le format que lit "
        "import_practices."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["csv", "json"], default="csv")
        parser.add_argument("--output", "-o", help=_("fichier à écrire (sinon la sortie standard)"))
        parser.add_argument(
            "--include-drafts",
            action="store_true",
            help=_("exporter aussi les fiches jamais publiées ou dépubliées"),
        )

    def handle(self, *args, format="csv", output=None, include_drafts=False, **options):
        states = iter_export_states(
            export_queryset(include_drafts=include_drafts), live_sources_only=not include_drafts
        )
        writer = write_csv if format == "csv" else write_json
        if output:
            # utf-8-sig: spreadsheets then read the accents right; the import accepts the BOM.
            encoding = "utf-8-sig" if format == "csv" else "utf-8"
            with open(output, "w", encoding=encoding, newline="") as stream:
                writer(stream, states)
        else:
            writer(_Unterminated(self.stdout), states)


class _Unterminated:
    """The command's stdout without the newline it adds to each write (rows bring their own)."""

    def __init__(self, out):
        self.out = out

    def write(self, text):
        self.out.write(text, ending="")

"""Export the places in the v1 standard's CSV columns, as JSON or as GeoJSON (streamed)."""

from django.core.management.base import BaseCommand
from django.http import QueryDict

from places.exporter import FORMATS, export_chunks
from places.filters import PlaceFilters
from places.models import Place


class Command(BaseCommand):
    help = "Exporte les acteurs au format du standard (CSV), en JSON ou en GeoJSON."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=FORMATS, default="csv")
        parser.add_argument(
            "--output", "-o", help="Fichier de sortie (par défaut : la sortie standard)."
        )
        parser.add_argument(
            "--filter",
            default="",
            help="Filtres de l’annuaire, comme dans l’URL : "
            "« departement=69&service=Aide aux démarches administratives ».",
        )

    def handle(self, *args, format, output=None, filter="", **options):
        places = PlaceFilters(QueryDict(filter)).apply(Place.objects.all())
        if output:
            with open(output, "w", encoding="utf-8", newline="") as handle:
                for chunk in export_chunks(places, format):
                    handle.write(chunk)
        else:
            for chunk in export_chunks(places, format):
                self.stdout.write(chunk, ending="")

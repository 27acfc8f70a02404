"""`manage.py import_communes`: the commune reference from the official yearly files."""

from django.core.management.base import BaseCommand, CommandError

from territories.importer import SHIPPED, CommuneFileError, import_reference


class Command(BaseCommand):
    help = (
        "Importe le référentiel des communes : liste des communes, grille de densité de l’Insee "
        "(xlsx ou CSV, colonne DENS7 ou DENS), zonage FRR, quartiers prioritaires (GeoJSON ou "
        "CSV avec les codes des communes), points. Sans fichier : les copies livrées dans "
        "territories/data/. Réimporter les mêmes fichiers ne change rien."
    )

    def add_arguments(self, parser):
        parser.add_argument("--communes", help="liste des communes (CSV)")
        parser.add_argument("--grille", dest="grid", help="grille de densité à 7 niveaux")
        parser.add_argument("--frr", help="liste des communes classées FRR")
        parser.add_argument("--qpv", help="quartiers prioritaires 2024 (GeoJSON ou CSV)")
        parser.add_argument("--points", help="un point par commune (code_insee, lat, lon)")
        parser.add_argument(
            "--dry-run", action="store_true", help="lit et vérifie, n’enregistre rien"
        )
        parser.add_argument(
            "--strict",
            action="store_true",
            help="termine en erreur s’il reste des codes non reconnus ou des lignes refusées",
        )

    def handle(self, *args, dry_run=False, strict=False, **options):
        files = {kind: options[kind] for kind in SHIPPED | {"qpv": None} if options.get(kind)}
        if not files:
            files = dict(SHIPPED)
        try:
            report = import_reference(files, dry_run=dry_run)
        except CommuneFileError as error:
            raise CommandError(f"Import refusé, rien n’a changé. {error}") from None
        self.stdout.write(report.text())
        self.stdout.write(f"Durée : {report.seconds:.1f} s")
        problems = report.unmatched_total + sum(len(p.invalid) for p in report.parts)
        if strict and problems:
            raise CommandError(f"{problems} code(s) non reconnu(s) ou ligne(s) refusée(s).")

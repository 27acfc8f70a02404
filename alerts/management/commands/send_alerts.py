"""Queue the digests of every due alert in the outbox (alerts/sending.py); run by cron."""

from django.core.management.base import BaseCommand

from alerts.sending import send_alerts


class Command(BaseCommand):
    help = (
        "Prépare les courriels des alertes de recherche dues (chaque jour, chaque semaine) et les "
        "dépose dans la file d’envoi. Sans risque à relancer : une page n’est jamais envoyée deux "
        "fois pour une même alerte."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args, batch_size, **options):
        report = send_alerts(batch_size=batch_size)
        self.stdout.write(
            f"Alertes dues : {report.due} ; recherches distinctes : {report.searches} ; "
            f"pages publiées depuis : {report.changed_pages} ; courriels déposés : "
            f"{report.digests} ({report.pages_sent} pages) ; alertes non confirmées effacées : "
            f"{report.purged}."
        )

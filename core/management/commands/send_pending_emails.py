"""Send the outbox's due e-mails (core/outbox.py): run it from cron every minute, or `--watch`."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand

from core.outbox import outbox_counts, send_pending


class Command(BaseCommand):
    help = (
        "Envoie les courriels en attente dans la file d’envoi (à lancer chaque minute, "
        "ou en continu avec --watch)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--max-attempts",
            type=int,
            default=None,
            help="Abandonne un courriel après ce nombre d’échecs (défaut : EMAIL_MAX_ATTEMPTS).",
        )
        parser.add_argument(
            "--watch",
            type=float,
            metavar="SECONDES",
            default=0,
            help="Ne s’arrête pas : relève la file toutes les SECONDES secondes (développement).",
        )

    def handle(self, *args, max_attempts=None, watch=0, **options):
        max_attempts = max_attempts or settings.EMAIL_MAX_ATTEMPTS
        while True:
            report = send_pending(max_attempts=max_attempts)
            if report.sent or report.failed or not watch:
                counts = outbox_counts(max_attempts)
                self.stdout.write(
                    f"Courriels envoyés : {report.sent} ; en échec : {report.failed} ; "
                    f"en attente : {counts['pending']} ; abandonnés : {counts['abandoned']}."
                )
                if report.failed:
                    self.stderr.write(self.style.WARNING("Des courriels restent en attente."))
            if not watch:
                return
            time.sleep(watch)

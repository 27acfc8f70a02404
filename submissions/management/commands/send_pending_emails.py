"""Send the submission emails that could not be sent (mail server down): run it from cron."""

from django.core.management.base import BaseCommand

from submissions.models import SubmissionEmail


class Command(BaseCommand):
    help = "Envoie les courriels des propositions restés en attente (à lancer régulièrement)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--max-attempts",
            type=int,
            default=20,
            help="Ne réessaie plus un courriel après ce nombre d’échecs (défaut : 20).",
        )

    def handle(self, *args, max_attempts=20, **options):
        pending = SubmissionEmail.objects.filter(
            sent_at__isnull=True, attempts__lt=max_attempts
        ).select_related("submission")
        sent = failed = 0
        for email in pending:
            if email.send():
                sent += 1
            else:
                failed += 1
        self.stdout.write(f"Courriels envoyés : {sent} ; en échec : {failed}.")
        if failed:
            self.stderr.write(self.style.WARNING("Des courriels restent en attente."))

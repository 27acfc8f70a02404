"""Apply the consultations' retention rules (consultations/retention.py); run daily by cron."""

from django.core.management.base import BaseCommand

from consultations.retention import purge


class Command(BaseCommand):
    help = (
        "Efface les données personnelles des consultations au-delà de leur durée de conservation."
    )

    def handle(self, *args, **options):
        counts = purge()
        self.stdout.write(
            "Contributions non confirmées effacées : {unconfirmed} ; soutiens non confirmés : "
            "{supports} ; adresses effacées : {addresses}.".format(**counts)
        )

"""Subscribers (an address, kept only while it follows a search), their alerts (a saved search,
a frequency) and what was sent for each alert (so a page is never sent twice for one alert)."""

from datetime import timedelta

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Frequency(models.TextChoices):
    DAILY = "daily", _("Chaque jour")
    WEEKLY = "weekly", _("Chaque semaine")


# How long after the last run an alert is due again: a little less than its period, so a cron
# job started at a fixed hour is never one run late because the previous run ended a minute after.
PERIODS = {
    Frequency.DAILY: timedelta(hours=23),
    Frequency.WEEKLY: timedelta(days=6, hours=23),
}


class Subscriber(models.Model):
    email = models.EmailField(_("adresse électronique"), max_length=254, unique=True)
    created_at = models.DateTimeField(_("créé le"), default=timezone.now)

    class Meta:
        verbose_name = _("abonné·e")
        verbose_name_plural = _("abonné·es")

    def __str__(self):
        return self.email


class Alert(models.Model):
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="alerts")
    # The search, as normalized URL parameters (alerts.searches.normalize): identical searches
    # have identical strings, so `send_alerts` runs each distinct search once.
    search = models.CharField(_("recherche"), max_length=1000, blank=True)
    lang = models.CharField(_("langue"), max_length=8, default="fr")
    site = models.ForeignKey(
        "wagtailcore.Site", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    frequency = models.CharField(
        _("fréquence"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    created_at = models.DateTimeField(_("créée le"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmée le"), null=True, blank=True)
    # The end of the window the last run looked at (the confirmation, at first): pages published
    # after it are news for the next run.
    last_run_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("alerte")
        verbose_name_plural = _("alertes")
        constraints = [
            models.UniqueConstraint(
                fields=["subscriber", "search", "lang"], name="alerts_one_alert_per_search"
            )
        ]
        indexes = [models.Index(fields=["confirmed_at", "last_run_at"], name="alerts_due")]

    def __str__(self):
        return f"{self.subscriber_id}: {self.search}"

    def is_due(self, now) -> bool:
        return bool(self.confirmed_at) and self.last_run_at <= now - PERIODS[self.frequency]


class Delivery(models.Model):
    """One page sent in one alert's digest: written in the transaction that queues the e-mail."""

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="deliveries")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["alert", "page"], name="alerts_page_once_per_alert")
        ]
        indexes = [models.Index(fields=["page", "alert"], name="alerts_delivery_page")]

    def __str__(self):
        return f"{self.alert_id}: {self.page_id}"


@transaction.atomic
def delete_alerts(alerts) -> int:
    """Delete alerts, then every address left without one (personal data: an address is kept
    only while it follows a search)."""
    subscriber_ids = set(alerts.values_list("subscriber_id", flat=True))
    count = alerts.count()
    Alert.objects.filter(pk__in=alerts.values("pk")).delete()
    Subscriber.objects.filter(pk__in=subscriber_ids, alerts__isnull=True).delete()
    return count

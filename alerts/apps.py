from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    """Follow a search: RSS and Atom feeds of any search URL, and e-mail alerts (double opt-in,
    digests sent by `send_alerts` through the outbox, one-click unsubscribe). It sits above
    search, whose service runs every saved search; nothing imports it but the URL wiring (the
    search page includes its template)."""

    name = "alerts"
    verbose_name = _("Alertes et flux")
    default_auto_field = "django.db.models.BigAutoField"

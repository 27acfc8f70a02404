from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    """Public consultations on draft orientations: contributions, supports, moderation,
    synthesis. Nothing imports this app except the URL wiring (and templates load its tags)."""

    name = "consultations"
    verbose_name = _("Consultations publiques")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from consultations.notify import announce_synthesis

        page_published.connect(announce_synthesis, dispatch_uid="consultation-synthesis")

    def setup_site(self, command):
        """Called by `manage.py setup_site`: the consultations index and the moderation
        charter (fr, en)."""
        from consultations.structure import build

        build(command)

    def load_demo(self, command):
        """Called by `manage.py load_demo`: one open consultation with contributions."""
        from consultations.demo import load

        load(command)

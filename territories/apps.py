from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TerritoriesConfig(AppConfig):
    name = "territories"
    verbose_name = _("Territoires")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from practices.signals import locate_practice
        from territories.derive import answer_practice_location

        locate_practice.connect(answer_practice_location, dispatch_uid="territories.derive")

    def setup_site(self, command):
        """Called by `manage.py setup_site`: the "Mon territoire" page (fr, en) and the commune
        reference (reference data, not demo)."""
        from territories.structure import build

        build(command)

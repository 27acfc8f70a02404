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

    def load_demo(self, command):
        from territories.demo import load

        load(command)

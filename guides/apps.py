from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidesConfig(AppConfig):
    name = "guides"
    verbose_name = _("Orientations et guides")
    default_auto_field = "django.db.models.BigAutoField"

    def load_demo(self, command):
        from guides.demo import load

        load(command)

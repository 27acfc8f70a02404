from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlacesConfig(AppConfig):
    name = "places"
    verbose_name = _("Lieux de médiation numérique")
    default_auto_field = "django.db.models.BigAutoField"

    def load_demo(self, command):
        from places.demo import load

        load(command)

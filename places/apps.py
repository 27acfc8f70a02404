from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlacesConfig(AppConfig):
    name = "places"
    verbose_name = _("Lieux de médiation numérique")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.page_cache import purge_when_changed

        # The directory, the map and the place pages show them (imports purge once at the end).
        purge_when_changed("places.Place")

    def load_demo(self, command):
        from places.demo import load

        load(command)

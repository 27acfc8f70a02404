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

    def setup_site(self, command):
        """Called by `manage.py setup_site`: the places directory (fr, en)."""
        from places.structure import build

        build(command)

    def load_demo(self, command):
        """Called by `manage.py load_demo`: the 687 places of places/data/."""
        from places.demo.loader import load

        load(command)

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Accueil et pages du site")
    default_auto_field = "django.db.models.BigAutoField"

    def setup_site(self, command):
        """Called by `manage.py setup_site`: the home page, the default site and the footer
        pages, in fr and en."""
        from home.structure import build

        build(command)

    def load_demo(self, command):
        """Called by `manage.py load_demo`: the home pages' entry points."""
        from home.demo.loader import load

        load(command)

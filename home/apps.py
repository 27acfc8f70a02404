from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Accueil et pages du site")
    default_auto_field = "django.db.models.BigAutoField"

    def load_demo(self, command):
        """Called by `manage.py setup_site`: the home page and the footer pages, in fr and en."""
        from home.demo import load

        load(command)

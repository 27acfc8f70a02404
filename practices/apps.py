from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Bonnes pratiques")
    default_auto_field = "django.db.models.BigAutoField"

    def setup_site(self, command):
        """Called by `manage.py setup_site`: the practices index (fr, en) and the contributors'
        workspace."""
        from practices.structure import build

        build(command)

    def load_demo(self, command):
        """Called by `manage.py load_demo`: the practice cards of practices/demo/cards.json."""
        from practices.demo.loader import load

        load(command)

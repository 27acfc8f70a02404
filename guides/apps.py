from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidesConfig(AppConfig):
    name = "guides"
    verbose_name = _("Orientations et guides")
    default_auto_field = "django.db.models.BigAutoField"

    def setup_site(self, command):
        """Called by `manage.py setup_site`: the orientations and guides indexes (fr, en)."""
        from guides.structure import build

        build(command)

    def load_demo(self, command):
        """Called by `manage.py load_demo`: the orientations and guides of guides/demo/*.json."""
        from guides.demo.loader import load

        load(command)

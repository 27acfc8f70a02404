from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Recherche")

    def ready(self):
        from . import signals
        from .filters import register
        from .territory import LikeCommuneFilter

        signals.connect()
        register(LikeCommuneFilter())

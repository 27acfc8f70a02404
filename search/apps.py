from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Recherche")

    def ready(self):
        from core.page_cache import purge_when_changed

        from . import signals
        from .filters import register
        from .territory import LikeCommuneFilter

        signals.connect()
        register(LikeCommuneFilter())
        # Searches read the synonyms and the promoted results once per content generation: a
        # change starts a new one (and cached pages of results are served afresh).
        purge_when_changed("search.SynonymGroup", "wagtailsearchpromotions.SearchPromotion")

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The shared base: vocabularies, page bases and blocks, page cache, geography, text helpers,
    editorial roles. It imports no domain app. Its label stays "hub" (its first name), so the
    tables and migrations of existing databases are kept as they are."""

    name = "core"
    label = "hub"
    verbose_name = _("Socle commun")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core import checks  # noqa: F401 - registers the vocabulary checks
        from core.page_cache import connect_signals

        connect_signals()

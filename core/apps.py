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
        from django.conf import settings
        from django.db.backends.signals import connection_created
        from PIL import Image

        from core import (
            checks,  # noqa: F401 - registers the vocabulary checks
            localize_dates,
            sqlite_statistics,
            translation_catalogs,
        )
        from core.admin_forms import register_vocabulary_fields
        from core.page_cache import connect_signals

        connect_signals()
        register_vocabulary_fields()
        localize_dates.install()
        translation_catalogs.install()
        connection_created.connect(sqlite_statistics.on_connection_created)
        # Pillow refuses, when it opens a file (from the header, before decoding), an image of
        # more than twice this many pixels. Wagtail decodes an upload to read its size, so its
        # own WAGTAILIMAGES_MAX_IMAGE_PIXELS check would come after the memory is spent: this
        # stops every image over MAX_IMAGE_PIXELS first (uploads, renditions, the public form).
        Image.MAX_IMAGE_PIXELS = settings.MAX_IMAGE_PIXELS // 2

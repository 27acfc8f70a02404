"""Keep the engine documents' vocabulary fields in step with the pages' tags.

A page's tags are rows of the vocabularies' through models, which modelcluster writes *after* the
page row (and after the page's own post_save, which re-indexes it): without this, an engine
document would carry the tags of the previous save. The database backends read the through
tables directly and need nothing.
"""

from django.db.models.signals import post_delete, post_save
from modelsearch.index import insert_or_update_object

from core.vocabularies import vocabularies

from .backends import search_backend
from .engine import is_engine


def _reindex_page(sender, instance, **kwargs):
    if kwargs.get("raw") or not is_engine(search_backend()):
        return
    page_id = getattr(instance, "content_object_id", None)
    if page_id is None:
        return
    from wagtail.models import Page

    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        insert_or_update_object(page.specific)


def connect() -> None:
    for vocabulary in vocabularies():
        through = vocabulary.through
        post_save.connect(_reindex_page, sender=through, dispatch_uid=f"search-tags-{through}")
        post_delete.connect(_reindex_page, sender=through, dispatch_uid=f"search-tags-d-{through}")

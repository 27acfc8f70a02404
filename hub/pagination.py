"""Listing helpers: pagination that never fails on visitor input, related pages in few queries."""

from django.core.paginator import Paginator


def paginate(request, object_list, per_page=12):
    paginator = Paginator(object_list, per_page)
    return paginator.get_page(request.GET.get("page"))


def live_specific_pages(pages_ids, request=None):
    """The live, public pages among `pages_ids`, specific, in the given order: a fixed number
    of queries whatever the number of pages (one per page type)."""
    from wagtail.models import Page

    ids = [pk for pk in pages_ids if pk]
    if not ids:
        return []
    found = {p.pk: p for p in Page.objects.filter(pk__in=ids).live().public().specific()}
    return [found[pk] for pk in ids if pk in found]

"""Listing helpers: pagination that never fails on visitor input, related pages in few queries."""

from django.core.paginator import Paginator


def paginate(request, object_list, per_page=12, count_key=None):
    """A page of `object_list`; `page.elided_range` lists the page numbers to show (with
    `Paginator.ELLIPSIS` gaps). With `count_key`, the total is counted once per content
    generation instead of on every request (a COUNT over thousands of cards)."""
    paginator = Paginator(object_list, per_page)
    if count_key:
        from core.page_cache import cached_fragment

        # Paginator.count is a cached property: setting it spares the COUNT query.
        paginator.__dict__["count"] = cached_fragment(count_key, object_list.count)
    page = paginator.get_page(request.GET.get("page"))
    page.elided_range = list(
        paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
    )
    return page


def live_specific_pages(pages_ids):
    """The live, public pages among `pages_ids`, specific, in the given order: a fixed number
    of queries whatever the number of pages (one per page type)."""
    from wagtail.models import Page

    ids = [pk for pk in pages_ids if pk]
    if not ids:
        return []
    found = {p.pk: p for p in Page.objects.filter(pk__in=ids).live().public().specific()}
    return [found[pk] for pk in ids if pk in found]

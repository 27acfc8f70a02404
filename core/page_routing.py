"""Which page answers a request: Wagtail's routing, done once per site, language, path and content
generation; the page itself is then read with one query.

Wagtail routes a URL from the site's root (the active locale, then per level of the URL the child
page and its specific row): five queries and about 10 ms of CPU for a page two levels down, more
than the rest of a consultation page (bench/consultation_bench.py). Which page a path leads to
changes only when pages are published, unpublished, moved or deleted, or a site or locale changes:
each of those starts a new content generation (core.page_cache).
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve

from core.page_cache import cached_fragment

# A route stored as () is not kept: a 404, or a page that routes on (RoutablePageMixin views
# carry the view to call in the route, which a cache cannot hold).
NOT_KEPT = ()


def _route(request, path) -> tuple:
    result = Page.route_for_request(request, path)  # kept on the request: serve() reuses it
    if result is None or result.args or result.kwargs:
        return NOT_KEPT
    return (result.page.content_type_id, result.page.pk)


def _guarded_paths() -> tuple[str, ...]:
    """Tree paths under which Wagtail's view-restriction check must run as it is: pages with a
    restriction (private, password, groups) and aliases (which take their source's)."""
    restricted = PageViewRestriction.objects.values_list("page__path", flat=True)
    aliases = Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)
    return tuple(restricted) + tuple(aliases)


def _no_restrictions():
    return PageViewRestriction.objects.none()


class PageRouteMiddleware:
    """Sets `request._wagtail_route_for_request`, which Wagtail's `serve` reads before routing,
    for the pages of Wagtail's catch-all URL. A page with neither a restriction nor an alias
    above it also skips the two queries of Wagtail's restriction check (restrictions purge the
    generation too). After the site lookup, which it uses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if (
            view_func is not serve
            or not settings.FRAGMENT_CACHE
            or hasattr(request, "_wagtail_route_for_request")
        ):
            return None
        site = Site.find_for_request(request)
        if site is None:
            return None
        # Wagtail's URL pattern passes the path positionally: serve(request, path).
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        key = f"route:{site.pk}:{get_language()}:{path}"
        route = cached_fragment(key, lambda: _route(request, path))
        if route == NOT_KEPT or hasattr(request, "_wagtail_route_for_request"):
            return None  # not kept, or just routed by Wagtail for the cache
        content_type_id, page_id = route
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            return None  # a page type removed from the code: Wagtail's routing handles it
        try:
            page = model._default_manager.get(pk=page_id, live=True)
        except model.DoesNotExist:
            return None  # gone since: Wagtail routes, and answers 404
        if not page.path.startswith(cached_fragment("route:guarded-paths", _guarded_paths)):
            page.get_view_restrictions = _no_restrictions
        request._wagtail_route_for_request = RouteResult(page)
        return None

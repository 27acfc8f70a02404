"""Which Wagtail site answers a request: Wagtail's own lookup (a query with the site's root page),
done once per host and content generation instead of on every request."""

from django.conf import settings
from wagtail.models import Site

from core.page_cache import cached_fragment


class SiteLookupMiddleware:
    """Sets `request._wagtail_site`, which `Site.find_for_request` reads before querying. Saving
    a site or publishing a page starts a new content generation (core.page_cache), so a changed
    site or root page is read again. After CommonMiddleware: the host is an allowed one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.FRAGMENT_CACHE and not hasattr(request, "_wagtail_site"):
            key = f"site:{request.get_host()}:{request.get_port()}"
            site = cached_fragment(key, lambda: Site._find_for_request(request))
            if site is not None:
                request._wagtail_site = site
        return self.get_response(request)

"""A page's URL as `page.get_url(request)` gives it, for lists of pages (search results).

Wagtail reverses its catch-all route once per page, inside `translation.override()` of the
page's language (activating a language, reversing, activating the previous one back): about
0.13 ms a page, a tenth of a search page's time for its ten cards. The route's prefix for a
language does not depend on the page: reversed once per language and script prefix here, the
page's path below its site root is quoted the way `reverse()` quotes it.

Only the common case takes this path: a page type that does not route its own URLs, one site
holding the page, a path Wagtail's route accepts, slashes appended (Wagtail's default). Anything
else goes through `page.get_url(request)` itself. tests/test_page_urls.py compares both."""

import functools
import re
from urllib.parse import quote

from django.urls import get_script_prefix, reverse
from django.utils import translation
from wagtail.coreutils import WAGTAIL_APPEND_SLASH, get_supported_content_language_variant
from wagtail.models import Page, Site

_SERVED = re.compile(r"(?:[\w\-]+/)*")  # wagtail.urls' serve pattern (WAGTAIL_APPEND_SLASH)
_SAFE = "!$&'()*+,;=" + "/~:@"  # what django.urls.reverse leaves unquoted


@functools.lru_cache(maxsize=64)
def _prefix(language_code: str, _script_prefix: str) -> str:
    with translation.override(language_code):
        return reverse("wagtail_serve", args=("",))


def _routes_itself(model) -> bool:
    return model.get_url_parts is not Page.get_url_parts or model.get_url is not Page.get_url


def page_url(page: Page, request=None) -> str | None:
    """`page.get_url(request)`: the local URL on its site, the full URL from another site."""
    if not WAGTAIL_APPEND_SLASH or _routes_itself(type(page)):
        return page.get_url(request=request)
    root_paths = page._get_site_root_paths(request)
    possible = [root for root in root_paths if page.url_path.startswith(root.root_path)]
    if len({root.site_id for root in possible}) != 1:  # no site, or several: Wagtail decides
        return page.get_url(request=request)
    site_id, root_path, root_url, language_code = possible[0]
    tail = page.url_path[len(root_path) :]
    if not _SERVED.fullmatch(tail):
        return page.get_url(request=request)
    active = translation.get_language()
    try:
        if get_supported_content_language_variant(active) == language_code:
            language_code = active
    except LookupError:
        pass
    path = _prefix(language_code, get_script_prefix()) + quote(tail, safe=_SAFE)
    current = Site.find_for_request(request) if request is not None else None
    if (current is not None and current.id == site_id) or len(
        {root.site_id for root in root_paths}
    ) == 1:
        return path
    return root_url + path

"""Template context shared by every page: navigation and footer links of the current language."""

from django.conf import settings
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from wagtail.models import Locale, Site

from core.page_cache import cached_fragment, current_generation


def hub(request):
    """Read when a template uses them, not on every render: the admin's screens (which run the
    same context processors) never read the site's menus, and reading them there cost a cache
    read and, per generation, a query."""
    cacheable = settings.FRAGMENT_CACHE and not getattr(request, "is_preview", False)
    return {
        "main_menu": SimpleLazyObject(lambda: _navigation(request)[0]),
        "footer_links": SimpleLazyObject(lambda: _navigation(request)[1]),
        "locale_home": SimpleLazyObject(lambda: _navigation(request)[2]),
        # For {% cache fragment_timeout name ... fragment_generation %}: 0 never stores.
        "fragment_timeout": 3600 if cacheable else 0,
        "fragment_generation": SimpleLazyObject(current_generation) if cacheable else 0,
    }


def _navigation(request):
    """Children of the home page in the visitor's language: pages marked "show in menus" form
    the main menu, the site's plain pages (legal notice, accessibility, site map) the footer.
    Computed once per site, language and content generation."""
    cached = getattr(request, "_hub_navigation", None)
    if cached is not None:
        return cached
    site = Site.find_for_request(request)
    key = f"nav:{site.pk if site else 0}:{get_language()}"
    request._hub_navigation = cached_fragment(key, lambda: _build_navigation(site))
    return request._hub_navigation


def _build_navigation(site):
    menu, footer, home = [], [], None
    if site is not None:
        home = site.root_page
        try:
            locale = Locale.get_active()
            if home.locale_id != locale.pk:
                home = home.get_translation_or_none(locale) or home
        except Locale.DoesNotExist:
            pass
        children = (
            home.get_children()
            .live()
            .public()
            .only("title", "url_path", "depth", "path", "show_in_menus", "content_type_id")
            .select_related("content_type")
        )
        for child in children:
            if child.show_in_menus:
                menu.append(child)
            elif child.content_type.app_label == "home":
                footer.append(child)
    return menu, footer, home

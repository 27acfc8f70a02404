"""Template context shared by every page: navigation and footer links of the current language."""

from wagtail.models import Locale, Site


def hub(request):
    menu, footer, home = _navigation(request)
    return {"main_menu": menu, "footer_links": footer, "locale_home": home}


def _navigation(request):
    """Children of the home page in the visitor's language, in one query, cached on the request:
    pages marked "show in menus" form the main menu, the site's plain pages (legal notice,
    accessibility, site map) the footer."""
    cached = getattr(request, "_hub_navigation", None)
    if cached is not None:
        return cached
    menu, footer, home = [], [], None
    site = Site.find_for_request(request)
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
    request._hub_navigation = (menu, footer, home)
    return request._hub_navigation

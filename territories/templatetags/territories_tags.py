"""{% commune_picker %}: the commune picker form, for pages outside the territory section (the
home page), leading to "Mon territoire" in the current language."""

from django import template

from territories.models import TerritoryIndexPage

register = template.Library()


@register.inclusion_tag("territories/picker_entry.html", takes_context=True)
def commune_picker(context):
    request = context.get("request")
    page = context.get("page")
    locale_id = getattr(page, "locale_id", None)
    target = TerritoryIndexPage.objects.live().filter(locale_id=locale_id).first()
    if target is None:
        return {"target": None}
    return {
        "target": target,
        "picker_url": target.get_url(request),
        "autocomplete_url": target.get_url(request) + target.reverse_subpage("autocomplete"),
        "request": request,
        "query": "",
        "results": [],
        "searched": False,
    }


@register.simple_tag(takes_context=True)
def territory_picker_url(context) -> str:
    """The URL of "Mon territoire" in the active language ("" when the page does not exist)."""
    from django.utils.translation import get_language
    from wagtail.models import Site

    from core.page_cache import cached_fragment

    request = context.get("request")
    language = (get_language() or "fr").split("-")[0]
    site = Site.find_for_request(request) if request is not None else None

    def url() -> str:
        target = TerritoryIndexPage.objects.live().filter(locale__language_code=language).first()
        return (target.get_url(request) or "") if target else ""

    # Every search page shows it: kept per content generation, like the menus.
    return cached_fragment(f"territory-picker-url:{language}:{getattr(site, 'pk', '')}", url)

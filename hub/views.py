"""Site-wide views: the root redirect, the "not translated yet" notice, robots.txt and the
multilingual XML sitemap."""

from django.conf import settings
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site


@require_safe
def root_redirect(request):
    """`/` always opens the French site: French is the source language of the hub."""
    return HttpResponseRedirect(f"/{settings.LANGUAGE_CODE}/")


@require_safe
def not_translated(request):
    """Where the language switcher leads from a page that has no translation in this language:
    says so, and links to the original page and to this language's home page."""
    try:
        pk = int(request.GET.get("page", ""))
    except ValueError:
        pk = None
    original = Page.objects.live().public().filter(pk=pk).select_related("locale").first()
    site = Site.find_for_request(request)
    language = translation.get_language()
    home = None
    if site is not None:
        home = (
            site.root_page.get_translations(inclusive=True)
            .live()
            .filter(locale__language_code=language)
            .first()
        )
    response = render(
        request,
        "hub/not_translated.html",
        {
            "original": original.specific if original else None,
            "original_language": original.locale.language_code if original else "",
            "home_url": home.get_url(request) if home else f"/{language}/",
        },
    )
    return response


@require_safe
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /fr/recherche/",
        "Disallow: /en/search/",
        "Disallow: /fr/proposer-une-pratique/suivi/",
        "Disallow: /en/submit-a-practice/status/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap lists only the default locale's tree; this one lists every language."""

    def items(self):
        site = self.get_wagtail_site()
        trees = site.root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for root in trees:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()


def sitemap(request):
    return django_sitemap(request, sitemaps={"wagtail": MultilingualSitemap(request)})

"""Site-wide views: the root redirect, robots.txt and the multilingual XML sitemap."""

from django.conf import settings
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import HttpResponse, HttpResponseRedirect
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


@require_safe
def root_redirect(request):
    """`/` always opens the French site: French is the source language of the hub."""
    return HttpResponseRedirect(f"/{settings.LANGUAGE_CODE}/")


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

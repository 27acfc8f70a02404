from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from hub import views

urlpatterns = [
    # Places left the practices app (issue 11): editors' bookmarks of the old admin URLs still work.
    re_path(
        r"^admin/snippets/(?P<chooser>(?:choose/)?)practices/actor/(?P<rest>.*)$",
        RedirectView.as_view(
            url="/admin/snippets/%(chooser)splaces/place/%(rest)s",
            query_string=True,
            permanent=True,
        ),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("api/search/", include("search.api_urls")),
    path("", views.root_redirect, name="root"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path(_("proposer-une-pratique/"), include("submissions.urls")),
    path(_("recherche/"), include("search.urls")),
    path(_("participer/"), include("consultations.urls")),
    path(_("pas-encore-traduit/"), views.not_translated, name="not_translated"),
    path(_("suivre/"), include("alerts.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

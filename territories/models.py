"""Models of the territories app: the commune reference (territories.communes) and the
territory pages: commune picker, one page per commune and per department."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page

from territories.communes import Commune, ReferenceImport

__all__ = ["Commune", "ReferenceImport", "TerritoryIndexPage"]


class TerritoryIndexPage(RoutablePageMixin, Page):
    """ "Mon territoire": the commune picker, a page per commune and one per department."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "territories/picker_page.html"

    class Meta:
        verbose_name = _("page « mon territoire »")

    @path("")
    def picker(self, request):
        from territories import views

        return views.picker(self, request)

    @path("communes/", name="autocomplete")
    def autocomplete(self, request):
        from territories import views

        return views.autocomplete(self, request)

    @re_path(r"^(?P<code>[0-9][0-9AB][0-9]{3})-(?P<slug>[-a-z0-9]*)/$", name="commune")
    def commune(self, request, code, slug):
        from territories import views

        return views.commune(self, request, code, slug)

    @re_path(r"^(?P<code>[0-9][0-9AB][0-9]{3})/$", name="commune_code")
    def commune_code(self, request, code):
        from territories import views

        return views.commune(self, request, code, None)

    @re_path(r"^(?:departement|department)-(?P<code>[0-9][0-9AB][0-9]?)/$", name="department")
    def department(self, request, code):
        from territories import views

        return views.department(self, request, code)

    def commune_url(self, commune, request=None) -> str:
        return self.get_url(request) + commune.path_segment + "/"

    def department_url(self, code, request=None) -> str:
        from core.page_cache import cached_fragment

        # The locale is not loaded with the routed page: its code, once per content generation.
        language = cached_fragment(
            f"territories:locale:{self.locale_id}", lambda: self.locale.language_code
        )
        word = "department" if language == "en" else "departement"
        return f"{self.get_url(request)}{word}-{code}/"

"""Admin of the places app: places as a snippet with filters and search, their import and exports,
and the place chooser that practice cards use."""

import django_filters
from django import forms
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_import import ListingExportMixin
from core.geo import DEPARTMENT_CHOICES
from core.text import fold
from places import standard
from places.admin_import import PlaceImportView, can_import, export_response
from places.models import Place


class PlaceSearchForm(BaseFilterForm):
    """Chooser search on the folded name, commune and postal code (the chooser's default search
    needs the site search index, which places stay out of)."""

    q = forms.CharField(
        label=_("Rechercher"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Nom, commune ou code postal")}),
    )

    def filter(self, objects):
        query = self.cleaned_data.get("q")
        if query:
            for term in fold(query).split()[:10]:
                objects = objects.filter(search_text__contains=term)
            self.is_searching = True
            self.search_query = query
        return objects


class PlaceChooseView(ChooseView):
    filter_form_class = PlaceSearchForm


class PlaceChooseResultsView(ChooseResultsView):
    filter_form_class = PlaceSearchForm


class PlaceChooserViewSet(SnippetChooserViewSet):
    choose_view_class = PlaceChooseView
    choose_results_view_class = PlaceChooseResultsView


class PlaceFilterSet(WagtailFilterSet):
    department = django_filters.ChoiceFilter(label=_("département"), choices=DEPARTMENT_CHOICES)
    programme = django_filters.ChoiceFilter(
        label=_("dispositif national"),
        method="filter_facet",
        choices=[(v, v) for v in standard.field_vocabulary("programmes")],
    )
    source = django_filters.CharFilter(label=_("source"), lookup_expr="iexact")

    class Meta:
        model = Place
        fields = ["department", "source"]

    def filter_facet(self, queryset, name, value):
        return queryset.filter(facets__contains=f"|prg:{value}|")


class PlaceIndexView(ListingExportMixin, SnippetViewSet.index_view_class):
    """The places listing, with import and exports of the listed places (filters and search
    kept): CSV in the national standard's columns, JSON, GeoJSON."""

    export_formats = {
        "csv": _("Exporter ces lieux (CSV du standard)"),
        "json": _("Exporter ces lieux (JSON)"),
        "geojson": _("Exporter ces lieux (GeoJSON)"),
    }

    import_url_name = "places_import"
    import_label = _("Importer des lieux")

    def can_import(self, user):
        return can_import(user)

    def export_response(self, listed, fmt):
        return export_response(listed, fmt)


class PlaceViewSet(SnippetViewSet):
    model = Place
    icon = "site"
    menu_label = _("Acteurs")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "commune", "department", "source", "updated_on"]
    list_per_page = 50
    filterset_class = PlaceFilterSet
    # Plain database search on a few columns: places are not in the site's search index, so a
    # 20,000-row import does not wait for indexing.
    search_fields = ["name", "commune", "postal_code", "source_id"]
    search_backend_name = None
    ordering = ["name"]
    chooser_viewset_class = PlaceChooserViewSet
    index_view_class = PlaceIndexView


register_snippet(PlaceViewSet)


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("places/import/", PlaceImportView.as_view(), name="places_import")]

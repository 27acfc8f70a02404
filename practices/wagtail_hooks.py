"""Admin of the practices app: the practice cards listing filtered by vocabulary and status,
mediation actors as a snippet with filters and search, and the actor chooser of practice cards."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from hub.admin_listings import TaggedPageFilterSet, tagged_page_listing
from hub.geo import DEPARTMENT_CHOICES
from practices import places_standard as standard
from practices.actors import Actor, fold
from practices.models import BudgetRange, PracticePage, PracticeStatus
from practices.submission_admin import submission_viewset


class ActorSearchForm(BaseFilterForm):
    """Chooser search on the folded name, commune and postal code (the chooser's default search
    needs the site search index, which actors stay out of)."""

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


class ActorChooseView(ChooseView):
    filter_form_class = ActorSearchForm


class ActorChooseResultsView(ChooseResultsView):
    filter_form_class = ActorSearchForm


class ActorChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ActorChooseView
    choose_results_view_class = ActorChooseResultsView


class ActorFilterSet(WagtailFilterSet):
    department = django_filters.ChoiceFilter(label=_("département"), choices=DEPARTMENT_CHOICES)
    programme = django_filters.ChoiceFilter(
        label=_("dispositif national"),
        method="filter_facet",
        choices=[(v, v) for v in standard.field_vocabulary("programmes")],
    )
    source = django_filters.CharFilter(label=_("source"), lookup_expr="iexact")

    class Meta:
        model = Actor
        fields = ["department", "source"]

    def filter_facet(self, queryset, name, value):
        return queryset.filter(facets__contains=f"|prg:{value}|")


class ActorViewSet(SnippetViewSet):
    model = Actor
    icon = "site"
    menu_label = _("Acteurs")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "commune", "department", "source", "updated_on"]
    list_per_page = 50
    filterset_class = ActorFilterSet
    # Plain database search on a few columns: actors are not in the site's search index, so a
    # 20,000-row import does not wait for indexing.
    search_fields = ["name", "commune", "postal_code", "source_id"]
    search_backend_name = None
    ordering = ["name"]
    chooser_viewset_class = ActorChooserViewSet


register_snippet(ActorViewSet)


class PracticeFilterSet(TaggedPageFilterSet):
    practice_status = django_filters.ChoiceFilter(
        label=_("État de l’action"), field_name="status", choices=PracticeStatus.choices
    )
    budget_range = django_filters.ChoiceFilter(label=_("Budget"), choices=BudgetRange.choices)


@hooks.register("register_admin_viewset")
def register_practice_listing():
    return tagged_page_listing(
        PracticePage,
        "clipboard-list",
        "practice_cards",
        _("Fiches pratiques"),
        filterset=PracticeFilterSet,
        order=130,
    )


@hooks.register("register_admin_viewset")
def register_submission_viewset():
    return submission_viewset

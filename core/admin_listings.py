"""Admin listings of tagged pages, filterable by every registered vocabulary and by status."""

import django_filters
from django_filters.fields import ModelMultipleChoiceField
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet

from core.admin_forms import TermCheckboxes, term_label
from core.admin_pages import HubListingIndexView
from core.models import page_vocabularies
from core.vocabularies import vocabularies


class VocabularyFilterField(ModelMultipleChoiceField):
    """A vocabulary's terms as checkboxes with both labels, like the page editor's
    (core.admin_forms); still posted by primary key, so links to filtered listings keep working."""

    widget = TermCheckboxes

    def label_from_instance(self, obj):
        return term_label(obj)


class VocabularyFilter(django_filters.ModelMultipleChoiceFilter):
    field_class = VocabularyFilterField


class PageTermFilter(VocabularyFilter):
    """Pages with any of the chosen terms, as one `id IN (their term rows)` condition: a join
    would repeat a page per matching term and make the listing count its rows through a
    DISTINCT over every column and annotation (370 ms at 10,000 cards on SQLite)."""

    def __init__(self, *args, vocabulary=None, **kwargs):
        self.vocabulary = vocabulary
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        rows = self.vocabulary.through.objects.filter(tag__in=value).values("content_object_id")
        return qs.filter(pk__in=rows)


def vocabulary_filters(field_name=None, method=None, carried=vocabularies) -> dict:
    """One multiple-choice filter per vocabulary, named by its param (?theme=…), its terms
    read when the listing is shown. `field_name(v)` gives the lookup to the terms (pages:
    their through rows); or `method(v)` a filter method, for models that store terms
    otherwise. `carried` lists the vocabularies to filter by."""
    filters = {}
    for v in carried():
        if field_name:
            kind, options = PageTermFilter, {"field_name": field_name(v), "vocabulary": v}
        else:
            kind, options = VocabularyFilter, {"method": method(v), "distinct": True}
        filters[v.param] = kind(
            label=v.label, queryset=lambda request, v=v: v.tag.objects.all(), **options
        )
    return filters


TaggedPageFilterSet = type(
    "TaggedPageFilterSet",
    (PageFilterSet,),
    vocabulary_filters(field_name=lambda v: f"{v.items}__tag", carried=page_vocabularies),
)


def tagged_page_listing(
    page_model, icon, name, menu_label, filterset=TaggedPageFilterSet, order=100
):
    """A flat admin listing of one page type with the vocabulary filters."""
    filterset_class = type(
        f"{page_model.__name__}FilterSet",
        (filterset,),
        {"Meta": type("Meta", (filterset.Meta,), {"model": page_model})},
    )
    viewset_class = type(
        f"{page_model.__name__}ListingViewSet",
        (PageListingViewSet,),
        {
            "model": page_model,
            "icon": icon,
            "menu_label": menu_label,
            "add_to_admin_menu": True,
            "menu_order": order,
            "filterset_class": filterset_class,
            "index_view_class": HubListingIndexView,  # fast search, flat query count
        },
    )
    return viewset_class(name)

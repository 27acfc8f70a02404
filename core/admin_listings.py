"""Admin listings of tagged pages, filterable by theme, territory type, audience and status."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet

from core.models import Audience, TerritoryType, Theme


class TaggedPageFilterSet(PageFilterSet):
    theme = django_filters.ModelMultipleChoiceFilter(
        label=_("Thématique"),
        queryset=Theme.objects.all(),
        field_name="theme_items__tag",
        distinct=True,
    )
    territory = django_filters.ModelMultipleChoiceFilter(
        label=_("Type de territoire"),
        queryset=TerritoryType.objects.all(),
        field_name="territory_items__tag",
        distinct=True,
    )
    audience = django_filters.ModelMultipleChoiceFilter(
        label=_("Public"),
        queryset=Audience.objects.all(),
        field_name="audience_items__tag",
        distinct=True,
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
        },
    )
    return viewset_class(name)

"""Admin of the practices app: the practice cards listing filtered by vocabulary and status."""

import django_filters
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.admin_import import ListingExportMixin
from core.admin_listings import TaggedPageFilterSet, tagged_page_listing
from practices.admin_import import CardImportView, can_import, export_response
from practices.models import BudgetRange, PracticePage, PracticeStatus


class PracticeFilterSet(TaggedPageFilterSet):
    practice_status = django_filters.ChoiceFilter(
        label=_("État de l’action"), field_name="status", choices=PracticeStatus.choices
    )
    budget_range = django_filters.ChoiceFilter(label=_("Budget"), choices=BudgetRange.choices)


LISTING = tagged_page_listing(
    PracticePage,
    "clipboard-list",
    "practice_cards",
    _("Fiches pratiques"),
    filterset=PracticeFilterSet,
    order=130,
)


class CardIndexView(ListingExportMixin, LISTING.index_view_class):
    """The cards listing, with import and exports (of the listed cards: its filters kept)."""

    export_formats = {
        "csv": _("Exporter ces fiches (CSV)"),
        "json": _("Exporter ces fiches (JSON)"),
    }

    import_url_name = "practice_cards_import"
    import_label = _("Importer des fiches")

    def can_export(self, user):
        return can_import(user)

    def can_import(self, user):
        return can_import(user)

    def export_response(self, listed, fmt):
        return export_response(listed, fmt)


LISTING.index_view_class = CardIndexView


@hooks.register("register_admin_viewset")
def register_practice_listing():
    return LISTING


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("practice_cards/import/", CardImportView.as_view(), name="practice_cards_import")]

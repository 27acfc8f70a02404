"""Admin of the practices app: the practice cards listing filtered by vocabulary and status."""

import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from core.admin_listings import TaggedPageFilterSet, tagged_page_listing
from practices.admin_import import can_import, export_cards, import_cards
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


class CardIndexView(LISTING.index_view_class):
    """The cards listing, with import and exports (of the listed cards: its filters kept)."""

    def get_header_more_buttons(self):
        buttons = list(super().get_header_more_buttons())
        if not can_import(self.request.user):
            return buttons
        query = self.request.GET.copy()
        for name in ("p", "export"):
            query.pop(name, None)
        export = reverse("practice_cards_export")
        for fmt, label in (
            ("csv", _("Exporter ces fiches (CSV)")),
            ("json", _("Exporter ces fiches (JSON)")),
        ):
            query["export"] = fmt
            buttons.append(
                Button(
                    label, url=f"{export}?{query.urlencode()}", icon_name="download", priority=60
                )
            )
        buttons.append(
            Button(
                _("Importer des fiches"),
                url=reverse("practice_cards_import"),
                icon_name="upload",
                priority=70,
            )
        )
        return buttons


LISTING.index_view_class = CardIndexView


@hooks.register("register_admin_viewset")
def register_practice_listing():
    return LISTING


@hooks.register("register_admin_urls")
def register_import_url():
    return [
        path("practice_cards/import/", import_cards, name="practice_cards_import"),
        path(
            "practice_cards/export/",
            lambda request: export_cards(request, LISTING.filterset_class),
            name="practice_cards_export",
        ),
    ]

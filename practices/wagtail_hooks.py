"""Admin of the practices app: the practice cards listing filtered by vocabulary and status."""

import django_filters
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.admin_listings import TaggedPageFilterSet, tagged_page_listing
from practices.admin_import import import_cards
from practices.models import BudgetRange, PracticePage, PracticeStatus


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


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("practice_cards/import/", import_cards, name="practice_cards_import")]

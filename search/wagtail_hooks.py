"""Admin: the page listings and Wagtail's page search use the search service's matching;
editors keep the synonym groups of the search (Paramètres > Synonymes de la recherche)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_pages import QUERY_HOOK, SEARCH_HOOK

from .admin import admin_engine_query, admin_ranked
from .models import SynonymGroup

hooks.register(SEARCH_HOOK, admin_ranked)
hooks.register(QUERY_HOOK, admin_engine_query)


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "list-ul"
    menu_label = _("Synonymes de la recherche")
    add_to_settings_menu = True
    list_display = ["terms"]
    search_fields = ["terms"]
    form_fields = ["terms"]


register_snippet(SynonymGroupViewSet)

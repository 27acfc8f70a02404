"""Admin: the three controlled vocabularies, managed by editors as snippets in one menu group."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.models import Audience, TerritoryType, Theme


class VocabularyViewSet(SnippetViewSet):
    list_display = ["name", "name_en", "slug", "sort_order"]
    search_fields = ["name", "name_en", "slug"]
    ordering = ["sort_order", "name"]
    form_fields = ["name", "name_en", "slug", "description", "sort_order"]


class ThemeViewSet(VocabularyViewSet):
    model = Theme
    icon = "tag"
    form_fields = [*VocabularyViewSet.form_fields, "standard_service"]


class TerritoryTypeViewSet(VocabularyViewSet):
    model = TerritoryType
    icon = "site"
    list_display = [*VocabularyViewSet.list_display, "kind"]
    list_filter = ["kind"]
    form_fields = [*VocabularyViewSet.form_fields, "kind"]


class AudienceViewSet(VocabularyViewSet):
    model = Audience
    icon = "group"


class VocabularyGroup(SnippetViewSetGroup):
    items = (ThemeViewSet, TerritoryTypeViewSet, AudienceViewSet)
    menu_icon = "tag"
    menu_label = _("Vocabulaires")
    menu_name = "vocabularies"
    menu_order = 300


register_snippet(VocabularyGroup)

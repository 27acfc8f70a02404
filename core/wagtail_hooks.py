"""Admin: the terms of every registered vocabulary, managed by editors as snippets in one group."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core import publication
from core.admin_pages import HubPageViewSet
from core.models import VocabularyTerm
from core.vocabularies import vocabularies


class VocabularyViewSet(SnippetViewSet):
    list_display = ["name", "name_en", "slug", "sort_order"]
    search_fields = ["name", "name_en", "slug"]
    ordering = ["sort_order", "name"]
    form_fields = ["name", "name_en", "slug", "description", "sort_order"]


def _own_fields(model):
    """The editable fields a term model adds to VocabularyTerm (Theme's standard service...)."""
    common = {field.name for field in VocabularyTerm._meta.get_fields()}
    return [
        field
        for field in model._meta.concrete_fields
        if field.name not in common and field.editable and not field.primary_key
    ]


def vocabulary_viewset(v):
    """The snippet viewset of one vocabulary's terms; choice fields of its own become columns
    and filters (a territory type's kind)."""
    own = _own_fields(v.tag)
    choices = [field.name for field in own if field.choices]
    return type(
        f"{v.tag.__name__}ViewSet",
        (VocabularyViewSet,),
        {
            "model": v.tag,
            "icon": v.icon,
            "list_display": [*VocabularyViewSet.list_display, *choices],
            "list_filter": choices,
            "form_fields": [*VocabularyViewSet.form_fields, *(field.name for field in own)],
        },
    )


class VocabularyGroup(SnippetViewSetGroup):
    menu_icon = "tag"
    menu_label = _("Vocabulaires")
    menu_name = "vocabularies"
    menu_order = 300

    def __init__(self):
        self.items = tuple(vocabulary_viewset(v) for v in vocabularies())
        super().__init__()


register_snippet(VocabularyGroup)


# Publishing a page that breaks its publication rule saves a draft and says why (core.publication).
hooks.register("before_create_page", publication.before_create_page)
hooks.register("before_edit_page", publication.before_edit_page)
hooks.register("after_create_page", publication.after_save_page)
hooks.register("after_edit_page", publication.after_save_page)


@hooks.register("register_admin_viewset", order=1)  # after Wagtail's own, which it replaces
def register_page_viewset():
    return HubPageViewSet()


@hooks.register("insert_global_admin_js")
def export_links_follow_the_filters():
    """The listings' export buttons take the filters chosen since the page loaded
    (core.admin_import.ListingExportMixin)."""
    from django.templatetags.static import static
    from django.utils.html import format_html

    return format_html('<script src="{}" defer></script>', static("hub/js/admin-export.js"))

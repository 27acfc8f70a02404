"""Publishing a page that breaks its publication rule (a card without a theme) saves the editor's
work as a draft and says so: "draft saved, not published, and why", instead of Wagtail's banner
that the page could not be created. Pages declare their rule as `publication_errors(chosen)`
(PracticePage); the hooks are registered in core/wagtail_hooks.py."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from core.vocabularies import vocabularies

PUBLISHING_ACTIONS = ("action-publish", "action-submit")
# Left in the posted data when a publication was turned into a draft: the form still shows the
# rule's field errors when other errors keep the draft from being saved.
REFUSED_KEY = "publication-refused"


def _chosen_terms(post) -> dict:
    """{field: terms} ticked in the posted form, for the page's publication rule."""
    chosen = {}
    for v in vocabularies():
        if v.field in post:
            chosen[v.field] = list(v.tag.objects.filter(slug__in=post.getlist(v.field)))
        else:
            chosen[v.field] = []
    return chosen


def _refuse_publication_if_needed(request, page):
    if request.method != "POST" or not any(request.POST.get(a) for a in PUBLISHING_ACTIONS):
        return
    if not hasattr(page, "publication_errors"):
        return
    errors = page.publication_errors(_chosen_terms(request.POST))
    if not errors:
        return
    post = request.POST.copy()
    for action in PUBLISHING_ACTIONS:
        post.pop(action, None)
    post[REFUSED_KEY] = "1"
    request.POST = post
    request.publication_refused = [message for field in errors.values() for message in field]


def before_create_page(request, parent_page, page_class):
    _refuse_publication_if_needed(request, page_class())


def before_edit_page(request, page):
    _refuse_publication_if_needed(request, page.specific)


def after_save_page(request, page):
    refused = getattr(request, "publication_refused", None)
    if not refused:
        return None
    messages.error(
        request,
        _("Brouillon enregistré, mais pas publié : %(reasons)s")
        % {"reasons": " ".join(str(reason) for reason in refused)},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)

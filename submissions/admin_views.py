"""Moderators' screens for submissions in the Wagtail admin: list, detail, card, reject, files."""

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import linebreaks_filter
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from core.admin_listings import vocabulary_filters
from submissions.forms import PUBLIC_FIELDS, form_vocabularies
from submissions.models import EmailKind, Submission, SubmissionFile
from submissions.moderation import CardRefused, create_practice_card, reject_submission


def can_view(user):
    return user.is_active and user.has_perm("submissions.view_submission")


def can_moderate(user):
    return user.is_active and user.has_perm("submissions.change_submission")


class SubmissionIndexView(IndexView):
    def get_add_url(self):
        # Submissions come from the public form only: no "add" button for moderators.
        return None

    def get_edit_url(self, instance):
        # The detail page, with the actions, is where a moderator starts.
        return reverse("submissions:inspect", args=[instance.pk])


class Paragraphs(Component):
    """The submitter's multi-line text, escaped, with its paragraphs kept."""

    def __init__(self, text):
        self.text = text

    def render_html(self, parent_context=None):
        return linebreaks_filter(self.text, autoescape=True)


class SubmissionInspectView(InspectView):
    template_name = "submissions/admin/submission_inspect.html"

    def get_field_label(self, field_name, field):
        by_field = {v.field: v for v in form_vocabularies()}
        if field_name in by_field:
            return by_field[field_name].label
        return super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field):
        by_field = {v.field: v for v in form_vocabularies()}
        if field_name in by_field:
            terms = self.object.terms(by_field[field_name].param)
            return ", ".join(term.label for term in terms) or "—"
        value = getattr(self.object, field_name, None)
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return gettext_lazy("Oui") if value else gettext_lazy("Non")
        if isinstance(value, datetime.datetime):
            return date_format(localtime(value), "DATETIME_FORMAT")
        if isinstance(value, str) and "\n" in value:
            return Paragraphs(value)
        return super().get_field_display_value(field_name, field)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        submission = self.object
        context.update(
            submission=submission,
            files=submission.files.all(),
            events=submission.events.select_related("user"),
            emails=_with_kind_labels(submission.emails.all()),
            can_moderate=can_moderate(self.request.user),
            open=submission.status in (Submission.Status.RECEIVED,),
        )
        return context


def _with_kind_labels(emails):
    labels = dict(EmailKind.choices)
    emails = list(emails)
    for email in emails:
        email.kind_label = labels.get(email.kind, email.kind)
    return emails


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Motif du refus (envoyé à la personne)"),
        widget=forms.Textarea(attrs={"rows": 6}),
        min_length=10,
    )


@require_POST
def create_card_view(request, pk):
    if not can_moderate(request.user):
        raise PermissionDenied
    submission = get_object_or_404(Submission, pk=pk)
    if submission.status == Submission.Status.REJECTED:
        messages.error(request, _("Cette proposition est refusée : aucune fiche n’est créée."))
        return redirect("submissions:inspect", pk)
    try:
        page = create_practice_card(submission, request.user)
    except CardRefused as refused:
        for message in refused.messages:
            messages.error(request, message)
        return redirect("submissions:inspect", pk)
    messages.success(
        request,
        _("Fiche « %(title)s » créée en brouillon et mise en relecture.") % {"title": page.title},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def reject_view(request, pk):
    if not can_moderate(request.user):
        raise PermissionDenied
    submission = get_object_or_404(Submission, pk=pk)
    form = RejectForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        reject_submission(submission, request.user, form.cleaned_data["reason"])
        messages.success(request, _("Proposition refusée ; la personne est prévenue par courriel."))
        return redirect("submissions:inspect", pk)
    return TemplateResponse(
        request,
        "submissions/admin/submission_reject.html",
        {"submission": submission, "form": form, "page_title": _("Refuser la proposition")},
    )


def download_file_view(request, pk):
    """Files leave private storage only here, for moderators, as downloads never rendered."""
    if not can_view(request.user):
        raise PermissionDenied
    stored = get_object_or_404(SubmissionFile, pk=pk)
    response = FileResponse(
        stored.file.open("rb"),
        as_attachment=True,
        filename=stored.original_name,
        content_type=stored.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response


def _with_terms(vocabulary):
    def filter_terms(queryset, name, terms):
        if not terms:
            return queryset
        return queryset.filter(
            term_rows__vocabulary=vocabulary.param, term_rows__term_id__in=[t.pk for t in terms]
        ).distinct()

    return filter_terms


class BaseSubmissionFilterSet(WagtailFilterSet):
    class Meta:
        model = Submission
        fields = ["status", "structure_kind", "created_at"]


# Plus one filter per vocabulary, named by its param, over the terms stored per submission.
SubmissionFilterSet = type(
    "SubmissionFilterSet", (BaseSubmissionFilterSet,), vocabulary_filters(method=_with_terms)
)


class SubmissionViewSet(ModelViewSet):
    model = Submission
    name = "submissions"
    icon = "mail"
    menu_label = gettext_lazy("Propositions")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = SubmissionIndexView
    inspect_view_class = SubmissionInspectView
    inspect_view_enabled = True
    # What the submitter typed (the public form's fields), framed by the moderation state.
    inspect_view_fields = [
        "status",
        "created_at",
        *PUBLIC_FIELDS,
        "page",
        "rejection_reason",
        "moderator_note",
    ]
    list_display = ["title", "status", "structure_name", "commune", "created_at"]
    filterset_class = SubmissionFilterSet
    search_fields = [
        "title",
        "summary",
        "structure_name",
        "commune",
        "submitter_name",
        "submitter_organisation",
        "submitter_email",
    ]
    search_backend_name = None  # the ORM: personal data stays out of the search index
    form_fields = ["moderator_note"]
    copy_view_enabled = False

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("create-card/<int:pk>/", create_card_view, name="create_card"),
            path("reject/<int:pk>/", reject_view, name="reject"),
            path("file/<int:pk>/", download_file_view, name="file"),
        ]


submission_viewset = SubmissionViewSet()

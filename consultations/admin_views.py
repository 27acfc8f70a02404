"""Moderators' screens in the Wagtail admin: the queue of contributions (filters, bulk publish
or reject), the detail with its history, publish, reject with a reason, correct a typo, and the
export of a consultation's contributions (CSV, JSON) for editors."""

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import linebreaks_filter
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BaseColumn
from wagtail.admin.views.generic import EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet

from consultations import export, moderation
from consultations.models import ConsultationPage, Contribution

BULK_FORM_ID = "moderation-bulk"


def can_moderate(user):
    return user.is_active and user.has_perm("consultations.change_contribution")


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Motif du refus (envoyé à l’auteur·rice)"),
        widget=forms.Textarea(attrs={"rows": 5}),
        min_length=10,
        max_length=2000,
    )


class SelectColumn(BaseColumn):
    """A checkbox tied to the bulk form below the listing by the `form` attribute (no script)."""

    cell_template_name = "consultations/admin/select_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context.update(form_id=BULK_FORM_ID, instance=instance)
        return context


class ContributionIndexView(IndexView):
    template_name = "consultations/admin/index.html"

    def get_add_url(self):
        return None  # contributions come from the public only

    def get_edit_url(self, instance):
        return reverse("consultation_contributions:inspect", args=[instance.pk])

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("consultation")

    @property
    def columns(self):
        return [SelectColumn("select", label=_("Choisir")), *super().columns]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            bulk_form_id=BULK_FORM_ID,
            reject_form=RejectForm(),
            can_moderate=can_moderate(self.request.user),
            consultations=ConsultationPage.objects.filter(locale__language_code="fr"),
        )
        return context


class Paragraphs(Component):
    def __init__(self, text):
        self.text = text

    def render_html(self, parent_context=None):
        return linebreaks_filter(self.text, autoescape=True)


class ContributionInspectView(InspectView):
    template_name = "consultations/admin/inspect.html"

    def get_field_display_value(self, field_name, field):
        value = getattr(self.object, field_name, None)
        if value is None or value == "":
            return "—"
        if isinstance(value, datetime.datetime):
            return date_format(localtime(value), "DATETIME_FORMAT")
        if isinstance(value, str) and "\n" in value:
            return Paragraphs(value)
        return super().get_field_display_value(field_name, field)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        contribution = self.object
        context.update(
            contribution=contribution,
            events=contribution.events.select_related("user"),
            reports=contribution.reports.all(),
            can_moderate=can_moderate(self.request.user),
            moderatable=contribution.state in moderation.MODERATABLE,
        )
        return context


class ContributionEditView(EditView):
    """Corrections of typos: the change is recorded as a diff in the contribution's history."""

    def get_object(self, queryset=None):
        contribution = super().get_object(queryset)
        self._before = {"title": contribution.title, "body": contribution.body}
        return contribution

    def save_instance(self):
        instance = super().save_instance()
        moderation.record_edit(instance, self.request.user, self._before)
        return instance

    def get_success_url(self):
        return reverse("consultation_contributions:inspect", args=[self.object.pk])


@require_POST
def publish_view(request, pk):
    if not can_moderate(request.user):
        raise PermissionDenied
    contribution = get_object_or_404(Contribution, pk=pk)
    try:
        moderation.publish(contribution, request.user)
    except moderation.NotModeratable:
        messages.error(request, _("Cette contribution n’est pas confirmée ou a été retirée."))
    else:
        messages.success(request, _("Contribution publiée ; son auteur·rice est prévenu·e."))
    return redirect("consultation_contributions:inspect", pk)


def reject_view(request, pk):
    if not can_moderate(request.user):
        raise PermissionDenied
    contribution = get_object_or_404(Contribution, pk=pk)
    form = RejectForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            moderation.reject(contribution, request.user, form.cleaned_data["reason"])
        except moderation.NotModeratable:
            messages.error(request, _("Cette contribution n’est pas confirmée ou a été retirée."))
        else:
            messages.success(
                request, _("Contribution refusée ; le motif est envoyé à son auteur·rice.")
            )
        return redirect("consultation_contributions:inspect", pk)
    return TemplateResponse(
        request,
        "consultations/admin/reject.html",
        {"contribution": contribution, "form": form, "page_title": _("Refuser la contribution")},
    )


@require_POST
def bulk_view(request):
    if not can_moderate(request.user):
        raise PermissionDenied
    action = request.POST.get("action")
    ids = [int(pk) for pk in request.POST.getlist("ids") if pk.isdigit()]
    back = redirect("consultation_contributions:index")
    if action not in ("publish", "reject") or not ids:
        messages.error(request, _("Cochez au moins une contribution et choisissez une action."))
        return back
    reason = ""
    if action == "reject":
        form = RejectForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Un refus demande un motif de 10 caractères au moins."))
            return back
        reason = form.cleaned_data["reason"]
    contributions = Contribution.objects.filter(pk__in=ids).order_by("pk")
    done, skipped = moderation.bulk(contributions, request.user, action, reason)
    messages.success(
        request,
        _("%(done)d contribution(s) traitée(s), %(skipped)d laissée(s) telle(s) quelle(s).")
        % {"done": done, "skipped": skipped},
    )
    return back


def export_view(request, page_id, fmt):
    """Every contribution of one consultation with its counts, without any e-mail address."""
    if not (request.user.is_active and request.user.has_perm("consultations.view_contribution")):
        raise PermissionDenied
    page = get_object_or_404(ConsultationPage, pk=page_id)
    return export.response(page.source(), fmt)


class ContributionViewSet(ModelViewSet):
    model = Contribution
    name = "consultation_contributions"
    url_prefix = "consultations/contributions"
    icon = "comment"
    menu_label = gettext_lazy("Consultations")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = ContributionIndexView
    inspect_view_class = ContributionInspectView
    edit_view_class = ContributionEditView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "__str__",
        "state",
        "consultation",
        "profile",
        "pseudonym",
        "support_count",
        "report_count",
        "created_at",
    ]
    list_filter = ["state", "profile", "consultation", "department"]
    search_fields = ["title", "body", "pseudonym", "commune"]
    search_backend_name = None  # the ORM: contributions stay out of the search index
    form_fields = ["title", "body", "pseudonym", "commune"]
    inspect_view_fields = [
        "state",
        "consultation",
        "parent",
        "section",
        "title",
        "body",
        "pseudonym",
        "profile",
        "department",
        "commune",
        "language",
        "created_at",
        "confirmed_at",
        "published_at",
        "support_count",
        "report_count",
        "rejection_reason",
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("publish/<int:pk>/", publish_view, name="publish"),
            path("reject/<int:pk>/", reject_view, name="reject"),
            path("bulk/", bulk_view, name="bulk"),
            path("export/<int:page_id>/<str:fmt>/", export_view, name="export"),
        ]


contribution_viewset = ContributionViewSet()

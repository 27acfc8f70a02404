"""Imports and exports in the admin, for any importer of the hub (practice cards, places).

Import: upload a file, read the dry-run report (counts, rejected rows with line, column and
reason), then confirm. The file and the options chosen wait between the two steps in the private
media folder (never in public media), so what is confirmed is exactly what was tried; a file that
cannot be read at all is refused with its French message and nothing is written.

Export: a listing view with `ListingExportMixin` answers `?export=<format>` with a streamed file of
the rows it lists (its filters and search kept), and offers one button per format.
"""

import json
import time
import uuid
from pathlib import Path

from django import forms
from django.conf import settings
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from wagtail.admin import messages
from wagtail.admin.widgets import Button

from core.tables import TableError

# Rows of the report shown on the page; a larger report says how many more there are.
SHOWN_ISSUES = 500
# A tried file never confirmed is removed at the next upload after this many seconds.
PENDING_SECONDS = 24 * 3600


def forbidden(request, message) -> TemplateResponse:
    """A 403 page that says which right is missing (Wagtail would turn PermissionDenied into a
    redirect to the dashboard with a generic English-sourced message)."""
    return TemplateResponse(request, "hub/admin/forbidden.html", {"message": message}, status=403)


def pending_dir() -> Path:
    path = Path(settings.PRIVATE_MEDIA_ROOT) / "imports"
    path.mkdir(parents=True, exist_ok=True)
    return path


class AdminImportView(View):
    """One import screen. Subclasses say what they import:

    - `kind` (the waiting file's prefix), `url_name`, `title`, `file_label`, `file_help`,
      `accept`, `max_mb`;
    - `options_form_class`: a form of the importer's options (tried, then confirmed as tried);
    - `has_permission(user)`, `run(path, options, dry_run, user)` -> report (a
      `core.tables.RowReport` with its own counts), `counts(report)` -> [(key, label, number)],
      `file_errors`: the exceptions that mean "this file cannot be read" (nothing written);
    - `after_import(report)`: what a confirmed import sets off (a cache purge).
    """

    template_name = "hub/admin/import.html"
    kind = ""
    url_name = ""
    title = ""
    file_label = ""
    file_help = ""
    accept = ".csv,.json,text/csv,application/json"
    max_mb = 5
    forbidden_message = ""
    options_form_class = forms.Form
    file_errors: tuple[type[Exception], ...] = (TableError,)

    def has_permission(self, user) -> bool:
        raise NotImplementedError

    def options_form(self, data=None):
        return self.options_form_class(data)

    def run(self, path: Path, options: dict, *, dry_run: bool, user):
        raise NotImplementedError

    def counts(self, report) -> list[tuple[str, str, int]]:
        raise NotImplementedError

    def after_import(self, report) -> None:
        pass

    # --- The two steps ---------------------------------------------------------------------

    def dispatch(self, request, *args, **kwargs):
        if not self.has_permission(request.user):
            return forbidden(request, self.forbidden_message)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return self.render(options_form=self.options_form())

    def post(self, request):
        if "token" in request.POST:
            return self.confirm(request, request.POST["token"])
        options_form = self.options_form(request.POST)
        upload = request.FILES.get("file")
        if upload is None:
            return self.render(options_form=options_form, error=_("Choisissez un fichier."))
        if upload.size > self.max_mb * 1024 * 1024:
            error = _(
                "Ce fichier pèse %(size).1f Mo : %(max)s Mo au plus. Découpez-le en plusieurs "
                "fichiers."
            ) % {"size": upload.size / 1024 / 1024, "max": self.max_mb}
            return self.render(options_form=options_form, error=error)
        if not options_form.is_valid():
            return self.render(options_form=options_form)
        self._forget_old_files()
        token = uuid.uuid4().hex
        data_path, options_path = self._paths(token)
        with data_path.open("wb") as handle:
            for chunk in upload.chunks():
                handle.write(chunk)
        options = options_form.cleaned_data
        try:
            report = self.run(data_path, options, dry_run=True, user=request.user)
        except self.file_errors as error:
            data_path.unlink(missing_ok=True)
            return self.render(options_form=options_form, error=str(error))
        options_path.write_text(json.dumps(options), encoding="utf-8")
        return self.render(
            options_form=options_form,
            report=report,
            token=token,
            name=upload.name,
            options=self.option_lines(options_form),
            done=False,
        )

    def confirm(self, request, token):
        paths = self._paths(token)
        if paths is None or not all(path.exists() for path in paths):
            messages.error(request, _("Ce fichier n’est plus disponible : déposez-le à nouveau."))
            return redirect(self.url_name)
        data_path, options_path = paths
        options = json.loads(options_path.read_text(encoding="utf-8"))
        try:
            report = self.run(data_path, options, dry_run=False, user=request.user)
        except self.file_errors as error:
            return self.render(options_form=self.options_form(), error=str(error))
        finally:
            data_path.unlink(missing_ok=True)
            options_path.unlink(missing_ok=True)
        self.after_import(report)
        return self.render(options_form=self.options_form(), report=report, done=True)

    # --- Helpers ---------------------------------------------------------------------------

    def _paths(self, token: str) -> tuple[Path, Path] | None:
        try:
            name = uuid.UUID(str(token)).hex
        except ValueError:
            return None
        base = pending_dir() / f"{self.kind}-{name}"
        return base, base.with_suffix(".options.json")

    def _forget_old_files(self) -> None:
        limit = time.time() - PENDING_SECONDS
        for path in pending_dir().glob(f"{self.kind}-*"):
            if path.stat().st_mtime < limit:
                path.unlink(missing_ok=True)

    @staticmethod
    def option_lines(form) -> list[tuple[str, str]]:
        """(label, value) of the options chosen, for the dry run's report."""
        lines = []
        for name, field in form.fields.items():
            value = form.cleaned_data.get(name)
            if isinstance(value, bool):
                value = _("oui") if value else _("non")
            lines.append((field.label, value or "–"))
        return lines

    def render(self, **context):
        report = context.get("report")
        if report is not None:
            context["counts"] = self.counts(report)
            context["errors_shown"] = report.errors[:SHOWN_ISSUES]
            context["errors_more"] = max(len(report.errors) - SHOWN_ISSUES, 0)
            context["warnings_shown"] = report.warnings[:SHOWN_ISSUES]
            context["warnings_more"] = max(len(report.warnings) - SHOWN_ISSUES, 0)
        context.update(
            view=self,
            max_mb=self.max_mb,
            url=reverse(self.url_name),
            done=context.get("done", False),
        )
        return TemplateResponse(self.request, self.template_name, context)


class ListingExportMixin:
    """For a Wagtail index view: `?export=<format>` answers with a streamed file of the listed
    rows (the listing's filters, search and order kept, every page of it), and the header offers
    one button per format to who `can_export`, and the import button (`import_url_name`,
    `import_label`) to who `can_import`. Subclasses set `export_formats` ({format: button
    label}) and write `export_response(queryset, fmt)`."""

    export_formats: dict[str, str] = {}
    import_url_name = ""
    import_label = ""

    def can_export(self, user) -> bool:
        return True

    def can_import(self, user) -> bool:
        return False

    def export_response(self, listed, fmt):
        raise NotImplementedError

    def get(self, request, *args, **kwargs):
        fmt = request.GET.get("export")
        if fmt in self.export_formats:
            if not self.can_export(request.user):
                return forbidden(request, _("Vous n’avez pas le droit d’exporter cette liste."))
            return self.export_response(self.get_queryset(), fmt)
        return super().get(request, *args, **kwargs)

    def get_header_more_buttons(self):
        buttons = list(super().get_header_more_buttons())
        if self.import_url_name and self.can_import(self.request.user):
            buttons.append(
                Button(
                    self.import_label,
                    url=reverse(self.import_url_name),
                    icon_name="upload",
                    priority=70,
                )
            )
        if not self.can_export(self.request.user):
            return buttons
        query = self.request.GET.copy()
        for name in (self.page_kwarg, "export", "_w_filter_fragment"):
            query.pop(name, None)
        base = reverse(self.index_url_name)
        for fmt, label in self.export_formats.items():
            query["export"] = fmt
            buttons.append(
                Button(
                    label,
                    url=f"{base}?{query.urlencode()}",
                    icon_name="download",
                    priority=60,
                    attrs={"data-hub-export": fmt},  # static_src/hub/js/admin-export.js
                )
            )
        return buttons

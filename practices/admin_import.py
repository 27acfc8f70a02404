"""Import of practice cards in the admin: upload a CSV or JSON file, read the dry-run report
(created, updated, unchanged, rejected rows with line, column and reason), then confirm. The
file waits between the two steps in the private media folder, never in public media."""

import uuid
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin import messages

from practices.models import PracticeIndexPage
from practices.practice_io import import_file

MAX_IMPORT_MB = 5


def _pending_dir() -> Path:
    path = Path(settings.PRIVATE_MEDIA_ROOT) / "imports"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _pending_file(token: str) -> Path | None:
    try:
        name = uuid.UUID(token).hex
    except (TypeError, ValueError):
        return None
    path = _pending_dir() / f"cards-{name}"
    return path if path.exists() else None


def can_import(user) -> bool:
    """Importing publishes cards: only who may publish cards in the practice index."""
    index = PracticeIndexPage.objects.filter(locale__language_code="fr").first()
    return bool(index) and index.permissions_for_user(user).can_publish_subpage()


def import_cards(request):
    if not can_import(request.user):
        raise PermissionDenied
    context = {"max_mb": MAX_IMPORT_MB, "report": None, "token": ""}
    if request.method == "POST" and "token" in request.POST:
        path = _pending_file(request.POST["token"])
        if path is None:
            messages.error(request, _("Ce fichier n’est plus disponible : déposez-le à nouveau."))
            return redirect("practice_cards_import")
        report = import_file(path.read_bytes(), user=request.user)
        path.unlink(missing_ok=True)
        context.update(report=report, done=True)
        return TemplateResponse(request, "practices/admin/import.html", context)
    if request.method == "POST":
        upload = request.FILES.get("file")
        if upload is None:
            context["error"] = _("Choisissez un fichier CSV ou JSON.")
        elif upload.size > MAX_IMPORT_MB * 1024 * 1024:
            context["error"] = _(
                "Ce fichier pèse %(size).1f Mo : %(max)s Mo au plus. Découpez-le en plusieurs "
                "fichiers."
            ) % {"size": upload.size / 1024 / 1024, "max": MAX_IMPORT_MB}
        else:
            data = upload.read()
            report = import_file(data, dry_run=True)
            token = uuid.uuid4()
            (_pending_dir() / f"cards-{token.hex}").write_bytes(data)
            context.update(report=report, token=str(token), name=upload.name, done=False)
    return TemplateResponse(request, "practices/admin/import.html", context)


def export_cards(request, filterset_class):
    """The cards of the admin listing, with the listing's filters (its query string), as CSV or
    JSON in the import's columns: export, edit, import back."""
    from io import StringIO

    from django.http import HttpResponse

    from practices.practice_io import export_queryset, iter_export_states, write_csv, write_json

    if not can_import(request.user):
        raise PermissionDenied
    fmt = "json" if request.GET.get("export") == "json" else "csv"
    cards = filterset_class(
        request.GET, queryset=export_queryset(include_drafts=True), request=request
    ).qs
    buffer = StringIO()
    (write_json if fmt == "json" else write_csv)(buffer, iter_export_states(cards))
    content_type = "application/json" if fmt == "json" else "text/csv"
    response = HttpResponse(buffer.getvalue(), content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="fiches.{fmt}"'
    return response

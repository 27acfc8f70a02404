"""Practice cards in the admin: the import screen (`core.admin_import`) and the export of the
cards listing (CSV or JSON in the import's columns, streamed: export, edit, import back)."""

from django.db.models import QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.admin_import import AdminImportView
from core.admin_pages import RankedPages
from core.downloads import download
from practices.models import PracticeIndexPage
from practices.practice_io import (
    csv_export_chunks,
    export_queryset,
    import_file,
    iter_export_states,
    json_export_chunks,
)

MAX_IMPORT_MB = 5


def can_import(user) -> bool:
    """Importing publishes cards: only who may publish cards in the practice index."""
    index = PracticeIndexPage.objects.filter(locale__language_code="fr").first()
    return bool(index) and index.permissions_for_user(user).can_publish_subpage()


class CardImportView(AdminImportView):
    kind = "cards"
    url_name = "practice_cards_import"
    forbidden_message = gettext_lazy(
        "Importer des fiches les publie : il faut avoir le droit de publier des fiches pratiques."
    )
    title = gettext_lazy("Importer des fiches")
    max_mb = MAX_IMPORT_MB
    file_label = gettext_lazy("Fichier CSV ou JSON de fiches")
    file_help = gettext_lazy(
        "Les colonnes sont celles de l’export des fiches ; la colonne « key » (le slug) dit "
        "quelle fiche créer ou mettre à jour."
    )

    def has_permission(self, user):
        return can_import(user)

    def run(self, path, options, *, dry_run, user):
        return import_file(path, dry_run=dry_run, user=None if dry_run else user)

    def counts(self, report):
        return [
            ("created", _("Fiches créées"), len(report.created)),
            ("updated", _("Fiches modifiées"), len(report.updated)),
            ("unchanged", _("Fiches inchangées"), len(report.unchanged)),
            ("rejected", _("Lignes refusées"), report.rejected),
        ]


def listed_cards(listed):
    """The export rows of the cards a listing shows (a queryset, the search's ranked ids or an
    engine's results), in the export's order and with its prefetches."""
    if isinstance(listed, RankedPages):
        ids = listed.ids
    elif isinstance(listed, QuerySet):
        ids = listed.order_by().values("pk")
    else:
        ids = [page.pk for page in listed]
    return export_queryset(include_drafts=True).filter(pk__in=ids)


def export_response(listed, fmt):
    states = iter_export_states(listed_cards(listed))
    chunks = (json_export_chunks if fmt == "json" else csv_export_chunks)(states)
    return download(chunks, fmt, "fiches")

"""Places in the admin: the import screen of the national standard's files (`core.admin_import`:
dry run, then confirmation; the options of `manage.py import_places`) and the export of the
places listing (CSV in the standard's columns, JSON, GeoJSON; streamed)."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.admin_import import AdminImportView
from core.page_cache import purge_all
from places.exporter import streaming_response
from places.importer import PlacesFileError, import_places

# The national file (about 20,000 places) is some 15 MB of CSV; the request limit is 30 MB.
MAX_IMPORT_MB = 20
IMPORT_PERMISSIONS = ("places.add_place", "places.change_place")
PRUNE_PERMISSION = "places.delete_place"


def can_import(user) -> bool:
    return user.has_perms(IMPORT_PERMISSIONS)


class PlaceImportOptions(forms.Form):
    source = forms.CharField(
        label=gettext_lazy("Source"),
        required=False,
        max_length=200,
        help_text=gettext_lazy(
            "Structure qui a collecté les données, pour les lignes sans colonne « source » "
            "(obligatoire quand le fichier n’en a pas)."
        ),
    )
    prune = forms.BooleanField(
        label=gettext_lazy("Retirer les lieux absents du fichier"),
        required=False,
        help_text=gettext_lazy(
            "Retire les lieux des sources du fichier qu’il ne contient plus (à n’employer "
            "qu’avec l’export complet de ces sources)."
        ),
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_prune(self):
        prune = self.cleaned_data["prune"]
        if prune and self.user is not None and not self.user.has_perm(PRUNE_PERMISSION):
            raise forms.ValidationError(_("Vous n’avez pas le droit de retirer des lieux."))
        return prune


class PlaceImportView(AdminImportView):
    kind = "places"
    url_name = "places_import"
    forbidden_message = gettext_lazy(
        "Il faut avoir le droit d’ajouter et de modifier des lieux pour en importer."
    )
    title = gettext_lazy("Importer des lieux")
    file_label = gettext_lazy("Fichier CSV, JSON ou GeoJSON de lieux")
    file_help = gettext_lazy(
        "Standard national des lieux de médiation numérique (v1), cartographie 2021 ou export "
        "régional : le format est lu dans le contenu. Un lieu est désigné par sa source et son "
        "identifiant : importer une source ne change jamais les lieux d’une autre."
    )
    accept = ".csv,.json,.geojson,text/csv,application/json,application/geo+json"
    options_form_class = PlaceImportOptions
    file_errors = (PlacesFileError,)
    max_mb = MAX_IMPORT_MB

    def options_form(self, data=None):
        return PlaceImportOptions(data, user=self.request.user)

    def has_permission(self, user):
        return can_import(user)

    def run(self, path, options, *, dry_run, user):
        if options.get("prune") and not user.has_perm(PRUNE_PERMISSION):
            options = {**options, "prune": False}
        return import_places(
            path, source=options.get("source", ""), dry_run=dry_run, prune=options.get("prune")
        )

    def after_import(self, report):
        if report.changed:
            purge_all()  # bulk writes send no signal; the directory and the map changed

    def counts(self, report):
        return [
            ("created", _("Lieux créés"), report.created),
            ("updated", _("Lieux modifiés"), report.updated),
            ("unchanged", _("Lieux inchangés"), report.unchanged),
            ("deleted", _("Lieux retirés (absents du fichier)"), report.deleted),
            ("rejected", _("Lignes refusées"), report.rejected),
        ]


def export_response(listed, fmt):
    return streaming_response(listed, fmt)

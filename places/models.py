"""Digital-mediation places (places and partners, fields of the national standard), their links to
practice cards, and the directory page (list, map, place pages, open-data exports)."""

import hashlib
import json

from django import forms
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.geo import DEPARTMENT_NAMES, department_of
from core.text import fold
from places import standard
from places.filters import PlaceFilters


def standard_hash(values: dict) -> str:
    """Fingerprint of the standard's fields of one place: a re-import with the same data is
    recognised as unchanged without comparing 32 fields one by one."""
    payload = {name: values.get(name) for name in standard.COLUMN_FIELDS.values()}
    for name, value in payload.items():
        if value is None:
            payload[name] = ""
        elif name in ("latitude", "longitude"):
            payload[name] = round(float(value), 6)
    encoded = json.dumps(payload, sort_keys=True, cls=DjangoJSONEncoder, ensure_ascii=False)
    return hashlib.blake2b(encoded.encode(), digest_size=16).hexdigest()


def derived_values(values: dict) -> dict:
    """Columns computed from the standard's fields: department, facet key, search key, hash."""
    facets = [
        f"{prefix}:{item}"
        for field_name, prefix in standard.FACETS.values()
        for item in values.get(field_name) or []
    ]
    search = " ".join(
        str(values.get(name) or "")
        for name in ("name", "commune", "postal_code", "address", "parent_structure", "source_id")
    )
    return {
        "department": department_of(values.get("postal_code"), values.get("insee_code")),
        "facets": "|" + "|".join(facets) + "|" if facets else "",
        "search_text": fold(search),
        "commune_key": fold(values.get("commune") or ""),
        "row_hash": standard_hash(values),
    }


class PipeListField(forms.CharField):
    """Several free values in one text box, separated by "|" as in the standard's files."""

    def prepare_value(self, value):
        if isinstance(value, list):
            return " | ".join(value)
        return value

    def to_python(self, value):
        return standard.split_multi(super().to_python(value))


class PlaceForm(WagtailAdminModelForm):
    """Vocabulary fields as checkboxes, free lists as "|"-separated text: editors never type
    JSON, and cannot pick a value outside the standard."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in standard.MULTI_FIELDS:
            if name not in self.fields:
                continue
            old = self.fields[name]
            vocabulary = standard.field_vocabulary(name)
            if vocabulary:
                self.fields[name] = forms.MultipleChoiceField(
                    label=old.label,
                    help_text=old.help_text,
                    required=False,
                    choices=[(v, v) for v in vocabulary],
                    widget=forms.CheckboxSelectMultiple,
                )
            else:
                self.fields[name] = PipeListField(
                    label=old.label,
                    help_text=old.help_text or _("Plusieurs valeurs séparées par « | »."),
                    required=False,
                )


def _list_field(verbose_name, help_text=""):
    return models.JSONField(verbose_name, default=list, blank=True, help_text=help_text)


class Place(models.Model):
    """A digital-mediation place or partner, with the fields of the national standard v1.0.2.

    Names and places are data: they are not translated. Multi-valued fields are JSON lists; the
    directory filters on `facets`, a "|"-joined copy of them, with a plain LIKE that works the
    same on SQLite and PostgreSQL (measured in bench/places_bench.py)."""

    source_id = models.CharField(
        _("identifiant"),
        max_length=255,
        help_text=_(
            "Identifiant stable du lieu au sein de sa source (champ « id ») : deux sources "
            "peuvent employer le même."
        ),
    )
    pivot = models.CharField(_("SIRET, RNA ou RIDET"), max_length=14)
    name = models.CharField(_("nom"), max_length=255)
    commune = models.CharField(_("commune"), max_length=150)
    postal_code = models.CharField(_("code postal"), max_length=5)
    insee_code = models.CharField(_("code INSEE"), max_length=5, blank=True)
    address = models.CharField(_("adresse"), max_length=255)
    address_complement = models.CharField(_("complément d’adresse"), max_length=255, blank=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    typologie = _list_field(_("typologie"), _("Codes data.inclusion : BIB, EPN, CS, RFS, ASSO…"))
    phone = models.CharField(_("téléphone"), max_length=20, blank=True)
    emails = _list_field(_("courriels"))
    websites = _list_field(_("sites web"))
    opening_hours = models.TextField(
        _("horaires"),
        blank=True,
        help_text=_("Format OpenStreetMap, par exemple Mo-Fr 09:00-12:00"),
    )
    summary = models.CharField(_("présentation résumée"), max_length=280, blank=True)
    description = models.TextField(_("présentation détaillée"), blank=True)
    source = models.CharField(_("structure collectant la donnée"), max_length=255, blank=True)
    itinerance = _list_field(_("itinérance"))
    parent_structure = models.CharField(_("structure parente"), max_length=255, blank=True)
    updated_on = models.DateField(
        _("date de mise à jour"),
        null=True,
        blank=True,
        help_text=_("Vide quand la source ne la donne pas (ou donne une date fictive)."),
    )
    services = _list_field(_("services"))
    publics = _list_field(_("publics spécifiquement adressés"))
    specific_support = _list_field(_("prise en charge spécifique"))
    fees = _list_field(_("frais à charge"))
    programmes = _list_field(_("dispositifs et programmes nationaux"))
    labels = _list_field(_("formations et labels"))
    other_labels = models.TextField(_("autres formations et labels"), blank=True)
    access_modes = _list_field(_("modalités d’accès"))
    support_modes = _list_field(_("modalités d’accompagnement"))
    accessibility_url = models.CharField(_("fiche Accès libre"), max_length=500, blank=True)
    booking_url = models.CharField(_("prise de rendez-vous"), max_length=500, blank=True)

    # Derived, kept in step by save() and by the importer (which uses bulk operations).
    department = models.CharField(_("département"), max_length=3, blank=True, db_index=True)
    facets = models.TextField(editable=False, blank=True)
    search_text = models.TextField(editable=False, blank=True)
    commune_key = models.CharField(editable=False, max_length=150, blank=True, db_index=True)
    row_hash = models.CharField(editable=False, max_length=32, blank=True)
    unmapped = models.JSONField(
        _("valeurs d’origine non reprises"),
        default=dict,
        blank=True,
        editable=False,
        help_text=_("Libellés du fichier source sans équivalent dans le standard v1."),
    )
    imported_at = models.DateTimeField(_("importé ou modifié le"), auto_now=True)

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("name"), FieldPanel("source_id")]),
                FieldRowPanel([FieldPanel("pivot"), FieldPanel("parent_structure")]),
                FieldPanel("typologie"),
                FieldPanel("summary"),
                FieldPanel("description"),
            ],
            heading=_("Structure"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("address_complement"),
                FieldRowPanel(
                    [FieldPanel("postal_code"), FieldPanel("commune"), FieldPanel("insee_code")]
                ),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("itinerance"),
            ],
            heading=_("Adresse"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("emails"),
                FieldPanel("websites"),
                FieldPanel("opening_hours"),
                FieldPanel("booking_url"),
                FieldPanel("accessibility_url"),
            ],
            heading=_("Contact et horaires"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("services"),
                FieldPanel("publics"),
                FieldPanel("specific_support"),
                FieldPanel("fees"),
                FieldPanel("access_modes"),
                FieldPanel("support_modes"),
            ],
            heading=_("Offre"),
        ),
        MultiFieldPanel(
            [FieldPanel("programmes"), FieldPanel("labels"), FieldPanel("other_labels")],
            heading=_("Dispositifs et labels"),
        ),
        MultiFieldPanel(
            [FieldPanel("source"), FieldPanel("updated_on")], heading=_("Origine de la donnée")
        ),
    ]
    base_form_class = PlaceForm

    class Meta:
        verbose_name = _("acteur de la médiation numérique")
        verbose_name_plural = _("acteurs de la médiation numérique")
        ordering = ["name"]
        constraints = [
            # Ids are unique within a source only (two regional files both number from "0").
            models.UniqueConstraint(fields=["source", "source_id"], name="place_source_and_id")
        ]
        # Places around a commune: a bounding box on these first (territories/distance.py).
        indexes = [models.Index(fields=["latitude", "longitude"], name="place_point_idx")]

    def __str__(self):
        return f"{self.name} ({self.commune})"

    def save(self, *args, **kwargs):
        for name, value in derived_values(self.standard_values()).items():
            setattr(self, name, value)
        super().save(*args, **kwargs)

    def standard_values(self) -> dict:
        return {name: getattr(self, name) for name in standard.COLUMN_FIELDS.values()}

    @property
    def department_name(self):
        return DEPARTMENT_NAMES.get(self.department, "")

    @property
    def typology_labels(self):
        return [str(standard.TYPOLOGY_LABELS.get(code, code)) for code in self.typologie]

    @property
    def has_position(self):
        return self.latitude is not None and self.longitude is not None

    def opening_hours_text(self):
        from places.opening_hours import describe

        return describe(self.opening_hours)

    def practices(self, locale=None):
        """Live pages (practice cards) that link this place, in `locale` when given. Read through
        the link table's reverse relation: this app does not import the practices app."""
        pages = (
            Page.objects.live().public().filter(pk__in=self.practice_links.values("practice_id"))
        )
        if locale is not None:
            pages = pages.filter(locale=locale)
        return pages.order_by("title")


# The default credit of the tiles (MAP_TILES_ATTRIBUTION), marked here so that it gets an
# English translation; another credit set in the environment is shown as it is written.
DEFAULT_TILES_ATTRIBUTION = gettext_noop("© les contributeurs d’OpenStreetMap")


def map_settings() -> dict:
    """The tiles and their credit for the maps of the directory and of a place, in the page's
    language."""
    return {
        "map_tiles_url": settings.MAP_TILES_URL,
        "map_tiles_attribution": gettext(settings.MAP_TILES_ATTRIBUTION),
    }


class PlaceDirectoryPage(RoutablePageMixin, Page):
    """The directory of places: filtered list (works without JavaScript), map of the same
    places, one page per place, and open-data exports of the filtered set."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "places/directory_page.html"

    class Meta:
        verbose_name = _("annuaire et carte des acteurs")

    def _filters(self, request):
        return PlaceFilters(request.GET)

    @path("")
    def directory(self, request):
        from core.pagination import paginate

        filters = self._filters(request)
        places = filters.apply(Place.objects.all()).only(
            "pk", "name", "commune", "postal_code", "typologie", "programmes", "summary", "services"
        )
        page_obj = paginate(request, places, 20)
        base = self.get_url(request)
        query = request.GET.copy()
        query.pop("page", None)
        suffix = f"?{query.urlencode()}" if query else ""
        return self.render(
            request,
            context_overrides={
                "filters": filters,
                "places": page_obj,
                "total": page_obj.paginator.count,
                "place_base_url": base,
                "map_data_url": base + self.reverse_subpage("map_data") + suffix,
                "place_url_template": base + "lieu/{id}/",
                "export_urls": {
                    fmt: base + self.reverse_subpage("export", kwargs={"fmt": fmt}) + suffix
                    for fmt in ("csv", "geojson")
                },
                **map_settings(),
                # Who collected the data shown, with counts (several sources live side by side).
                "sources": Place.objects.order_by("source")
                .values_list("source")
                .annotate(count=models.Count("pk")),
            },
        )

    @path("lieu/<int:pk>/", name="place")
    def place(self, request, pk):
        place = get_object_or_404(Place, pk=pk)
        return self.render(
            request,
            template="places/place_page.html",
            context_overrides={
                "place": place,
                "practices": place.practices(locale=self.locale),
                "directory_url": self.get_url(request),
                **map_settings(),
            },
        )

    @path("carte/donnees/", name="map_data")
    def map_data(self, request):
        """The filtered places as compact rows [pk, lat, lon, name]: 20,000 points stay well
        under 1.5 MB (see bench/places_bench.py)."""
        filters = self._filters(request)
        if filters.errors:
            return JsonResponse({"errors": filters.errors}, status=400)
        rows = filters.apply(Place.objects.all()).filter(
            latitude__isnull=False, longitude__isnull=False
        )
        if not filters.near:
            rows = rows.order_by()  # the map needs no order; around a point, nearest first
        points = [
            [pk, round(lat, 5), round(lon, 5), name[:80]]
            for pk, lat, lon, name in rows.values_list("pk", "latitude", "longitude", "name")
        ]
        return JsonResponse(
            {"points": points},
            json_dumps_params={"separators": (",", ":"), "ensure_ascii": False},
        )

    @path("export/<str:fmt>/", name="export")
    def export(self, request, fmt):
        from places.exporter import FORMATS, streaming_response

        if fmt not in FORMATS:
            raise Http404
        filters = self._filters(request)
        if filters.errors:
            return JsonResponse({"errors": filters.errors}, status=400)
        return streaming_response(filters.apply(Place.objects.all()), fmt)

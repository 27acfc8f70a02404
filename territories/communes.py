"""The commune reference: one row per commune of the official geographic code, with what the
yearly files say of it, and the provenance of the last import of each file. (Defined here, not in
models.py, so that the page views can use them without importing the page model back.)"""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from core.geo import DEPARTMENT_NAMES, REGION_NAMES
from territories.reference import DENSITY_MEANING, DENSITY_SLUGS, FrrClass, is_overseas


class Commune(models.Model):
    """One commune of the official geographic code, with what the yearly files say of it.
    Reference data, not content: loaded and updated by `manage.py import_communes`."""

    code = models.CharField(_("code INSEE"), max_length=5, primary_key=True)
    name = models.CharField(_("nom"), max_length=150)
    name_key = models.CharField(editable=False, max_length=150, db_index=True)
    slug = models.SlugField(editable=False, max_length=150, allow_unicode=False)
    # "|15160|15170|": a postal code or its beginning is found with one LIKE.
    postal_codes = models.CharField(_("codes postaux"), max_length=300, blank=True)
    department = models.CharField(_("département"), max_length=3, db_index=True)
    region = models.CharField(_("région"), max_length=3, blank=True)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    density_level = models.PositiveSmallIntegerField(
        _("niveau de densité (1 à 7)"),
        null=True,
        blank=True,
        choices=[(level, str(level)) for level in DENSITY_SLUGS],
        db_index=True,
    )
    frr_class = models.CharField(
        _("classement FRR"), max_length=20, blank=True, choices=FrrClass.CHOICES
    )
    qpv_count = models.PositiveSmallIntegerField(_("quartiers prioritaires"), default=0)
    qpv = models.JSONField(_("quartiers prioritaires (code, nom)"), default=list, blank=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)

    class Meta:
        verbose_name = _("commune")
        verbose_name_plural = _("communes")
        ordering = ["name", "code"]
        indexes = [models.Index(fields=["latitude", "longitude"], name="commune_point_idx")]

    def __str__(self):
        return f"{self.name} ({self.code})"

    @property
    def path_segment(self) -> str:
        return f"{self.code}-{self.slug}"

    @property
    def postal_code_list(self) -> list[str]:
        return [code for code in self.postal_codes.split("|") if code]

    @property
    def department_name(self) -> str:
        return DEPARTMENT_NAMES.get(self.department, "")

    @property
    def region_name(self) -> str:
        return REGION_NAMES.get(self.region, "")

    @property
    def density_slug(self) -> str:
        return DENSITY_SLUGS.get(self.density_level, "")

    @property
    def density_meaning(self):
        return DENSITY_MEANING.get(self.density_level, "")

    @property
    def is_frr(self) -> bool:
        return FrrClass.is_classified(self.frr_class)

    @property
    def is_overseas(self) -> bool:
        return is_overseas(self.department)

    @property
    def has_point(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @staticmethod
    def make_slug(name: str) -> str:
        return slugify(name)[:150] or "commune"


class ReferenceImport(models.Model):
    """The last file imported for each part of the reference: its provenance on the pages."""

    kind = models.CharField(_("fichier"), max_length=20, unique=True)
    file_name = models.CharField(_("nom du fichier"), max_length=255)
    imported_at = models.DateTimeField(_("importé le"), auto_now=True)
    summary = models.TextField(_("bilan"), blank=True)

    class Meta:
        verbose_name = _("import du référentiel des communes")
        verbose_name_plural = _("imports du référentiel des communes")

    def __str__(self):
        return f"{self.kind}: {self.file_name}"

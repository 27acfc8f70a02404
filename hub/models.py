"""Shared vocabulary of the hub: themes, territory types and audiences, and how pages carry them."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase


class VocabularyTerm(TagBase):
    """A term of a controlled vocabulary: editors choose from the list, never type new terms."""

    free_tagging = False

    name_en = models.CharField(
        _("libellé en anglais"),
        max_length=100,
        blank=True,
        help_text=_("Affiché aux visiteurs de la version anglaise. Vide : le libellé français."),
    )
    description = models.TextField(_("définition"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("ordre d’affichage"), default=100)

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    @property
    def label(self) -> str:
        """The label in the visitor's language (French by default)."""
        if (get_language() or "fr").startswith("en") and self.name_en:
            return self.name_en
        return self.name


class Theme(VocabularyTerm):
    standard_service = models.CharField(
        _("service du standard national"),
        max_length=120,
        blank=True,
        help_text=_(
            "Libellé du service équivalent dans le standard « Lieux de médiation numérique »."
        ),
    )

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("thématique")
        verbose_name_plural = _("thématiques")


class TerritoryType(VocabularyTerm):
    class Kind(models.TextChoices):
        DENSITY = "density", _("Grille communale de densité (INSEE)")
        OVERLAY = "overlay", _("Zonage complémentaire")

    kind = models.CharField(_("nature"), max_length=10, choices=Kind.choices, default=Kind.DENSITY)

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("type de territoire")
        verbose_name_plural = _("types de territoire")


class Audience(VocabularyTerm):
    class Meta(VocabularyTerm.Meta):
        verbose_name = _("public")
        verbose_name_plural = _("publics")


# One through model per vocabulary, pointing at wagtailcore.Page: a single query filters
# orientations, guides and practice cards alike (Page.objects.filter(theme_items__tag=...)).


class PageTheme(ItemBase):
    tag = models.ForeignKey(Theme, related_name="page_items", on_delete=models.CASCADE)
    content_object = ParentalKey(
        "wagtailcore.Page", related_name="theme_items", on_delete=models.CASCADE
    )

    class Meta:
        unique_together = [("content_object", "tag")]


class PageTerritoryType(ItemBase):
    tag = models.ForeignKey(TerritoryType, related_name="page_items", on_delete=models.CASCADE)
    content_object = ParentalKey(
        "wagtailcore.Page", related_name="territory_items", on_delete=models.CASCADE
    )

    class Meta:
        unique_together = [("content_object", "tag")]


class PageAudience(ItemBase):
    tag = models.ForeignKey(Audience, related_name="page_items", on_delete=models.CASCADE)
    content_object = ParentalKey(
        "wagtailcore.Page", related_name="audience_items", on_delete=models.CASCADE
    )

    class Meta:
        unique_together = [("content_object", "tag")]

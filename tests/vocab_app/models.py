"""The test vocabulary's terms and the rows that tag pages with them."""

from django.db import models
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase

from core.models import VocabularyTerm


class Level(VocabularyTerm):
    class Meta(VocabularyTerm.Meta):
        verbose_name = "niveau"
        verbose_name_plural = "niveaux"


class PageLevel(ItemBase):
    tag = models.ForeignKey(Level, related_name="page_items", on_delete=models.CASCADE)
    content_object = ParentalKey(
        "wagtailcore.Page", related_name="level_items", on_delete=models.CASCADE
    )

    class Meta:
        unique_together = [("content_object", "tag")]

"""Strategic orientations of the working group and practical guides, with their index pages."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import RICH_FEATURES, body_blocks
from core.models import TaggedPage
from core.pagination import live_specific_pages, paginate

WHO_ACTS = [
    ("state", _("État et services déconcentrés")),
    ("local_authorities", _("Collectivités territoriales")),
    ("libraries", _("Bibliothèques")),
    ("associations", _("Associations et acteurs de la médiation")),
]


class LineOfActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("ligne d’action"), max_length=200)
    text = blocks.RichTextBlock(label=_("description"), features=RICH_FEATURES)
    who_acts = blocks.MultipleChoiceBlock(label=_("qui agit"), choices=WHO_ACTS, required=False)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        labels = dict(WHO_ACTS)
        context["who_acts_labels"] = [
            labels[key] for key in value.get("who_acts") or [] if key in labels
        ]
        return context

    class Meta:
        icon = "arrow-right"
        label = _("Ligne d’action recommandée")
        template = "guides/blocks/line_of_action.html"


# The readers a guide is for: URL parameter of the guides index, GuidePage field, label.
READERS = [
    ("bibliotheques", "for_library_staff", _("Équipes de bibliothèque")),
    ("elus", "for_elected_officials", _("Élus et décideurs locaux")),
    ("mediateurs", "for_mediators", _("Médiateurs numériques")),
]


class OrientationIndexPage(Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.OrientationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("index des orientations")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["orientations"] = (
            OrientationPage.objects.child_of(self)
            .live()
            .public()
            .order_by("number", "title")
            .prefetch_related(*TaggedPage.TAG_PREFETCH)
        )
        return context


class OrientationPage(TaggedPage):
    number = models.PositiveSmallIntegerField(
        _("numéro"),
        validators=[MinValueValidator(1), MaxValueValidator(99)],
        help_text=_("Ordre de l’orientation dans la feuille de route du groupe de travail."),
    )
    short_title = models.CharField(
        _("titre court"),
        max_length=80,
        help_text=_("Utilisé dans les listes et le fil d’Ariane (80 caractères au plus)."),
    )
    summary = models.TextField(
        _("résumé"),
        max_length=500,
        help_text=_("L’essentiel de l’orientation en quelques phrases (500 caractères au plus)."),
    )
    context = RichTextField(_("contexte"), features=RICH_FEATURES, blank=True)
    objectives = RichTextField(_("objectifs"), features=RICH_FEATURES, blank=True)
    lines_of_action = StreamField(
        [("line", LineOfActionBlock()), *body_blocks()],
        verbose_name=_("lignes d’action recommandées"),
        blank=True,
    )
    indicators = StreamField(
        [("indicator", blocks.CharBlock(label=_("indicateur"), max_length=250))],
        verbose_name=_("indicateurs à suivre"),
        blank=True,
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("short_title", boost=2),
        index.SearchField("summary", boost=1.5),
        index.SearchField("context"),
        index.SearchField("objectives"),
        index.SearchField("lines_of_action"),
        index.AutocompleteField("short_title"),
    ]
    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("number"), FieldPanel("short_title")], heading=_("Identification")
        ),
        FieldPanel("summary"),
        FieldPanel("context"),
        FieldPanel("objectives"),
        FieldPanel("lines_of_action"),
        FieldPanel("indicators"),
        InlinePanel(
            "related_links",
            label=_("Guides et fiches qui la mettent en œuvre"),
            heading=_("Mise en œuvre"),
        ),
        *TaggedPage.taxonomy_panels,
    ]
    parent_page_types = ["guides.OrientationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("orientation stratégique")
        verbose_name_plural = _("orientations stratégiques")
        ordering = ["number"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["implementations"] = live_specific_pages(
            [link.page_id for link in self.related_links.all()]
        )
        return context


class OrientationLink(Orderable):
    orientation = ParentalKey(
        OrientationPage, related_name="related_links", on_delete=models.CASCADE
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("guide ou fiche"),
    )

    panels = [PageChooserPanel("page", page_type=["guides.GuidePage", "practices.PracticePage"])]


class GuideIndexPage(Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.GuidePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("index des guides")

    READER_FILTERS = {param: field for param, field, _label in READERS}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guides = GuidePage.objects.child_of(self).live().public().order_by("title")
        reader = request.GET.get("lecteur", "")
        if reader in self.READER_FILTERS:
            guides = guides.filter(**{self.READER_FILTERS[reader]: True})
        level = request.GET.get("niveau", "")
        if level in GuidePage.Level.values:
            guides = guides.filter(level=level)
        context.update(
            guides=paginate(request, guides.prefetch_related(*TaggedPage.TAG_PREFETCH), 12),
            reader=reader if reader in self.READER_FILTERS else "",
            level=level if level in GuidePage.Level.values else "",
            reader_choices=[(param, label) for param, _field, label in READERS],
            level_choices=GuidePage.Level.choices,
        )
        return context


class GuidePage(TaggedPage):
    class Level(models.TextChoices):
        DISCOVERY = "decouverte", _("Découverte")
        INTERMEDIATE = "intermediaire", _("Intermédiaire")
        ADVANCED = "avance", _("Approfondi")

    summary = models.TextField(
        _("résumé"),
        max_length=400,
        help_text=_("À quoi sert ce guide, en deux phrases (400 caractères au plus)."),
    )
    for_library_staff = models.BooleanField(_("équipes de bibliothèque"), default=True)
    for_elected_officials = models.BooleanField(_("élus et décideurs locaux"), default=False)
    for_mediators = models.BooleanField(_("médiateurs numériques"), default=False)
    level = models.CharField(
        _("niveau"), max_length=20, choices=Level.choices, default=Level.DISCOVERY
    )
    reading_time = models.PositiveSmallIntegerField(
        _("temps de lecture (minutes)"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
    )
    body = StreamField(body_blocks(), verbose_name=_("contenu du guide"))

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.FilterField("level"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("for_library_staff"),
                FieldPanel("for_elected_officials"),
                FieldPanel("for_mediators"),
            ],
            heading=_("Lecteurs visés"),
        ),
        MultiFieldPanel(
            [FieldPanel("level"), FieldPanel("reading_time")], heading=_("Niveau et durée")
        ),
        FieldPanel("body"),
        InlinePanel(
            "related_practices", label=_("Fiche de bonne pratique liée"), heading=_("Fiches liées")
        ),
        *TaggedPage.taxonomy_panels,
    ]
    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guide pratique")
        verbose_name_plural = _("guides pratiques")

    @property
    def readers(self):
        return [label for _param, field, label in READERS if getattr(self, field)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["practices"] = live_specific_pages(
            [link.page_id for link in self.related_practices.all()]
        )
        return context


class GuidePracticeLink(Orderable):
    guide = ParentalKey(GuidePage, related_name="related_practices", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("fiche de bonne pratique"),
    )

    panels = [PageChooserPanel("page", page_type=["practices.PracticePage"])]

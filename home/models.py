"""The home page (search, commune picker, featured orientation, latest cards, key figures, entry
points) and the plain pages of the site footer."""

from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from core.blocks import EntryPointBlock, body_blocks
from core.page_cache import cached_fragment
from guides.models import OrientationPage
from places.models import Place
from practices.models import PracticePage


class HomePage(Page):
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Deux ou trois phrases : à qui s’adresse le site et ce qu’on y trouve."),
    )
    featured = StreamField(
        [
            (
                "entry_points",
                blocks.ListBlock(
                    EntryPointBlock(),
                    label=_("Points d’entrée"),
                    template="home/blocks/entry_points.html",
                ),
            ),
            ("text", blocks.RichTextBlock(label=_("Texte"), template="hub/blocks/paragraph.html")),
        ],
        verbose_name=_("contenus mis en avant"),
        blank=True,
    )

    featured_orientation = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("orientation à la une"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Vide : la dernière orientation publiée."),
    )
    latest_count = models.PositiveSmallIntegerField(
        _("nombre de fiches récentes"),
        default=3,
        validators=[MaxValueValidator(9)],
        help_text=_("0 pour ne pas les montrer."),
    )
    show_figures = models.BooleanField(_("montrer les chiffres clés"), default=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                PageChooserPanel("featured_orientation", page_type="guides.OrientationPage"),
                FieldPanel("latest_count"),
                FieldPanel("show_figures"),
            ],
            heading=_("Nouveautés et chiffres"),
        ),
        FieldPanel("featured"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page d’accueil")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["orientation"] = self.orientation()
        context["latest"] = self.latest_practices()
        context["figures"] = self.figures() if self.show_figures else None
        return context

    def orientation(self):
        """The orientation chosen by editors, in this page's language when translated; else the
        latest one published."""
        chosen = self.featured_orientation
        if chosen is not None:
            chosen = chosen.get_translation_or_none(self.locale) or chosen
            if chosen.live:
                return chosen.specific
        return (
            OrientationPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .order_by(models.F("first_published_at").desc(nulls_last=True), "-pk")
            .first()
        )

    def latest_practices(self):
        """The newest cards: their ids found once per content generation (a sort of every live
        card: ~20 ms at 10,000), the cards themselves read by id."""
        if not self.latest_count:
            return []
        key = f"home-latest:{self.locale_id}:{self.latest_count}"
        ids = cached_fragment(key, self._latest_ids)
        found = PracticePage.objects.in_bulk(ids)
        return [found[pk] for pk in ids if pk in found]

    def _latest_ids(self) -> list[int]:
        return list(
            PracticePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            # Newest first; pages made live without a publication date last, newest created first.
            .order_by(models.F("first_published_at").desc(nulls_last=True), "-pk")
            .values_list("pk", flat=True)[: self.latest_count]
        )

    def figures(self) -> dict:
        """Key figures: cards in this language, departments they come from, places listed;
        counted once per content generation (any publish or place import starts a new one)."""
        return cached_fragment(f"home-figures:{self.locale_id}", self._figures)

    def _figures(self) -> dict:
        cards = PracticePage.objects.live().public().filter(locale_id=self.locale_id)
        return {
            "cards": cards.count(),
            "territories": cards.exclude(department="")
            .values("department")
            .distinct()
            .order_by()
            .count(),
            "places": Place.objects.count(),
        }


class ContentPage(Page):
    """A plain page: legal notice, accessibility statement, about. The three legal pages show,
    after their text, what the organisation settings say (OrganisationSettings)."""

    class Legal(models.TextChoices):
        LEGAL_NOTICE = "legal-notice", _("Mentions légales")
        PERSONAL_DATA = "personal-data", _("Données personnelles")
        ACCESSIBILITY = "accessibility", _("Déclaration d’accessibilité")

    body = StreamField(body_blocks(), verbose_name=_("contenu"), blank=True)
    legal = models.CharField(
        _("page légale"),
        max_length=20,
        choices=Legal.choices,
        blank=True,
        help_text=_(
            "Affiche sous le texte les informations de l’organisation (Paramètres > "
            "Organisation) que cette page doit donner."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("body")]
    settings_panels = [*Page.settings_panels, FieldPanel("legal")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.legal:
            from home.legal import processings

            context["organisation"] = OrganisationSettings.load(request_or_site=request)
            if self.legal == self.Legal.PERSONAL_DATA:
                context["processings"] = processings()
        return context

    # Under the consultations index: its moderation charter (kept out of the footer).
    parent_page_types = ["home.HomePage", "home.ContentPage", "consultations.ConsultationIndexPage"]

    class Meta:
        verbose_name = _("page de contenu")


class SitemapPage(Page):
    """The human-readable site map required by the DSFR footer."""

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        home = self.get_parent()
        context["tree"] = (
            home.get_descendants()
            .live()
            .public()
            .filter(depth__lte=home.depth + 2)
            .order_by("path")
            .only("title", "url_path", "depth", "path")
        )
        context["home"] = home
        return context

    class Meta:
        verbose_name = _("plan du site")


@register_setting(icon="info-circle")
class OrganisationSettings(BaseGenericSetting):
    """Who publishes, hosts and answers for the site: the legal notice, the personal data page
    and the accessibility statement read these; the admin home warns while one is empty."""

    publisher = models.CharField(
        _("éditeur du site"),
        max_length=200,
        blank=True,
        help_text=_("Par exemple : ministère de la Culture."),
    )
    publisher_address = models.TextField(_("adresse de l’éditeur"), blank=True)
    publication_director = models.CharField(
        _("directeur ou directrice de la publication"), max_length=200, blank=True
    )
    host = models.CharField(_("hébergeur"), max_length=200, blank=True)
    host_address = models.TextField(_("adresse et téléphone de l’hébergeur"), blank=True)
    contact_email = models.EmailField(_("adresse de contact du site"), blank=True)
    accessibility_email = models.EmailField(
        _("adresse de contact pour l’accessibilité"),
        blank=True,
        help_text=_("Vide : l’adresse de contact du site."),
    )
    data_controller = models.CharField(
        _("responsable des traitements de données"), max_length=200, blank=True
    )
    dpo_contact = models.CharField(
        _("délégué ou déléguée à la protection des données (adresse)"),
        max_length=254,
        blank=True,
        help_text=_("Adresse électronique ou postale où exercer ses droits."),
    )

    # Fields a published site cannot leave empty (the legal notice and the personal data page
    # would say nothing): the admin home lists the empty ones.
    REQUIRED = (
        "publisher",
        "publication_director",
        "host",
        "host_address",
        "contact_email",
        "data_controller",
        "dpo_contact",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("publisher"),
                FieldPanel("publisher_address"),
                FieldPanel("publication_director"),
            ],
            heading=_("Édition"),
        ),
        MultiFieldPanel([FieldPanel("host"), FieldPanel("host_address")], heading=_("Hébergement")),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("accessibility_email")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("data_controller"), FieldPanel("dpo_contact")],
            heading=_("Données personnelles"),
        ),
    ]

    class Meta:
        verbose_name = _("organisation")

    def missing(self) -> list:
        """Labels of the required settings still empty."""
        return [
            self._meta.get_field(name).verbose_name
            for name in self.REQUIRED
            if not getattr(self, name).strip()
        ]

    @property
    def accessibility_contact(self) -> str:
        return self.accessibility_email or self.contact_email

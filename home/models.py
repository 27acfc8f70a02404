"""The home page (entry points into the hub) and the plain pages of the site footer."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from core.blocks import EntryPointBlock, body_blocks


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

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("featured")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page d’accueil")


class ContentPage(Page):
    """A plain page: legal notice, accessibility statement, about."""

    body = StreamField(body_blocks(), verbose_name=_("contenu"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("body")]
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

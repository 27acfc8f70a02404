"""StreamField blocks shared by every page type (guides, orientations, practice cards, home)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("titre"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("niveau"),
        choices=[("h2", _("Titre de section (h2)")), ("h3", _("Sous-titre (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Intertitre")
        template = "hub/blocks/heading.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("nature"),
        choices=[("tip", _("Astuce")), ("warning", _("Attention")), ("info", _("À savoir"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("titre"), max_length=120, required=False)
    text = blocks.RichTextBlock(label=_("texte"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "help"
        label = _("Encadré (astuce, attention)")
        template = "hub/blocks/callout.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt = blocks.CharBlock(
        label=_("texte alternatif"),
        max_length=250,
        help_text=_(
            "Décrivez ce que l’image apporte au lecteur (obligatoire pour l’accessibilité)."
        ),
    )
    caption = blocks.CharBlock(label=_("légende"), max_length=250, required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "hub/blocks/image.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("intitulé du lien"), max_length=200, required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document à télécharger")
        template = "hub/blocks/document.html"


class ExternalLinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("adresse"))
    title = blocks.CharBlock(label=_("intitulé"), max_length=200)
    description = blocks.CharBlock(label=_("description"), max_length=300, required=False)

    class Meta:
        icon = "link-external"
        label = _("Ressource externe")
        template = "hub/blocks/external_link.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("étape"), max_length=200)
    text = blocks.RichTextBlock(label=_("détail"), features=RICH_FEATURES, required=False)

    class Meta:
        icon = "list-ol"
        label = _("Étape")


class StepsBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(StepBlock(), **kwargs)

    class Meta:
        icon = "list-ol"
        label = _("Étapes numérotées")
        template = "hub/blocks/steps.html"


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre"), max_length=200, required=False)
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("point à vérifier"), max_length=300), label=_("points")
    )

    class Meta:
        icon = "tasks"
        label = _("Liste de vérification")
        template = "hub/blocks/checklist.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("citation"))
    source = blocks.CharBlock(label=_("source"), max_length=200, required=False)

    class Meta:
        icon = "openquote"
        label = _("Citation")
        template = "hub/blocks/quote.html"


class EntryPointBlock(blocks.StructBlock):
    """A tile on the home page leading to a section of the site."""

    title = blocks.CharBlock(label=_("titre"), max_length=120)
    text = blocks.CharBlock(label=_("texte"), max_length=250, required=False)
    page = blocks.PageChooserBlock(label=_("page liée"), required=False)
    url = blocks.CharBlock(
        label=_("ou adresse"),
        max_length=250,
        required=False,
        help_text=_("Adresse interne (/fr/recherche/) ou externe, si aucune page n’est choisie."),
    )

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "page": ValidationError(_("Choisissez une page ou saisissez une adresse."))
                }
            )
        return value

    class Meta:
        icon = "link"
        label = _("Point d’entrée")
        template = "hub/blocks/entry_point.html"


def body_blocks():
    """The blocks of a long-form body (guides, orientations, practice steps)."""
    return [
        ("heading", HeadingBlock()),
        (
            "paragraph",
            blocks.RichTextBlock(
                label=_("Paragraphe"), features=RICH_FEATURES, template="hub/blocks/paragraph.html"
            ),
        ),
        ("steps", StepsBlock()),
        ("checklist", ChecklistBlock()),
        ("callout", CalloutBlock()),
        ("image", ImageBlock()),
        ("document", DocumentBlock()),
        ("link", ExternalLinkBlock()),
        ("quote", QuoteBlock()),
    ]

"""The built-in vocabularies' terms (themes, territory types, audiences), their through models, and
the page base that carries every registered vocabulary; the outbox's stored e-mails
(`OutgoingEmail`, used through `core.outbox`)."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.coreutils import find_available_slug
from wagtail.models import Page

from core.admin_forms import HubPageForm
from core.text import ascii_slug
from core.vocabularies import vocabularies, vocabulary


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


class TaggedPage(Page):
    """Base of every content page: one tag field per registered vocabulary (added below from
    core.vocabularies), each with its own through model pointing at wagtailcore.Page, so one
    filter works across orientations, guides and practice cards."""

    class Meta:
        abstract = True

    base_form_class = HubPageForm

    # Filled from the registry below: ("theme_items__tag", ...) and the admin's "Classement".
    TAG_PREFETCH: tuple = ()
    taxonomy_panels: list = []

    def save(self, *args, **kwargs):
        if kwargs.get("update_fields") is None:
            self._slug_from_translated_title()
        return super().save(*args, **kwargs)

    def _slug_from_translated_title(self):
        """A translation that still carries its source's slug gets one from its own title once
        that is translated (/en/good-practices/online-help-desk/, not the French words).
        wagtail-localize offers the slug to translators; this covers those who leave it. A live
        page's old URL gets a redirect (wagtail.contrib.redirects, on the slug change)."""
        if not self.pk or not self.title:
            return
        source = (
            Page.objects.filter(
                translation_key=self.translation_key,
                locale__language_code=settings.LANGUAGE_CODE,
            )
            .exclude(locale_id=self.locale_id)
            .values("slug", "title")
            .first()
        )
        if source and source["slug"] == self.slug and source["title"] != self.title:
            slug = ascii_slug(self.title)[:80].strip("-")
            if slug:
                self.slug = find_available_slug(self.get_parent(), slug, ignore_page_id=self.pk)

    def get_context(self, request, *args, **kwargs):
        # Tags are loaded when a template first asks for them (a cached fragment may not):
        # two queries per vocabulary for all of them, however many. Previews keep their
        # in-memory rows.
        self._prefetch_tags_on_demand = bool(self.pk) and not getattr(request, "is_preview", False)
        return super().get_context(request, *args, **kwargs)

    def _terms(self, relation):
        # Reads the through rows, so `prefetch_related(*TAG_PREFETCH)` makes it query-free;
        # the search results attach their terms directly (search.service.attach_terms).
        attached = getattr(self, "attached_terms", None)
        if attached is not None:
            return attached.get(relation, [])
        if getattr(self, "_prefetch_tags_on_demand", False):
            self._prefetch_tags_on_demand = False
            prefetch_related_objects([self], *self.TAG_PREFETCH)
        terms = [item.tag for item in getattr(self, relation).all()]
        return sorted(terms, key=lambda term: (term.sort_order, term.name))

    def terms(self, param):
        """The terms of one vocabulary (by its registry param) on this page, in display order."""
        return self._terms(vocabulary(param).items)

    def tag_groups(self):
        """(search parameter, label, terms) of every vocabulary, for templates."""
        return [(v.param, v.label, self._terms(v.items)) for v in page_vocabularies()]

    # Read by search/views.py (owned by the search rewrite); new code calls terms(param).
    @property
    def theme_terms(self):
        return self.terms("theme")

    @property
    def territory_terms(self):
        return self.terms("territory")

    @property
    def audience_terms(self):
        return self.terms("audience")


def _add_vocabulary_fields(model):
    """One tag field per registered vocabulary on the abstract page base: concrete page
    models inherit them (and their migrations record them) like declared fields."""
    for v in vocabularies():
        ClusterTaggableManager(
            to=v.tag_model,
            through=v.through_model,
            blank=True,
            verbose_name=v.label,
            help_text=v.help_text,
        ).contribute_to_class(model, v.field)
    model.TAG_PREFETCH = tuple(f"{v.items}__tag" for v in vocabularies())
    model.taxonomy_panels = [
        MultiFieldPanel([FieldPanel(v.field) for v in vocabularies()], heading=_("Classement"))
    ]
    model.tagged_with = frozenset(v.param for v in vocabularies())


_add_vocabulary_fields(TaggedPage)


def page_vocabularies():
    """The registered vocabularies that content pages carry (all of them, unless one was
    registered too late: check hub.E001 reports it)."""
    return [v for v in vocabularies() if v.param in TaggedPage.tagged_with]


class OutgoingEmail(models.Model):
    """One e-mail of the outbox: stored when a request or a command asks for it, sent later by
    `send_pending_emails` (see core/outbox.py), and kept with its state afterwards."""

    kind = models.CharField(_("nature"), max_length=60, db_index=True)
    recipients = models.TextField(_("destinataires"))  # comma-separated addresses
    subject = models.CharField(_("objet"), max_length=255)
    body = models.TextField(_("texte"))
    html_body = models.TextField(_("version HTML"), blank=True)
    from_email = models.CharField(_("expéditeur"), max_length=254, blank=True)
    # Extra headers (List-Unsubscribe of the alert digests), name -> value.
    headers = models.JSONField(_("en-têtes"), default=dict, blank=True)
    # What the e-mail is about (a submission, a contribution...), for that object's history.
    content_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    related = GenericForeignKey("content_type", "object_id")
    created_at = models.DateTimeField(_("créé le"), default=timezone.now)
    # Not claimed by a sender before this moment: the retry delay after a failure, or the lease
    # of the sender that holds it (if that sender dies, another one takes it after the lease).
    available_at = models.DateTimeField(default=timezone.now)
    claim = models.CharField(max_length=32, blank=True, editable=False)
    sent_at = models.DateTimeField(_("envoyé le"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("tentatives"), default=0)
    last_error = models.TextField(_("dernière erreur"), blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("courriel sortant")
        verbose_name_plural = _("courriels sortants")
        indexes = [
            models.Index(fields=["sent_at", "available_at"], name="hub_outbox_pending"),
            models.Index(fields=["content_type", "object_id"], name="hub_outbox_related"),
        ]

    def __str__(self):
        return self.subject

    @property
    def recipient_list(self) -> list[str]:
        return [address for address in self.recipients.split(",") if address]


class HistoryEvent(models.Model):
    """One step in the history of something the public sent (a submission, a contribution):
    when, by whom (nobody for the public's own steps) and why. Concrete models add the thing
    (a foreign key with `related_name="events"`) and their `kind` choices."""

    created_at = models.DateTimeField(default=timezone.now)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    message = models.TextField(blank=True)

    class Meta:
        abstract = True
        ordering = ["created_at", "pk"]
        verbose_name = _("étape")

    def __str__(self):
        return self.get_kind_display()

"""Good-practice cards: concrete actions a territory can reuse, and their index page."""

import functools

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
    Panel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.admin_forms import HubPageForm
from core.blocks import RICH_FEATURES, DocumentBlock, ImageBlock, StepBlock
from core.geo import (
    DEPARTMENT_CHOICES,
    DEPARTMENT_REGION,
    REGION_CHOICES,
    department_of,
    validate_insee_code,
    validate_postal_code,
)
from core.models import PageTerritoryType, TaggedPage, TerritoryType
from core.page_cache import cached_fragment
from core.pagination import live_specific_pages, paginate
from core.publication import REFUSED_KEY
from core.vocabularies import vocabularies, vocabulary
from places import phones
from places.models import PlaceDirectoryPage
from practices.signals import locate_practice

SUMMARY_MAX = 280

# The one validation of these codes (core.geo), shared by the forms, importers and models.
insee_validator = validate_insee_code
postal_validator = validate_postal_code


class StructureKind(models.TextChoices):
    MUNICIPAL = "municipale", _("Bibliothèque municipale")
    INTERCOMMUNAL = "intercommunale", _("Réseau intercommunal de lecture publique")
    DEPARTMENTAL = "departementale", _("Bibliothèque départementale")
    READING_POINT = "point-lecture", _("Point lecture ou relais")
    UNIVERSITY = "universitaire", _("Bibliothèque universitaire")
    ASSOCIATION = "association", _("Association")
    OTHER = "autre", _("Autre structure")


class LibrarySize(models.TextChoices):
    XS = "xs", _("Moins de 2 000 habitants desservis")
    S = "s", _("2 000 à 10 000 habitants")
    M = "m", _("10 000 à 50 000 habitants")
    L = "l", _("Plus de 50 000 habitants")


class BudgetRange(models.TextChoices):
    NONE = "0", _("Sans budget dédié")
    SMALL = "1k", _("Moins de 1 000 €")
    MEDIUM = "5k", _("1 000 à 5 000 €")
    LARGE = "20k", _("5 000 à 20 000 €")
    XLARGE = "20k+", _("Plus de 20 000 €")


class SetupTime(models.TextChoices):
    WEEKS = "semaines", _("Quelques semaines")
    MONTHS = "1-3-mois", _("1 à 3 mois")
    SEMESTER = "3-6-mois", _("3 à 6 mois")
    YEAR = "6-mois-plus", _("Plus de 6 mois")


class PracticeStatus(models.TextChoices):
    ONGOING = "en-cours", _("En cours")
    FINISHED = "terminee", _("Terminée")


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("nom"), max_length=200)
    kind = blocks.CharBlock(
        label=_("nature"),
        max_length=120,
        required=False,
        help_text=_("France Services, CCAS, association, mission locale…"),
    )
    role = blocks.CharBlock(label=_("rôle dans l’action"), max_length=300, required=False)

    class Meta:
        icon = "group"
        label = _("Partenaire")


class IndicatorBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("indicateur"), max_length=200)
    value = blocks.CharBlock(label=_("valeur"), max_length=120)

    class Meta:
        icon = "pick"
        label = _("Résultat chiffré")


def locate(commune="", postal_code="", insee_code="") -> dict | None:
    """What the commune reference says of a card's commune (an INSEE code, or a name with its
    postal code): {"code", "name", "department", "terms": [{"slug", "reason"}]}, or None."""
    for _receiver, answer in locate_practice.send(
        sender=PracticePage, commune=commune, postal_code=postal_code, insee_code=insee_code
    ):
        if answer:
            return answer
    return None


class DerivedTerritoryPanel(Panel):
    """Read-only: which territory types came from the card's commune, and why."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "practices/admin/derived_territory_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            derivation = getattr(self.instance, "territory_derivation", None) or {}
            context["derivation"] = derivation
            derived = {term["slug"] for term in derivation.get("terms", [])}
            labels = {t.slug: t.label for t in TerritoryType.objects.filter(slug__in=derived)}
            context["derived"] = [
                (labels.get(term["slug"], term["slug"]), term["reason"])
                for term in derivation.get("terms", [])
            ]
            context["by_hand"] = [
                item.tag
                for item in self.instance.territory_items.all()
                if item.tag.slug not in derived
            ]
            return context


class PracticePageForm(HubPageForm):
    """Drafts may be incomplete; publishing (or asking for review, or approving) checks the
    card's publication rule on the terms chosen in the form (PracticePage.publication_errors)."""

    PUBLISHING_ACTIONS = ("action-publish", "action-submit")

    def publishing(self):
        return any(action in self.data for action in self.PUBLISHING_ACTIONS) or (
            self.data.get("workflow-action-name") == "approve"
        )

    def clean(self):
        cleaned = super().clean()
        # A refused publication is saved as a draft (core.publication) unless other errors keep
        # it from being saved: then the rule's errors are shown beside them.
        refused = REFUSED_KEY in self.data and self.errors
        if self.publishing() or refused:
            # The instance still holds the saved terms: the rule reads the chosen ones.
            chosen = {
                v.field: cleaned.get(v.field) for v in vocabularies() if v.field in self.fields
            }
            for name, messages in self.instance.publication_errors(chosen).items():
                for message in messages:
                    self.add_error(name, message)
        return cleaned


def merge_derived_territories(current, derived, density) -> set[str]:
    """The territory types of a card once its commune is known: what it had plus what the
    commune gives (`derived`); the grid's density level replaces any other density level (one
    commune has one), overlays added by hand stay. `density`: the slugs that are density levels.
    The one rule for cards saved in the admin, imported or made from a submission."""
    merged = set(current) | set(derived)
    if any(slug in density for slug in derived):
        merged = {slug for slug in merged if slug not in density or slug in derived}
    return merged


class PracticePage(TaggedPage):
    # This page type's value of the search's `type` filter (`/recherche/?type=pratique`): links
    # to the search filtered to cards use it; tests check the search service knows it.
    SEARCH_TYPE = "pratique"

    summary = models.CharField(
        _("résumé"),
        max_length=SUMMARY_MAX,
        help_text=_(
            "L’action en une ou deux phrases, comme dans un message court (280 caractères au plus)."
        ),
    )
    structure_name = models.CharField(_("structure porteuse"), max_length=200)
    structure_kind = models.CharField(
        _("nature de la structure"),
        max_length=20,
        choices=StructureKind.choices,
        default=StructureKind.MUNICIPAL,
    )
    library_size = models.CharField(
        _("taille (population desservie)"), max_length=4, choices=LibrarySize.choices, blank=True
    )
    commune = models.CharField(_("commune"), max_length=120)
    insee_code = models.CharField(
        _("code INSEE"), max_length=5, blank=True, validators=[insee_validator]
    )
    postal_code = models.CharField(
        _("code postal"), max_length=5, blank=True, validators=[postal_validator]
    )
    department = models.CharField(
        _("département"),
        max_length=3,
        choices=DEPARTMENT_CHOICES,
        blank=True,
        db_index=True,
        help_text=_("Déduit du code postal s’il est laissé vide."),
    )
    region = models.CharField(
        _("région"), max_length=3, choices=REGION_CHOICES, blank=True, db_index=True, editable=False
    )
    territory_derivation = models.JSONField(
        _("types de territoire déduits de la commune"), default=dict, blank=True, editable=False
    )

    context = RichTextField(_("contexte et besoin"), features=RICH_FEATURES, blank=True)
    steps = StreamField(
        [("step", StepBlock())], verbose_name=_("ce qui a été fait (étapes)"), blank=True
    )
    budget_range = models.CharField(
        _("budget"), max_length=5, choices=BudgetRange.choices, blank=True, db_index=True
    )
    staff = models.CharField(
        _("équipe mobilisée"),
        max_length=250,
        blank=True,
        help_text=_("Par exemple : 2 bibliothécaires, 1 conseiller numérique."),
    )
    volunteers = models.PositiveSmallIntegerField(_("bénévoles"), null=True, blank=True)
    setup_time = models.CharField(
        _("temps de mise en place"), max_length=12, choices=SetupTime.choices, blank=True
    )
    equipment = models.TextField(_("équipement"), blank=True)
    partners = StreamField([("partner", PartnerBlock())], verbose_name=_("partenaires"), blank=True)
    results = RichTextField(_("résultats"), features=RICH_FEATURES, blank=True)
    indicators = StreamField(
        [("indicator", IndicatorBlock())], verbose_name=_("résultats chiffrés"), blank=True
    )
    difficulties = RichTextField(_("difficultés rencontrées"), features=RICH_FEATURES, blank=True)
    tips = RichTextField(_("conseils"), features=RICH_FEATURES, blank=True)
    checklist = StreamField(
        [("item", blocks.CharBlock(label=_("point"), max_length=300))],
        verbose_name=_("pour la reproduire"),
        blank=True,
    )
    period_start = models.DateField(_("début"), null=True, blank=True)
    period_end = models.DateField(_("fin"), null=True, blank=True)
    status = models.CharField(
        _("état"),
        max_length=10,
        choices=PracticeStatus.choices,
        default=PracticeStatus.ONGOING,
        db_index=True,
    )
    contact_name = models.CharField(
        _("contact public : nom ou fonction"), max_length=200, blank=True
    )
    contact_email = models.EmailField(_("contact public : courriel"), blank=True)
    contact_url = models.URLField(_("contact public : site web"), blank=True)
    contact_phone = models.CharField(
        _("contact public : téléphone"),
        max_length=30,
        blank=True,
        help_text=_("Le standard de la structure, jamais un numéro personnel."),
    )
    attachments = StreamField(
        [("document", DocumentBlock()), ("image", ImageBlock())],
        verbose_name=_("pièces jointes"),
        blank=True,
    )

    base_form_class = PracticePageForm

    # Place names and codes are the same in every language: the English card keeps the French
    # card's values, and translators are not offered them.
    override_translatable_fields = [
        SynchronizedField("commune"),
        SynchronizedField("postal_code"),
        SynchronizedField("insee_code"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("structure_name"),
        index.SearchField("commune"),
        index.SearchField("context"),
        index.SearchField("steps"),
        index.SearchField("results"),
        index.SearchField("tips"),
        index.FilterField("department"),
        index.FilterField("region"),
        index.FilterField("budget_range"),
        index.FilterField("status"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("structure_name"),
                FieldRowPanel([FieldPanel("structure_kind"), FieldPanel("library_size")]),
            ],
            heading=_("Structure porteuse"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("commune"), FieldPanel("postal_code"), FieldPanel("insee_code")]
                ),
                FieldPanel("department"),
            ],
            heading=_("Lieu"),
        ),
        *TaggedPage.taxonomy_panels,
        DerivedTerritoryPanel(heading=_("Types de territoire déduits de la commune")),
        FieldPanel("context"),
        FieldPanel("steps"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("budget_range"), FieldPanel("setup_time")]),
                FieldRowPanel([FieldPanel("staff"), FieldPanel("volunteers")]),
                FieldPanel("equipment"),
            ],
            heading=_("Moyens"),
        ),
        FieldPanel("partners"),
        InlinePanel(
            "place_links",
            label=_("Acteur"),
            heading=_("Acteurs de la médiation associés"),
            help_text=_(
                "Lieux et partenaires de l’annuaire qui portent cette action ou y participent."
            ),
        ),
        FieldPanel("results"),
        FieldPanel("indicators"),
        FieldPanel("difficulties"),
        FieldPanel("tips"),
        FieldPanel("checklist"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("period_start"), FieldPanel("period_end"), FieldPanel("status")]
                )
            ],
            heading=_("Période"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_url"),
                FieldPanel("contact_phone"),
            ],
            heading=_("Contact public (facultatif)"),
        ),
        FieldPanel("attachments"),
        InlinePanel(
            "inspiration_links",
            label=_("Fiche d’origine"),
            heading=_("Inspirée de"),
            help_text=_("Les fiches dont cette action s’est inspirée (la filiation)."),
        ),
    ]
    parent_page_types = ["practices.PracticeIndexPage", "practices.ContributionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("fiche de bonne pratique")
        verbose_name_plural = _("fiches de bonnes pratiques")

    # Vocabularies (registry params) a card must carry to be published, with the reason.
    REQUIRED_TO_PUBLISH = {
        "theme": _("Une fiche publiée doit avoir au moins une thématique."),
        "territory": _("Une fiche publiée doit avoir au moins un type de territoire."),
    }

    def publication_errors(self, chosen=None) -> dict:
        """{field: [French messages]} of what a published card lacks. `chosen` ({field:
        terms}) stands in for terms not on the page yet (the admin form's choices)."""
        errors = {}
        for param, message in self.REQUIRED_TO_PUBLISH.items():
            v = vocabulary(param)
            if chosen is not None and v.field in chosen:
                terms = chosen[v.field]
            else:
                terms = getattr(self, v.items).all()
            if not terms:
                errors[v.field] = [str(message)]
        return errors

    def card_errors(self, publishing=False) -> dict:
        """{field: [French messages]} of the card's own rules, beyond each field's validators:
        the period cannot end before it starts; a published card has a theme and a territory
        type. The one place these rules live: the model's clean() (admin form, every save),
        the admin form's publication check, the importer and moderation all read them."""
        errors = {}
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = [str(_("La fin ne peut précéder le début."))]
        if self.contact_phone and phones.parsed(self.contact_phone) is None:
            errors["contact_phone"] = [
                str(_("Numéro de téléphone illisible : par exemple 02 96 29 00 00."))
            ]
        if publishing:
            errors.update(self.publication_errors())
        return errors

    def clean(self):
        super().clean()
        errors = self.card_errors()
        if errors:
            raise ValidationError(errors)
        self._derive_place()

    def save(self, *args, **kwargs):
        self._derive_place()
        super().save(*args, **kwargs)

    def _derive_place(self):
        """Department from the commune's codes when left empty (core.geo.department_of), else from
        the commune reference; region always from the department; INSEE code and territory types
        from the commune reference (see derive_territory_types)."""
        located = locate(self.commune, self.postal_code, self.insee_code)
        if located and not self.insee_code:
            self.insee_code = located["code"]
        if not self.department:
            self.department = department_of(self.postal_code, self.insee_code)
        if not self.department and located:
            self.department = located["department"]
        self.region = DEPARTMENT_REGION.get(self.department, "")
        self.derive_territory_types(located)

    def derive_territory_types(self, located):
        """Add the territory types that follow from the commune (density level, FRR, QPV,
        outre-mer) to the card's tags, in memory (saved with the page), by the one rule of
        `merge_derived_territories`. `territory_derivation` records which terms came from the
        commune and why, for the admin."""
        self.territory_derivation = located or {}
        if not located:
            return
        derived = [term["slug"] for term in located["terms"]]
        items = list(self.territory_items.all())
        density = set(
            TerritoryType.objects.filter(
                slug__in=[*derived, *(item.tag.slug for item in items)],
                kind=TerritoryType.Kind.DENSITY,
            ).values_list("slug", flat=True)
        )
        wanted = merge_derived_territories([item.tag.slug for item in items], derived, density)
        kept = [item for item in items if item.tag.slug in wanted]
        if len(kept) != len(items):
            self.territory_items = kept
        have = {item.tag.slug for item in kept}
        for term in TerritoryType.objects.filter(slug__in=[s for s in wanted if s not in have]):
            self.territory_items.add(PageTerritoryType(tag=term))

    def related_practices(self, limit=5):
        """Live cards of the same language sharing a theme and a territory type, best match
        first: a fixed number of queries whatever the number of tags or matches, and the
        matching itself computed once per content generation."""
        ids = cached_fragment(
            f"related:{self.pk}:{limit}", lambda: self._related_practice_ids(limit)
        )
        if not ids:
            return []
        found = {
            page.pk: page
            for page in PracticePage.objects.live()
            .public()
            .filter(pk__in=ids)
            .prefetch_related(*TaggedPage.TAG_PREFETCH)
        }
        return [found[pk] for pk in ids if pk in found]

    def _related_practice_ids(self, limit):
        # Related: sharing a term of each vocabulary a published card carries (theme and
        # territory type), the most shared terms first.
        candidates = (
            PracticePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .exclude(pk=self.pk)
        )
        shared = None
        for param in self.REQUIRED_TO_PUBLISH:
            items = vocabulary(param).items
            tag_ids = [item.tag_id for item in getattr(self, items).all()]
            if not tag_ids:
                return []
            candidates = candidates.filter(**{f"{items}__tag_id__in": tag_ids})
            count = models.Count(items, distinct=True)
            shared = count if shared is None else shared + count
        candidates = candidates.annotate(shared=shared).order_by("-shared", "-first_published_at")
        return list(candidates.values_list("pk", flat=True)[:limit])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Callables: the template evaluates them only when its cached fragment is missing.
        saved = bool(self.pk)
        context["related"] = self.related_practices if saved else list
        context["print_view"] = request.GET.get("print") == "1"
        # Read once per request: the structure's link and the aside both use them.
        place_links = functools.cache(self.linked_places) if saved else list
        context["place_links"] = place_links
        context["carrier_url"] = lambda: carrier_url(place_links())
        context["inspired_by_pages"] = lambda: live_specific_pages(
            [link.source_id for link in self.inspiration_links.all()]
        )
        context["inspired_pages"] = self.inspired_practices if saved else list
        return context

    def linked_places(self):
        """(role label, place, place page URL) of the mediation places carrying or partnering."""
        links = list(self.place_links.select_related("place"))
        if not links:
            return []
        directory = (
            PlaceDirectoryPage.objects.live().filter(locale_id=self.locale_id).first()
            or PlaceDirectoryPage.objects.live().first()
        )
        base = directory.url if directory else None
        return [
            (link.get_role_display(), link.place, f"{base}lieu/{link.place_id}/" if base else None)
            for link in links
        ]

    def inspired_practices(self):
        """Live cards that say they reproduced this one (in this card's language)."""
        return list(
            PracticePage.objects.live()
            .public()
            .filter(inspiration_links__source=self, locale_id=self.locale_id)
            .order_by("title")
            .distinct()
        )


def carrier_url(place_links) -> str:
    """The directory page of the place that carries the card (role "porteur") among its
    `linked_places()`, if any: the card's structure links to it."""
    for role, _place, url in place_links:
        if url and role == PlaceRole.CARRIER.label:
            return url
    return ""


class PracticeLineage(Orderable):
    """ "Inspired by": the reuse lineage between cards."""

    practice = ParentalKey(PracticePage, related_name="inspiration_links", on_delete=models.CASCADE)
    source = models.ForeignKey(
        PracticePage,
        related_name="inspired_links",
        on_delete=models.CASCADE,
        verbose_name=_("fiche d’origine"),
    )

    panels = [PageChooserPanel("source", page_type="practices.PracticePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("filiation")
        constraints = [
            models.UniqueConstraint(fields=["practice", "source"], name="unique_practice_lineage")
        ]


class PracticeIndexPage(Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["practices.PracticePage"]

    class Meta:
        verbose_name = _("index des bonnes pratiques")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        practices = (
            PracticePage.objects.child_of(self)
            .live()
            .public()
            .order_by("-first_published_at", "title")
            .prefetch_related(*TaggedPage.TAG_PREFETCH)
        )
        context["practices"] = paginate(request, practices, 12, count_key=f"count:{self.pk}")
        context["search_type"] = PracticePage.SEARCH_TYPE
        return context


class ContributionIndexPage(Page):
    """The contributors' workspace: cards drafted here are never public (setup_site puts a
    view restriction on this section); an editor moves a finished card to the practices index
    and publishes it there."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["practices.PracticePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("espace des contributions")


class PlaceRole(models.TextChoices):
    CARRIER = "porteur", _("Structure porteuse")
    PARTNER = "partenaire", _("Partenaire")


class PracticePlace(Orderable):
    """A place of the directory that carries a practice card or partners in it (chooser)."""

    practice = ParentalKey(
        "practices.PracticePage", related_name="place_links", on_delete=models.CASCADE
    )
    place = models.ForeignKey(
        "places.Place",
        related_name="practice_links",
        on_delete=models.CASCADE,
        verbose_name=_("acteur"),
    )
    role = models.CharField(
        _("rôle"), max_length=12, choices=PlaceRole.choices, default=PlaceRole.PARTNER
    )

    panels = [FieldRowPanel([FieldPanel("place"), FieldPanel("role")])]

    class Meta(Orderable.Meta):
        verbose_name = _("acteur associé")
        constraints = [
            models.UniqueConstraint(fields=["practice", "place"], name="unique_practice_place")
        ]

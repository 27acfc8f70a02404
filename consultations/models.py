"""Consultation pages and what the public sends to them: participants, contributions (proposals
and one level of replies), supports, reports and the history of each contribution.

A contribution is stored before anything else happens to it, stays private until its author
confirms their address by a signed link and a moderator publishes it. Contributions belong to
the source-language page: the French page and its English translation show one forum.
"""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from consultations.cards import contribution_cards
from core.blocks import RICH_FEATURES
from core.geo import DEPARTMENT_CHOICES
from core.models import HistoryEvent
from core.page_cache import cached_fragment
from core.pagination import paginate

TITLE_MAX = 150
BODY_MAX = 3000
PSEUDONYM_MAX = 60
TERRITORY_MAX = 100
PER_PAGE = 20


class Profile(models.TextChoices):
    ELECTED = "elu", _("Élu·e")
    LIBRARIAN = "bibliothecaire", _("Bibliothécaire")
    MEDIATOR = "mediateur", _("Médiateur·rice numérique")
    ASSOCIATION = "association", _("Association")
    RESIDENT = "habitant", _("Habitant·e")
    OTHER = "autre", _("Autre")


class SectionBlock(blocks.StructBlock):
    """A question or a part of the draft, with its own thread. Contributions point at the
    block's id, which stays the same across revisions and translations."""

    title = blocks.CharBlock(label=_("question ou partie"), max_length=200)
    text = blocks.RichTextBlock(label=_("texte"), features=RICH_FEATURES, required=False)

    class Meta:
        icon = "help"
        label = _("Question ou partie du projet")


class ConsultationIndexPage(Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    # A plain page for the moderation charter, beside the consultations it governs.
    subpage_types = ["consultations.ConsultationPage", "home.ContentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("index des consultations")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        pages = ConsultationPage.objects.child_of(self).live().public()
        context.update(
            open_consultations=pages.filter(opens_at__lte=now, closes_at__gt=now).order_by(
                "closes_at"
            ),
            upcoming_consultations=pages.filter(opens_at__gt=now).order_by("opens_at"),
            closed_consultations=pages.filter(closes_at__lte=now).order_by("-closes_at"),
        )
        return context


class ConsultationPage(Page):
    intro = RichTextField(
        _("présentation"),
        features=RICH_FEATURES,
        help_text=_(
            "Ce qui est soumis à la consultation, pour qui, et ce qu’il adviendra des avis."
        ),
    )
    orientation = models.ForeignKey(
        "guides.OrientationPage",
        verbose_name=_("orientation en projet"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultations",
        help_text=_("L’orientation soumise à la consultation : elle renverra vers cette page."),
    )
    opens_at = models.DateTimeField(_("ouverture"))
    closes_at = models.DateTimeField(_("clôture"))
    sections = StreamField(
        [("section", SectionBlock())],
        verbose_name=_("questions ou parties"),
        blank=True,
        help_text=_("Chaque question ou partie a son fil de discussion. Sans elles, un seul fil."),
    )
    synthesis = RichTextField(
        _("synthèse"),
        features=RICH_FEATURES,
        blank=True,
        help_text=_(
            "Publiée après la clôture. À sa première publication, chaque participant·e dont "
            "l’adresse est confirmée est prévenu·e par courriel."
        ),
    )

    search_fields = [*Page.search_fields, index.SearchField("intro")]
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        PageChooserPanel("orientation", page_type="guides.OrientationPage"),
        MultiFieldPanel([FieldPanel("opens_at"), FieldPanel("closes_at")], heading=_("Dates")),
        FieldPanel("sections"),
        FieldPanel("synthesis"),
    ]
    parent_page_types = ["consultations.ConsultationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("consultation publique")
        verbose_name_plural = _("consultations publiques")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("La clôture doit venir après l’ouverture.")})

    # --- state -------------------------------------------------------------------------
    def is_open(self, now=None):
        now = now or timezone.now()
        return self.opens_at <= now < self.closes_at

    def is_closed(self, now=None):
        return (now or timezone.now()) >= self.closes_at

    @property
    def status_label(self):
        if self.is_closed():
            return _("Terminée")
        return _("Ouverte") if self.is_open() else _("À venir")

    def source(self):
        """The page contributions belong to: the translation in the default language."""
        # Once per content generation (saving a locale purges): the page reads it per request.
        default = cached_fragment("consultations:default-locale", lambda: Locale.get_default().pk)
        if self.locale_id == default:
            return self
        source = self.get_translation_or_none(default)
        return source.specific if source else self

    def in_language(self, code):
        """This consultation's live page in language `code`, or this one."""
        locale = Locale.objects.filter(language_code=code).first()
        page = self.get_translation_or_none(locale) if locale else None
        return page.specific if page is not None and page.live else self

    def localized_orientation(self):
        """The orientation in this page's language (or its source), if live. Three queries:
        once per content generation (publishing either page starts a new one)."""
        if self.orientation_id is None:
            return None
        return cached_fragment(
            f"consultations:{self.pk}:orientation", self._read_localized_orientation
        )

    def _read_localized_orientation(self):
        translated = self.orientation.get_translation_or_none(self.locale)
        page = translated or self.orientation
        return page if page.live else None

    def section_choices(self):
        return [(block.id, block.value["title"]) for block in self.sections]

    # --- rendering ---------------------------------------------------------------------
    def threads(self, request):
        """Sections with their published proposals (paginated, 20 per page, most supported
        first) and each proposal's published replies, as HTML cards (consultations/cards.py):
        one query whatever the number of contributions (`PublishedProposals`). The count of
        published proposals changes only when a moderator acts or an author withdraws, which
        both start a new content generation: it is counted once per generation."""
        source = self.source()
        section = request.GET.get("partie", "")
        choices = self.section_choices()
        titles = dict(choices)
        if section not in titles:
            section = ""
        page_obj = paginate(
            request,
            PublishedProposals(source.pk, section),
            PER_PAGE,
            count_key=f"consultations:{source.pk}:{section}:published",
        )
        cards = contribution_cards(
            page_obj,
            section_titles=titles,
            profiles={value: str(label) for value, label in Profile.choices},
            is_open=self.is_open(),
            page_id=self.pk,
        )
        return {"proposals": page_obj, "cards": cards, "section": section, "sections": choices}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.threads(request))
        context["orientation_page"] = self.localized_orientation()
        context["participant"] = request.session.get("consultation_participant") and True
        return context


class Participant(models.Model):
    """An e-mail address that took part: never shown, never exported, deleted on withdrawal."""

    email = models.EmailField(_("courriel"), unique=True)
    created_at = models.DateTimeField(_("première participation"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("adresse confirmée le"), null=True, blank=True)

    class Meta:
        verbose_name = _("participant·e")

    def __str__(self):
        return f"#{self.pk}"


class Contribution(models.Model):
    class State(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("Adresse à confirmer")
        PENDING = "pending", _("À modérer")
        PUBLISHED = "published", _("Publiée")
        REJECTED = "rejected", _("Refusée")
        WITHDRAWN = "withdrawn", _("Retirée par son auteur·rice")

    # What a consultation page shows of a published contribution (and its thread index holds
    # the columns of the page's order, so a page of proposals is found from the index alone,
    # at any depth of pagination).
    PUBLIC_COLUMNS = [
        "id",
        "parent_id",
        "section",
        "title",
        "body",
        "pseudonym",
        "profile",
        "department",
        "commune",
        "published_at",
        "support_count",
    ]

    consultation = models.ForeignKey(
        ConsultationPage,
        verbose_name=_("consultation"),
        on_delete=models.CASCADE,
        related_name="contributions",
    )
    section = models.CharField(_("partie"), max_length=64, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("en réponse à"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
    )
    title = models.CharField(_("titre"), max_length=TITLE_MAX, blank=True)
    body = models.TextField(_("texte"), max_length=BODY_MAX)
    participant = models.ForeignKey(
        Participant,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributions",
    )
    pseudonym = models.CharField(_("pseudonyme"), max_length=PSEUDONYM_MAX)
    profile = models.CharField(_("profil"), max_length=20, choices=Profile.choices)
    department = models.CharField(_("département"), max_length=3, choices=DEPARTMENT_CHOICES)
    commune = models.CharField(_("commune"), max_length=TERRITORY_MAX, blank=True)
    language = models.CharField(_("langue"), max_length=5, default="fr")
    state = models.CharField(
        _("état"), max_length=12, choices=State.choices, default=State.UNCONFIRMED, db_index=True
    )
    created_at = models.DateTimeField(_("reçue le"), default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmée le"), null=True, blank=True)
    published_at = models.DateTimeField(_("publiée le"), null=True, blank=True)
    rejection_reason = models.TextField(_("motif du refus"), blank=True)
    support_count = models.PositiveIntegerField(_("soutiens"), default=0)
    report_count = models.PositiveIntegerField(_("signalements"), default=0)

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        ordering = ["-created_at"]
        indexes = [
            # A page of proposals (PublishedProposals), of all sections or of one, read from
            # the index alone at any depth (the sort and the section are in it).
            models.Index(
                fields=[
                    "consultation",
                    "state",
                    "parent",
                    "-support_count",
                    "-published_at",
                    "id",
                    "section",
                ],
                name="consult_contrib_page",
            )
        ]

    def __str__(self):
        return self.title or self.body[:60]

    @property
    def is_reply(self):
        return self.parent_id is not None

    def log(self, kind, user=None, message=""):
        return self.events.create(kind=kind, user=user, message=message)


class PublishedProposals:
    """The published proposals of a consultation (of one section, or all), most supported
    first, as Django's paginator slices them: each slice is one query, on the thread index,
    that returns the page's proposals with their published replies (oldest first), as dicts
    of PUBLIC_COLUMNS with a "replies" list. The ORM took two queries and about 3 ms of CPU
    to build them (bench/consultation_bench.py); the SQL is plain and the same on SQLite and
    PostgreSQL."""

    SQL = """
        WITH page AS (
            SELECT id FROM consultations_contribution
            WHERE consultation_id = %s AND state = %s AND parent_id IS NULL {section}
            ORDER BY support_count DESC, published_at DESC, id
            LIMIT %s OFFSET %s
        )
        SELECT {columns} FROM consultations_contribution
        WHERE id IN (SELECT id FROM page)
           OR (parent_id IN (SELECT id FROM page) AND state = %s)
        ORDER BY published_at, id
    """
    COLUMNS = Contribution.PUBLIC_COLUMNS

    def __init__(self, consultation_id, section=""):
        self.consultation_id = consultation_id
        self.section = section

    def count(self):
        found = Contribution.objects.filter(
            consultation_id=self.consultation_id, state=Contribution.State.PUBLISHED, parent=None
        )
        return (found.filter(section=self.section) if self.section else found).count()

    def __getitem__(self, window):
        from django.db import connection

        published = Contribution.State.PUBLISHED
        params = [self.consultation_id, published, *([self.section] if self.section else [])]
        sql = self.SQL.format(
            section="AND section = %s" if self.section else "", columns=", ".join(self.COLUMNS)
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, window.stop - window.start, window.start, published])
            rows = [dict(zip(self.COLUMNS, row, strict=True)) for row in cursor.fetchall()]
        for row in rows:
            # Raw rows: PostgreSQL gives aware datetimes, SQLite naive ones in UTC (USE_TZ).
            published = row["published_at"]
            if published is not None and timezone.is_naive(published):
                row["published_at"] = published.replace(tzinfo=datetime.UTC)
        proposals = {row["id"]: {**row, "replies": []} for row in rows if not row["parent_id"]}
        for row in rows:  # oldest first (the query's order)
            if row["parent_id"] in proposals:
                proposals[row["parent_id"]]["replies"].append(row)
        # The page's order: most supported, then newest, then first sent.
        ranked = sorted(proposals.values(), key=lambda row: row["id"])
        ranked.sort(key=_support_then_date, reverse=True)
        return ranked


def _support_then_date(row):
    published = row["published_at"]
    return (row["support_count"], published.timestamp() if published else float("-inf"))


class Support(models.Model):
    """« Je soutiens »: one per confirmed address and contribution, counted once confirmed."""

    contribution = models.ForeignKey(
        Contribution, on_delete=models.CASCADE, related_name="supports"
    )
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="supports")
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("soutien")
        constraints = [
            models.UniqueConstraint(
                fields=["contribution", "participant"], name="consult_one_support_per_address"
            )
        ]

    def __str__(self):
        return f"{self.participant_id} → {self.contribution_id}"


class Report(models.Model):
    """A visitor's report of a published contribution, for the moderators."""

    contribution = models.ForeignKey(Contribution, on_delete=models.CASCADE, related_name="reports")
    reason = models.TextField(_("motif"), max_length=1000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("signalement")
        ordering = ["-created_at"]

    def __str__(self):
        return self.reason[:60]


class ContributionEvent(HistoryEvent):
    """The history of a contribution: each step, who took it and why."""

    class Kind(models.TextChoices):
        RECEIVED = "received", _("Contribution reçue")
        CONFIRMED = "confirmed", _("Adresse confirmée")
        PUBLISHED = "published", _("Publiée")
        REJECTED = "rejected", _("Refusée")
        EDITED = "edited", _("Corrigée par la modération")
        REPORTED = "reported", _("Signalée")
        WITHDRAWN = "withdrawn", _("Retirée par son auteur·rice")

    contribution = models.ForeignKey(Contribution, related_name="events", on_delete=models.CASCADE)
    kind = models.CharField(max_length=12, choices=Kind.choices)

    class Meta(HistoryEvent.Meta):
        pass


class SynthesisNotice(models.Model):
    """Participants were told once that the synthesis of this consultation is out."""

    consultation = models.OneToOneField(
        ConsultationPage, on_delete=models.CASCADE, related_name="synthesis_notice"
    )
    created_at = models.DateTimeField(default=timezone.now)
    recipients = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.consultation_id}: {self.recipients}"

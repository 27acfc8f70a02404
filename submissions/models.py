"""Case studies submitted by the public, their private files, history and e-mails.

A submission is stored (data and files) before anything else happens to it; its e-mails wait in
the outbox (core/outbox.py), so a mail server failure never loses one nor delays the request, and
`send_pending_emails` sends and retries them.
"""

import secrets

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from core.models import HistoryEvent, OutgoingEmail
from core.outbox import queue_templated_email
from core.vocabularies import vocabularies, vocabulary
from practices.models import (
    SUMMARY_MAX,
    BudgetRange,
    PracticeLineage,
    PracticePage,
    SetupTime,
    StructureKind,
    postal_validator,
)

LONG_TEXT_MAX = 5000  # what was done, results: about two pages
SHORT_TEXT_MAX = 2000  # other means, partners


class PrivateStorage(FileSystemStorage):
    """Files kept outside MEDIA_ROOT with no URL at all: only the moderators' download view
    (which checks permissions) reads them. The root is read at each access so tests and
    deployments can move it."""

    def __init__(self):
        super().__init__(base_url=None)

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        from pathlib import Path

        return str(Path(settings.PRIVATE_MEDIA_ROOT).resolve())

    def url(self, name):
        raise ValueError("Private files have no public URL.")


private_storage = PrivateStorage()


def new_token():
    return secrets.token_urlsafe(32)


class Submission(models.Model):
    class Status(models.TextChoices):
        RECEIVED = "received", _("Reçue")
        IN_REVIEW = "in_review", _("En relecture")
        ACCEPTED = "accepted", _("Acceptée")
        REJECTED = "rejected", _("Refusée")

    status = models.CharField(
        _("état"), max_length=10, choices=Status.choices, default=Status.RECEIVED, db_index=True
    )
    created_at = models.DateTimeField(_("reçue le"), default=timezone.now, db_index=True)
    language = models.CharField(_("langue"), max_length=5, default="fr")
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)

    title = models.CharField(_("titre de l’action"), max_length=200)
    summary = models.CharField(_("résumé"), max_length=SUMMARY_MAX)
    structure_name = models.CharField(_("structure porteuse"), max_length=200)
    structure_kind = models.CharField(
        _("nature de la structure"), max_length=20, choices=StructureKind.choices
    )
    commune = models.CharField(_("commune"), max_length=120)
    postal_code = models.CharField(_("code postal"), max_length=5, validators=[postal_validator])
    # Length limits (the form says them and refuses more; the whole request is limited too).
    actions = models.TextField(_("ce qui a été fait"), max_length=LONG_TEXT_MAX)
    budget_range = models.CharField(
        _("budget"), max_length=5, choices=BudgetRange.choices, blank=True
    )
    setup_time = models.CharField(
        _("temps de mise en place"), max_length=12, choices=SetupTime.choices, blank=True
    )
    staff = models.CharField(_("équipe mobilisée"), max_length=250, blank=True)
    means = models.TextField(
        _("autres moyens (équipement, locaux…)"), max_length=SHORT_TEXT_MAX, blank=True
    )
    results = models.TextField(_("résultats"), max_length=LONG_TEXT_MAX)
    partners = models.TextField(_("partenaires"), max_length=SHORT_TEXT_MAX, blank=True)
    inspired_by = models.ForeignKey(
        PracticePage,
        verbose_name=_("inspirée de la fiche"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="inspired_submissions",
    )
    submitter_name = models.CharField(_("nom de la personne"), max_length=150)
    submitter_organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    submitter_email = models.EmailField(_("courriel"))
    consent = models.BooleanField(_("accord de publication sous Licence Ouverte 2.0"))

    page = models.ForeignKey(
        PracticePage,
        verbose_name=_("fiche créée"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="source_submissions",
    )
    emails = GenericRelation(OutgoingEmail, related_query_name="submission")
    rejection_reason = models.TextField(_("motif du refus"), blank=True)
    moderator_note = models.TextField(
        _("note interne"), blank=True, help_text=_("Visible des seuls modérateurs.")
    )

    panels = [FieldPanel("moderator_note")]

    class Meta:
        verbose_name = _("proposition de pratique")
        verbose_name_plural = _("propositions de pratiques")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def status_path(self):
        with translation.override(self.language):
            return reverse("practice_submission_status", args=[self.token])

    def status_url(self):
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + self.status_path()

    def admin_url(self):
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "submissions:inspect", args=[self.pk]
        )

    def terms(self, param):
        """The terms chosen in one vocabulary (registry param), in display order; a term
        deleted since is left out."""
        ids = [row.term_id for row in self.term_rows.all() if row.vocabulary == param]
        return list(vocabulary(param).tag.objects.filter(pk__in=ids)) if ids else []

    def set_terms(self, chosen: dict):
        """Store the terms chosen, {param: terms}, replacing those of the vocabularies given."""
        self.term_rows.filter(vocabulary__in=list(chosen)).delete()
        SubmissionTerm.objects.bulk_create(
            SubmissionTerm(submission=self, vocabulary=param, term_id=term.pk)
            for param, terms in chosen.items()
            for term in terms
        )

    def log(self, kind, user=None, message=""):
        return self.events.create(kind=kind, user=user, message=message)

    def queue_email(self, kind, recipients, template, context=None):
        """Render an e-mail now (in the submitter's language for their e-mails) and store it in
        the outbox; `send_pending_emails` sends it, never the request."""
        language = settings.LANGUAGE_CODE if kind == EmailKind.MODERATORS else self.language
        return queue_templated_email(
            kind,
            recipients,
            template,
            {"submission": self, **(context or {})},
            language=language,
            related=self,
        )


class SubmissionTerm(models.Model):
    """A vocabulary term chosen on the form. One table for every vocabulary (named by its
    registry param), so a new vocabulary needs no column, table or migration here."""

    submission = models.ForeignKey(Submission, related_name="term_rows", on_delete=models.CASCADE)
    vocabulary = models.CharField(_("vocabulaire"), max_length=40)
    term_id = models.PositiveBigIntegerField(_("terme"))

    class Meta:
        verbose_name = _("terme choisi")
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "vocabulary", "term_id"], name="unique_submission_term"
            )
        ]
        indexes = [models.Index(fields=["vocabulary", "term_id"])]

    def __str__(self):
        return f"{self.vocabulary}:{self.term_id}"


def forget_deleted_term(sender, instance, **kwargs):
    """A term deleted by editors leaves the submissions that chose it (connected per vocabulary
    in SubmissionsConfig.ready())."""
    for v in vocabularies():
        if v.tag is sender:
            SubmissionTerm.objects.filter(vocabulary=v.param, term_id=instance.pk).delete()


class SubmissionFile(models.Model):
    class Kind(models.TextChoices):
        IMAGE = "image", _("Image")
        PDF = "pdf", _("PDF")

    submission = models.ForeignKey(Submission, related_name="files", on_delete=models.CASCADE)
    file = models.FileField(storage=private_storage, upload_to="submissions/%Y/%m/")
    original_name = models.CharField(_("nom d’origine"), max_length=255)
    kind = models.CharField(max_length=5, choices=Kind.choices)
    content_type = models.CharField(max_length=50)
    size = models.PositiveIntegerField(_("taille (octets)"))

    class Meta:
        verbose_name = _("pièce jointe")

    def __str__(self):
        return self.original_name


class SubmissionEvent(HistoryEvent):
    """The history of a submission: every step, who took it and why."""

    class Kind(models.TextChoices):
        RECEIVED = "received", _("Proposition reçue")
        EMAIL_SENT = "email_sent", _("Courriel envoyé")
        EMAIL_FAILED = "email_failed", _("Échec d’envoi d’un courriel")
        CARD_CREATED = "card_created", _("Fiche créée en brouillon")
        ACCEPTED = "accepted", _("Fiche publiée")
        REJECTED = "rejected", _("Proposition refusée")

    submission = models.ForeignKey(Submission, related_name="events", on_delete=models.CASCADE)
    kind = models.CharField(max_length=15, choices=Kind.choices)

    class Meta(HistoryEvent.Meta):
        pass


class EmailKind(models.TextChoices):
    """The submission e-mails of the outbox (core/outbox.py), by `OutgoingEmail.kind`."""

    MODERATORS = "submission.moderators", _("Alerte aux modérateurs")
    CONFIRMATION = "submission.confirmation", _("Accusé de réception")
    ACCEPTED = "submission.accepted", _("Fiche publiée")
    REJECTED = "submission.rejected", _("Refus")


def log_email_outcome(sender, email, **kwargs):
    """The outbox's signals: a submission's e-mail sent or failed goes into its history."""
    if email.content_type_id != ContentType.objects.get_for_model(Submission).pk:
        return
    submission = Submission.objects.filter(pk=email.object_id).first()
    if submission is None:
        return
    kind = SubmissionEvent.Kind.EMAIL_SENT if email.sent_at else SubmissionEvent.Kind.EMAIL_FAILED
    submission.log(kind, message=email.subject)


def inspired_count(page):
    """How many territories reproduced a card: live cards that name it as their source, plus
    accepted submissions inspired by it whose card does not already link it (no double count)."""
    lineage = set(
        PracticeLineage.objects.filter(source=page, practice__live=True).values_list(
            "practice_id", flat=True
        )
    )
    from_submissions = (
        Submission.objects.filter(inspired_by=page, status=Submission.Status.ACCEPTED)
        .exclude(page_id__in=lineage)
        .count()
    )
    return len(lineage) + from_submissions


def mark_submission_accepted(sender, instance, **kwargs):
    """Publishing a card made from a submission accepts it and tells the submitter where it is."""
    if not isinstance(instance, PracticePage):
        return
    pending = Submission.objects.filter(page_id=instance.pk).exclude(
        status=Submission.Status.ACCEPTED
    )
    for submission in pending:
        submission.status = Submission.Status.ACCEPTED
        submission.save(update_fields=["status"])
        submission.log(SubmissionEvent.Kind.ACCEPTED, message=instance.full_url or "")
        submission.queue_email(
            EmailKind.ACCEPTED,
            [submission.submitter_email],
            "submissions/emails/accepted",
            {"page_url": instance.full_url},
        )

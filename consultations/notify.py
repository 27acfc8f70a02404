"""E-mails of a consultation, all through the outbox (never sent inside a request)."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from consultations import tokens
from core.outbox import queue_templated_email


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _link(name, token, language):
    with translation.override(language):
        return absolute(reverse(name, args=[token]))


def withdraw_url(participant, language):
    return _link(
        "consultation_withdraw",
        tokens.make(tokens.WITHDRAW, participant.pk, participant.email),
        language,
    )


def _send(kind, to, template, context, language, related):
    queue_templated_email(
        f"consultation.{kind}",
        to,
        f"consultations/emails/{template}",
        context,
        language=language,
        related=related,
    )


def confirm_contribution(contribution):
    participant = contribution.participant
    language = contribution.language
    _send(
        "confirm",
        [participant.email],
        "confirm",
        {
            "contribution": contribution,
            "consultation": contribution.consultation,
            "confirm_url": _link(
                "consultation_confirm",
                tokens.make(tokens.CONFIRM, contribution.pk, participant.email),
                language,
            ),
            "withdraw_url": withdraw_url(participant, language),
            "days": tokens.MAX_AGE[tokens.CONFIRM].days,
        },
        language,
        contribution,
    )


def confirm_support(support, language):
    participant = support.participant
    _send(
        "support",
        [participant.email],
        "support",
        {
            "contribution": support.contribution,
            "confirm_url": _link(
                "consultation_support_confirm",
                tokens.make(tokens.SUPPORT, support.pk, participant.email),
                language,
            ),
            "days": tokens.MAX_AGE[tokens.SUPPORT].days,
        },
        language,
        support,
    )


def tell_moderators(contribution):
    _send(
        "moderators",
        settings.MODERATORS_EMAIL,
        "moderators",
        {
            "contribution": contribution,
            "admin_url": absolute(
                reverse("consultation_contributions:edit", args=[contribution.pk])
            ),
        },
        settings.LANGUAGE_CODE,
        contribution,
    )


def tell_author(contribution, template):
    """`published` or `rejected` (with the reason) to the author, if they have not withdrawn."""
    participant = contribution.participant
    if participant is None:
        return
    _send(
        template,
        [participant.email],
        template,
        {
            "contribution": contribution,
            "page_url": contribution.consultation.full_url,
            "withdraw_url": withdraw_url(participant, contribution.language),
        },
        contribution.language,
        contribution,
    )


def announce_synthesis(sender, instance, **kwargs):
    """When a closed consultation is published with a synthesis for the first time, each
    participant whose address is confirmed is told once, in the language they wrote in."""
    from django.db import transaction

    from consultations.models import ConsultationPage, Contribution, SynthesisNotice

    page = instance.specific if hasattr(instance, "specific") else instance
    if not isinstance(page, ConsultationPage) or not page.synthesis or not page.is_closed():
        return
    source = page.source()
    with transaction.atomic():
        notice, created = SynthesisNotice.objects.get_or_create(consultation=source)
        if not created:
            return
        languages = {}
        rows = (
            Contribution.objects.filter(
                consultation=source, participant__confirmed_at__isnull=False
            )
            .exclude(state=Contribution.State.WITHDRAWN)
            .values_list("participant_id", "participant__email", "language")
            .order_by("created_at")
        )
        for participant_id, email, language in rows:
            languages.setdefault(participant_id, (email, language))
        pages = {language: source.in_language(language) for _email, language in languages.values()}
        for email, language in languages.values():
            target = pages[language]
            _send(
                "synthesis",
                [email],
                "synthesis",
                {"consultation": target, "page_url": target.full_url},
                language,
                notice,
            )
        notice.recipients = len(languages)
        notice.save(update_fields=["recipients"])

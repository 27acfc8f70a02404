"""The alert e-mails, all queued in the outbox (core.outbox): the confirmation link, the notice
to an address that already follows a search, and the digests (see sending.py)."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from alerts import tokens
from alerts.searches import describe, parse, search_path
from core.outbox import queue_templated_email


def absolute(path: str) -> str:
    if path.startswith(("http://", "https://")):
        return path
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def link(name, kind, pk, email, lang):
    with translation.override(lang):
        return absolute(reverse(name, args=[tokens.make(kind, pk, email)]))


def manage_url(subscriber, lang):
    return link("alerts_manage", tokens.MANAGE, subscriber.pk, subscriber.email, lang)


def unsubscribe_url(alert_pk, email, lang):
    return link("alerts_unsubscribe", tokens.UNSUBSCRIBE, alert_pk, email, lang)


def unsubscribe_headers(url):
    """RFC 8058 one-click unsubscribe: the mail client POSTs `List-Unsubscribe=One-Click`."""
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def _context(alert):
    query = parse(alert.search, alert.lang)
    return {
        "description": describe(query),
        "search_url": absolute(search_path(query)),
        "frequency": alert.get_frequency_display(),
        "manage_url": manage_url(alert.subscriber, alert.lang),
        "days": tokens.MAX_AGE[tokens.CONFIRM].days,
    }


def queue_confirmation(alert):
    email = alert.subscriber.email
    context = {
        **_context(alert),
        "confirm_url": link("alerts_confirm", tokens.CONFIRM, alert.pk, email, alert.lang),
    }
    return queue_templated_email(
        "alerts.confirm",
        [email],
        "alerts/emails/confirm",
        context,
        language=alert.lang,
        related=alert,
    )


def queue_already_following(alert):
    """Sent instead of a second confirmation: the page answers the same either way, so the form
    never tells a visitor whether an address follows a search."""
    email = alert.subscriber.email
    return queue_templated_email(
        "alerts.already",
        [email],
        "alerts/emails/already",
        _context(alert),
        language=alert.lang,
        related=alert,
    )

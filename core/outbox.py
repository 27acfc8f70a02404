"""The outbox: every e-mail the hub sends is stored first and sent later, outside any request.

API. `queue_email(kind, to, subject, body, related=None, html_body="", from_email="",
headers=None)` stores an `OutgoingEmail` row and returns it; it never opens a connection to the
mail server, so a slow or dead server cannot delay or break the request that asked for it (call it
inside the transaction that saves the thing the e-mail is about: both are kept or neither). `kind`
is a short dotted name of your own (`"submission.confirmation"`, `"consultation.confirm"`); `to` a
list of addresses; `related` any model instance the e-mail belongs to (read back with
`OutgoingEmail.objects.filter(content_type=..., object_id=...)` or a `GenericRelation`).
`outgoing_email(...)` (same arguments) makes the row without saving it and `queue_emails(rows)`
stores many at once. `render_email(template, context, language)` renders `{template}_subject.txt`
and `{template}.txt` in one language and returns `(subject, body)`; `queue_templated_email(...)`
does both. `send_pending()` (the `send_pending_emails` command, run by cron every minute or with
`--watch`) claims rows atomically, so any number of senders running at once never send one e-mail
twice: on PostgreSQL with `SELECT ... FOR UPDATE SKIP LOCKED`, everywhere with a conditional UPDATE
that only one sender can win. A failed send is retried after a growing delay (1, 2, 4... minutes,
at most 6 hours) until `EMAIL_MAX_ATTEMPTS` attempts, its error kept in `last_error`. Listen to
`email_sent` / `email_failed` (sender=OutgoingEmail, email=row) to record the outcome in your own
history.
"""

import contextlib
import logging
import secrets
import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import OperationalError, transaction
from django.db import connection as db_connection
from django.db.models import F, Q
from django.dispatch import Signal
from django.template.loader import render_to_string
from django.utils import timezone, translation

from core.models import OutgoingEmail

logger = logging.getLogger(__name__)

email_sent = Signal()  # sender=OutgoingEmail, email=the row
email_failed = Signal()  # sender=OutgoingEmail, email=the row (last_error says why)

MAX_RETRY_DELAY = timedelta(hours=6)


def outgoing_email(
    kind, to, subject, body, *, related=None, html_body="", from_email="", headers=None
):
    """An unsaved outbox row (for `queue_emails`); the arguments are `queue_email`'s."""
    recipients = [address.strip() for address in to if address and address.strip()]
    return OutgoingEmail(
        kind=kind,
        recipients=",".join(recipients),
        subject=" ".join(subject.split())[:255],
        body=body,
        html_body=html_body,
        from_email=from_email,
        headers=dict(headers or {}),
        content_type=ContentType.objects.get_for_model(related) if related is not None else None,
        object_id=related.pk if related is not None else None,
    )


def queue_email(
    kind, to, subject, body, *, related=None, html_body="", from_email="", headers=None
):
    """Store one e-mail for `send_pending` to send; returns the row. `headers`: extra headers
    (name -> value), e.g. `List-Unsubscribe`."""
    email = outgoing_email(
        kind,
        to,
        subject,
        body,
        related=related,
        html_body=html_body,
        from_email=from_email,
        headers=headers,
    )
    email.save()
    return email


def queue_emails(emails):
    """Store many rows made by `outgoing_email` at once (a command queuing thousands: one
    INSERT per 500 rather than one per e-mail)."""
    return OutgoingEmail.objects.bulk_create(list(emails), batch_size=500)


def render_email(template, context, language=None):
    """`(subject, body)` from `{template}_subject.txt` and `{template}.txt`, in `language`."""
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
    return subject, body


def queue_templated_email(
    kind, to, template, context=None, *, language=None, related=None, headers=None
):
    subject, body = render_email(template, context or {}, language)
    return queue_email(kind, to, subject, body, related=related, headers=headers)


def emails_about(obj):
    """The outbox rows of one object, oldest first."""
    return OutgoingEmail.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
    )


def _retry_locked(statement, tries=6):
    """Run one short statement, again if SQLite answers "database is locked" (another process
    writing: an import, another sender); any other error, or the last one, goes up."""
    for attempt in range(tries):
        try:
            return statement()
        except OperationalError as exc:
            # Inside a transaction the failed statement has spoilt it: only the caller can retry.
            inside = not transaction.get_autocommit()
            if "locked" not in str(exc) or attempt == tries - 1 or inside:
                raise
            time.sleep(0.05 * 2**attempt)


def _lease():
    # Long enough for one message's SMTP exchange (several round trips, each under the timeout).
    return timedelta(seconds=4 * (settings.EMAIL_TIMEOUT or 30) + 60)


def retry_delay(attempts):
    """1 minute after the first failure, then doubling, never more than 6 hours."""
    return min(timedelta(minutes=2 ** max(attempts - 1, 0)), MAX_RETRY_DELAY)


def _pending(now, max_attempts):
    return OutgoingEmail.objects.filter(
        sent_at__isnull=True, attempts__lt=max_attempts, available_at__lte=now
    )


def claim_batch(batch_size=50, max_attempts=None):
    """Take up to `batch_size` due e-mails for this sender alone; returns them (claimed rows).

    One conditional UPDATE claims them: it re-checks that each row is still due, so a row that
    another sender claimed in the meantime is left out (on PostgreSQL the second UPDATE waits
    for the first to commit, then sees the row is no longer due; SQLite runs writes one at a
    time). PostgreSQL also skips rows locked by another sender's claim instead of waiting.
    """
    max_attempts = max_attempts or settings.EMAIL_MAX_ATTEMPTS
    now = timezone.now()
    token = secrets.token_hex(16)
    candidates = _pending(now, max_attempts).order_by("available_at", "pk")
    claim = {"claim": token, "available_at": now + _lease(), "attempts": F("attempts") + 1}
    if db_connection.features.has_select_for_update_skip_locked:
        with transaction.atomic():
            ids = list(
                candidates.select_for_update(skip_locked=True).values_list("pk", flat=True)[
                    :batch_size
                ]
            )
            _pending(now, max_attempts).filter(pk__in=ids).update(**claim)
    else:
        # No transaction around the two statements: on SQLite a read that turns into a write
        # would make two senders deadlock; the UPDATE alone is atomic and re-checks each row.
        ids = _retry_locked(lambda: list(candidates.values_list("pk", flat=True)[:batch_size]))
        _retry_locked(lambda: _pending(now, max_attempts).filter(pk__in=ids).update(**claim))
    if not ids:
        return []
    return _retry_locked(
        lambda: list(OutgoingEmail.objects.filter(claim=token, sent_at__isnull=True))
    )


def _message(email, connection):
    message = EmailMultiAlternatives(
        email.subject,
        email.body,
        email.from_email or settings.DEFAULT_FROM_EMAIL,
        email.recipient_list,
        connection=connection,
        headers=email.headers or None,
    )
    if email.html_body:
        message.attach_alternative(email.html_body, "text/html")
    return message


def _still_ours(email) -> bool:
    """Renew this sender's lease just before sending: a batch sent slowly (a mail server that
    times out on each message) may outlive the lease it was claimed with, and another sender
    may have claimed a row since; it is then that sender's to send, not ours."""
    mine = OutgoingEmail.objects.filter(pk=email.pk, claim=email.claim, sent_at__isnull=True)
    return _retry_locked(lambda: mine.update(available_at=timezone.now() + _lease())) == 1


def _send_one(email, connection):
    try:
        _message(email, connection).send()
    except Exception as exc:  # any backend error: the e-mail stays in the outbox
        _close_quietly(connection)
        email.last_error = f"{type(exc).__name__}: {exc}"[:1000]
        email.available_at = timezone.now() + retry_delay(email.attempts)
        _retry_locked(
            lambda: OutgoingEmail.objects.filter(pk=email.pk, claim=email.claim).update(
                last_error=email.last_error, available_at=email.available_at, claim=""
            )
        )
        logger.exception("Outbox: sending e-mail %s (%s) failed", email.pk, email.kind)
        _notify(email_failed, email)
        return False
    email.sent_at = timezone.now()
    email.last_error = ""
    _retry_locked(
        lambda: OutgoingEmail.objects.filter(pk=email.pk).update(
            sent_at=email.sent_at, last_error="", claim=""
        )
    )
    _notify(email_sent, email)
    return True


def _notify(signal, email):
    # A listener that fails (a history it cannot write) must not stop the sender.
    for receiver, result in signal.send_robust(sender=OutgoingEmail, email=email):
        if isinstance(result, Exception):
            logger.error("Outbox: %s failed on e-mail %s: %r", receiver, email.pk, result)


def _close_quietly(connection):
    # A connection that failed (timeout, refused) is not reused for the next message.
    with contextlib.suppress(Exception):  # already broken: the next send opens a new one
        connection.close()


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0


def send_pending(batch_size=50, max_attempts=None, limit=None):
    """Send every due e-mail, batch after batch; safe to run in several processes at once."""
    report = SendReport()
    connection = get_connection(fail_silently=False)
    while limit is None or report.sent + report.failed < limit:
        size = batch_size if limit is None else min(batch_size, limit - report.sent - report.failed)
        batch = claim_batch(size, max_attempts)
        if not batch:
            break
        for email in batch:
            if not _still_ours(email):
                continue
            if _send_one(email, connection):
                report.sent += 1
            else:
                report.failed += 1
    return report


def outbox_counts(max_attempts=None):
    """Pending (to be tried again) and abandoned e-mails, for the command's summary."""
    max_attempts = max_attempts or settings.EMAIL_MAX_ATTEMPTS
    unsent = OutgoingEmail.objects.filter(sent_at__isnull=True)
    return {
        "pending": unsent.filter(attempts__lt=max_attempts).count(),
        "abandoned": unsent.filter(Q(attempts__gte=max_attempts)).count(),
    }

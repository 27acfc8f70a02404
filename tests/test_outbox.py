"""The outbox: requests only store e-mails; senders send each one once, retry failures a capped
number of times, and never hang on a mail server that does not answer."""

import io
import socket
import threading
import time
import traceback
from datetime import timedelta

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from core.models import OutgoingEmail
from core.outbox import (
    _still_ours,
    claim_batch,
    emails_about,
    queue_email,
    retry_delay,
    send_pending,
)
from submissions.models import Submission
from tests.submission_helpers import FORM_URL, valid_data

SENT = []  # (pk of the outbox row, thread) for every message a test backend "sends"
SENT_LOCK = threading.Lock()


class RecordingBackend(BaseEmailBackend):
    """Records what it sends, slowly, so concurrent senders overlap."""

    delay = 0.02

    def send_messages(self, messages):
        for message in messages:
            time.sleep(self.delay)
            with SENT_LOCK:
                SENT.append(message.subject)
        return len(messages)


class SecondSenderBackend(BaseEmailBackend):
    """While it sends a message, a second sender runs the whole outbox (as a cron run
    overlapping a slow one would): that sender must not take what the first one holds."""

    inside = False

    def send_messages(self, messages):
        for message in messages:
            if not SecondSenderBackend.inside:
                SecondSenderBackend.inside = True
                try:
                    send_pending()
                finally:
                    SecondSenderBackend.inside = False
            SENT.append(message.subject)
        return len(messages)


class FailingBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("Connection refused by the test")


@pytest.fixture(autouse=True)
def clean(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path / "private")
    settings.MODERATORS_EMAIL = ["moderation@example.org"]
    SENT.clear()
    cache.clear()
    yield
    SENT.clear()


def queue(count):
    return [
        queue_email("test.kind", [f"person{i}@example.org"], f"Objet {i}", "Texte")
        for i in range(count)
    ]


@pytest.fixture
def silent_mail_server():
    """A mail server that accepts connections and never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    accepted = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], accepted
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    server.close()


@pytest.mark.django_db
def test_a_mail_server_that_never_answers_delays_no_submission(
    client, settings, silent_mail_server
):
    port, accepted = silent_mail_server
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 10
    client.get(FORM_URL)
    started = time.monotonic()
    response = client.post(FORM_URL, valid_data())
    elapsed = time.monotonic() - started
    assert response.status_code == 302
    # Under a second on an idle machine; the bound only says it never waited for the server.
    assert elapsed < settings.EMAIL_TIMEOUT
    assert accepted == []  # the request did not even connect
    submission = Submission.objects.get()
    assert submission.emails.filter(sent_at__isnull=True, attempts=0).count() == 2

    # The sender gives up on each e-mail after EMAIL_TIMEOUT, keeps why, and will retry later.
    settings.EMAIL_TIMEOUT = 1
    started = time.monotonic()
    report = send_pending()
    assert (report.sent, report.failed) == (0, 2)
    assert time.monotonic() - started < 10  # without a timeout it would wait for ever
    for email in submission.emails.all():
        assert email.attempts == 1 and email.sent_at is None
        assert "timed out" in email.last_error
        assert email.available_at > timezone.now()
    assert submission.events.filter(kind="email_failed").count() == 2


@pytest.mark.django_db
def test_an_overlapping_second_sender_never_sends_an_email_twice(settings):
    settings.EMAIL_BACKEND = "tests.test_outbox.SecondSenderBackend"
    queue(5)
    send_pending(batch_size=2)
    assert sorted(SENT) == [f"Objet {i}" for i in range(5)]
    assert OutgoingEmail.objects.filter(sent_at__isnull=True).count() == 0
    assert set(OutgoingEmail.objects.values_list("attempts", flat=True)) == {1}


@pytest.mark.django_db
def test_a_row_claimed_by_one_sender_is_not_claimed_by_another():
    queue(3)
    first = claim_batch(batch_size=2)
    second = claim_batch(batch_size=10)
    third = claim_batch(batch_size=10)
    assert len(first) == 2 and len(second) == 1 and third == []
    assert not {e.pk for e in first} & {e.pk for e in second}


@pytest.mark.django_db(transaction=True)
def test_concurrent_senders_send_each_email_exactly_once(settings):
    """Three senders in three threads (three database connections) empty one outbox."""
    settings.EMAIL_BACKEND = "tests.test_outbox.RecordingBackend"
    queue(30)
    errors = []

    def sender():
        try:
            send_pending(batch_size=4)
        except Exception as exc:  # reported below: the test must see it
            errors.append("".join(traceback.format_exception(exc)))
        finally:
            connection.close()

    threads = [threading.Thread(target=sender) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(SENT) == sorted(f"Objet {i}" for i in range(30))
    assert OutgoingEmail.objects.filter(sent_at__isnull=True).count() == 0


@pytest.mark.django_db
def test_failures_are_retried_later_then_abandoned_with_their_error(settings):
    settings.EMAIL_BACKEND = "tests.test_outbox.FailingBackend"
    settings.EMAIL_MAX_ATTEMPTS = 3
    (email,) = queue(1)
    for attempt in (1, 2, 3):
        assert send_pending().failed == 1
        email.refresh_from_db()
        assert email.attempts == attempt
        assert "Connection refused" in email.last_error
        # Not tried again before its delay...
        assert send_pending().failed == 0
        assert email.available_at - timezone.now() > retry_delay(attempt) - timedelta(seconds=5)
        OutgoingEmail.objects.update(available_at=timezone.now())  # ...which has now passed
    assert send_pending().failed == 0  # abandoned after EMAIL_MAX_ATTEMPTS
    out = io.StringIO()
    call_command("send_pending_emails", stdout=out)
    assert "abandonnés : 1" in out.getvalue()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_emails", "--max-attempts", "4", stdout=io.StringIO())
    email.refresh_from_db()
    assert email.sent_at and email.last_error == ""
    assert [m.subject for m in mail.outbox] == ["Objet 0"]


def test_retry_delay_doubles_and_is_capped():
    assert [retry_delay(n).total_seconds() / 60 for n in (1, 2, 3, 4)] == [1, 2, 4, 8]
    assert retry_delay(30) == timedelta(hours=6)


@pytest.mark.django_db
def test_an_email_belongs_to_the_object_it_is_about():
    submission = Submission.objects.create(
        title="T", summary="S", structure_name="S", structure_kind="association",
        commune="Nevers", postal_code="58000", actions="A", results="R",
        submitter_name="N", submitter_email="n@example.org", consent=True,
    )  # fmt: skip
    email = queue_email(
        "test.kind", ["a@example.org", " ", "b@example.org"], "Un  objet\n", "T", related=submission
    )
    queue(1)
    assert list(emails_about(submission)) == [email]
    assert list(submission.emails.all()) == [email]
    assert email.related == submission
    assert email.recipient_list == ["a@example.org", "b@example.org"]
    assert email.subject == "Un objet"


@pytest.mark.django_db
def test_a_row_whose_lease_ran_out_and_was_claimed_again_is_left_to_its_new_sender(settings):
    settings.EMAIL_BACKEND = "tests.test_outbox.RecordingBackend"
    queue(2)
    slow = claim_batch(batch_size=2)  # a sender that stalls (mail server timing out)...
    OutgoingEmail.objects.update(available_at=timezone.now())  # ...until its lease runs out
    assert send_pending().sent == 2  # another sender takes both and sends them
    # The stalled sender wakes up: the rows are no longer its own, it sends nothing again.
    assert [_still_ours(email) for email in slow] == [False, False]
    assert sorted(SENT) == ["Objet 0", "Objet 1"]

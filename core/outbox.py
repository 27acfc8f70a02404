"""TEMPORARY stand-in for the outbox being built on the `bugs` branch (same API, nothing stored):
removed when that branch is merged. E-mails wait in memory until `send_pending()`."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

_QUEUE = []


def render_email(template, context, language=None):
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
    return subject, body


def queue_email(kind, to, subject, body, *, related=None, html_body="", from_email=""):
    _QUEUE.append(EmailMessage(subject, body, from_email or settings.DEFAULT_FROM_EMAIL, list(to)))


def queue_templated_email(kind, to, template, context=None, *, language=None, related=None):
    subject, body = render_email(template, context or {}, language)
    return queue_email(kind, to, subject, body, related=related)


def send_pending(**kwargs):
    while _QUEUE:
        _QUEUE.pop(0).send()

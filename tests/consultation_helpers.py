"""Builders for the consultation tests: a consultation on an orientation, form data, mail links."""

import re
import time
from datetime import timedelta

from django.core import mail, signing
from django.urls import reverse
from django.utils import timezone

from consultations.models import ConsultationIndexPage, ConsultationPage, Contribution
from core.antiabuse import STARTED_SALT
from core.outbox import send_pending
from tests.factories import _add, orientation

LINK = re.compile(r"http://testserver(/\S+)")


def consultation(*, publish=True, opens=-7, closes=30, sections=True, **fields):
    index = ConsultationIndexPage.objects.get(locale__language_code="fr")
    now = timezone.now()
    defaults = {
        "title": "Consultation sur l’orientation 1",
        "slug": f"consultation-{time.monotonic_ns()}",
        "intro": "<p>Donnez votre avis.</p>",
        "orientation": orientation(),
        "opens_at": now + timedelta(days=opens),
        "closes_at": now + timedelta(days=closes),
        "sections": [
            ("section", {"title": "Le diagnostic", "text": ""}),
            ("section", {"title": "Les actions", "text": ""}),
        ]
        if sections
        else [],
    }
    return _add(index, ConsultationPage(**{**defaults, **fields}), publish)


def started(seconds_ago=60):
    return signing.dumps(time.time() - seconds_ago, salt=STARTED_SALT)


def contribution_data(page, **overrides):
    data = {
        "title": "Ouvrir le samedi",
        "body": "Les ateliers devraient aussi avoir lieu le samedi matin.\nhttp://exemple.org",
        "pseudonym": "Camille58",
        "profile": "bibliothecaire",
        "department": "58",
        "commune": "Clamecy",
        "email": "Camille@Example.org",
        "charter": "on",
        "website": "",
        "started": started(),
    }
    if page.sections:
        data["section"] = page.sections[0].id
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def contribute_url(page):
    return reverse("consultation_contribute", args=[page.pk])


def deliver():
    """Send what waits in the outbox; returns the messages sent by this call."""
    before = len(mail.outbox)
    send_pending()
    return mail.outbox[before:]


def links(message):
    return LINK.findall(message.body)


def published(page, **fields):
    defaults = {
        "consultation": page,
        "title": "Une proposition publiée",
        "body": "Texte publié.",
        "pseudonym": "Alex",
        "profile": "habitant",
        "department": "69",
        "state": Contribution.State.PUBLISHED,
        "published_at": timezone.now(),
    }
    return Contribution.objects.create(**{**defaults, **fields})

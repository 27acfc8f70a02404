"""Builders for the alert tests: follow a search through the form, read the links of e-mails."""

import re
import time

from django.core import signing
from django.urls import reverse

from alerts.models import Alert
from core.antiabuse import STARTED_SALT
from core.models import OutgoingEmail

LINK = re.compile(r"http://testserver(/\S+)")


def follow_data(search="theme=demarches-administratives", **overrides):
    data = {
        "email": "Camille@Example.org",
        "frequency": "daily",
        "search": search,
        "website": "",
        "started": signing.dumps(time.time() - 60, salt=STARTED_SALT),
    }
    data.update(overrides)
    return data


def follow(client, search="theme=demarches-administratives", **overrides):
    return client.post(reverse("alerts_follow"), follow_data(search, **overrides))


def last_email(kind):
    return OutgoingEmail.objects.filter(kind=kind).order_by("pk").last()


def links(email):
    return LINK.findall(email.body)


def confirm_link(email):
    return next(link for link in links(email) if "/confirmer/" in link)


def follow_and_confirm(client, search="theme=demarches-administratives", **overrides):
    follow(client, search, **overrides)
    client.get(confirm_link(last_email("alerts.confirm")))
    return Alert.objects.order_by("pk").last()

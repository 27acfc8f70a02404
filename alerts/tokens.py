"""Signed links of the alert e-mails (core.signed_links): confirm an alert (a week), unsubscribe
from one and manage them all (as long as the alert or the address exists)."""

from datetime import timedelta

from core.signed_links import BadLink, ExpiredLink, make
from core.signed_links import read as read_link

__all__ = ["BadLink", "ExpiredLink", "make", "read", "CONFIRM", "UNSUBSCRIBE", "MANAGE"]

CONFIRM = "alerts.confirm"
UNSUBSCRIBE = "alerts.unsubscribe"
MANAGE = "alerts.manage"
MAX_AGE = {CONFIRM: timedelta(days=7), UNSUBSCRIBE: None, MANAGE: None}


def read(kind, token, email_of):
    return read_link(kind, token, email_of, MAX_AGE[kind])

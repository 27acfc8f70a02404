"""Signed links sent by e-mail: confirm a contribution or a support, withdraw everything
(core.signed_links: bound to one address, timestamped)."""

from datetime import timedelta

from core.signed_links import BadLink, ExpiredLink, make
from core.signed_links import read as read_link

__all__ = ["BadLink", "ExpiredLink", "make", "read", "MAX_AGE"]

CONFIRM = "consultations.confirm"
SUPPORT = "consultations.support"
WITHDRAW = "consultations.withdraw"
# How long each kind of link works: confirmations a week, withdrawal as long as data is kept.
MAX_AGE = {CONFIRM: timedelta(days=7), SUPPORT: timedelta(days=7), WITHDRAW: timedelta(days=730)}


def read(kind, token, email_of):
    """The id the link names (see core.signed_links.read)."""
    return read_link(kind, token, email_of, MAX_AGE[kind])

"""Signed links sent by e-mail: confirm a contribution or a support, withdraw everything.

A link carries the object's id and a digest of the address it was sent to, signed with the
site's secret and timestamped: a forged or altered link fails the signature, an old one fails
`max_age`, and a link stays bound to one address."""

import hashlib
from datetime import timedelta

from django.core import signing

CONFIRM = "consultations.confirm"
SUPPORT = "consultations.support"
WITHDRAW = "consultations.withdraw"
# How long each kind of link works: confirmations a week, withdrawal as long as data is kept.
MAX_AGE = {CONFIRM: timedelta(days=7), SUPPORT: timedelta(days=7), WITHDRAW: timedelta(days=730)}


class BadLink(Exception):
    """A link that is forged, altered or bound to another address."""


class ExpiredLink(Exception):
    """A genuine link, too old: `pk` says what it was for (to offer a new one)."""

    def __init__(self, pk):
        super().__init__(pk)
        self.pk = pk


def _digest(email):
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:16]


def make(kind, pk, email):
    return signing.dumps([pk, _digest(email)], salt=kind, compress=True)


def read(kind, token, email_of):
    """The id the link names. `email_of(pk)` returns the address that id belongs to now (None
    when it is gone): a link for another address is refused like a forged one."""
    try:
        pk, digest = signing.loads(token, salt=kind, max_age=MAX_AGE[kind])
    except signing.SignatureExpired:
        pk, digest = signing.loads(token, salt=kind)
        if _matches(email_of(pk), digest):
            raise ExpiredLink(pk) from None
        raise BadLink from None
    except (signing.BadSignature, ValueError, TypeError):
        raise BadLink from None
    if not _matches(email_of(pk), digest):
        raise BadLink
    return pk


def _matches(email, digest):
    return bool(email) and _digest(email) == digest

"""Signed links sent by e-mail (confirm, withdraw, unsubscribe…), bound to one address.

A link carries an object's id and a digest of the address it was sent to, signed with the
site's secret and timestamped: a forged or altered link fails the signature, an old one fails
`max_age`, and a link stays bound to one address (a link for an address that is gone, or
another one, is refused like a forged one)."""

import hashlib

from django.core import signing


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


def read(kind, token, email_of, max_age=None):
    """The id the link names. `email_of(pk)` returns the address that id belongs to now (None
    when it is gone); `max_age` (a timedelta, or None for no limit) how long the link works."""
    try:
        pk, digest = signing.loads(token, salt=kind, max_age=max_age)
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

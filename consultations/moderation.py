"""Moderators' actions on contributions: publish, reject with a reason sent to the author,
correct a typo (recorded in the history). Each one is one transaction with its e-mail."""

import difflib

from django.db import transaction
from django.utils import timezone

from consultations import notify
from consultations.models import Contribution, ContributionEvent
from core.page_cache import purge_all


def refresh_pages():
    """The consultation page shows published contributions: cached copies go when one changes
    (supports, counted often, are left to the cache's lifetime)."""
    transaction.on_commit(purge_all)


MODERATABLE = (
    Contribution.State.PENDING,
    Contribution.State.REJECTED,
    Contribution.State.PUBLISHED,
)


class NotModeratable(Exception):
    """An unconfirmed or withdrawn contribution cannot be published or rejected."""


@transaction.atomic
def publish(contribution, user):
    if contribution.state not in MODERATABLE:
        raise NotModeratable(contribution.pk)
    if contribution.state == Contribution.State.PUBLISHED:
        return False
    contribution.state = Contribution.State.PUBLISHED
    contribution.published_at = contribution.published_at or timezone.now()
    contribution.rejection_reason = ""
    contribution.save(update_fields=["state", "published_at", "rejection_reason"])
    contribution.log(ContributionEvent.Kind.PUBLISHED, user=user)
    refresh_pages()
    notify.tell_author(contribution, "published")
    return True


@transaction.atomic
def reject(contribution, user, reason):
    if contribution.state not in MODERATABLE:
        raise NotModeratable(contribution.pk)
    if contribution.state == Contribution.State.REJECTED:
        return False
    contribution.state = Contribution.State.REJECTED
    contribution.rejection_reason = reason
    contribution.save(update_fields=["state", "rejection_reason"])
    contribution.log(ContributionEvent.Kind.REJECTED, user=user, message=reason)
    refresh_pages()
    notify.tell_author(contribution, "rejected")
    return True


def bulk(contributions, user, action, reason=""):
    """Apply `publish` or `reject` to each contribution that can take it; returns
    (done, skipped)."""
    done = skipped = 0
    for contribution in contributions:
        try:
            changed = (
                publish(contribution, user)
                if action == "publish"
                else reject(contribution, user, reason)
            )
        except NotModeratable:
            changed = False
        done, skipped = (done + 1, skipped) if changed else (done, skipped + 1)
    return done, skipped


def record_edit(contribution, user, before):
    """Log what a moderator changed (title and text, as a unified diff)."""
    lines = []
    for field in ("title", "body"):
        old, new = before[field], getattr(contribution, field)
        if old != new:
            lines += difflib.unified_diff(
                old.splitlines(), new.splitlines(), field, field, lineterm="", n=1
            )
    if lines:
        contribution.log(ContributionEvent.Kind.EDITED, user=user, message="\n".join(lines))
        refresh_pages()
    return bool(lines)

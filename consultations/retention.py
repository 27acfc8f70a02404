"""How long a consultation keeps personal data, in one place (the command and the personal data
page say the same): unconfirmed contributions and supports 30 days; e-mail addresses until
12 months after the consultation closes, then erased (contributions stay, under their pseudonym)."""

from datetime import timedelta

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from consultations.models import Contribution, Participant, Support

UNCONFIRMED_DAYS = 30
ADDRESS_MONTHS_AFTER_CLOSING = 12


@transaction.atomic
def purge(now=None):
    """Delete what the retention rules say is no longer needed; returns the counts."""
    now = now or timezone.now()
    stale = now - timedelta(days=UNCONFIRMED_DAYS)
    unconfirmed, _ = Contribution.objects.filter(
        state=Contribution.State.UNCONFIRMED, created_at__lt=stale
    ).delete()
    supports, _ = Support.objects.filter(confirmed_at=None, created_at__lt=stale).delete()
    # An address goes when the last consultation it took part in closed long enough ago.
    limit = now - timedelta(days=30 * ADDRESS_MONTHS_AFTER_CLOSING)
    last_closing = Participant.objects.annotate(
        contributed=Max("contributions__consultation__closes_at"),
        supported=Max("supports__contribution__consultation__closes_at"),
    )
    expired = [
        p.pk
        for p in last_closing
        if max(filter(None, [p.contributed, p.supported]), default=p.created_at) < limit
    ]
    addresses, _ = Participant.objects.filter(pk__in=expired).delete()
    return {"unconfirmed": unconfirmed, "supports": supports, "addresses": addresses}

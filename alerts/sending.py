"""`send_alerts`: the digests of every due alert, queued in the outbox.

Set-based: the due alerts are grouped by identical normalized search (search, language, site),
and each distinct search is answered once by the search service over the pages published since
the oldest due window (`SearchBatch`: each distinct text matched once, each filter value read
once); each alert then takes the matches published after its own window, minus the pages
already sent to it (`Delivery`).

Idempotent and resumable: alerts are handled in batches, one transaction each, which writes the
`Delivery` rows, queues the e-mails and moves the alerts' window forward together. A crash loses
at most the batch in progress, which the next run redoes; a page already delivered for an alert
is never sent to it again. Run one at a time (cron with `flock`): two runs at once would both
try a batch, and the second would stop on the `Delivery` unique constraint, sending nothing
twice.
"""

import logging
from collections import defaultdict
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.models import Page, Site

from alerts import mail
from alerts.models import PERIODS, Alert, Delivery, Subscriber, delete_alerts
from alerts.searches import describe, parse, search_path
from alerts.tokens import CONFIRM, MAX_AGE
from core.outbox import outgoing_email, queue_emails
from search.filters import CONTENT_TYPES, content_type_ids, one_search
from search.service import SearchBatch

logger = logging.getLogger(__name__)

BATCH_SIZE = 500
# A digest lists the newest pages up to this many and counts the others, with the search's link:
# a longer list is read by nobody (and each alert's digest text is kept in memory during a run).
MAX_LISTED = 30


@dataclass
class Report:
    due: int = 0
    searches: int = 0
    changed_pages: int = 0
    digests: int = 0
    pages_sent: int = 0
    purged: int = 0


@dataclass
class DueAlert:
    pk: int
    email: str
    search: str
    lang: str
    site_id: int | None
    last_run_at: object
    subscriber_id: int


def purge_unconfirmed(now) -> int:
    """Alerts never confirmed within the link's life go, and addresses left without an alert."""
    stale = Alert.objects.filter(confirmed_at__isnull=True, created_at__lt=now - MAX_AGE[CONFIRM])
    return delete_alerts(stale)


def due_alerts(now) -> list[DueAlert]:
    due = Q()
    for frequency, period in PERIODS.items():
        due |= Q(frequency=frequency, last_run_at__lte=now - period)
    rows = (
        Alert.objects.filter(confirmed_at__isnull=False)
        .filter(due)
        .values_list(
            "pk", "subscriber__email", "search", "lang", "site_id", "last_run_at", "subscriber_id"
        )
        .order_by("pk")
    )
    return [DueAlert(*row) for row in rows.iterator(chunk_size=5000)]


def _page_items(page_ids, lang) -> dict[int, dict]:
    """What a digest says of each page: type, title, summary, absolute URL."""
    by_ct = {pk: slug for slug, pk in content_type_ids().items()}
    items = {}
    with translation.override(lang):
        for page in Page.objects.filter(pk__in=page_ids).specific().iterator(chunk_size=500):
            items[page.pk] = {
                "type": by_ct.get(page.content_type_id, ""),
                "title": page.title,
                "summary": " ".join((getattr(page, "summary", "") or "").split()),
                "url": mail.absolute(page.get_url() or ""),
                "first_published_at": page.first_published_at,
            }
    return items


def _sections(page_ids, items, since, lang):
    """The pages grouped by type, in the search's type order."""
    with translation.override(lang):
        sections = []
        for slug, (_model, label) in CONTENT_TYPES.items():
            pages = [
                {**items[pk], "updated": items[pk]["first_published_at"] <= since}
                for pk in page_ids
                if pk in items and items[pk]["type"] == slug
            ]
            if pages:
                sections.append({"label": str(label), "pages": pages})
        return sections


# Stand-ins for the links of one alert in a digest rendered once for every alert that has it.
UNSUBSCRIBE_MARK = "\x00unsubscribe\x00"
MANAGE_MARK = "\x00manage\x00"


class Digests:
    """Renders and queues the digests. A digest's text depends on its search, its pages and its
    window only, but for the two signed links: it is rendered once per distinct (search, pages,
    window), with marks the links of each alert replace."""

    def __init__(self):
        self.items: dict[str, dict[int, dict]] = {}
        # The last rendering only: `work` holds the alerts of one search side by side.
        self.rendered: dict[tuple, tuple[str, str]] = {}
        self.manage_links: dict[int, str] = {}

    def prepare(self, work):
        by_lang = defaultdict(set)
        for alert, pages in work:
            by_lang[alert.lang].update(pages[:MAX_LISTED])
        for lang, ids in by_lang.items():
            self.items[lang] = _page_items(ids, lang)

    def _render(self, alert, pages) -> tuple[str, str]:
        listed = pages[:MAX_LISTED]
        key = (alert.search, alert.lang, tuple(listed), len(pages), alert.last_run_at)
        if key not in self.rendered:
            self.rendered.clear()
            query = parse(alert.search, alert.lang)
            sections = _sections(listed, self.items[alert.lang], alert.last_run_at, alert.lang)
            with translation.override(alert.lang):
                listing = render_to_string("alerts/emails/digest_pages.txt", {"sections": sections})
                context = {
                    "description": describe(query),
                    "search_url": mail.absolute(search_path(query)),
                    "count": len(pages),
                    "pages": listing,
                    "more": len(pages) - len(listed),
                    "unsubscribe_url": UNSUBSCRIBE_MARK,
                    "manage_url": MANAGE_MARK,
                }
                subject = " ".join(
                    render_to_string("alerts/emails/digest_subject.txt", context).split()
                )
                body = render_to_string("alerts/emails/digest.txt", context)
            self.rendered[key] = (subject, body)
        return self.rendered[key]

    def _manage(self, alert):
        key = (alert.subscriber_id, alert.lang)
        if key not in self.manage_links:
            self.manage_links[key] = mail.link(
                "alerts_manage", mail.tokens.MANAGE, alert.subscriber_id, alert.email, alert.lang
            )
        return self.manage_links[key]

    def email(self, alert, pages):
        """The digest of one alert: an outbox row, stored with the batch's others."""
        subject, body = self._render(alert, pages)
        unsubscribe = mail.unsubscribe_url(alert.pk, alert.email, alert.lang)
        body = body.replace(UNSUBSCRIBE_MARK, unsubscribe).replace(MANAGE_MARK, self._manage(alert))
        return outgoing_email(
            "alerts.digest",
            [alert.email],
            subject,
            body,
            headers=mail.unsubscribe_headers(unsubscribe),
        )


def prepare(now) -> tuple[Report, list[tuple[DueAlert, list[int]]]]:
    """Every due alert with the pages its digest lists (empty: nothing new for it)."""
    report = Report()
    due = due_alerts(now)
    report.due = len(due)
    if not due:
        return report, []
    start = min(alert.last_run_at for alert in due)
    changed = dict(
        Page.objects.filter(
            live=True,
            content_type_id__in=list(content_type_ids().values()),
            last_published_at__gt=start,
            last_published_at__lte=now,
        ).values_list("pk", "last_published_at")
    )
    report.changed_pages = len(changed)
    groups: dict[tuple, list[DueAlert]] = defaultdict(list)
    for alert in due:
        groups[(alert.search, alert.lang, alert.site_id)].append(alert)
    report.searches = len(groups)
    if not changed:
        return report, [(alert, []) for alert in due]
    sites = {site.pk: site for site in Site.objects.all()}
    delivered = set(
        Delivery.objects.filter(page_id__in=list(changed)).values_list("alert_id", "page_id")
    )
    newest_first = sorted(changed, key=lambda pk: (changed[pk], pk), reverse=True)
    batch = SearchBatch(newest_first)
    work = []
    with one_search():
        for (search, lang, site_id), alerts in groups.items():
            found = batch.ids(parse(search, lang), sites.get(site_id))
            found = [pk for pk in newest_first if pk in found]
            # Alerts with the same window get the same digest: side by side, one rendering each.
            for alert in sorted(alerts, key=lambda alert: (alert.last_run_at, alert.pk)):
                pages = [
                    pk
                    for pk in found
                    if changed[pk] > alert.last_run_at and (alert.pk, pk) not in delivered
                ]
                work.append((alert, pages))
    return report, work


def send_alerts(now=None, batch_size=BATCH_SIZE) -> Report:
    now = now or timezone.now()
    purged = purge_unconfirmed(now)
    report, work = prepare(now)
    report.purged = purged
    digests = Digests()
    digests.prepare(work)
    for start in range(0, len(work), batch_size):
        batch = work[start : start + batch_size]
        with transaction.atomic():
            deliveries, emails = [], []
            for alert, pages in batch:
                if not pages:
                    continue
                emails.append(digests.email(alert, pages))
                # What the e-mail lists is what was sent; pages it only counts are older than
                # the alert's next window, so no later digest lists them either.
                listed = pages[:MAX_LISTED]
                deliveries += [
                    Delivery(alert_id=alert.pk, page_id=pk, sent_at=now) for pk in listed
                ]
                report.digests += 1
                report.pages_sent += len(listed)
            queue_emails(emails)
            Delivery.objects.bulk_create(deliveries, batch_size=1000)
            Alert.objects.filter(pk__in=[alert.pk for alert, _pages in batch]).update(
                last_run_at=now
            )
    return report


__all__ = ["send_alerts", "prepare", "Report", "Subscriber"]

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

from django.db import connection, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Page, Site

from alerts import mail, tokens
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


def _plain(text) -> str:
    """Text of a page or a search, on one line, without the NUL characters the marks of the
    per-recipient links are made of (so no page can forge a link)."""
    return " ".join((text or "").replace("\x00", "").split())


def _page_items(page_ids, lang) -> dict[int, dict]:
    """What a digest says of each page: type, title, summary, absolute URL."""
    by_ct = {pk: slug for slug, pk in content_type_ids().items()}
    items = {}
    with translation.override(lang):
        for page in Page.objects.filter(pk__in=page_ids).specific().iterator(chunk_size=500):
            items[page.pk] = {
                "type": by_ct.get(page.content_type_id, ""),
                "title": _plain(page.title),
                "summary": _plain(getattr(page, "summary", "")),
                "url": mail.absolute(page.get_url() or ""),
                "first_published_at": page.first_published_at,
            }
    return items


# Stand-ins for the links of one alert in a digest rendered once for every alert that has it.
UNSUBSCRIBE_MARK = "\x00unsubscribe\x00"
MANAGE_MARK = "\x00manage\x00"
LINK_SLOT = "0token0"  # a path segment, where the signed token goes in a link


class Digests:
    """Renders the digests, each part once: a page's lines once per page (and language, new or
    updated), a search's description and link once per search, a digest's text once per
    distinct (search, listed pages, count), and only the two signed links (manage, unsubscribe)
    per recipient, put in the place of marks. Page texts lose any NUL, so only our marks are
    replaced; the links are our URLs with a URL-safe token."""

    def __init__(self, work):
        by_lang = defaultdict(set)
        for alert, news in work:
            by_lang[alert.lang].update(news.listed)
        self.items = {lang: _page_items(ids, lang) for lang, ids in by_lang.items()}
        self.lines: dict[tuple, str] = {}
        self.searches: dict[tuple, tuple[str, str]] = {}
        self.link_parts: dict[tuple, tuple[str, str]] = {}
        self.manage_links: dict[tuple, str] = {}
        # The last rendering only: `work` holds the alerts of one search side by side.
        self.rendered: tuple | None = None

    def _page_lines(self, lang, pk, updated) -> str:
        key = (lang, pk, updated)
        if key not in self.lines:
            with translation.override(lang):
                self.lines[key] = render_to_string(
                    "alerts/emails/digest_page.txt",
                    {"page": self.items[lang][pk], "updated": updated},
                )
        return self.lines[key]

    def _listing(self, lang, listed, since) -> str:
        items = self.items[lang]
        sections = []
        with translation.override(lang):
            for slug, (_model, label) in CONTENT_TYPES.items():
                lines = [
                    self._page_lines(lang, pk, items[pk]["first_published_at"] <= since)
                    for pk in listed
                    if pk in items and items[pk]["type"] == slug
                ]
                if lines:
                    sections.append(f"== {label} ({len(lines)}) ==\n{''.join(lines)}\n")
        return "".join(sections) + "\n"

    def _search(self, search, lang) -> tuple[str, str]:
        """(description, absolute search URL) of a saved search."""
        key = (search, lang)
        if key not in self.searches:
            query = parse(search, lang)
            self.searches[key] = (_plain(describe(query)), mail.absolute(search_path(query)))
        return self.searches[key]

    def _render(self, alert, news) -> tuple[str, str]:
        items = self.items[alert.lang]
        updated = tuple(
            items[pk]["first_published_at"] <= alert.last_run_at
            for pk in news.listed
            if pk in items
        )
        key = (alert.search, alert.lang, news.listed, news.count, updated)
        if self.rendered is None or self.rendered[0] != key:
            description, search_url = self._search(alert.search, alert.lang)
            context = {
                "description": description,
                "search_url": search_url,
                "count": news.count,
                "pages": self._listing(alert.lang, news.listed, alert.last_run_at),
                "more": news.count - len(news.listed),
                "unsubscribe_url": UNSUBSCRIBE_MARK,
                "manage_url": MANAGE_MARK,
            }
            with translation.override(alert.lang):
                subject = " ".join(
                    render_to_string("alerts/emails/digest_subject.txt", context).split()
                )
                body = render_to_string("alerts/emails/digest.txt", context)
            self.rendered = (key, subject, body)
        return self.rendered[1], self.rendered[2]

    def _link(self, name, kind, pk, email, lang) -> str:
        """`mail.link`, with the URL around the token reversed once per link name and language."""
        key = (name, lang)
        if key not in self.link_parts:
            with translation.override(lang):
                url = mail.absolute(reverse(name, args=[LINK_SLOT]))
            before, _mark, after = url.partition(LINK_SLOT)
            self.link_parts[key] = (before, after)
        before, after = self.link_parts[key]
        return f"{before}{tokens.make(kind, pk, email)}{after}"

    def _manage(self, alert):
        key = (alert.subscriber_id, alert.lang)
        if key not in self.manage_links:
            self.manage_links[key] = self._link(
                "alerts_manage", tokens.MANAGE, alert.subscriber_id, alert.email, alert.lang
            )
        return self.manage_links[key]

    def email(self, alert, news):
        """The digest of one alert: an outbox row, stored with the batch's others."""
        subject, body = self._render(alert, news)
        unsubscribe = self._link(
            "alerts_unsubscribe", tokens.UNSUBSCRIBE, alert.pk, alert.email, alert.lang
        )
        body = body.replace(UNSUBSCRIBE_MARK, unsubscribe).replace(MANAGE_MARK, self._manage(alert))
        return outgoing_email(
            "alerts.digest",
            [alert.email],
            subject,
            body,
            headers=mail.unsubscribe_headers(unsubscribe),
        )


@dataclass(frozen=True)
class News:
    """What one alert's digest holds: the newest pages it lists, and how many there are."""

    listed: tuple[int, ...]
    count: int


NOTHING = News((), 0)


def prepare(now) -> tuple[Report, list[tuple[DueAlert, News]]]:
    """Every due alert with what its digest holds (`NOTHING`: nothing new for it). Alerts of one
    search with the same window and nothing delivered yet share one `News`."""
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
        return report, [(alert, NOTHING) for alert in due]
    sites = {site.pk: site for site in Site.objects.all()}
    delivered = defaultdict(set)
    for alert_id, page_id in Delivery.objects.filter(page_id__in=list(changed)).values_list(
        "alert_id", "page_id"
    ):
        delivered[alert_id].add(page_id)
    newest_first = sorted(changed, key=lambda pk: (changed[pk], pk), reverse=True)
    batch = SearchBatch(newest_first)
    work = []
    with one_search():
        for (search, lang, site_id), alerts in groups.items():
            found = batch.ids(parse(search, lang), sites.get(site_id))
            found = [pk for pk in newest_first if pk in found]
            shared = {}  # window -> News, for the alerts with nothing delivered among these pages
            # Alerts with the same window get the same digest: side by side, one rendering each.
            for alert in sorted(alerts, key=lambda alert: (alert.last_run_at, alert.pk)):
                done = delivered.get(alert.pk)
                if not done and alert.last_run_at in shared:
                    work.append((alert, shared[alert.last_run_at]))
                    continue
                pages = [
                    pk
                    for pk in found
                    if changed[pk] > alert.last_run_at and not (done and pk in done)
                ]
                news = News(tuple(pages[:MAX_LISTED]), len(pages)) if pages else NOTHING
                if not done:
                    shared[alert.last_run_at] = news
                work.append((alert, news))
    return report, work


def _record_deliveries(rows):
    """(alert id, page id, sent at) rows in one statement per thousand: hundreds of thousands of
    them in a run, so no model instances."""
    if not rows:
        return
    table = connection.ops.quote_name(Delivery._meta.db_table)
    sql = f"INSERT INTO {table} (alert_id, page_id, sent_at) VALUES (%s, %s, %s)"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def send_alerts(now=None, batch_size=BATCH_SIZE) -> Report:
    now = now or timezone.now()
    purged = purge_unconfirmed(now)
    # One memo for the whole run: the vocabularies are read once, not once per search parsed.
    with one_search():
        report, work = prepare(now)
        report.purged = purged
        digests = Digests(work)
        sent_at = connection.ops.adapt_datetimefield_value(now)
        for start in range(0, len(work), batch_size):
            batch = work[start : start + batch_size]
            with transaction.atomic():
                deliveries, emails = [], []
                for alert, news in batch:
                    if not news.count:
                        continue
                    emails.append(digests.email(alert, news))
                    # What the e-mail lists is what was sent; pages it only counts are older
                    # than the alert's next window, so no later digest lists them either.
                    deliveries += [(alert.pk, pk, sent_at) for pk in news.listed]
                    report.digests += 1
                    report.pages_sent += len(news.listed)
                queue_emails(emails)
                _record_deliveries(deliveries)
                Alert.objects.filter(pk__in=[alert.pk for alert, _news in batch]).update(
                    last_run_at=now
                )
    return report


__all__ = ["send_alerts", "prepare", "News", "Report", "Subscriber"]

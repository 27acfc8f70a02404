"""RSS 2.0 and Atom feeds of any search URL: the same parameters as the search page, run by the
search service, newest first, with absolute URLs from the request's host.

A feed reads what it shows and nothing more: the ids of the newest matching pages (one
statement, or one engine request), then their titles, dates, URLs and summaries (one query); no
counts, facets, tags or snippets; the site found once per host."""

import functools
import logging
from urllib.parse import quote

from django.conf import settings
from django.db import connection
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.http import RFC3986_SUBDELIMS
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from alerts.searches import describe, parse, search_path
from alerts.views import _language
from core.page_cache import cached_fragment
from search.filters import CONTENT_TYPES, content_type_ids, one_search
from search.service import PER_PAGE, language_root, locale_of, matching_ids

logger = logging.getLogger(__name__)

FEED_SIZE = PER_PAGE
# What a feed item needs of a page (its URL is made from `url_path` and the site's root).
PAGE_FIELDS = (
    "id",
    "title",
    "url_path",
    "content_type_id",
    "first_published_at",
    "last_published_at",
)


def _site(request):
    """The request's Wagtail site, looked up once per host and content generation (a change
    to any site purges it), and kept on the request as Wagtail does."""
    if not hasattr(request, "_wagtail_site"):
        host = f"{request._get_raw_host()}:{request.get_port()}"
        request._wagtail_site = cached_fragment(
            f"alerts:site:{host}", lambda: Site.find_for_request(request)
        )
    return request._wagtail_site


@functools.cache
def _items_sql(count: int) -> str:
    """`PAGE_FIELDS` and the summary (from the table of the page's type) of `count` pages.
    Written once per size from the models' tables: the ORM would build it and a model
    instance per row on every request, for a statement that never changes."""
    q = connection.ops.quote_name
    page = Page._meta
    joins, summaries = [], []
    for n, (model, _label) in enumerate(CONTENT_TYPES.values()):
        opts = model._meta
        joins.append(
            f"LEFT JOIN {q(opts.db_table)} s{n} ON s{n}.{q(opts.pk.column)} = p.{q(page.pk.column)}"
        )
        summaries.append(f"s{n}.{q(opts.get_field('summary').column)}")
    columns = ", ".join(f"p.{q(page.get_field(name).column)}" for name in PAGE_FIELDS)
    return (
        f"SELECT {columns}, COALESCE({', '.join(summaries)}, '') "  # noqa: S608
        f"FROM {q(page.db_table)} p {' '.join(joins)} "
        f"WHERE p.{q(page.pk.column)} IN ({', '.join(['%s'] * count)})"
    )


def _aware(moment):
    """A date read by a raw statement as Django's ORM returns it (SQLite gives naive UTC)."""
    if moment is not None and settings.USE_TZ and timezone.is_naive(moment):
        return timezone.make_aware(moment, connection.timezone)
    return moment


def _items(ids) -> list[dict]:
    """The feed's fields of each id (a dict per page, with `type` and `summary`), in the order
    of `ids`: one statement."""
    if not ids:
        return []
    types = {content_type_ids()[slug]: str(label) for slug, (_m, label) in CONTENT_TYPES.items()}
    with connection.cursor() as cursor:
        cursor.execute(_items_sql(len(ids)), list(ids))
        rows = cursor.fetchall()
    pages = {}
    for row in rows:
        page = dict(zip(PAGE_FIELDS, row, strict=False))
        page["first_published_at"] = _aware(page["first_published_at"])
        page["last_published_at"] = _aware(page["last_published_at"])
        page["type"] = types.get(page["content_type_id"], "")
        page["summary"] = row[-1] or ""
        pages[page["id"]] = page
    return [pages[pk] for pk in ids if pk in pages]


def _page_urls(request, site, lang):
    """url_path -> absolute URL of a page of this site and language, as Wagtail's `get_url`
    makes it (the language root's path taken off, the rest reversed through `wagtail_serve`,
    so under /fr/ or /en/) on the request's host; the root and the prefix found once per feed
    instead of once per item."""
    locale = locale_of(lang)
    root = language_root(locale, site) if locale is not None else None
    with translation.override(lang):
        prefix = reverse("wagtail_serve", args=("",))
    append_slash = getattr(settings, "WAGTAIL_APPEND_SLASH", True)

    def url(url_path):
        if not root or not url_path.startswith(root.url_path):
            # No site root to strip (no site at all): Wagtail decides.
            path = Page(url_path=url_path).get_url(request=request) or ""
        else:
            rest = quote(url_path[len(root.url_path) :], safe=RFC3986_SUBDELIMS + "/~:@")
            path = prefix + rest
            if not append_slash and path != "/":
                path = path.rstrip("/")
        return request.build_absolute_uri(path)

    return url


def _feed(request, feed_class):
    lang = _language()
    with one_search():  # the vocabularies read once for parsing, searching and describing
        query = parse(request.GET, lang)
        site = _site(request)
        try:
            ids = matching_ids(query, site, None, limit=FEED_SIZE)
        except Exception:
            # The engine is down: an empty or filter-only feed would mislead a reader.
            logger.exception("Search backend failed for the feed of %r", query.q)
            response = HttpResponse(status=503)
            response["Retry-After"] = "300"
            return response
        with translation.override(lang):
            description = describe(query)
            feed = feed_class(
                title=_("Bibliothèques et inclusion numérique – %(search)s")
                % {"search": description},
                link=request.build_absolute_uri(search_path(query)),
                description=_(
                    "Les dernières orientations, guides et fiches de la recherche %(search)s."
                )
                % {"search": description},
                language=lang,
                feed_url=request.build_absolute_uri(request.get_full_path()),
                feed_guid=request.build_absolute_uri(request.get_full_path()),
            )
            url_of = _page_urls(request, site, lang)
            for page in _items(ids):
                url = url_of(page["url_path"])
                feed.add_item(
                    title=page["title"],
                    link=url,
                    description=page["summary"],
                    unique_id=url,
                    unique_id_is_permalink=True,
                    pubdate=page["first_published_at"],
                    updateddate=page["last_published_at"],
                    categories=[page["type"]],
                )
    # Written to a string first: the XML writer's hundreds of small writes cost more on a
    # response (each one encoded and appended) than the whole feed does in memory.
    response = HttpResponse(feed.writeString("utf-8"), content_type=feed.content_type)
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def rss(request):
    return _feed(request, Rss201rev2Feed)


@require_GET
def atom(request):
    return _feed(request, Atom1Feed)

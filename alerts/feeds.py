"""RSS 2.0 and Atom feeds of any search URL: the same parameters as the search page, run by the
search service, newest first, with absolute URLs from the request's host.

A feed reads what it shows and nothing more: the ids of the newest matching pages (one
statement, or one engine request), then their titles, dates, URLs and summaries (one query); no
counts, facets, tags or snippets; the site found once per host."""

import logging

from django.db.models import F, TextField, Value
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from alerts.searches import describe, parse, search_path
from alerts.views import _language
from core.page_cache import cached_fragment
from search.filters import CONTENT_TYPES, content_type_ids, one_search
from search.service import PER_PAGE, matching_ids

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


def _items(ids):
    """(page, type label, summary) of each id, in the order of `ids`: one query, each content
    type's summary read through its table's join."""
    types = {content_type_ids()[slug]: str(label) for slug, (_m, label) in CONTENT_TYPES.items()}
    summary = Coalesce(
        *(F(f"{model._meta.model_name}__summary") for model, _label in CONTENT_TYPES.values()),
        Value(""),
        output_field=TextField(),
    )
    pages = {
        page.pk: page
        for page in Page.objects.filter(pk__in=ids)
        .only(*PAGE_FIELDS)
        .annotate(feed_summary=summary)
    }
    return [
        (pages[pk], types.get(pages[pk].content_type_id, ""), pages[pk].feed_summary or "")
        for pk in ids
        if pk in pages
    ]


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
            for page, type_label, summary in _items(ids):
                url = request.build_absolute_uri(page.get_url(request=request) or "")
                feed.add_item(
                    title=page.title,
                    link=url,
                    description=summary,
                    unique_id=url,
                    unique_id_is_permalink=True,
                    pubdate=page.first_published_at,
                    updateddate=page.last_published_at,
                    categories=[type_label],
                )
    response = HttpResponse(content_type=f"{feed.content_type}")
    feed.write(response, "utf-8")
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def rss(request):
    return _feed(request, Rss201rev2Feed)


@require_GET
def atom(request):
    return _feed(request, Atom1Feed)

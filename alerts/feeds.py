"""RSS 2.0 and Atom feeds of any search URL: the same parameters as the search page, run by the
search service, newest first, with absolute URLs from the request's host."""

from django.http import HttpResponse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from alerts.searches import describe, parse, search_path
from alerts.views import _language
from search.service import run_search


def _feed(request, feed_class):
    lang = _language()
    query = parse(request.GET, lang)
    results = run_search(query, request=request, facets=False)
    with translation.override(lang):
        feed = feed_class(
            title=_("Bibliothèques et inclusion numérique – %(search)s")
            % {"search": describe(query)},
            link=request.build_absolute_uri(search_path(query)),
            description=_(
                "Les dernières orientations, guides et fiches de la recherche %(search)s."
            )
            % {"search": describe(query)},
            language=lang,
            feed_url=request.build_absolute_uri(request.get_full_path()),
            feed_guid=request.build_absolute_uri(request.get_full_path()),
        )
        for hit in results.hits:
            url = request.build_absolute_uri(hit.url)
            page = hit.page
            feed.add_item(
                title=page.title,
                link=url,
                description=hit.summary,
                unique_id=url,
                unique_id_is_permalink=True,
                pubdate=page.first_published_at,
                updateddate=page.last_published_at,
                categories=[hit.type_label],
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

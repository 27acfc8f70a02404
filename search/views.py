"""Search views: the HTML page, the JSON API and the title autocomplete, all on the service."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.http import require_GET

from .filters import search_filter
from .query import FILTERS, SORTS, parse_query
from .service import autocomplete_titles, run_search


@require_GET
def search_page(request):
    query = parse_query(request.GET, lang=translation.get_language())
    results = run_search(query, request=request)
    filters = [(name, label, results.facets[name]) for name, label in FILTERS.items()]
    removable = [
        (name, FILTERS[name], value, query.without(name, value))
        for name, values in query.filters.items()
        for value in values
    ]
    labels = {name: {f.value: f.label for f in facet} for name, facet in results.facets.items()}
    return render(
        request,
        "search/search.html",
        {
            "query": query,
            "results": results,
            "filters": filters,
            "any_filter_values": any(values for _name, _label, values in filters),
            "sorts": list(SORTS.items()),
            "commune": _commune(query),
            "active_filters": [
                (
                    name,
                    label,
                    labels[name].get(value) or search_filter(name).value_label(value),
                    url,
                )
                for name, label, value, url in removable
            ],
        },
    )


def _commune(query):
    """The commune of the `commune` filter (territories like it), if one is chosen."""
    codes = query.filters.get("commune")
    return search_filter("commune").commune(codes[0]) if codes else None


def _terms(terms):
    return [{"value": term.slug, "label": term.label} for term in terms]


@require_GET
def api_search(request):
    query = parse_query(request.GET, lang=request.GET.get("lang") or "fr")
    results = run_search(query, request=request)
    with translation.override(query.lang):
        data = {
            "count": results.count,
            "page": results.page,
            "num_pages": results.num_pages,
            "lang": query.lang,
            "query": query.q,
            "engine_error": results.engine_error,
            "matched_words": results.matched_words,
            "suggestions": results.suggestions,
            "results": [
                {
                    "title": hit.page.title,
                    "url": hit.url,
                    "type": hit.type,
                    "type_label": hit.type_label,
                    "summary": hit.summary,
                    "snippet": str(hit.snippet),
                    "themes": _terms(hit.page.theme_terms),
                    "territory_types": _terms(hit.page.territory_terms),
                    "audiences": _terms(hit.page.audience_terms),
                    "promoted": hit.promoted,
                    "reasons": hit.reasons,
                    "first_published_at": hit.page.first_published_at,
                }
                for hit in results.hits
            ],
            "facets": {
                name: [
                    {"value": f.value, "label": f.label, "count": f.count, "selected": f.selected}
                    for f in facet
                ]
                for name, facet in results.facets.items()
            },
        }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def api_autocomplete(request):
    lang = request.GET.get("lang") or "fr"
    lang = lang if lang in {"fr", "en"} else "fr"
    with translation.override(lang):
        titles = autocomplete_titles(request.GET.get("q", ""), lang, request=request)
    response = JsonResponse({"results": titles}, json_dumps_params={"ensure_ascii": False})
    response["X-Robots-Tag"] = "noindex"
    return response

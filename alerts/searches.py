"""A followed search: the search page's URL parameters, parsed and normalized by the search
service (unknown values dropped as on the page), described in words for e-mails and pages."""

from django.http import QueryDict
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from search.filters import filters
from search.query import SearchQuery, parse_query


def parse(raw, lang: str) -> SearchQuery:
    """A query from URL parameters (a QueryDict or a query string), without page and sort: an
    alert and a feed follow the newest pages."""
    params = QueryDict(raw) if isinstance(raw, str) else raw
    query = parse_query(params, lang=lang)
    query.lang = lang if lang in {"fr", "en"} else query.lang
    query.filters = {name: sorted(values) for name, values in query.filters.items()}
    query.sort, query.page = "recent", 1
    return query


def normalize(query: SearchQuery) -> str:
    """The one string of a search: identical searches give identical strings."""
    return query.params(sort="pertinence").urlencode()


def search_path(query: SearchQuery) -> str:
    """The search page showing this search, newest first, in the query's language."""
    with translation.override(query.lang):
        path = reverse("search")
    params = query.params(sort="recent").urlencode()
    return f"{path}?{params}"


def describe(query: SearchQuery) -> str:
    """« aide numérique » ; Thématiques : Aide aux démarches ; Types de territoire : Bourgs…"""
    with translation.override(query.lang):
        parts = []
        if query.q:
            parts.append(f"« {query.q} »")
        for search_filter in filters():
            values = query.filters.get(search_filter.param)
            if values:
                labels = dict(search_filter.choices())
                named = ", ".join(labels.get(v, v) for v in values)
                parts.append(
                    _("%(label)s : %(values)s") % {"label": search_filter.label, "values": named}
                )
        return " ; ".join(parts) if parts else _("Toutes les nouveautés")

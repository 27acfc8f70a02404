"""Template tags shared by every page: language switcher, querystring helpers, vocabulary terms
with their search and feed links."""

import functools
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.core.signals import setting_changed
from django.urls import NoReverseMatch, Resolver404, reverse, translate_url
from django.utils.formats import localize
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext, override
from wagtail.models import Page, Site

from core.page_cache import cached_fragment

register = template.Library()


# Markup rendered once per process by {% once_per_process %}: emptied when a setting changes
# (tests), and a deployment starts new processes (new static file names).
_RENDERED: dict[str, str] = {}
setting_changed.connect(lambda **kwargs: _RENDERED.clear(), dispatch_uid="hub-rendered-once")


class _OncePerProcessNode(template.Node):
    def __init__(self, name, nodelist):
        self.name, self.nodelist = name, nodelist

    def render(self, context):
        if self.name not in _RENDERED:
            _RENDERED[self.name] = self.nodelist.render(context)
        return _RENDERED[self.name]


@register.tag
def once_per_process(parser, token):
    """{% once_per_process "name" %}…{% end_once_per_process %}: markup that depends on
    settings and static files only (no request, page, language or user), such as the DSFR's
    stylesheets and scripts, rendered once instead of on every page (about 2 ms of
    `{% static %}` and the DSFR's tags per page)."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("{% once_per_process %} takes a name in quotes")
    nodelist = parser.parse(("end_once_per_process",))
    parser.delete_first_token()
    return _OncePerProcessNode(bits[1].strip("\"'"), nodelist)


@register.inclusion_tag("hub/includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in each language: the translated page where one exists (with the
    same sub-page for routable pages: a place of the directory opens the same place), otherwise
    a notice that the page is not translated yet, which links to the original and to the home."""
    request = context["request"]
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    current = get_language() or settings.LANGUAGE_CODE
    translations = {}
    if page is not None and page.pk:
        subpath = _subpath(request, page)
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = _with_subpath(
                translation, subpath, request
            )
    site = Site.find_for_request(request)
    homes = cached_fragment(f"homes:{site.pk}", lambda: _home_urls(site)) if site else {}
    links = []
    for code, name in settings.LANGUAGES:
        if page is not None and page.pk:
            url = translations.get(code) or _not_translated_url(code, page)
        elif page is not None:
            url = homes.get(code) or f"/{code}/"
        else:
            # The query string is left to {% query_string_in %}: the header that shows these
            # links is cached per path, not per search.
            url = translate_url(_path_of(request), code) + QUERY_STRING_MARK
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"links": links, "current": current}


# Letters only: unchanged by URL building and HTML escaping, so it can be replaced in the output.
QUERY_STRING_MARK = "hubquerystringmark"


def _path_of(request) -> str:
    """The path as `get_full_path()` writes it (URI-escaped), without the query string."""
    return request.get_full_path().partition("?")[0]


class _QueryStringNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        html = self.nodelist.render(context)
        if QUERY_STRING_MARK not in html:
            return html
        request = context.get("request")
        query = request.get_full_path().partition("?")[2] if request is not None else ""
        return html.replace(QUERY_STRING_MARK, escape(f"?{query}") if query else "")


@register.tag
def query_string_in(parser, token):
    """{% query_string_in %}…{% end_query_string_in %}: markup cached per path (the header) in
    which links of the current page in other languages end with a mark, replaced here by the
    request's query string, so a search's header is rendered once for every search."""
    nodelist = parser.parse(("end_query_string_in",))
    parser.delete_first_token()
    return _QueryStringNode(nodelist)


def _subpath(request, page) -> str:
    """What the request path adds to the page's own path (a routable page's sub-page)."""
    base = page.get_url(request) or ""
    path = request.path
    if base and path.startswith(base) and path != base:
        return path[len(base) :]
    return ""


def _with_subpath(translation, subpath, request) -> str:
    url = translation.get_url(request)
    if not subpath:
        return url
    specific = translation.specific
    # A sub-page that the translation does not route (a slug of another language) falls back
    # to the translated page itself.
    try:
        specific.resolve_subpage("/" + subpath)
    except (AttributeError, Resolver404):
        return url
    return url + subpath


def _not_translated_url(code, page) -> str:
    with override(code):
        return f"{reverse('not_translated')}?page={page.pk}"


def _home_urls(site):
    return {
        home.locale.language_code: home.url
        for home in site.root_page.get_translations(inclusive=True).live().select_related("locale")
    }


@register.simple_tag(takes_context=True)
def querystring_replace(context, **kwargs):
    """The current query string with some parameters replaced (for pagination and sorting).
    Encoded as QueryDict.urlencode does, without its deep copy (a page of results calls this
    for every page link)."""
    return _replaced(dict(context["request"].GET.lists()), kwargs)


def _replaced(query: dict[str, list], changes: dict) -> str:
    query = dict(query)
    for key, value in changes.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = [value]
    encoded = urlencode([(key, str(value)) for key, values in query.items() for value in values])
    return f"?{encoded}" if encoded else "?"


@functools.lru_cache(maxsize=8)
def _pagination_words(_language: str) -> dict[str, str]:
    """The pagination's words in a language, escaped (gettext looks through every app's
    catalogue: some 20 microseconds a word)."""
    words = {
        "nav": gettext("Pagination"),
        "first": gettext("Première page"),
        "previous": gettext("Page précédente"),
        "next": gettext("Page suivante"),
        "last": gettext("Dernière page"),
        "page": gettext("Page %(number)s"),
    }
    return {key: escape(word) for key, word in words.items()}


@register.simple_tag(takes_context=True)
def pagination(context, page_obj):
    """The DSFR pagination of a listing (first, previous, the page numbers of
    `page_obj.elided_range`, next, last), written in Python: its template loop of links and
    translations cost 1.5 to 2.5 ms per listing page."""
    paginator = page_obj.paginator
    if not paginator.num_pages > 1:
        return ""
    query = dict(context["request"].GET.lists())
    words = _pagination_words(get_language())

    def link(css, word, number):
        if number is None:
            return (
                f'<li><a class="fr-pagination__link {css}" aria-disabled="true" role="link">'
                f"{words[word]}</a></li>"
            )
        href = escape(_replaced(query, {"page": number}))
        return f'<li><a class="fr-pagination__link {css}" href="{href}">{words[word]}</a></li>'

    has_next = page_obj.has_next()
    parts = [
        f'<nav role="navigation" class="fr-pagination fr-mt-4w" aria-label="{words["nav"]}">'
        '<ul class="fr-pagination__list">',
        link("fr-pagination__link--first", "first", 1 if page_obj.number > 1 else None),
        link(
            "fr-pagination__link--prev fr-pagination__link--lg-label",
            "previous",
            page_obj.previous_page_number() if page_obj.has_previous() else None,
        ),
    ]
    for number in page_obj.elided_range:
        if not isinstance(number, int):  # Paginator.ELLIPSIS (lazy: compared, it translates)
            parts.append(
                '<li><span class="fr-pagination__link fr-hidden fr-unhidden-lg">…</span></li>'
            )
            continue
        shown = escape(localize(number))
        title = words["page"] % {"number": shown}
        if number == page_obj.number:
            parts.append(
                f'<li><a class="fr-pagination__link" aria-current="page" title="{title}">'
                f"{shown}</a></li>"
            )
        else:
            href = escape(_replaced(query, {"page": number}))
            parts.append(
                f'<li><a class="fr-pagination__link" href="{href}" title="{title}">{shown}</a></li>'
            )
    parts += [
        link(
            "fr-pagination__link--next fr-pagination__link--lg-label",
            "next",
            page_obj.next_page_number() if has_next else None,
        ),
        link("fr-pagination__link--last", "last", paginator.num_pages if has_next else None),
        "</ul></nav>",
    ]
    return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped


@register.filter
def in_section(page, section) -> bool:
    """True when `page` is `section` or one of its descendants (to mark the current menu item)."""
    return isinstance(page, Page) and bool(page.path) and page.path.startswith(section.path)


@register.filter
def description(page) -> str:
    """What a page says of itself for search engines and shares: its search description, else
    its summary where its type has one. Read here because a failed lookup in a template costs
    a `dir()` of the page (about 0.4 ms for a Wagtail page)."""
    return getattr(page, "search_description", "") or getattr(page, "summary", "") or ""


@register.simple_tag
def colon():
    """The colon after a label, with the typography of the page's language: a no-break space
    before it in French ("Frais :"), none in English ("Fees:")."""
    # msgid: a no-break space (written as itself: xgettext does not read "\u" escapes) and a
    # colon; its English translation is ":".
    return gettext(" :")  # noqa: RUF001


def _url_or_empty(name):
    try:
        return reverse(name)
    except NoReverseMatch:  # an app left out of this project's URLs
        return ""


@register.simple_tag(takes_context=True)
def term_links(context, param, term):
    """One vocabulary term of a page: a tag linking to the search of that term and, beside it,
    a discreet RSS icon to follow that search (its accessible name says which)."""
    urls = context.render_context.get("term_urls")
    if urls is None:
        urls = context.render_context["term_urls"] = term_urls()
    return term_links_html(urls, param, term)


def term_urls() -> tuple[str, str]:
    """The search and RSS addresses that term links lead to ("" for an app left out)."""
    return _url_or_empty("search"), _url_or_empty("alerts_rss")


def term_links_html(urls: tuple[str, str], param: str, term, language: str = "") -> str:
    """What {% term_links %} shows, for code that writes markup in Python (search results),
    given the active language when it has it (`get_language()` costs some microseconds)."""
    language = language or get_language()
    # A page of results shows some sixty terms, mostly the same few: each one's links are made
    # once per process, keyed by everything they show (the language for the texts around the
    # label) and by what the label is made of (both names), so the label property (which asks
    # for the language again) runs once per term and language, not for each of a page's terms.
    key = (urls, language, param, term.slug, term.name, getattr(term, "name_en", ""))
    html = _TERM_LINKS.get(key)
    if html is None:
        if len(_TERM_LINKS) > 4096:
            _TERM_LINKS.clear()
        search_url, rss_url = urls
        html = _TERM_LINKS[key] = _term_links(
            search_url, rss_url, param, term.slug, str(term.label)
        )
    return html


_TERM_LINKS: dict[tuple, str] = {}


def _term_links(search_url, rss_url, param, slug, label):
    if not search_url:
        return format_html('<p class="fr-tag fr-tag--sm">{}</p>', label)
    params = urlencode({param: slug})
    html = format_html(
        '<a class="fr-tag fr-tag--sm" href="{}?{}" title="{}">{}</a>',
        search_url,
        params,
        gettext("Rechercher les contenus « %(label)s »") % {"label": label},
        label,
    )
    if rss_url:
        name = gettext("Flux RSS des nouveautés « %(label)s »") % {"label": label}
        html += format_html(
            '<a class="hub-term-feed fr-icon-rss-line fr-icon--sm" href="{}?{}" '
            'type="application/rss+xml" title="{}"><span class="fr-sr-only">{}</span></a>',
            rss_url,
            params,
            name,
            name,
        )
    return html

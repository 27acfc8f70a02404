"""The territory pages, served by TerritoryIndexPage's routes: the commune picker (a plain GET
form, autocomplete as an enhancement), a page per commune, a page per department."""

import re
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from html import escape

from django.db.models import Case, IntegerField, Q, Value, When
from django.db.models.functions import Coalesce
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.formats import get_format
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import PageViewRestriction

from core.geo import DEPARTMENT_NAMES, DEPARTMENT_REGION, REGION_NAMES
from core.models import PageTerritoryType, TerritoryType
from core.page_cache import cached_fragment
from places import standard
from places.models import Place, PlaceDirectoryPage
from practices.models import PracticePage
from territories.communes import Commune
from territories.derive import derived_terms, territories_like
from territories.distance import RINGS_KM, places_around
from territories.reference import DENSITY_MEANING, DENSITY_SLUGS, name_key

MAX_QUERY = 100
PICKER_LIMIT = 30
AUTOCOMPLETE_LIMIT = 10
PLACES_PER_RING = 30
GAP_RADIUS_KM = 20
SIMILAR_LIMIT = 12
TENTH = Decimal("0.1")
CODE_RE = re.compile(r"^\d[\dAB]\d{3}$")
LABELLED_RE = re.compile(r"^(?P<name>.*?)\s*\((?P<postal>\d{5})\)\s*$")  # "Allanche (15160)"


def search_communes(query: str, limit: int = PICKER_LIMIT) -> list[Commune]:
    """Communes matching a name (accents, hyphens and "St"/"Saint" ignored, beginning of the
    name or of one of its words), a postal code (or its beginning) or an INSEE code: exact
    names first, then the most populated."""
    text = (query or "").replace("\x00", "").strip()[:MAX_QUERY]
    if not text:
        return []
    compact = text.replace(" ", "").upper()
    if CODE_RE.match(compact) and not compact.isdigit():
        found = Commune.objects.filter(code=compact)  # Corsica: 2A004
    elif compact.isdigit():
        found = Commune.objects.filter(Q(postal_codes__contains=f"|{compact}") | Q(code=compact))
    else:
        postal = ""
        labelled = LABELLED_RE.match(text)
        if labelled:
            text, postal = labelled["name"], labelled["postal"]
        key = name_key(text)
        if not key:
            return []
        # A range on the indexed key, not LIKE 'x%': SQLite's LIKE ignores case and so cannot
        # use the index (a full scan of 35,000 names per keystroke).
        found = Commune.objects.filter(name_key__gte=key, name_key__lt=key + "\uffff")
        if postal:
            found = found.filter(postal_codes__contains=f"|{postal}|")
        elif len(key) >= 3 and not found.exists():
            # Nothing starts so: the beginning of a later word ("ferrand"), a slower scan.
            found = Commune.objects.filter(name_key__contains=f" {key}")
        found = found.annotate(
            exact=Case(
                When(name_key=key, then=Value(0)), default=Value(1), output_field=IntegerField()
            )
        ).order_by("exact", Coalesce("population", Value(0)).desc(), "name")
        return list(found[:limit])
    return list(found.order_by(Coalesce("population", Value(0)).desc(), "name")[:limit])


def picker(page, request):
    query = (request.GET.get("q") or "").strip()[:MAX_QUERY]
    results = search_communes(query) if query else []
    if query and len(results) == 1:
        return redirect(page.commune_url(results[0], request))
    return page.render(
        request,
        context_overrides={
            "query": query,
            "results": [(commune, page.commune_url(commune, request)) for commune in results],
            "autocomplete_url": page.get_url(request) + page.reverse_subpage("autocomplete"),
            "picker_url": page.get_url(request),
            "searched": bool(query),
        },
    )


def autocomplete(page, request):
    results = search_communes(request.GET.get("q") or "", AUTOCOMPLETE_LIMIT)
    return JsonResponse(
        {
            "results": [
                {
                    "code": c.code,
                    "name": c.name,
                    "postal_code": (c.postal_code_list or [""])[0],
                    "department": c.department,
                    "label": f"{c.name} ({(c.postal_code_list or [c.code])[0]})",
                    "url": page.commune_url(c, request),
                }
                for c in results
            ]
        }
    )


CARD_FIELDS = ("pk", "title", "summary", "commune", "url_path", "first_published_at", "locale_id")


def _terms_by_slug():
    """The territory types (a vocabulary: saving one purges the fragments)."""
    return cached_fragment(
        "territories:terms", lambda: {term.slug: term for term in TerritoryType.objects.all()}
    )


def _live_practices(page):
    """Live public cards of the page's language, as `.live().public()` selects them, with the
    restricted sections read once per content generation (saving a view restriction purges)
    instead of by a query per list."""
    restricted = cached_fragment(
        "territories:restricted-paths",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )
    cards = PracticePage.objects.live().filter(locale_id=page.locale_id)
    hidden = Q()
    for path in restricted:  # a restricted page and its descendants, as Wagtail's private_q
        hidden |= Q(path__startswith=path)
    return cards.exclude(hidden) if restricted else cards


def practices_like(commune: Commune, live_practices, terms, limit=SIMILAR_LIMIT) -> list[tuple]:
    """(card, reason) of `live_practices` of territories like `commune`, closest first (same
    density level, then neighbouring levels, then the same overlays), newest first within a
    rank. `terms`: the territory types, already read by the page."""
    likeness = {item.slug: item for item in territories_like(commune, terms)}
    if not likeness:
        return []
    rows = PageTerritoryType.objects.filter(
        tag__slug__in=likeness, content_object__in=live_practices.values("pk")
    ).values_list("content_object_id", "tag__slug")
    best = {}
    for page_id, slug in rows:
        item = likeness[slug]
        if page_id not in best or item.rank < best[page_id].rank:
            best[page_id] = item
    if not best:
        return []
    cards = {card.pk: card for card in PracticePage.objects.filter(pk__in=best).only(*CARD_FIELDS)}
    ordered = sorted(
        cards.values(),
        key=lambda c: (
            best[c.pk].rank,
            -(c.first_published_at.timestamp() if c.first_published_at else 0),
        ),
    )
    return [(card, best[card.pk].reason) for card in ordered[:limit]]


def _similar(commune, live_practices, terms, page):
    """`practices_like`, once per content generation for each kind of territory: a handful of
    keys (density level and zonings) shared by 35,000 communes."""
    kind = [(item.slug, item.rank) for item in territories_like(commune, terms.values())]
    key = f"territories:similar:{page.locale_id}:{get_language()}:{kind}"
    return cached_fragment(key, lambda: practices_like(commune, live_practices, terms.values()))


def _directory_url(page, request) -> str | None:
    """The places directory of the page's language (or any), as a URL: computed once per
    content generation, like the menus."""

    def find():
        directory = (
            PlaceDirectoryPage.objects.live().filter(locale_id=page.locale_id).first()
            or PlaceDirectoryPage.objects.live().first()
        )
        return directory.get_url(request) if directory else None

    return cached_fragment(f"territories:directory:{page.locale_id}", find)


def _km_format():
    """`floatformat:1` of a distance (half up, the language's decimal mark), without the
    filter's generality: called for up to 90 places per page."""
    mark = get_format("DECIMAL_SEPARATOR")
    return lambda km: str(Decimal(repr(km)).quantize(TENTH, ROUND_HALF_UP)).replace(".", mark)


def _place_items(places, directory_url):
    """The <li> of each place shown, built here rather than by the template: up to 90 places,
    each with a link, a distance and its services, cost more to render with template tags than
    the rest of the page (bench/territories_bench.py). Every value is escaped (html.escape is
    what Django's escape calls)."""
    unit, km_format = _("%(km)s km"), _km_format()
    link = f'<a class="fr-link" href="{escape(directory_url or "")}lieu/{{}}/">{{}}</a>'
    items = []
    for place in places:
        km = km_format(place["distance"])
        name = escape(place["name"])
        name = link.format(place["pk"], name) if directory_url else name
        services = place["services"]
        items.append(
            mark_safe(  # noqa: S308 - built from escaped values only
                f'<li data-distance="{km}">{name}'
                f" – {escape(place['commune'])}, {unit % {'km': km}}"
                + (
                    f'<br><span class="fr-text--sm">{escape(", ".join(services))}</span>'
                    if services
                    else ""
                )
                + "</li>"
            )
        )
    return items


def _places_context(commune, live_practices, page, request):
    """Places within 40 km grouped in rings, services with no place within 20 km, and cards
    linked to places within 20 km (partnerships)."""
    directory_url = _directory_url(page, request)
    if not commune.has_point:
        # No distances: the directory filtered by the commune's department instead.
        return {"distances_available": False, "directory_url": directory_url}
    # Plain rows, not model instances: a town can have hundreds of places within 40 km.
    nearby = places_around(
        commune.latitude, commune.longitude, RINGS_KM[-1], ("name", "commune", "services")
    )
    rings, low = [], 0
    for high in RINGS_KM:
        inside = [
            place
            for place in nearby
            if low < place["distance"] <= high or (low == 0 and place["distance"] == 0)
        ]
        rings.append(
            {
                "low": low,
                "high": high,
                "count": len(inside),
                "shown": min(len(inside), PLACES_PER_RING),
                "items": _place_items(inside[:PLACES_PER_RING], directory_url),
            }
        )
        low = high
    close = [place for place in nearby if place["distance"] <= GAP_RADIUS_KM]
    offered = {service for place in close for service in place["services"]}
    services = standard.field_vocabulary("services")
    # Few places have cards: those that do, once per content generation, so that most pages
    # (no card linked near them) need no query.
    linked = cached_fragment(
        f"territories:linked-places:{page.locale_id}",
        lambda: set(live_practices.values_list("place_links__place", flat=True)) - {None},
    )
    partners = [place["pk"] for place in close if place["pk"] in linked]
    partnerships = (
        live_practices.filter(place_links__place__in=partners)
        .distinct()
        .order_by("title")[:SIMILAR_LIMIT]
        if partners
        else []
    )
    return {
        "distances_available": True,
        "rings": rings,
        "nearby_count": len(nearby),
        "gaps": [service for service in services if service not in offered],
        "gap_radius": GAP_RADIUS_KM,
        "directory_url": directory_url,
        "partnerships": list(partnerships),
    }


def commune(page, request, code, slug):
    found = Commune.objects.filter(code=code).first()
    if found is None:
        return not_found(page, request, _("Aucune commune n’a le code %(code)s.") % {"code": code})
    if slug != found.slug:
        return redirect(page.commune_url(found, request), permanent=True)
    terms = _terms_by_slug()
    derived = [(terms.get(slug), reason) for slug, reason in derived_terms(found)]
    # One queryset for the four lists: public() reads the view restrictions once.
    live = _live_practices(page)
    # The lists show a title, a link and a commune (practice_item.html): no tags to prefetch.
    practices = live.only(*CARD_FIELDS)
    context = {
        "commune": found,
        "density_term": terms.get(found.density_slug),
        "derived": [(term, reason) for term, reason in derived if term is not None],
        "practices_here": list(
            practices.filter(insee_code=found.code).order_by("title")[:SIMILAR_LIMIT]
        ),
        "practices_department": list(
            practices.filter(department=found.department)
            .exclude(insee_code=found.code)
            .order_by("-first_published_at")[:SIMILAR_LIMIT]
        ),
        "similar": _similar(found, live, terms, page),
        "department_url": page.department_url(found.department, request),
        "picker_url": page.get_url(request),
        "ancestors": _ancestors(page, request),
        "search_url": _search_url(request, found),
        **_places_context(found, practices, page, request),
    }
    return page.render(request, template="territories/commune_page.html", context_overrides=context)


def _ancestors(page, request):
    """(title, URL) of the pages above the territory page, for the breadcrumb: the same for
    every commune, computed once per content generation."""
    return cached_fragment(
        f"territories:ancestors:{page.pk}",
        lambda: [
            (ancestor.title, ancestor.get_url(request)) for ancestor in page.get_ancestors()[1:]
        ],
    )


def _search_url(request, found):
    from django.urls import reverse

    # The search's `commune` filter: territories like this one, the closest first, each result
    # saying why.
    return f"{reverse('search')}?commune={found.code}"


def department(page, request, code):
    code = code.upper()
    if code not in DEPARTMENT_NAMES:
        return not_found(
            page, request, _("Aucun département n’a le code %(code)s.") % {"code": code}
        )
    communes = Commune.objects.filter(department=code)
    levels = Counter(communes.values_list("density_level", flat=True))
    terms = _terms_by_slug()
    places = Place.objects.filter(department=code).only("services")
    by_service = Counter(service for place in places for service in place.services)
    services = standard.field_vocabulary("services")
    directory_url = _directory_url(page, request)
    context = {
        "code": code,
        "name": DEPARTMENT_NAMES[code],
        "region_name": REGION_NAMES.get(DEPARTMENT_REGION.get(code, ""), ""),
        "commune_count": sum(levels.values()),
        "levels": [
            {
                "level": level,
                "term": terms.get(slug),
                "count": levels.get(level, 0),
                "meaning": DENSITY_MEANING[level],
            }
            for level, slug in DENSITY_SLUGS.items()
        ],
        "frr_count": communes.exclude(frr_class__in=["", "non-classee"]).count(),
        "qpv_communes": communes.filter(qpv_count__gt=0).count(),
        "place_count": places.count(),
        "services": [(service, by_service.get(service, 0)) for service in services],
        "practices": list(
            _live_practices(page)
            .filter(department=code)
            .only(*CARD_FIELDS)
            .order_by("-first_published_at")[:24]
        ),
        "largest": [
            (c, page.commune_url(c, request))
            for c in communes.order_by(Coalesce("population", Value(0)).desc(), "name")[:20]
        ],
        "picker_url": page.get_url(request),
        "ancestors": _ancestors(page, request),
        "directory_url": f"{directory_url}?departement={code}" if directory_url else None,
    }
    return page.render(
        request, template="territories/department_page.html", context_overrides=context
    )


def not_found(page, request, message):
    """A 404 that leads back to the picker."""
    response = TemplateResponse(
        request,
        "territories/not_found.html",
        {"page": page, "self": page, "message": message, "picker_url": page.get_url(request)},
        status=404,
    )
    return response

"""The territory pages, served by TerritoryIndexPage's routes: the commune picker (a plain GET
form, autocomplete as an enhancement), a page per commune, a page per department."""

import re
from collections import Counter

from django.db.models import Case, IntegerField, Q, Value, When
from django.db.models.functions import Coalesce
from django.http import JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from core.geo import DEPARTMENT_NAMES, DEPARTMENT_REGION, REGION_NAMES
from core.models import PageTerritoryType, TaggedPage, TerritoryType
from places import standard
from places.models import Place, PlaceDirectoryPage
from practices.models import PracticePage
from territories.communes import Commune
from territories.derive import derived_terms, territories_like
from territories.distance import RINGS_KM, places_near
from territories.reference import DENSITY_MEANING, DENSITY_SLUGS, name_key

MAX_QUERY = 100
PICKER_LIMIT = 30
AUTOCOMPLETE_LIMIT = 10
PLACES_PER_RING = 30
GAP_RADIUS_KM = 20
SIMILAR_LIMIT = 12
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


def _terms_by_slug():
    return {term.slug: term for term in TerritoryType.objects.all()}


def _live_practices(page):
    return PracticePage.objects.live().public().filter(locale_id=page.locale_id)


def practices_like(commune: Commune, page, limit=SIMILAR_LIMIT) -> list[tuple]:
    """(card, reason) of live cards of territories like `commune`, closest first (same density
    level, then neighbouring levels, then the same overlays), newest first within a rank."""
    likeness = {item.slug: item for item in territories_like(commune)}
    if not likeness:
        return []
    rows = PageTerritoryType.objects.filter(
        tag__slug__in=likeness, content_object__in=_live_practices(page).values("pk")
    ).values_list("content_object_id", "tag__slug")
    best = {}
    for page_id, slug in rows:
        item = likeness[slug]
        if page_id not in best or item.rank < best[page_id].rank:
            best[page_id] = item
    if not best:
        return []
    cards = {
        card.pk: card
        for card in PracticePage.objects.filter(pk__in=best).only(
            "pk", "title", "summary", "commune", "url_path", "first_published_at", "locale_id"
        )
    }
    ordered = sorted(
        cards.values(),
        key=lambda c: (
            best[c.pk].rank,
            -(c.first_published_at.timestamp() if c.first_published_at else 0),
        ),
    )
    return [(card, best[card.pk].reason) for card in ordered[:limit]]


def _directory(page):
    return (
        PlaceDirectoryPage.objects.live().filter(locale_id=page.locale_id).first()
        or PlaceDirectoryPage.objects.live().first()
    )


def _places_context(commune, page, request):
    """Places within 40 km grouped in rings, services with no place within 20 km, and cards
    linked to places within 20 km (partnerships)."""
    if not commune.has_point:
        return {"distances_available": False}
    # Plain rows, not model instances: a town can have hundreds of places within 40 km.
    nearby = list(
        places_near(commune.latitude, commune.longitude, RINGS_KM[-1]).values(
            "pk", "name", "commune", "services", "distance"
        )
    )
    rings, low = [], 0
    for high in RINGS_KM:
        inside = [
            place
            for place in nearby
            if low < place["distance"] <= high or (low == 0 and place["distance"] == 0)
        ]
        rings.append(
            {"low": low, "high": high, "count": len(inside), "places": inside[:PLACES_PER_RING]}
        )
        low = high
    close = [place for place in nearby if place["distance"] <= GAP_RADIUS_KM]
    offered = {service for place in close for service in place["services"]}
    services = standard.field_vocabulary("services")
    directory = _directory(page)
    partnerships = (
        _live_practices(page)
        .filter(place_links__place__in=[place["pk"] for place in close])
        .distinct()
        .order_by("title")[:SIMILAR_LIMIT]
        if close
        else []
    )
    return {
        "distances_available": True,
        "rings": rings,
        "nearby_count": len(nearby),
        "gaps": [service for service in services if service not in offered],
        "gap_radius": GAP_RADIUS_KM,
        "directory_url": directory.get_url(request) if directory else None,
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
    practices = _live_practices(page).prefetch_related(*TaggedPage.TAG_PREFETCH)
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
        "similar": practices_like(found, page),
        "department_url": page.department_url(found.department, request),
        "picker_url": page.get_url(request),
        "search_url": _search_url(request, found),
        **_places_context(found, page, request),
    }
    return page.render(request, template="territories/commune_page.html", context_overrides=context)


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
    directory = _directory(page)
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
            .prefetch_related(*TaggedPage.TAG_PREFETCH)
            .order_by("-first_published_at")[:24]
        ),
        "largest": [
            (c, page.commune_url(c, request))
            for c in communes.order_by(Coalesce("population", Value(0)).desc(), "name")[:20]
        ],
        "picker_url": page.get_url(request),
        "directory_url": (directory.get_url(request) + f"?departement={code}")
        if directory
        else None,
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

"""Anonymous full-page cache: answers before sessions, routing and templates.

Only anonymous GET/HEAD requests for public HTML pages are cached: a request carrying a session
cookie (a logged-in editor, a submitter) always goes to Wagtail, and a response that sets a cookie,
used a CSRF token, is not a 200, is marked private or comes from a preview is never stored.
Purging is by generation: any publish, unpublish, move or delete of a page, and any change to a
model registered with `purge_when_changed` (vocabulary terms, places, images...) or import that
changed something, bumps one counter that is part of every key, so the whole cache turns over
at once (pages show tags, menus and related cards of other pages: a targeted purge
would miss some). A proxy in front is purged with wagtail.contrib.frontend_cache (see
docs/deployment.md).
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import caches

GENERATION_KEY = "hub:page-cache:generation"
SKIPPED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/", "/django-admin/")


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def _fresh_generation() -> int:
    # A lost counter (a cache restarted, culled or evicted) starts again from the clock, above
    # any value it held before (it grows by one per purge): pages stored under an old value are
    # never served again. A counter restarting at 1 could serve them.
    return time.time_ns()


def current_generation() -> int:
    cache = _cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, _fresh_generation(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def purge_all(**kwargs) -> None:
    """Invalidate every cached page (signal receiver: takes any signal arguments). The bump is
    atomic in every shared backend (Redis INCR, core.file_cache's locked increment), so two
    purges at once never count as one."""
    cache = _cache()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.add(GENERATION_KEY, _fresh_generation(), timeout=None)


def _key(request, generation):
    # Responses are gzipped inside this middleware for clients that accept it: one entry each.
    gzip = "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")
    raw = f"{request.get_host()}|{request.get_full_path()}|{gzip}"
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return f"hub:page:{generation}:{digest}"


def _cacheable_request(request) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    if request.path.startswith(SKIPPED_PREFIXES):
        return False
    return len(request.get_full_path()) <= 1024


HARMLESS_VARY = {"cookie", "accept-encoding"}


def _cacheable_response(request, response) -> bool:
    # "Vary: Cookie" is harmless here: requests with a session cookie never reach the cache.
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not getattr(request, "is_preview", False)
        and not request.META.get("CSRF_COOKIE_USED")
        and response.get("Content-Type", "").startswith("text/html")
        and "private" not in cache_control
        and "no-cache" not in cache_control
        and "no-store" not in cache_control
        and vary <= HARMLESS_VARY
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if seconds <= 0 or not _cacheable_request(request):
            return self.get_response(request)
        cache = _cache()
        key = _key(request, current_generation())
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if _cacheable_response(request, response):
            cache.set(key, response, timeout=seconds)
            response["X-Page-Cache"] = "miss"
        return response


# What visitors see changes when a page goes live, offline, moves or is deleted (Wagtail's
# signals and the page's own saves), and when a model registered with `purge_when_changed`
# changes (vocabulary terms, places, images, sites...). Drafts, revisions, workflow steps,
# submissions, the outbox and logs change no public page: they never purge.
_PURGING_MODELS: set[str] = set()
# A page saved with only these fields is a draft being edited (`save_revision`, locks): the live
# page is unchanged until it is published, which purges.
DRAFT_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "wagtail_admin_comments",
    "locked",
    "locked_at",
    "locked_by",
}


def purge_when_changed(*models) -> None:
    """Purge the page cache whenever one of these models (classes or "app_label.Model") is saved
    or deleted through the ORM. Bulk writes send no signal: call `purge_all()` after them."""
    for model in models:
        label = model if isinstance(model, str) else model._meta.label
        _PURGING_MODELS.add(label.lower())


def _purges(sender) -> bool:
    from core.vocabularies import vocabularies

    label = sender._meta.label_lower
    # Vocabularies are read at each call: one registered after start-up (tests) counts too.
    return label in _PURGING_MODELS or any(v.tag_model.lower() == label for v in vocabularies())


def _page_change_is_public(page, update_fields) -> bool:
    if update_fields and set(update_fields) <= DRAFT_FIELDS:
        return False
    # A page that is not live shows nowhere; taking one offline sends `page_unpublished`.
    return page.live


def purge_on_save(sender, instance, update_fields=None, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        if _page_change_is_public(instance, update_fields):
            purge_all()
    elif _purges(sender):
        purge_all()


def purge_on_delete(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page) or _purges(sender):
        purge_all()


def connect_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.documents import get_document_model_string
    from wagtail.images import get_image_model_string
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(purge_all, dispatch_uid="hub-page-cache-published")
    page_unpublished.connect(purge_all, dispatch_uid="hub-page-cache-unpublished")
    post_page_move.connect(purge_all, dispatch_uid="hub-page-cache-moved")
    post_save.connect(purge_on_save, dispatch_uid="hub-page-cache-saved")
    post_delete.connect(purge_on_delete, dispatch_uid="hub-page-cache-deleted")
    purge_when_changed(
        "wagtailcore.Site",
        "wagtailcore.Locale",
        "wagtailcore.PageViewRestriction",
        get_image_model_string(),
        get_document_model_string(),
    )


def cached_fragment(name: str, compute, timeout: int = 3600):
    """A value computed once per content generation (menus, related cards): purged with the
    page cache, so it is never staler than the pages that show it."""
    if not settings.FRAGMENT_CACHE:
        return compute()
    key = f"hub:fragment:{current_generation()}:{name}"
    cache = _cache()
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=timeout)
    return value

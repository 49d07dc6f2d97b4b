"""Whole pages for anonymous visitors, kept in the shared cache (Django's cache framework).

What is kept: a GET (or HEAD) from a visitor who is not logged in, answered 200, that set no
cookie, used no CSRF token (a form's token belongs to one visitor), said nothing about being
private or not storable, on a path outside the admin, documents, login, «Mine nettverk», the
cancellation and confirmation links, search and the APIs – and with no query string other than
the listings' own filter parameters (so made-up parameters cannot fill the cache).

What is served from it: the same, to a visitor who is not logged in and has no pending
messages. A member's page is never stored (they are logged in) and never served a stored page.

Invalidation: every key carries a generation number; anything saved or deleted in the content
apps (pages, revisions, taxonomy, events and their registrations, news, images, documents,
redirects, sites) and every publish, unpublish or move bumps it, so all stored pages are gone
at once. Entries also expire after `PORTAL_PAGE_CACHE_SECONDS`, because some pages change with
the clock (coming events). 0 turns the cache off (development and tests, unless a test turns it on).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils.cache import get_max_age

GENERATION_KEY = "pagecache:generation"
EXCLUDED_PREFIXES = (
    "/admin/",
    "/dokumenter/",
    "/logg-inn/",
    "/logg-ut/",
    "/mine-nettverk/",
    "/kartlegging/skole/",
    "/kartlegging/oversikt/",
    "/sok/",
    "/api/",
    "/helse/",
    "/arrangementer/avmelding/",
    "/arrangementer/bekreft/",
    "/django-admin/",
)
# The listings' filter and paging parameters (resources, networks, events, news).
LISTING_PARAMETERS = frozenset(
    {
        "type",
        "fag",
        "trinn",
        "trinnband",
        "kartlegging",
        "forbedring",
        "emne",
        "sort",
        "side",
        "malgruppe",
        "maned",
        "kommune",
        "region",
        "page",
    }
)
# Saving or deleting anything of these apps may change what an anonymous page shows. Not the
# search apps: every search writes its hit counts, and search pages are never stored anyway.
CONTENT_APPS = frozenset(
    {
        "wagtailcore",
        "wagtailimages",
        "wagtaildocs",
        "wagtailredirects",
        "taggit",
        "portal",
        "resources",
        "networks",
        "events",
        "news",
        "surveys",
    }
)


def seconds() -> int:
    return int(getattr(settings, "PORTAL_PAGE_CACHE_SECONDS", 0) or 0)


def generation() -> int:
    """The content generation: bumped by every change an anonymous page or a search may show
    (also keys the search result cache, search/result_cache.py)."""
    return _generation()


def _generation() -> int:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY, 1)
    return generation


def invalidate(**kwargs) -> None:
    """Forget every stored page (one increment of the generation in the shared cache)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.add(GENERATION_KEY, 2, timeout=None)


def _caching() -> bool:
    return bool(seconds() or getattr(settings, "SEARCH_RESULT_CACHE_SECONDS", 0))


def _content_changed(sender, **kwargs):
    if sender._meta.app_label in CONTENT_APPS and _caching():
        invalidate()


def connect_signals() -> None:
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(invalidate, dispatch_uid=f"pagecache.{id(signal)}")
    post_save.connect(_content_changed, dispatch_uid="pagecache.post_save")
    post_delete.connect(_content_changed, dispatch_uid="pagecache.post_delete")


def _cacheable_request(request) -> bool:
    if request.method not in ("GET", "HEAD") or request.path.startswith(EXCLUDED_PREFIXES):
        return False
    if any(name not in LISTING_PARAMETERS for name in request.GET):
        return False
    if "messages" in request.COOKIES:
        return False
    return not request.user.is_authenticated


def _key(request) -> str:
    query = "&".join(f"{name}={value}" for name, value in sorted(request.GET.lists()) for value in value)
    digest = hashlib.sha256(f"{request.get_host()}{request.path}?{query}".encode()).hexdigest()
    return f"pagecache:{_generation()}:{digest}"


def _storable(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    if getattr(getattr(request, "session", None), "modified", False):
        return False
    cache_control = response.get("Cache-Control", "")
    if any(word in cache_control for word in ("private", "no-store", "no-cache")) or get_max_age(response) == 0:
        return False
    return "Set-Cookie" not in response


class PageCacheMiddleware:
    """Placed after the session, authentication and message middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        timeout = seconds()
        if not timeout or not _cacheable_request(request):
            return self.get_response(request)
        # The session may hold messages for this visitor (a redirect after a form).
        if getattr(request, "session", None) is not None and request.session.get("_messages"):
            return self.get_response(request)
        key = _key(request)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Cache"] = "HIT"
            return cached
        response = self.get_response(request)
        if _storable(request, response):
            cache.set(key, response, timeout)
            response["X-Cache"] = "MISS"
        return response

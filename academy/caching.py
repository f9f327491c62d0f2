"""A shared-cache page cache for anonymous visitors.

wagtail-cache would be the library for this, but its releases stop short of Wagtail 8, so
this is the small part of it the platform needs. The lookup happens before Wagtail's
routing, so a hit costs one cache round trip. Every cached response carries the generation
it was rendered in; every publish, unpublish, move or delete of a page, every change of a
view restriction, a site or the site settings starts a new generation, so no visitor sees a
stale page after an editor's change.
"""

from uuid import uuid4

from django.conf import settings
from django.core.cache import cache

GENERATION_KEY = "page-cache:generation"


def invalidate_page_cache():
    cache.set(GENERATION_KEY, uuid4().hex, timeout=None)


def is_cacheable(request):
    """Only requests that carry no per-person state: no session, no messages, no query."""
    return (
        request.method in ("GET", "HEAD")
        and not request.GET
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def page_key(request):
    return f"page-cache:{request.get_host()}:{request.path}"


def chrome_key(request):
    return f"chrome:{request.get_host()}"


def lookup(request):
    """The cached response and the current generation (one round trip).

    The page frame (chrome.py) is fetched in the same round trip: a miss needs it next.
    """
    key = page_key(request)
    found = cache.get_many([GENERATION_KEY, key, chrome_key(request)])
    request._cache_prefetch = found
    generation = found.get(GENERATION_KEY)
    if generation is None:
        invalidate_page_cache()
        found[GENERATION_KEY] = generation = cache.get(GENERATION_KEY)
        return None, generation
    if key in found and found[key][0] == generation:
        return found[key][1], generation
    return None, generation


def store(request, response, generation):
    # A page that handed out a CSRF token or set a cookie is personal: never cache it.
    if (
        getattr(request, "page_cache_allowed", False)
        and response.status_code == 200
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    ):
        cache.set(page_key(request), (generation, response), settings.PAGE_CACHE_TIMEOUT)


class CachedPageMixin:
    """Marks a page type whose anonymous responses may be served from the cache."""

    def serve(self, request, *args, **kwargs):
        request.page_cache_allowed = True
        return super().serve(request, *args, **kwargs)

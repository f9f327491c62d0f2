"""A shared-cache page cache for anonymous visitors.

wagtail-cache would be the library for this, but its releases stop short of Wagtail 8, so
this is the small part of it the platform needs. Every cached response carries the
generation number it was rendered in; every publish, unpublish, move or delete of a page and
every settings change increments the generation, so no visitor sees a stale page after an
editor's change. One cache round trip answers a hit: the generation and the page together.
"""

from django.conf import settings
from django.core.cache import cache

GENERATION_KEY = "page-cache:generation"


def invalidate_page_cache():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, timeout=None)


def is_cacheable(request):
    """Only requests that carry no per-person state: no session, no messages, no query."""
    return (
        request.method in ("GET", "HEAD")
        and not request.GET
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and not getattr(request, "is_preview", False)
    )


class CachedPageMixin:
    """Serve a page to anonymous visitors from the shared cache."""

    def serve(self, request, *args, **kwargs):
        if not is_cacheable(request):
            return super().serve(request, *args, **kwargs)
        key = f"page-cache:{request.get_host()}:{request.path}"
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY, 0)
        if key in found and found[key][0] == generation:
            return found[key][1]
        response = super().serve(request, *args, **kwargs)

        def store(rendered):
            # A page that handed out a CSRF token or set a cookie is personal: never cache it.
            if (
                rendered.status_code == 200
                and not rendered.cookies
                and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            ):
                cache.set(key, (generation, rendered), settings.PAGE_CACHE_TIMEOUT)

        response.add_post_render_callback(store)
        return response

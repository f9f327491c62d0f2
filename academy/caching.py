"""A shared-cache page cache for anonymous visitors, and personal pages for signed-in people.

wagtail-cache would be the library for this, but its releases stop short of Wagtail 8, so
this is the small part of it the platform needs. The lookup happens before Wagtail's
routing, so a hit costs one cache round trip. Every cached response carries the generation
it was rendered in; every publish, unpublish, move or delete of a page, every change of a
view restriction, a site or the site settings starts a new generation, so no visitor sees a
stale page after an editor's change.

Signed-in people never get a cached response, but the parts of their pages that only change
with their own records (progress, enrolments) may be kept: a personal entry is stamped with
the generation, the person's *user version*, the date and the language, and counts only
while all four are unchanged. Every change of a person's records starts a new user version
(``bump_user_versions``) — right away and once more when the transaction commits, so that
nothing read from the old rows in between survives.

Generation, page frame, cached route, user version and the personal entry of a request all
come in one cache round trip (``prefetch``).
"""

from uuid import uuid4

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import get_language

from . import roles

GENERATION_KEY = "page-cache:generation"


def new_generation():
    cache.set(GENERATION_KEY, uuid4().hex, timeout=None)


def invalidate_page_cache():
    new_generation()
    # Others see the change only after the commit; start another generation then.
    if connection.in_atomic_block:
        transaction.on_commit(new_generation)


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


def route_key(request):
    return f"route:{request.get_host()}:{request.path}"


def user_version_key(user_id):
    return f"user-version:{user_id}"


def roles_key(user_id):
    return f"roles:{user_id}"


def personal_key(request):
    return f"personal:{request.user.pk}:{request.get_host()}:{request.path}"


def lookup(request):
    """The cached response and the current generation (one round trip).

    The page frame (chrome.py) is fetched in the same round trip: a miss needs it next.
    """
    key = page_key(request)
    keys = [GENERATION_KEY, key, chrome_key(request)]
    found = cache.get_many(keys)
    request._cache_prefetch = found
    request._cache_fetched = set(keys)
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


# Signed-in requests ---------------------------------------------------------------------


def signed_in(request):
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


def prefetch(request):
    """Everything a request may need from the cache, in one round trip, once per request.

    Always the generation and the page frame; for signed-in people also the cached route,
    their user version and their personal entry for this URL. A missing generation or user
    version is started here, so that the stamps below always exist.
    """
    keys = [GENERATION_KEY, chrome_key(request)]
    if signed_in(request):
        user_id = request.user.pk
        keys += [
            roles_key(user_id),
            user_version_key(user_id),
            route_key(request),
            personal_key(request),
        ]
    found = getattr(request, "_cache_prefetch", None)
    fetched = getattr(request, "_cache_fetched", set())
    if found is None or not fetched.issuperset(keys):
        missing = [key for key in keys if key not in fetched]
        found = {**(found or {}), **cache.get_many(missing)}
        request._cache_prefetch, request._cache_fetched = found, fetched | set(keys)
    if found.get(GENERATION_KEY) is None:
        found[GENERATION_KEY] = uuid4().hex
        cache.set(GENERATION_KEY, found[GENERATION_KEY], timeout=None)
    if signed_in(request) and found.get(user_version_key(request.user.pk)) is None:
        version = found[user_version_key(request.user.pk)] = uuid4().hex
        cache.set(user_version_key(request.user.pk), version, timeout=None)
    return found


def remember_roles(request):
    """The person's role groups from the prefetch round trip instead of their own query.

    Kept under the generation and the user version: a change of the person's groups or
    account starts a new user version, a change of a group a new generation
    (signal_handlers.py).
    """
    user = request.user
    if hasattr(user, "_role_names"):  # roles.role_names() keeps them there
        return
    found = prefetch(request)
    stamp = (found[GENERATION_KEY], found[user_version_key(user.pk)])
    entry = found.get(roles_key(user.pk))
    if entry is not None and entry[0] == stamp:
        user._role_names = entry[1]
        return
    cache.set(roles_key(user.pk), (stamp, roles.role_names(user)), settings.PAGE_CACHE_TIMEOUT)


def bump_user_versions(user_ids):
    """The personal entries of these users are out of date: start new user versions.

    The versions are deleted (one query for a whole group); the next request of each person
    starts a new one (``prefetch``), which no stored entry can match.
    """
    keys = [user_version_key(user_id) for user_id in set(user_ids) if user_id is not None]
    if not keys:
        return

    def bump():
        cache.delete_many(keys)

    bump()
    if connection.in_atomic_block:
        transaction.on_commit(bump)


def personal_stamp(request):
    """What a personal entry of this request must match: read before the data it covers."""
    found = prefetch(request)
    return (
        found[GENERATION_KEY],
        found[user_version_key(request.user.pk)],
        timezone.localdate().isoformat(),
        get_language(),
    )


def personal_cacheable(request):
    """GET requests of signed-in people for the live site (never a preview)."""
    return (
        request.method in ("GET", "HEAD")
        and signed_in(request)
        and not getattr(request, "is_preview", False)
    )


def cached_personal(request):
    """The signed-in person's entry for this URL, if nothing changed since it was stored."""
    if not personal_cacheable(request):
        return None
    entry = prefetch(request).get(personal_key(request))
    if entry is not None and entry[0] == personal_stamp(request):
        return entry[1]
    return None


def store_personal(request, stamp, value):
    """Keep `value` for this person and URL; `stamp` is the personal_stamp read before it."""
    if personal_cacheable(request):
        cache.set(personal_key(request), (stamp, value), settings.PAGE_CACHE_TIMEOUT)


def cached_route(request):
    """Wagtail's route result for this URL, if one was stored in the current generation."""
    if request.method not in ("GET", "HEAD") or getattr(request, "is_preview", False):
        return None
    found = prefetch(request)
    entry = found.get(route_key(request))
    if entry is not None and entry[0] == found[GENERATION_KEY]:
        return entry[1]
    return None


def store_route(request, page, args=(), kwargs=None):
    """Keep the routed page for this URL for the rest of the generation.

    Only for pages whose instance carries nothing personal; the page's own serve() still
    decides per request who may see it, and Wagtail still checks view restrictions.
    """
    if request.method in ("GET", "HEAD") and not getattr(request, "is_preview", False):
        generation = prefetch(request)[GENERATION_KEY]
        route = (page, list(args), dict(kwargs or {}))
        cache.set(route_key(request), (generation, route), settings.PAGE_CACHE_TIMEOUT)

"""The page frame — menu, footer links, shared vocabularies — in one cache round trip.

Every page shows the same menu and footer, and the filter forms the same vocabularies. They
are read from the database once per cache generation (see caching.py: every publish, move,
settings or vocabulary change starts a new one) and then come from the shared cache.
"""

from django.core.cache import cache
from wagtail.models import Site

from . import caching
from .caching import GENERATION_KEY, chrome_key


def site_chrome(request):
    if not hasattr(request, "_site_chrome"):
        request._site_chrome = load(request)
        # Wagtail needs the site and its root paths; hand over the copies we just read.
        if not hasattr(request, "_wagtail_cached_site_root_paths"):
            request._wagtail_cached_site_root_paths = request._site_chrome["root_paths"]
        if not hasattr(request, "_wagtail_site") and request._site_chrome["site"]:
            request._wagtail_site = request._site_chrome["site"]
        # A route stored in this generation (caching.store_route) spares Wagtail's routing.
        route = caching.cached_route(request)
        if route and not hasattr(request, "_wagtail_route_for_request"):
            request._wagtail_route_for_request = route
    return request._site_chrome


def load(request):
    key = chrome_key(request)
    found = caching.prefetch(request)
    generation = found[GENERATION_KEY]
    if key in found and found[key][0] == generation:
        return found[key][1]
    chrome = build(request)
    cache.set(key, (generation, chrome), timeout=None)
    return chrome


def build(request):
    from .models import FieldOfAction, LegalDomain, SiteSettings, TargetGroup

    site = Site.find_for_request(request)
    if site is None:
        return {"site": None, "menu": [], "footer": {}, "vocabularies": {}, "root_paths": []}
    settings = SiteSettings.for_site(site)
    legal = {
        "imprint": settings.imprint_page,
        "privacy": settings.privacy_page,
        "accessibility": settings.accessibility_page,
    }
    return {
        "site": site,
        "root_paths": Site.get_site_root_paths(),
        "menu": [
            {"title": page.title, "url": page.get_url(request), "teaser": page.search_description}
            for page in site.root_page.get_children().live().in_menu()
        ],
        "footer": {
            "institute_name": settings.institute_name,
            "contact_email": settings.contact_email,
            **{name: page.get_url(request) for name, page in legal.items() if page and page.live},
        },
        "privacy_policy_version": settings.privacy_policy_version,
        "vocabularies": {
            model._meta.model_name: list(model.objects.values_list("slug", "name"))
            for model in (TargetGroup, LegalDomain, FieldOfAction)
        },
    }

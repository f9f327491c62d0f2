"""Lesson pages and /lernstand/ from the shared cache, never with stale progress.

The content of both pages depends only on published pages (the cache generation), the
person's own records (their user version, academy/caching.py), the date and the language.
The rendered content is kept per person and URL under that stamp; the page frame around it
(header with the logout form, messages) is rendered for every request.

Every record that shows up on these pages starts a new user version of its owner when it
changes (signal_handlers.py). Code that changes such records without signals —
``bulk_create()``, ``QuerySet.update()`` — calls ``bump_progress`` itself.

Forms in a cached fragment carry a placeholder instead of the CSRF token; the current token
is put in when the fragment is served.
"""

import secrets

from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from academy import caching
from academy.chrome import site_chrome

from .models import Enrolment


def bump_progress(user_ids):
    """The learning pages of these users are out of date (also for bulk writes)."""
    caching.bump_user_versions(set(user_ids))


def bump_enrolment_owners(enrolment_ids):
    bump_progress(
        Enrolment.objects.filter(pk__in=set(enrolment_ids)).values_list("user_id", flat=True)
    )


def render_fragment(template_name, context):
    """A personal fragment: (CSRF placeholder, HTML) — safe to keep in the shared cache."""
    placeholder = f"csrf-{secrets.token_hex(16)}"
    html = render_to_string(template_name, {**context, "csrf_token": placeholder})
    return placeholder, html


def personal_fragment(request, template_name, get_context):
    """The person's fragment for this URL: from the cache, or rendered now and kept."""
    site_chrome(request)  # the frame, the site and this person's entry in one round trip
    fragment = caching.cached_personal(request)
    if fragment is None:
        stamp = caching.personal_stamp(request)  # read before the records it covers
        fragment = render_fragment(template_name, get_context())
        caching.store_personal(request, stamp, fragment)
    return fragment


def with_csrf_token(request, fragment):
    """The fragment's HTML with this request's CSRF token in its forms."""
    placeholder, html = fragment
    if placeholder in html:
        html = html.replace(placeholder, get_token(request))
    return mark_safe(html)  # noqa: S308 (rendered by the template engine, escaped there)

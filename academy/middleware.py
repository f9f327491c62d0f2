from allauth.mfa.models import Authenticator
from csp.middleware import CSPMiddleware
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from . import caching
from .roles import requires_two_factor

ADMIN_PREFIX = "/admin/"

# Wagtail's admin still uses inline scripts and styles; only there the policy is relaxed.
ADMIN_POLICY = {
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-ancestors": ["'self'"],
}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The strict site policy everywhere but the Wagtail admin."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if request.path_info.startswith(ADMIN_PREFIX) and not report_only:
            parts.replace = {**ADMIN_POLICY, **(parts.replace or {})}
            parts.nonce = None
        return parts


class StaffTwoFactorMiddleware:
    """Staff accounts reach nothing but their account pages until TOTP is set up."""

    allowed_prefixes = ("/konto/", "/static/", "/media/", "/healthz")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated and not request.path_info.startswith(
            self.allowed_prefixes
        ):
            # The role groups come with the page frame in one cache round trip.
            caching.remember_roles(request)
        if (
            request.user.is_authenticated
            and not request.path_info.startswith(self.allowed_prefixes)
            and requires_two_factor(request.user)
            and not Authenticator.objects.filter(
                user=request.user, type=Authenticator.Type.TOTP
            ).exists()
        ):
            messages.warning(
                request,
                _(
                    "Für Konten von Mitarbeitenden ist die Zwei-Faktor-Authentifizierung "
                    "vorgeschrieben. Bitte richten Sie sie jetzt ein."
                ),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)

"""Participant and public views of certificates.

* ``/zertifikate/``: the signed-in person's own certificates, whatever their status.
* ``/zertifikate/<number>/pdf/``: the stored PDF, for its holder only (everyone else: 404).
* ``/zertifikate/pruefen/<code>/``: the public verification page. It shows the status and the
  snapshot's public part (name as certified, type, issue date, issuer, number) and nothing
  more. Every code that is not a certificate's — unknown, malformed, too long — gets the same
  404 page: the only check before the one indexed lookup is a length cap.
* ``/zertifikate/pruefen/``: a form for the code and one for the PDF itself (SHA-256 against
  the issued files, plus the signature check).

* ``/zertifikate/pruefen/<code>/badge.jwt``: the certificate as an Open Badges 3.0 credential
  (VC-JWT, `certificates.openbadges`), for valid certificates only; ``/zertifikate/aussteller/``
  the issuer's profile with its public key, ``/zertifikate/statusliste/`` the signed revocation
  list the credentials point to.

The public pages are never cached by browsers or proxies (``no-store``), carry ``noindex`` and
are rate-limited per client address (``CERTIFICATE_VERIFY_RATE_LIMIT``, default ``"60/m"``;
an upload counts as `UPLOAD_COST` requests): over the limit they answer 429.

The page of a valid certificate is kept in the shared cache for anonymous visitors, stamped
with the site's cache generation, the day and the certificate's *status token*: a random value
per verification code that `certificates.signal_handlers` replaces whenever the certificate is
saved (revocation, re-issue). A revocation therefore shows on the very next request. Status
tokens are only ever created for existing certificates, so unknown codes write nothing to the
cache and are answered exactly as before: one cache round trip, one query, the same 404 page.
"""

import hashlib
import ipaddress
import time
from dataclasses import dataclass
from uuid import uuid4

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from academy import caching
from academy.caching import GENERATION_KEY, chrome_key
from academy.models import SiteSettings

from . import openbadges, signing
from .enums import CertificateStatus
from .forms import CodeForm, UploadForm
from .models import Certificate

#: Longer input cannot be a code; it is answered like any other unknown code, without a query.
MAX_CODE_LENGTH = Certificate._meta.get_field("verification_code").max_length
DEFAULT_RATE_LIMIT = "60/m"
RATE_PERIODS = {"s": 1, "m": 60, "h": 3600}
#: Checking an uploaded PDF (hashing, parsing, signature validation) costs more than a lookup.
UPLOAD_COST = 5
#: What the verification page may read of a certificate (and its replacement).
PUBLIC_FIELDS = (
    "number",
    "verification_code",
    "holder_name",
    "type_name",
    "issued_on",
    "valid_until",
    "issuer_name",
    "status",
    "revoked_at",
    "revocation_reason",
    "superseded_by__number",
    "superseded_by__verification_code",
)


# --- the participant's own certificates ------------------------------------------------------


@login_required
def my_certificates(request):
    certificates = (
        Certificate.objects.for_holder(request.user)
        .select_related("superseded_by")
        .order_by("-issued_on", "-number")
    )
    return TemplateResponse(request, "certificates/mine.html", {"certificates": certificates})


@login_required
@require_safe
def download(request, number):
    """The stored PDF, for the holder only; staff download theirs in the admin."""
    certificate = get_object_or_404(
        Certificate.objects.for_holder(request.user).exclude(pdf=""), number=number
    )
    try:
        handle = certificate.pdf.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=f"{certificate.number}.pdf",
        content_type="application/pdf",
    )
    response["X-Content-Type-Options"] = "nosniff"
    add_never_cache_headers(response)
    return response


# --- public verification -------------------------------------------------------------------


@dataclass(frozen=True)
class PublicRecord:
    """Exactly what the public may learn about a certificate: no municipality, modules, e-mail."""

    number: str
    code: str
    holder_name: str
    type_name: str
    issued_on: object
    valid_until: object
    issuer_name: str
    status: str
    revoked_at: object
    revocation_reason: str
    replacement_number: str
    replacement_code: str

    @classmethod
    def of(cls, certificate):
        replacement = certificate.superseded_by
        return cls(
            number=certificate.number,
            code=certificate.verification_code,
            holder_name=certificate.holder_name,
            type_name=certificate.type_name,
            issued_on=certificate.issued_on,
            valid_until=certificate.valid_until,
            issuer_name=certificate.issuer_name,
            status=certificate.status,
            revoked_at=certificate.revoked_at,
            revocation_reason=certificate.revocation_reason,
            replacement_number=replacement.number if replacement else "",
            replacement_code=replacement.verification_code if replacement else "",
        )

    @property
    def is_revoked(self):
        return self.status == CertificateStatus.REVOKED

    @property
    def is_superseded(self):
        return self.status == CertificateStatus.SUPERSEDED

    @property
    def is_expired(self):
        return (
            self.status == CertificateStatus.VALID
            and self.valid_until is not None
            and self.valid_until < timezone.localdate()
        )

    @property
    def is_valid(self):
        return self.status == CertificateStatus.VALID and not self.is_expired

    @property
    def state(self):
        """valid, expired, revoked or superseded: one word for the templates."""
        return "expired" if self.is_expired else self.status


def find_by_code(code):
    """The public record for a verification code, or None — one indexed query at most."""
    if len(code) > MAX_CODE_LENGTH:
        return None
    # PostgreSQL text cannot hold NUL, which no code contains: replaced, the query still runs.
    code = code.replace("\x00", "\ufffd")
    try:
        certificate = (
            Certificate.objects.select_related("superseded_by")
            .only(*PUBLIC_FIELDS)
            .get(verification_code=code)
        )
    except Certificate.DoesNotExist:
        return None
    return PublicRecord.of(certificate)


def find_by_file(content):
    """The public record of the certificate whose stored PDF is byte for byte ``content``."""
    digest = hashlib.sha256(content).hexdigest()
    certificate = (
        Certificate.objects.select_related("superseded_by")
        .only(*PUBLIC_FIELDS)
        .filter(sha256=digest)
        .order_by()
        .first()
    )
    return PublicRecord.of(certificate) if certificate else None


@never_cache
@require_safe
def verify(request, code):
    # Only failed lookups count against the limit: it exists to stop guessing codes, and a
    # known code may be checked as often as anyone likes.
    keys = page_cache_keys(request, code) if caching.is_cacheable(request) else None
    if limited := rate_limited(request, count_now=False, extra_keys=keys or ()):
        return limited
    if keys and (cached := cached_page(request, keys)):
        return cached
    record = find_by_code(code)
    if record is None:
        return unknown_code(request)
    response = TemplateResponse(request, "certificates/verify.html", {"record": record})
    response["X-Robots-Tag"] = "noindex"
    if keys and record.is_valid:
        response.add_post_render_callback(lambda rendered: store_page(request, keys, rendered))
    return response


def unknown_code(request):
    """The one answer for every code that is not a certificate's; it counts as a guess."""
    charge(request)
    response = TemplateResponse(
        request, "certificates/verify_unknown.html", {"code_form": CodeForm()}, status=404
    )
    response["X-Robots-Tag"] = "noindex"
    return response


# --- page cache of the verification page ---------------------------------------------------


def status_token_key(code):
    """Cache key of a certificate's status token; `certificates.signal_handlers` renews it."""
    digest = hashlib.sha256(code.encode("utf-8", "surrogatepass")).hexdigest()
    return f"zertifikat-status:{digest}"


def page_cache_keys(request, code):
    """(page key, status token key) for the code on this host; codes are hashed, any length."""
    raw = f"{request.get_host()}\x00{code}".encode("utf-8", "surrogatepass")
    return f"zertifikat-seite:{hashlib.sha256(raw).hexdigest()}", status_token_key(code)


def page_stamp(found, token):
    return (found.get(GENERATION_KEY), token, timezone.localdate().isoformat())


def cached_page(request, keys):
    """The stored page if generation, day and status token all still match, else None."""
    page_key, token_key = keys
    found = request._verify_cache
    entry, token = found.get(page_key), found.get(token_key)
    if entry is None or token is None or entry[0] != page_stamp(found, token):
        return None
    return entry[1]


def store_page(request, keys, response):
    """Keep a valid certificate's page, stamped with the token read *before* the lookup.

    Without a token yet, one is added (never overwritten: if a status change set one in the
    meantime, nothing is stored). A change after the lookup renews the token, so the stored
    copy is never served.
    """
    page_key, token_key = keys
    found = request._verify_cache
    if (
        found.get(GENERATION_KEY) is None
        or response.status_code != 200
        or response.cookies
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    ):
        return
    token = found.get(token_key)
    if token is None:
        token = uuid4().hex
        if not cache.add(token_key, token, timeout=settings.PAGE_CACHE_TIMEOUT):
            return
    cache.set(page_key, (page_stamp(found, token), response), settings.PAGE_CACHE_TIMEOUT)


def renew_status_token(code):
    """Invalidate the cached verification page of this code (called on every status change)."""
    cache.set(status_token_key(code), uuid4().hex, timeout=settings.PAGE_CACHE_TIMEOUT)


# --- Open Badges ---------------------------------------------------------------------------


@never_cache
@require_safe
def badge(request, code):
    """The certificate as an OpenBadgeCredential (VC-JWT); unknown codes as on `verify`."""
    if limited := rate_limited(request, count_now=False):
        return limited
    record = find_by_code(code)
    if record is None:
        return unknown_code(request)
    if not record.is_valid:
        return plain_text(
            "Dieses Zertifikat ist nicht gültig (widerrufen, ersetzt oder abgelaufen). "
            "Dafür wird kein Open Badge ausgestellt; den Stand zeigt die Prüfseite.",
            status=410,
        )
    certificate = Certificate.objects.select_related("certificate_type").get(
        verification_code=record.code
    )
    try:
        token = openbadges.credential_jwt(certificate)
    except (openbadges.BadgeUnavailable, signing.SigningNotConfigured) as error:
        return plain_text(str(error), status=503)
    response = HttpResponse(token, content_type=openbadges.MEDIA_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{certificate.number}.jwt"'
    response["X-Robots-Tag"] = "noindex"
    return response


@never_cache
@require_safe
def status_list(request):
    """The signed revocation list (BitstringStatusListCredential) every badge points to."""
    try:
        token = openbadges.status_list_jwt()
    except signing.SigningNotConfigured as error:
        return plain_text(str(error), status=503)
    return HttpResponse(token, content_type=openbadges.MEDIA_TYPE)


@require_safe
def issuer(request):
    """The issuer's Open Badges profile with the public key (JWK) that verifies its badges."""
    institute = SiteSettings.objects.order_by("pk").first()
    name = institute.institute_name if institute else "Fallwerk Akademie"
    try:
        profile = openbadges.issuer_profile(name)
    except signing.SigningNotConfigured as error:
        return plain_text(str(error), status=503)
    response = JsonResponse(profile, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "public, max-age=300"
    return response


def plain_text(message, *, status):
    response = HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")
    response["X-Robots-Tag"] = "noindex"
    add_never_cache_headers(response)
    return response


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def verify_form(request):
    code_form = CodeForm(request.GET if "code" in request.GET else None)
    if code_form.is_bound and code_form.is_valid():
        return redirect("certificates:verify", code=code_form.cleaned_data["code"])
    upload_form = UploadForm()
    result = None
    if request.method == "POST":
        if limited := rate_limited(request, cost=UPLOAD_COST):
            return limited
        upload_form = UploadForm(request.POST, request.FILES)
        if upload_form.is_valid():
            content = upload_form.content()
            result = {
                "record": find_by_file(content),
                "signature": signature_verdict(signing.validate_pdf(content)),
            }
            upload_form = UploadForm()  # a file input cannot keep its file anyway
    response = TemplateResponse(
        request,
        "certificates/verify_form.html",
        {"code_form": code_form, "upload_form": upload_form, "result": result},
    )
    response["X-Robots-Tag"] = "noindex"
    return response


def signature_verdict(check):
    """validate_pdf's result as one of a few states (its error texts are not for the public)."""
    if check["trusted"]:
        state = "trusted"
    elif check["intact"]:
        state = "untrusted"
    elif check["signed"]:
        state = "broken"
    else:
        state = "unsigned"  # no signature, or none that can be read
    return {
        "state": state,
        "signer": check["signer_common_name"] if check["intact"] else "",
        "signed_at": check["signed_at"] if check["intact"] else None,
    }


# --- rate limit ----------------------------------------------------------------------------


def rate_limit():
    """(requests, seconds) from ``CERTIFICATE_VERIFY_RATE_LIMIT``, e.g. "60/m"."""
    text = getattr(settings, "CERTIFICATE_VERIFY_RATE_LIMIT", DEFAULT_RATE_LIMIT)
    amount, _, unit = str(text).partition("/")
    return int(amount), RATE_PERIODS[unit.strip() or "m"]


def client_key(request):
    """The client address as allauth's rate limits see it; IPv6 by its /64 network."""
    try:
        address = ipaddress.ip_address(get_adapter(request).get_client_ip(request))
    except (PermissionDenied, ValueError):
        return "unbekannt"
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False).network_address)
    return str(address)


def rate_limited(request, cost=1, *, count_now=True, extra_keys=()):
    """None while the client is within the limit, else the 429 response (fixed window).

    The counter is read in the same cache round trip as the page frame (academy.chrome reads
    ``request._cache_prefetch``), together with ``extra_keys`` (kept in
    ``request._verify_cache``). With ``count_now`` the request is counted at once; otherwise
    the caller counts it with ``charge(request)`` when it turns out to cost a guess.
    Concurrent requests may lose an increment; the limit is a brake, not an exact count.
    """
    limit, period = rate_limit()
    now = time.time()
    window = int(now // period)
    key = f"zertifikate-pruefen:{client_key(request)}:{period}:{window}"
    keys = [GENERATION_KEY, chrome_key(request), key, *extra_keys]
    found = cache.get_many(keys)
    request._verify_cache = found
    if GENERATION_KEY in found:
        request._cache_prefetch, request._cache_fetched = found, set(keys)
    used = found.get(key, 0)
    request._rate_limit = (key, used, period)
    if used + cost > limit:
        retry_after = max(1, int((window + 1) * period - now))
        response = TemplateResponse(
            request,
            "certificates/rate_limited.html",
            {"retry_after_minutes": max(1, (retry_after + 59) // 60)},
            status=429,
        )
        response["Retry-After"] = str(retry_after)
        add_never_cache_headers(response)
        return response
    if count_now:
        charge(request, cost)
    return None


def charge(request, cost=1):
    """Count a request against the window that rate_limited() read for it."""
    key, used, period = request._rate_limit
    cache.set(key, used + cost, timeout=period + 1)

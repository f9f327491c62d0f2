"""The certificate PDF: a Django template rendered by xhtml2pdf, then signed.

    document = CertificateDocument(
        number="CM-2026-000042",
        type_name="Teilnahmebescheinigung",
        holder_name="Ayşe Müller-Lüdenscheidt",
        municipality="Köln",
        issued_on=datetime.date(2026, 11, 21),
        modules=(ModuleLine("Modul 1: Grundlagen", "12.03.2026", Decimal("24")),),
        total_ue=Decimal("24"),
        institute_name="Fallwerk Akademie",
        signatory="Dr. Erika Muster, Leitung",
        verification_url="https://fallwerk.example/zertifikate/pruefen/3KX…/",
        verification_code="3KX…",
    )
    unsigned = render_pdf(document)         # bytes, A4, fonts embedded, QR code
    signed = render_signed_pdf(document)    # the same, signed by certificates.signing.sign_pdf

`CertificateDocument` is an immutable snapshot of everything the PDF shows; the issuing code
builds it from the certificate record, and the same snapshot renders the same PDF again.
``language`` ("de" or "en") and ``template_version`` pick the template
``certificates/pdf/v<template_version>/<language>.html``; a new layout gets a new version so
that old certificates can still be rendered as they were issued. ``logo`` (PNG or JPEG bytes)
replaces the bundled logo; the issuing task passes `institute_logo()`, the logo of the site
settings (``SiteSettings.logo``) when one is set. It is read from the media storage (a
rendition of at most 600 by 240 px, PNG or JPEG) and embedded as a ``data:`` URI; it is never
fetched over the network.

Rendering never reads anything but the bundled fonts and logo in ``static/certificates/`` and
``data:`` URIs: `link_callback` refuses every other reference (http(s) included) and
xhtml2pdf's resource policy confines reads to that folder and forbids remote fetches, so a
missing font fails loudly instead of falling back to Helvetica without umlauts.
"""

import base64
import datetime
import io
import logging
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import segno
from django.template.loader import render_to_string
from django.utils import formats, translation
from xhtml2pdf import pisa
from xhtml2pdf.config.resources import ResourceAccessPolicy

from certificates import signing

logger = logging.getLogger(__name__)

BUNDLE_DIR = Path(__file__).resolve().parent / "static" / "certificates"
#: How templates name bundled files: "certificates/fonts/DejaVuSans.ttf".
BUNDLE_PREFIX = "certificates/"
LANGUAGES = ("de", "en")
DATE_FORMATS = {"de": "j. F Y", "en": "j F Y"}
#: Every subset of the bundled font is named "/BaseFont /AAAAAA+DejaVuSans…" in the PDF.
EMBEDDED_FONT_MARK = b"+DejaVuSans"
LOGO_TYPES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}
#: The site logo as printed: small enough for every PDF, sharp enough at 300 dpi.
LOGO_RENDITION = "max-600x240"

#: No network at all, local reads only inside the bundle, every render limit on.
RESOURCE_POLICY = ResourceAccessPolicy.server(
    base_dir=BUNDLE_DIR, allow_remote=False, allowed_hosts=frozenset()
)


@dataclass(frozen=True)
class ModuleLine:
    title: str
    dates: str  # as printed, e.g. "12.03.2026" or a range
    ue: Decimal  # Unterrichtseinheiten


@dataclass(frozen=True)
class CertificateDocument:
    """Everything the PDF shows, frozen at issue."""

    number: str
    type_name: str
    holder_name: str
    municipality: str
    issued_on: datetime.date
    modules: tuple[ModuleLine, ...]
    total_ue: Decimal
    institute_name: str
    signatory: str
    verification_url: str
    verification_code: str
    language: str = "de"
    template_version: str = "1"
    valid_until: datetime.date | None = None
    logo: bytes | None = None


class RenderError(Exception):
    """xhtml2pdf could not render the certificate."""


class ResourceRefused(RenderError):
    """The template referred to something outside the bundled fonts and logo."""


def link_callback(uri, rel=None):
    """Resolve ``certificates/…`` to a file in the bundle; refuse everything else.

    ``data:`` URIs stay as they are (returning None keeps the URI): they are part of the
    document and fetch nothing.
    """
    uri = str(uri)
    if uri.startswith("data:"):
        return None
    if not uri.startswith(BUNDLE_PREFIX):
        raise ResourceRefused(f"Not a bundled certificate resource: {uri[:120]!r}")
    path = (BUNDLE_DIR / uri.removeprefix(BUNDLE_PREFIX)).resolve()
    if not path.is_relative_to(BUNDLE_DIR) or not path.is_file():
        raise ResourceRefused(f"Not a bundled certificate resource: {uri[:120]!r}")
    return str(path)


def qr_data_uri(url):
    """The verification URL as a QR code, a PNG data URI (error correction M, 8 px a module)."""
    return segno.make(url, error="m", micro=False).png_data_uri(scale=8, border=4)


def format_ue(value, language):
    """Decimal UE as printed: "24", "2,5" (German) or "2.5" (English)."""
    text = f"{Decimal(value).normalize():f}"
    return text.replace(".", ",") if language == "de" else text


def institute_logo():
    """The site settings' logo as PNG or JPEG bytes, or None (no logo set, or unreadable).

    Read from the storage, never over the network; formats other than PNG and JPEG are
    converted to PNG by a Wagtail rendition. A logo that cannot be read is logged and the
    bundled logo used instead: a broken upload must not stop certificates being issued.
    """
    from academy.models import SiteSettings

    settings = SiteSettings.objects.select_related("logo").order_by("pk").first()
    if settings is None or settings.logo is None:
        return None
    image = settings.logo
    spec = LOGO_RENDITION
    if image.file.name.lower().rsplit(".", 1)[-1] not in {"png", "jpg", "jpeg"}:
        spec += "|format-png"
    try:
        rendition = image.get_rendition(spec)
        with rendition.file.open("rb") as handle:
            data = handle.read()
    except Exception:  # a broken or missing file, an unsupported format
        logger.exception("The institute's logo (image %s) cannot be read", image.pk)
        return None
    if not any(data.startswith(magic) for magic in LOGO_TYPES):
        logger.error("The institute's logo (image %s) is neither PNG nor JPEG", image.pk)
        return None
    return data


def _logo_src(logo):
    if logo is None:
        return BUNDLE_PREFIX + "logo.png"
    for magic, mimetype in LOGO_TYPES.items():
        if logo.startswith(magic):
            return f"data:{mimetype};base64,{base64.b64encode(logo).decode('ascii')}"
    raise RenderError("The logo must be a PNG or JPEG image.")


def _context(document):
    """Template context; dates are formatted in the active language."""
    date_format = DATE_FORMATS[document.language]

    def date(value):
        return formats.date_format(value, date_format) if value else ""

    return {
        "doc": document,
        "issued_on": date(document.issued_on),
        "valid_until": date(document.valid_until),
        "modules": [
            {"title": line.title, "dates": line.dates, "ue": format_ue(line.ue, document.language)}
            for line in document.modules
        ],
        "total_ue": format_ue(document.total_ue, document.language),
        "qr_code": qr_data_uri(document.verification_url),
        "logo_src": _logo_src(document.logo),
    }


def render_html(document):
    """The HTML handed to xhtml2pdf (useful for debugging the layout)."""
    if document.language not in LANGUAGES:
        raise ValueError(f"Unsupported certificate language: {document.language!r}")
    template = f"certificates/pdf/v{document.template_version}/{document.language}.html"
    with translation.override(document.language):
        return render_to_string(template, _context(document))


def render_pdf(document):
    """Render the certificate as an unsigned PDF (bytes)."""
    try:
        return html_to_pdf(render_html(document))
    except RenderError as error:
        raise RenderError(f"Certificate {document.number}: {error}") from error


def html_to_pdf(html):
    """Convert certificate HTML with the bundled resources only; raise `RenderError` on failure."""
    output = io.BytesIO()
    status = pisa.CreatePDF(
        html,
        dest=output,
        link_callback=link_callback,
        resource_policy=RESOURCE_POLICY,
        encoding="utf-8",
    )
    if status.err:
        raise RenderError(f"xhtml2pdf reported {status.err} error(s)")
    pdf = output.getvalue()
    # A font xhtml2pdf could not load falls back to Helvetica without a word (and without
    # umlauts in some viewers): the embedded subset's name proves it was used.
    if EMBEDDED_FONT_MARK not in pdf:
        raise RenderError("the bundled DejaVu Sans font was not embedded")
    return pdf


def render_signed_pdf(document):
    """Render and sign: the PDF as it is stored and handed out.

    Raises `certificates.signing.SigningNotConfigured` when no usable key is configured.
    """
    signing.signing_credentials()  # refuse before spending time on the render
    return signing.sign_pdf(render_pdf(document))

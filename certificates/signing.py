"""Digital signatures on certificate PDFs (PAdES baseline B-B, pyHanko).

    signer = signing_credentials()                # key and chain from the settings, cached
    signed = sign_pdf(pdf_bytes)                  # certification signature, no changes allowed
    result = validate_pdf(signed)                 # {"intact": True, "trusted": True, ...}
    result = validate_pdf(signed, trust_roots=[ca_pem_bytes])

Settings (read with getattr defaults; without a usable key nothing is signed):

- ``CERTIFICATE_SIGNING_KEY``: path of the PEM (or DER) private key; None or "" means not
  configured (production without the environment variable). Default, when the setting is
  missing: ``BASE_DIR/.signing/signing-key.pem`` (git-ignored, where the demo key goes).
- ``CERTIFICATE_SIGNING_CERT``: path of the signer's certificate (``…/signing-cert.pem``).
- ``CERTIFICATE_SIGNING_CHAIN``: paths of the intermediate and root certificates, may be empty
  (``[…/root-ca.pem]``). Embedded in every signature; its self-signed members are the default
  trust roots of `validate_pdf`.
- ``CERTIFICATE_SIGNING_KEY_PASSPHRASE``: passphrase of the key (from the environment), or empty.
- ``CERTIFICATE_ALLOW_DEMO_KEY``: lets a demo certificate (subject contains ``DEMO``, as
  ``manage.py create_demo_signing_key`` makes them) sign with DEBUG off; only dev and test set it.

Nothing here fetches anything over the network: revocation data is neither fetched when
signing nor when validating, and there is no timestamp authority (hence B-B, not B-T).
"""

import functools
import io
import logging
from pathlib import Path

from asn1crypto import pem, x509
from cryptography.hazmat.primitives import serialization
from django.conf import settings
from pyhanko.keys import load_cert_from_pemder, load_certs_from_pemder, load_private_key_from_pemder
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

logger = logging.getLogger(__name__)

#: Marker in the subject of every demo certificate; such a certificate never signs in production.
DEMO_MARKER = "DEMO"
DEFAULT_FOLDER = ".signing"
SIGNATURE_FIELD = "Signatur"
SIGNATURE_REASON = "Ausstellung des Zertifikats (Echtheit und Unversehrtheit)"
SIGNATURE_LOCATION = "Deutschland"
#: CMS bytes beyond the certificates: signed attributes, a signature of up to RSA-8192, slack.
SIGNATURE_OVERHEAD = 4096


class SigningNotConfigured(Exception):
    """No usable signing key: refuse to issue rather than issue an unsigned certificate."""


def signing_credentials():
    """The configured `pyhanko.sign.signers.SimpleSigner`, loaded once per process.

    Raises `SigningNotConfigured` (German message) when no key is configured, a file is missing
    or unreadable, key and certificate do not belong together, or the certificate is a demo
    certificate while DEBUG is off and ``CERTIFICATE_ALLOW_DEMO_KEY`` is not set.
    """
    key_path, cert_path, chain = signing_paths()
    if not key_path or not cert_path:
        raise SigningNotConfigured(
            "Es ist kein Signaturschlüssel eingerichtet (CERTIFICATE_SIGNING_KEY und "
            "CERTIFICATE_SIGNING_CERT). Ohne Signatur werden keine Zertifikate ausgestellt."
        )
    passphrase = getattr(settings, "CERTIFICATE_SIGNING_KEY_PASSPHRASE", "") or ""
    files = (key_path, cert_path, *chain)
    signer = _load_signer(key_path, cert_path, chain, passphrase, _stamp(files))
    if is_demo_certificate(signer.signing_cert) and not demo_key_allowed():
        raise SigningNotConfigured(
            "Der eingerichtete Signaturschlüssel ist ein Demo-Schlüssel. Er darf nur in der "
            "Entwicklung verwendet werden; für den Betrieb muss der Schlüssel des Instituts "
            "eingerichtet sein."
        )
    return signer


def signing_paths():
    """(key, certificate, chain) as strings from the settings; "" for an unset key or certificate.

    A setting that is missing altogether defaults to the git-ignored ``BASE_DIR/.signing/``
    (``signing-key.pem``, ``signing-cert.pem``, ``root-ca.pem``), where
    ``create_demo_signing_key`` puts the demo key; set to None or "" it means "not configured".
    """
    folder = Path(getattr(settings, "BASE_DIR", Path.cwd())) / DEFAULT_FOLDER
    key = getattr(settings, "CERTIFICATE_SIGNING_KEY", folder / "signing-key.pem")
    cert = getattr(settings, "CERTIFICATE_SIGNING_CERT", folder / "signing-cert.pem")
    chain = getattr(settings, "CERTIFICATE_SIGNING_CHAIN", [folder / "root-ca.pem"])
    return str(key or ""), str(cert or ""), tuple(str(path) for path in chain or ())


def demo_key_allowed():
    return bool(settings.DEBUG or getattr(settings, "CERTIFICATE_ALLOW_DEMO_KEY", False))


def is_demo_certificate(certificate):
    """Whether an asn1crypto certificate was made by ``create_demo_signing_key``."""
    return DEMO_MARKER in certificate.subject.human_friendly


def _stamp(paths):
    """Modification times of the files, so that a replaced key is loaded anew."""
    try:
        return tuple(Path(path).stat().st_mtime_ns for path in paths)
    except OSError as error:
        raise SigningNotConfigured(
            f"Die Datei {error.filename} für die Zertifikatssignatur fehlt oder ist nicht lesbar."
        ) from None


@functools.lru_cache(maxsize=4)
def _load_signer(key_path, cert_path, chain, passphrase, _stamp):
    try:
        key = load_private_key_from_pemder(key_path, passphrase.encode() or None)
        certificate = load_cert_from_pemder(cert_path)
        chain_certificates = list(load_certs_from_pemder(chain))
    except (OSError, ValueError, TypeError) as error:
        raise SigningNotConfigured(
            "Der Signaturschlüssel oder ein Zertifikat lässt sich nicht laden "
            f"(falsche Passphrase oder kein PEM/DER?): {error}"
        ) from None
    public_key = serialization.load_der_private_key(key.dump(), password=None).public_key()
    public_der = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    if public_der != certificate.public_key.dump():
        raise SigningNotConfigured(
            "Signaturschlüssel und Zertifikat gehören nicht zusammen "
            "(CERTIFICATE_SIGNING_KEY, CERTIFICATE_SIGNING_CERT)."
        )
    return signers.SimpleSigner(
        signing_cert=certificate,
        signing_key=key,
        cert_registry=SimpleCertificateStore.from_certs(chain_certificates),
    )


def sign_pdf(pdf_bytes):
    """Sign a PDF with the institute's key and return the signed bytes.

    A PAdES baseline (B-B) certification signature: the whole file is covered, the signer's
    chain is embedded, and no later change is permitted (DocMDP "no changes").
    """
    signer = signing_credentials()
    metadata = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        reason=SIGNATURE_REASON,
        location=SIGNATURE_LOCATION,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        certify=True,
        docmdp_permissions=fields.MDPPerm.NO_CHANGES,
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes), strict=False)
    try:
        output = signers.sign_pdf(
            writer, metadata, signer=signer, bytes_reserved=_reserved_bytes(signer)
        )
    except SigningError as error:  # pragma: no cover - pyHanko's own refusal, kept verbatim
        raise SigningNotConfigured(f"Die Signatur ist fehlgeschlagen: {error}") from error
    return output.getvalue()


def _reserved_bytes(signer):
    """Hex digits to reserve for the CMS container: certificates, signature and attributes.

    Saves pyHanko's dry-run signature that would otherwise estimate it (a third of the time).
    """
    certificates = [signer.signing_cert, *signer.cert_registry]
    size = sum(len(certificate.dump()) for certificate in certificates) + SIGNATURE_OVERHEAD
    return 2 * size


def configured_trust_roots():
    """The self-signed certificates among the configured chain (and the signer, if self-signed)."""
    _, cert_path, chain = signing_paths()
    roots = []
    for path in [*chain, cert_path] if cert_path else chain:
        try:
            certificates = load_certs_from_pemder([path])
            roots.extend(cert for cert in certificates if cert.self_signed in {"maybe", "yes"})
        except (OSError, ValueError) as error:
            logger.warning("Trust root %s not readable: %s", path, error)
    return roots


def _as_certificates(trust_roots):
    """Accept asn1crypto certificates, PEM/DER bytes or paths."""
    certificates = []
    for root in trust_roots:
        if isinstance(root, x509.Certificate):
            certificates.append(root)
        elif isinstance(root, bytes | bytearray):
            data = bytes(root)
            if pem.detect(data):
                certificates.extend(
                    x509.Certificate.load(der) for _, _, der in pem.unarmor(data, True)
                )
            else:
                certificates.append(x509.Certificate.load(data))
        else:
            certificates.extend(load_certs_from_pemder([str(root)]))
    return certificates


def validate_pdf(pdf_bytes, trust_roots=None):
    """Check the signature of a PDF; never raises for a damaged or foreign file.

    Returns a dict:

    - ``signed``: the file has a signature at all;
    - ``intact``: the signature is mathematically valid and covers the whole file, i.e. not one
      byte was changed or appended after signing;
    - ``trusted``: intact, and the signer's certificate chains up to one of ``trust_roots``
      (default: `configured_trust_roots`) and may sign documents;
    - ``signer``: the signer's subject, e.g. ``"Common Name: …, Organisation: …"``;
    - ``signer_common_name``, ``signed_at`` (the signer's claimed time, a datetime or None),
      ``coverage`` (pyHanko's coverage level name), ``certified`` (a certification signature),
      ``summary`` (pyHanko's summary), ``error`` (why the check failed, or None).
    """
    result = {
        "signed": False,
        "intact": False,
        "trusted": False,
        "signer": "",
        "signer_common_name": "",
        "signed_at": None,
        "coverage": None,
        "certified": False,
        "summary": "",
        "error": None,
    }
    roots = configured_trust_roots() if trust_roots is None else _as_certificates(trust_roots)
    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
        signatures = reader.embedded_signatures
    except Exception as error:  # an upload may be anything at all
        result["error"] = f"Keine lesbare PDF-Datei: {error}"
        return result
    if not signatures:
        result["error"] = "Die Datei enthält keine digitale Signatur."
        return result
    result["signed"] = True
    # The last signature covers the most; a certificate PDF has exactly one.
    embedded = signatures[-1]
    context = ValidationContext(
        trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail"
    )
    try:
        status = validate_pdf_signature(embedded, context)
    except Exception as error:  # e.g. a tampered signature value that no longer parses
        result["error"] = f"Die Signatur lässt sich nicht prüfen: {error}"
        return result
    whole_file = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    intact = bool(status.intact and status.valid and whole_file)
    subject = status.signing_cert.subject
    result.update(
        intact=intact,
        trusted=bool(intact and status.trusted),
        signer=subject.human_friendly,
        signer_common_name=subject.native.get("common_name", ""),
        signed_at=status.signer_reported_dt,
        coverage=status.coverage.name if status.coverage else None,
        certified=bool(embedded.docmdp_level is not None),
        summary=status.summary(),
    )
    if not intact:
        result["error"] = "Die Datei wurde nach dem Signieren verändert."
    elif not status.trusted:
        result["error"] = "Der Signatur wird nicht vertraut (unbekannte Zertifizierungsstelle)."
    return result

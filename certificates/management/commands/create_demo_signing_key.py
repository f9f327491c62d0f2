"""Create a demo root CA, signing certificate and key for certificate PDFs.

    python manage.py create_demo_signing_key            # into the configured paths (.signing/)
    python manage.py create_demo_signing_key --dir DIR  # into DIR, prints the settings to use
    python manage.py create_demo_signing_key --force    # replace an existing demo key

Idempotent: an existing, matching demo key is kept. A key that is not a demo key is never
overwritten. Refused unless DEBUG is on or ``CERTIFICATE_ALLOW_DEMO_KEY`` is set. Every subject
contains "DEMO", which `certificates.signing` refuses to sign with in production.
"""

import datetime
import os
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from certificates import signing

KEY_FILE = "signing-key.pem"
CERT_FILE = "signing-cert.pem"
ROOT_FILE = "root-ca.pem"
ORGANISATION = "Fallwerk Akademie (DEMO)"


class Command(BaseCommand):
    help = "Legt einen Demo-Signaturschlüssel mit Demo-Zertifizierungsstelle an (nur Entwicklung)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dir", dest="directory", help="Zielordner statt der konfigurierten Pfade."
        )
        parser.add_argument(
            "--force", action="store_true", help="Einen vorhandenen Demo-Schlüssel ersetzen."
        )

    def handle(self, *args, directory=None, force=False, **options):
        if not signing.demo_key_allowed():
            raise CommandError(
                "Demo-Schlüssel sind nur mit DEBUG oder CERTIFICATE_ALLOW_DEMO_KEY erlaubt."
            )
        key_path, cert_path, root_path = self.target_paths(directory)
        if not force and self.existing_demo_key_is_usable(key_path, cert_path, root_path):
            self.stdout.write(f"Demo-Signaturschlüssel vorhanden: {cert_path}")
            return
        if cert_path.exists() and not self.is_demo(cert_path):
            raise CommandError(
                f"{cert_path} ist kein Demo-Zertifikat und wird nicht überschrieben."
            )
        write_demo_credentials(key_path, cert_path, root_path)
        signing._load_signer.cache_clear()
        self.stdout.write(self.style.SUCCESS(f"Demo-Signaturschlüssel angelegt: {cert_path}"))
        if directory:
            self.stdout.write(
                f'CERTIFICATE_SIGNING_KEY = "{key_path}"\n'
                f'CERTIFICATE_SIGNING_CERT = "{cert_path}"\n'
                f'CERTIFICATE_SIGNING_CHAIN = ["{root_path}"]'
            )

    def target_paths(self, directory):
        if directory:
            folder = Path(directory)
            return folder / KEY_FILE, folder / CERT_FILE, folder / ROOT_FILE
        key, cert, chain = signing.signing_paths()
        if not key or not cert:
            raise CommandError(
                "CERTIFICATE_SIGNING_KEY und CERTIFICATE_SIGNING_CERT sind leer; "
                "bitte --dir angeben."
            )
        root = Path(chain[0]) if chain else Path(cert).with_name(ROOT_FILE)
        return Path(key), Path(cert), root

    @staticmethod
    def is_demo(cert_path):
        try:
            certificate = x509.load_pem_x509_certificate(cert_path.read_bytes())
        except (OSError, ValueError):
            return False
        return signing.DEMO_MARKER in certificate.subject.rfc4514_string()

    def existing_demo_key_is_usable(self, key_path, cert_path, root_path):
        if not (cert_path.exists() and key_path.exists() and root_path.exists()):
            return False
        if not self.is_demo(cert_path):
            return False
        certificate = x509.load_pem_x509_certificate(cert_path.read_bytes())
        try:
            key = serialization.load_pem_private_key(key_path.read_bytes(), _passphrase() or None)
        except (TypeError, ValueError):
            return False
        still_valid = certificate.not_valid_after_utc > _now() + datetime.timedelta(days=30)
        return still_valid and key.public_key() == certificate.public_key()


def _passphrase():
    return (getattr(settings, "CERTIFICATE_SIGNING_KEY_PASSPHRASE", "") or "").encode()


def _now():
    return datetime.datetime.now(datetime.UTC)


def _name(common_name):
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "DE"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANISATION),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def write_demo_credentials(key_path, cert_path, root_path):
    """Write a fresh demo root certificate, signing certificate and signing key (P-256)."""
    now = _now()
    root_key = ec.generate_private_key(ec.SECP256R1())
    root_name = _name("Fallwerk DEMO Root CA")
    root_cert = (
        x509.CertificateBuilder()
        .subject_name(root_name)
        .issuer_name(root_name)
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(cert_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), False)
        .sign(root_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("Fallwerk DEMO Zertifikatssignatur"))
        .issuer_name(root_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=3 * 365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(cert_sign=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), False
        )
        .sign(root_key, hashes.SHA256())
    )
    passphrase = _passphrase()
    encryption = (
        serialization.BestAvailableEncryption(passphrase)
        if passphrase
        else serialization.NoEncryption()
    )
    for path in (key_path, cert_path, root_path):
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    descriptor = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as key_file:
        key_file.write(key_pem)
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    root_path.write_bytes(root_cert.public_bytes(serialization.Encoding.PEM))


def _key_usage(*, cert_sign):
    return x509.KeyUsage(
        digital_signature=not cert_sign,
        content_commitment=not cert_sign,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )

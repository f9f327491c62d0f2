"""Signing certificate PDFs: PAdES signature, validation, configuration and the demo key."""

import datetime
import io
import stat

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from django.core.management import CommandError, call_command
from django.test import override_settings
from pyhanko.pdf_utils.reader import PdfFileReader

from certificates import signing
from certificates.pdf import render_pdf, render_signed_pdf
from tests.certificates.test_pdf import certificate_document, text_of


def create_demo_key(directory, **settings):
    with override_settings(CERTIFICATE_ALLOW_DEMO_KEY=True, **settings):
        call_command("create_demo_signing_key", directory=str(directory), stdout=io.StringIO())
    return directory


@pytest.fixture(scope="session")
def demo_key_dir(tmp_path_factory):
    return create_demo_key(tmp_path_factory.mktemp("signing"))


@pytest.fixture(scope="session")
def foreign_key_dir(tmp_path_factory):
    """Another demo CA: what a forger with their own root would have."""
    return create_demo_key(tmp_path_factory.mktemp("foreign-signing"))


def configure(settings, directory):
    settings.CERTIFICATE_SIGNING_KEY = str(directory / "signing-key.pem")
    settings.CERTIFICATE_SIGNING_CERT = str(directory / "signing-cert.pem")
    settings.CERTIFICATE_SIGNING_CHAIN = [str(directory / "root-ca.pem")]
    settings.CERTIFICATE_SIGNING_KEY_PASSPHRASE = ""


@pytest.fixture
def demo_signing(settings, demo_key_dir):
    """Signing configured with the demo key, allowed as in the test and dev settings."""
    configure(settings, demo_key_dir)
    settings.CERTIFICATE_ALLOW_DEMO_KEY = True
    return demo_key_dir


@pytest.fixture(scope="session")
def signed_certificate(demo_key_dir):
    with override_settings(
        CERTIFICATE_SIGNING_KEY=str(demo_key_dir / "signing-key.pem"),
        CERTIFICATE_SIGNING_CERT=str(demo_key_dir / "signing-cert.pem"),
        CERTIFICATE_SIGNING_CHAIN=[str(demo_key_dir / "root-ca.pem")],
        CERTIFICATE_ALLOW_DEMO_KEY=True,
    ):
        return render_signed_pdf(certificate_document())


def self_signed_certificate(common_name):
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    return certificate.public_bytes(serialization.Encoding.PEM)


def with_byte_changed(data, offset):
    changed = bytearray(data)
    changed[offset] = ord("X") if changed[offset] != ord("X") else ord("Y")
    return bytes(changed)


def test_signed_certificate_is_intact_and_trusted(demo_signing, signed_certificate):
    result = signing.validate_pdf(signed_certificate)

    assert result["signed"] is True
    assert result["intact"] is True
    assert result["trusted"] is True
    assert result["coverage"] == "ENTIRE_FILE"
    assert result["certified"] is True
    assert result["signer_common_name"] == "Fallwerk DEMO Zertifikatssignatur"
    assert "Fallwerk Akademie (DEMO)" in result["signer"]
    assert result["signed_at"] is not None
    assert result["error"] is None


def test_signing_keeps_the_content(signed_certificate):
    text = text_of(signed_certificate)

    assert "Erika Müller-Lüdenscheidt" in text
    assert "CM-2026-000042" in text
    assert "146,5" in text


def test_signature_is_a_pades_certification_with_german_reason(signed_certificate):
    reader = PdfFileReader(io.BytesIO(signed_certificate))
    (embedded,) = reader.embedded_signatures
    signature = embedded.sig_object

    assert signature["/SubFilter"] == "/ETSI.CAdES.detached"
    assert signature["/Reason"] == signing.SIGNATURE_REASON
    assert signature["/Location"] == "Deutschland"
    assert embedded.field_name == "Signatur"
    assert embedded.docmdp_level is not None


def test_one_changed_byte_in_the_content_breaks_the_signature(demo_signing, signed_certificate):
    # The first plain-text occurrence: the document information or XMP metadata.
    start = signed_certificate.index(b"Fallwerk Akademie")
    forged = with_byte_changed(signed_certificate, start)

    result = signing.validate_pdf(forged)

    assert result["intact"] is False
    assert result["trusted"] is False
    assert result["error"] == "Die Datei wurde nach dem Signieren verändert."


@pytest.mark.parametrize("where", [0.1, 0.3, 0.5, 0.7])
def test_one_changed_byte_anywhere_in_the_signed_ranges_breaks_it(
    demo_signing, signed_certificate, where
):
    reader = PdfFileReader(io.BytesIO(signed_certificate))
    (embedded,) = reader.embedded_signatures
    first_start, first_length, second_start, second_length = embedded.byte_range
    signed_offsets = [
        *range(first_start, first_start + first_length),
        *range(second_start, second_start + second_length),
    ]
    offset = signed_offsets[int(len(signed_offsets) * where)]

    result = signing.validate_pdf(with_byte_changed(signed_certificate, offset))

    assert result["intact"] is False
    assert result["trusted"] is False


def test_one_changed_byte_in_the_signature_value_breaks_it(demo_signing, signed_certificate):
    reader = PdfFileReader(io.BytesIO(signed_certificate))
    (embedded,) = reader.embedded_signatures
    first_start, first_length, _, _ = embedded.byte_range
    # The hex string of the CMS container sits between the two signed ranges; its first
    # hundred digits are the container's header and the certificates.
    offset = first_start + first_length + 200

    result = signing.validate_pdf(with_byte_changed(signed_certificate, offset))

    assert result["intact"] is False
    assert result["trusted"] is False


def test_appended_bytes_are_not_intact(demo_signing, signed_certificate):
    result = signing.validate_pdf(signed_certificate + b"\n% appended\n")

    assert result["intact"] is False


def test_foreign_root_is_not_trusted(demo_signing, signed_certificate, foreign_key_dir):
    result = signing.validate_pdf(signed_certificate, trust_roots=[foreign_key_dir / "root-ca.pem"])

    assert result["intact"] is True
    assert result["trusted"] is False
    assert "nicht vertraut" in result["error"]


def test_a_pdf_signed_with_a_foreign_key_is_not_trusted(settings, demo_key_dir, foreign_key_dir):
    configure(settings, foreign_key_dir)
    settings.CERTIFICATE_ALLOW_DEMO_KEY = True
    forged = render_signed_pdf(certificate_document())

    configure(settings, demo_key_dir)
    result = signing.validate_pdf(forged)

    assert result["intact"] is True
    assert result["trusted"] is False


def test_trust_roots_may_be_pem_bytes_or_paths(demo_signing, signed_certificate):
    root = demo_signing / "root-ca.pem"

    assert signing.validate_pdf(signed_certificate, trust_roots=[root.read_bytes()])["trusted"]
    assert signing.validate_pdf(signed_certificate, trust_roots=[str(root)])["trusted"]
    assert not signing.validate_pdf(signed_certificate, trust_roots=[])["trusted"]


def test_unsigned_and_foreign_files_are_reported_not_raised(demo_signing):
    unsigned = signing.validate_pdf(render_pdf(certificate_document()))
    garbage = signing.validate_pdf(b"GIF89a kein PDF")

    assert unsigned["signed"] is False
    assert unsigned["error"] == "Die Datei enthält keine digitale Signatur."
    assert garbage["intact"] is False
    assert garbage["error"].startswith("Keine lesbare PDF-Datei")


def test_signer_is_loaded_once_per_process(demo_signing):
    assert signing.signing_credentials() is signing.signing_credentials()


def test_refuses_to_sign_without_a_configured_key(settings):
    settings.CERTIFICATE_SIGNING_KEY = None
    settings.CERTIFICATE_SIGNING_CERT = None

    with pytest.raises(signing.SigningNotConfigured, match="kein Signaturschlüssel"):
        signing.sign_pdf(b"%PDF-1.7")
    with pytest.raises(signing.SigningNotConfigured):
        render_signed_pdf(certificate_document())


def test_refuses_to_sign_with_a_missing_key_file(settings, demo_key_dir, tmp_path):
    configure(settings, demo_key_dir)
    settings.CERTIFICATE_SIGNING_KEY = str(tmp_path / "fehlt.pem")

    with pytest.raises(signing.SigningNotConfigured, match=r"fehlt\.pem"):
        signing.signing_credentials()


def test_refuses_a_key_that_does_not_belong_to_the_certificate(
    settings, demo_key_dir, foreign_key_dir
):
    configure(settings, demo_key_dir)
    settings.CERTIFICATE_ALLOW_DEMO_KEY = True
    settings.CERTIFICATE_SIGNING_KEY = str(foreign_key_dir / "signing-key.pem")

    with pytest.raises(signing.SigningNotConfigured, match="gehören nicht zusammen"):
        signing.signing_credentials()


def test_demo_key_never_signs_with_debug_off(settings, demo_key_dir):
    configure(settings, demo_key_dir)
    settings.DEBUG = False
    settings.CERTIFICATE_ALLOW_DEMO_KEY = False

    with pytest.raises(signing.SigningNotConfigured, match="Demo-Schlüssel"):
        signing.sign_pdf(render_pdf(certificate_document()))


def test_demo_key_signs_in_development(settings, demo_key_dir):
    configure(settings, demo_key_dir)
    settings.DEBUG = True
    settings.CERTIFICATE_ALLOW_DEMO_KEY = False

    assert signing.validate_pdf(signing.sign_pdf(render_pdf(certificate_document())))["trusted"]


def test_passphrase_protected_key(settings, tmp_path):
    create_demo_key(tmp_path, CERTIFICATE_SIGNING_KEY_PASSPHRASE="geheim-2026")
    configure(settings, tmp_path)
    settings.CERTIFICATE_ALLOW_DEMO_KEY = True

    assert b"ENCRYPTED" in (tmp_path / "signing-key.pem").read_bytes()
    settings.CERTIFICATE_SIGNING_KEY_PASSPHRASE = "falsch"
    with pytest.raises(signing.SigningNotConfigured, match="Passphrase"):
        signing.signing_credentials()
    settings.CERTIFICATE_SIGNING_KEY_PASSPHRASE = "geheim-2026"
    assert signing.validate_pdf(signing.sign_pdf(render_pdf(certificate_document())))["intact"]


def test_demo_key_command_is_idempotent_and_private(demo_key_dir):
    before = {path.name: path.read_bytes() for path in demo_key_dir.iterdir()}

    create_demo_key(demo_key_dir)

    assert {path.name: path.read_bytes() for path in demo_key_dir.iterdir()} == before
    assert set(before) == {"signing-key.pem", "signing-cert.pem", "root-ca.pem"}
    assert stat.S_IMODE((demo_key_dir / "signing-key.pem").stat().st_mode) == 0o600


def test_demo_key_command_force_replaces_the_demo_key(settings, tmp_path):
    create_demo_key(tmp_path)
    before = (tmp_path / "signing-cert.pem").read_bytes()
    settings.CERTIFICATE_ALLOW_DEMO_KEY = True

    call_command(
        "create_demo_signing_key", directory=str(tmp_path), force=True, stdout=io.StringIO()
    )

    assert (tmp_path / "signing-cert.pem").read_bytes() != before


def test_demo_key_command_writes_the_configured_paths(settings, tmp_path):
    settings.CERTIFICATE_ALLOW_DEMO_KEY = True
    settings.CERTIFICATE_SIGNING_KEY = str(tmp_path / "keys" / "key.pem")
    settings.CERTIFICATE_SIGNING_CERT = str(tmp_path / "keys" / "cert.pem")
    settings.CERTIFICATE_SIGNING_CHAIN = [str(tmp_path / "keys" / "ca.pem")]

    call_command("create_demo_signing_key", stdout=io.StringIO())

    assert signing.validate_pdf(render_signed_pdf(certificate_document()))["trusted"]


def test_demo_key_command_never_overwrites_a_real_certificate(settings, tmp_path):
    settings.CERTIFICATE_ALLOW_DEMO_KEY = True
    real = tmp_path / "signing-cert.pem"
    real.write_bytes(self_signed_certificate("Fallwerk Akademie Zertifikatssignatur"))
    before = real.read_bytes()

    with pytest.raises(CommandError, match="kein Demo-Zertifikat"):
        call_command("create_demo_signing_key", directory=str(tmp_path), force=True)
    assert real.read_bytes() == before
    assert not (tmp_path / "signing-key.pem").exists()


def test_demo_key_command_is_refused_with_debug_off(settings, tmp_path):
    settings.DEBUG = False
    settings.CERTIFICATE_ALLOW_DEMO_KEY = False

    with pytest.raises(CommandError, match="nur mit DEBUG"):
        call_command("create_demo_signing_key", directory=str(tmp_path))
    assert not any(tmp_path.iterdir())


def test_unset_settings_default_to_the_git_ignored_signing_folder(settings, tmp_path):
    for name in (
        "CERTIFICATE_SIGNING_KEY",
        "CERTIFICATE_SIGNING_CERT",
        "CERTIFICATE_SIGNING_CHAIN",
    ):
        if hasattr(settings, name):
            delattr(settings, name)
    settings.BASE_DIR = tmp_path
    settings.CERTIFICATE_ALLOW_DEMO_KEY = True

    call_command("create_demo_signing_key", stdout=io.StringIO())

    assert signing.signing_paths() == (
        str(tmp_path / ".signing" / "signing-key.pem"),
        str(tmp_path / ".signing" / "signing-cert.pem"),
        (str(tmp_path / ".signing" / "root-ca.pem"),),
    )
    assert signing.validate_pdf(render_signed_pdf(certificate_document()))["trusted"]

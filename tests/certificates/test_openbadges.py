"""Open Badges 3.0: the certificate as a signed OpenBadgeCredential (VC-JWT), its revocation
status in the signed status list, and the issuer's public key."""

import base64
import datetime
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import jwt
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from certificates import openbadges
from certificates.openbadges import CONTEXT, MEDIA_TYPE, public_key_of_signing_certificate

from . import builders

pytestmark = pytest.mark.django_db

BASE = settings.WAGTAILADMIN_BASE_URL.rstrip("/")


@pytest.fixture(autouse=True)
def _signing_key():
    builders.demo_signing_key()


@pytest.fixture
def certificate(participant):
    return builders.certificate(participant, holder_name="Jürgen Müller-Lüdenscheidt")


def signing_public_key():
    """The public key of the institute's signing certificate: what the PDF signature uses."""
    return public_key_of_signing_certificate(Path(settings.CERTIFICATE_SIGNING_CERT).read_bytes())


def day_start_utc(day):
    """Midnight of ``day`` in the institute's time zone (Europe/Berlin), in UTC."""
    local = datetime.datetime.combine(day, datetime.time(), ZoneInfo(settings.TIME_ZONE))
    return local.astimezone(datetime.UTC)


def badge_url(certificate):
    return reverse("certificates:badge", args=[certificate.verification_code])


def download(client, certificate):
    response = client.get(badge_url(certificate))
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == MEDIA_TYPE
    assert "no-store" in response["Cache-Control"]
    assert f'filename="{certificate.number}.jwt"' in response["Content-Disposition"]
    return response.content.decode("ascii")


def decode(token, key=None):
    return jwt.decode(
        token,
        key or signing_public_key(),
        algorithms=["ES256", "ES384", "RS256"],
        options={"require": ["iss", "jti", "nbf"]},
    )


def status_list(client):
    response = client.get(reverse("certificates:status_list"))
    assert response.status_code == 200
    assert response["Content-Type"] == MEDIA_TYPE
    return decode(response.content.decode("ascii"))


def test_the_badge_verifies_with_the_key_of_the_signing_certificate(client, certificate):
    token = download(client, certificate)

    header = jwt.get_unverified_header(token)
    assert header["typ"] == "vc+jwt"
    assert header["cty"] == "vc"
    assert header["alg"] == "ES256"
    assert header["kid"] == BASE + reverse("certificates:issuer") + "#key-1"
    # The header's JWK and certificate chain are the signing certificate's key.
    pem = Path(settings.CERTIFICATE_SIGNING_CERT).read_bytes()
    signing_der = x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)
    assert base64.b64decode(header["x5c"][0]) == signing_der
    assert decode(token, jwt.PyJWK(header["jwk"]).key)["id"]

    claims = decode(token)

    assert claims["@context"] == CONTEXT
    assert claims["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    verify_page = BASE + reverse("certificates:verify", args=[certificate.verification_code])
    assert claims["id"] == claims["jti"] == verify_page
    assert claims["issuer"]["id"] == claims["iss"] == BASE + reverse("certificates:issuer")
    assert claims["issuer"]["name"] == "Fallwerk Akademie"
    issued = day_start_utc(certificate.issued_on)
    assert claims["validFrom"] == f"{issued:%Y-%m-%dT%H:%M:%S}Z"
    assert claims["nbf"] == int(issued.timestamp())
    assert "validUntil" not in claims
    assert "exp" not in claims
    subject = claims["credentialSubject"]
    assert subject["type"] == ["AchievementSubject"]
    assert subject["identifier"] == [
        {
            "type": "IdentityObject",
            "identityType": "name",
            "hashed": False,
            "identityHash": "Jürgen Müller-Lüdenscheidt",
        }
    ]
    achievement = subject["achievement"]
    assert achievement["name"] == certificate.type_name == "Teilnahmebescheinigung"
    assert achievement["achievementType"] == "CertificateOfCompletion"
    assert achievement["type"] == ["Achievement"]
    assert certificate.number in achievement["criteria"]["narrative"]
    status = claims["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry"
    assert status["statusPurpose"] == "revocation"
    assert status["statusListIndex"] == str(certificate.pk)
    assert status["statusListCredential"] == BASE + reverse("certificates:status_list")


def test_a_tampered_badge_fails_verification(client, certificate):
    token = download(client, certificate)
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["credentialSubject"]["identifier"][0]["identityHash"] = "Mallory Mustermann"
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()

    with pytest.raises(jwt.InvalidSignatureError):
        decode(f"{header}.{forged}.{signature}")
    flipped = signature[:10] + ("A" if signature[10] != "A" else "B") + signature[11:]
    with pytest.raises(jwt.InvalidSignatureError):
        decode(f"{header}.{payload}.{flipped}")


def test_a_badge_signed_with_another_key_fails(client, certificate):
    token = download(client, certificate)
    stranger = ec.generate_private_key(ec.SECP256R1()).public_key()
    with pytest.raises(jwt.InvalidSignatureError):
        decode(token, stranger)


def test_the_status_list_shows_a_revocation_at_once(client, certificate, participant):
    other = builders.certificate(participant)
    token = download(client, certificate)
    index = int(decode(token)["credentialStatus"]["statusListIndex"])

    listed = status_list(client)
    assert listed["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert listed["credentialSubject"]["statusPurpose"] == "revocation"
    assert not openbadges.is_revoked_in(listed, index)

    builders.revoked(certificate)

    listed = status_list(client)
    assert openbadges.is_revoked_in(listed, index)
    assert not openbadges.is_revoked_in(listed, other.pk)
    # At least 16 KB of entries, as the Bitstring Status List asks for group privacy.
    encoded = listed["credentialSubject"]["encodedList"]
    assert encoded.startswith("u")


def test_a_superseded_certificate_is_marked_in_the_status_list(client, participant):
    old, new = builders.superseded(builders.certificate(participant))

    listed = status_list(client)

    assert openbadges.is_revoked_in(listed, old.pk)
    assert not openbadges.is_revoked_in(listed, new.pk)


def test_no_badge_for_a_revoked_superseded_or_expired_certificate(client, participant):
    revoked = builders.revoked(builders.certificate(participant))
    old, _new = builders.superseded(builders.certificate(participant))
    expired = builders.expired(participant)

    for certificate in (revoked, old, expired):
        response = client.get(badge_url(certificate))
        assert response.status_code == 410
        assert "kein Open Badge" in response.content.decode()
        assert not response.content.startswith(b"ey")


def test_an_unknown_code_gets_the_verification_404_and_counts_as_a_guess(client, settings):
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = "2/m"
    url = reverse("certificates:badge", args=["x" * 32])

    first = client.get(url)
    assert first.status_code == 404
    assert "Zu diesem Prüfcode gibt es kein Zertifikat." in first.content.decode()
    assert client.get(url).status_code == 404
    assert client.get(url).status_code == 429


def test_a_badge_that_expires_carries_valid_until(client, participant):
    today = timezone.localdate()
    certificate = builders.certificate(participant, valid_until=today + datetime.timedelta(30))

    claims = decode(download(client, certificate))

    end = day_start_utc(certificate.valid_until + datetime.timedelta(1))
    assert claims["validUntil"] == f"{end:%Y-%m-%dT%H:%M:%S}Z"
    assert claims["exp"] > claims["nbf"]


def test_the_issuer_profile_publishes_the_public_key(client, certificate):
    response = client.get(reverse("certificates:issuer"))
    assert response.status_code == 200
    profile = response.json()
    assert profile["type"] == ["Profile"]
    assert profile["name"] == "Fallwerk Akademie"
    method = profile["verificationMethod"][0]
    assert method["id"] == jwt.get_unverified_header(download(client, certificate))["kid"]

    key = jwt.PyJWK(method["publicKeyJwk"]).key

    assert decode(download(client, certificate), key)["id"].endswith(
        f"/{certificate.verification_code}/"
    )


def test_the_verification_page_links_the_badge_only_while_valid(client, certificate):
    page = client.get(reverse("certificates:verify", args=[certificate.verification_code]))
    assert badge_url(certificate) in page.content.decode()

    builders.revoked(certificate)

    page = client.get(reverse("certificates:verify", args=[certificate.verification_code]))
    assert badge_url(certificate) not in page.content.decode()


def test_without_a_signing_key_no_badge_is_issued(client, certificate, settings):
    settings.CERTIFICATE_SIGNING_KEY = ""

    response = client.get(badge_url(certificate))

    assert response.status_code == 503
    assert "kein Signaturschlüssel" in response.content.decode()

"""Open Badges 3.0: every certificate as an ``OpenBadgeCredential``, secured as a VC-JWT.

    token = credential_jwt(certificate)     # compact JWS, media type application/vc+jwt
    token = status_list_jwt()               # the BitstringStatusListCredential (revocation)
    profile = issuer_profile()              # the issuer's Profile with its public key (JWK)

The credential follows the W3C Verifiable Credentials Data Model 2.0 and the 1EdTech Open
Badges 3.0 context; it is secured as VC-JOSE-COSE prescribes (the credential is the JWT
payload, header ``typ: vc+jwt``, ``cty: vc``) and carries the registered claims Open Badges
3.0 asks for (``iss``, ``jti``, ``nbf``, ``exp``). It is signed with the same key and
certificate as the PDF (`certificates.signing`): the header names the key (``kid``, resolved
by the issuer profile), carries it as a JWK and its X.509 chain (``x5c``), so a verifier can
check the signature with the key from the institute's signing certificate.

Revocation: ``credentialStatus`` is a ``BitstringStatusListEntry`` (purpose "revocation")
pointing into the institute's status list, in which the bit of every revoked or superseded
certificate is set; the list is signed and computed on every request, so a revocation shows
there at once. A credential is only handed out for a valid certificate. The position in the
list is the certificate's primary key (no extra field is needed; it reveals roughly how many
certificates exist, nothing about a person).
"""

import base64
import datetime
import gzip

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from django.conf import settings
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone

from . import signing
from .enums import CertificateKind, CertificateStatus
from .models import Certificate

MEDIA_TYPE = "application/vc+jwt"
CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
STATUS_CONTEXT = ["https://www.w3.org/ns/credentials/v2"]
KEY_FRAGMENT = "key-1"
#: Bitstring Status List: at least 16 KB (131,072 entries) for group privacy.
MIN_STATUS_BITS = 131_072
#: Open Badges 3.0 achievement types for the kinds of certificate.
ACHIEVEMENT_TYPES = {
    CertificateKind.ATTENDANCE: "CertificateOfCompletion",
    CertificateKind.MODULE: "Certificate",
    CertificateKind.QUALIFICATION: "Certification",
}
DESCRIPTIONS = {
    CertificateKind.ATTENDANCE: "Teilnahme an einem Modul der Case-Management-Weiterbildung "
    "mit der erforderlichen Mindestanwesenheit.",
    CertificateKind.MODULE: "Erfolgreicher Abschluss eines Moduls der "
    "Case-Management-Weiterbildung.",
    CertificateKind.QUALIFICATION: "Weiterbildung zur zertifizierten Case Managerin / zum "
    "zertifizierten Case Manager nach den Standards der DGCC.",
}
EC_ALGORITHMS = {"secp256r1": "ES256", "secp384r1": "ES384", "secp521r1": "ES512"}


#: The keys derived from the signer that signing.signing_credentials() caches per process.
_KEYS = {}


class BadgeUnavailable(Exception):
    """No credential for this certificate (not valid); the message is German."""


# --- URLs ----------------------------------------------------------------------------------


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def issuer_url():
    return absolute(reverse("certificates:issuer"))


def status_list_url():
    return absolute(reverse("certificates:status_list"))


def credential_url(certificate):
    return absolute(reverse("certificates:verify", args=[certificate.verification_code]))


# --- keys ----------------------------------------------------------------------------------


def _keys(signer):
    """(private key, algorithm, public JWK, x5c) for a pyHanko signer."""
    private_key = serialization.load_der_private_key(signer.signing_key.dump(), password=None)
    if isinstance(private_key, ec.EllipticCurvePrivateKey):
        algorithm = EC_ALGORITHMS[private_key.curve.name]
        jwk = jwt.algorithms.ECAlgorithm.to_jwk(private_key.public_key(), as_dict=True)
    elif isinstance(private_key, rsa.RSAPrivateKey):
        algorithm = "RS256"
        jwk = jwt.algorithms.RSAAlgorithm.to_jwk(private_key.public_key(), as_dict=True)
    else:  # pragma: no cover - create_demo_signing_key makes EC keys, institutes RSA or EC
        raise signing.SigningNotConfigured(
            "Der Signaturschlüssel eignet sich nicht für Open Badges (nur RSA oder EC)."
        )
    chain = [signer.signing_cert, *signer.cert_registry]
    x5c = [base64.b64encode(certificate.dump()).decode("ascii") for certificate in chain]
    return private_key, algorithm, jwk, x5c


def signing_keys():
    """The institute's key for badges: the one that signs the PDFs (raises SigningNotConfigured)."""
    signer = signing.signing_credentials()
    cached = _KEYS.get(id(signer))
    if cached is None or cached[0] is not signer:
        _KEYS.clear()
        cached = _KEYS[id(signer)] = (signer, _keys(signer))
    return cached[1]


def public_key_of_signing_certificate(pem_or_der):
    """The public key of a signing certificate (PEM or DER bytes), e.g. to verify a badge."""
    if pem_or_der.lstrip().startswith(b"-----"):
        return x509.load_pem_x509_certificate(pem_or_der).public_key()
    return x509.load_der_x509_certificate(pem_or_der).public_key()


def key_id():
    return f"{issuer_url()}#{KEY_FRAGMENT}"


def sign(payload):
    private_key, algorithm, jwk, x5c = signing_keys()
    headers = {"typ": "vc+jwt", "cty": "vc", "kid": key_id(), "jwk": jwk, "x5c": x5c}
    return jwt.encode(payload, private_key, algorithm=algorithm, headers=headers)


# --- the credential ------------------------------------------------------------------------


def day_start(day):
    """The beginning of a calendar day in the institute's time zone, as a UTC moment."""
    local = datetime.datetime.combine(
        day, datetime.time.min, tzinfo=timezone.get_default_timezone()
    )
    return local.astimezone(datetime.UTC)


def iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def credential(certificate):
    """The unsecured OpenBadgeCredential of a valid certificate (a dict, JSON-LD)."""
    if certificate.status != CertificateStatus.VALID:
        raise BadgeUnavailable(
            "Dieses Zertifikat ist nicht mehr gültig; dafür wird kein Open Badge ausgestellt."
        )
    kind = certificate.certificate_type.kind
    issuer = issuer_url()
    valid_from = day_start(certificate.issued_on)
    document = {
        "@context": CONTEXT,
        "id": credential_url(certificate),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": certificate.type_name,
        "issuer": {"id": issuer, "type": ["Profile"], "name": certificate.issuer_name},
        "validFrom": iso(valid_from),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": False,
                    "identityHash": certificate.holder_name,
                }
            ],
            "achievement": {
                "id": f"{issuer}#zertifikatstyp-{certificate.certificate_type_id}",
                "type": ["Achievement"],
                "achievementType": ACHIEVEMENT_TYPES.get(kind, "Certificate"),
                "name": certificate.type_name,
                "description": DESCRIPTIONS.get(kind, certificate.type_name),
                "criteria": {"narrative": criteria(certificate)},
                "inLanguage": certificate.language,
            },
        },
        "credentialStatus": {
            "id": f"{status_list_url()}#{certificate.pk}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(certificate.pk),
            "statusListCredential": status_list_url(),
        },
    }
    if certificate.valid_until:
        document["validUntil"] = iso(day_start(certificate.valid_until + datetime.timedelta(1)))
    return document


def criteria(certificate):
    modules = "; ".join(f"{m['title']} ({m['dates']}, {m['ue']} UE)" for m in certificate.modules)
    text = f"{certificate.type_name}, Nummer {certificate.number}"
    return f"{text}. Module: {modules}." if modules else f"{text}."


def credential_jwt(certificate):
    """The credential as a signed VC-JWT (compact serialisation)."""
    document = credential(certificate)
    claims = {
        "iss": document["issuer"]["id"],
        "jti": document["id"],
        "nbf": int(day_start(certificate.issued_on).timestamp()),
    }
    if "validUntil" in document:
        claims["exp"] = int(datetime.datetime.fromisoformat(document["validUntil"]).timestamp())
    return sign({**document, **claims})


# --- status list and issuer profile ---------------------------------------------------------


def revoked_indexes():
    """Positions in the status list whose bit is set: every revoked or superseded certificate."""
    return Certificate.objects.exclude(status=CertificateStatus.VALID).values_list("pk", flat=True)


def encoded_list(indexes, size):
    """GZIP-compressed bitstring, multibase base64url (``u`` prefix); bit 0 is the leftmost."""
    bits = bytearray(size // 8)
    for index in indexes:
        bits[index // 8] |= 0x80 >> (index % 8)
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).rstrip(b"=").decode("ascii")


def status_list(now=None):
    """The BitstringStatusListCredential (unsecured), computed from the database."""
    highest = Certificate.objects.aggregate(highest=Max("pk"))["highest"] or 0
    size = max(MIN_STATUS_BITS, (highest // 8 + 1) * 8)
    url = status_list_url()
    return {
        "@context": STATUS_CONTEXT,
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_url(),
        "validFrom": iso(now or timezone.now()),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encoded_list(revoked_indexes(), size),
        },
    }


def status_list_jwt():
    now = timezone.now().replace(microsecond=0)
    document = status_list(now)
    claims = {"iss": document["issuer"], "jti": document["id"], "nbf": int(now.timestamp())}
    return sign({**document, **claims})


def is_revoked_in(status_document, index):
    """Read one bit of a status list credential as a verifier does."""
    text = status_document["credentialSubject"]["encodedList"]
    if not text.startswith("u"):
        raise ValueError("encodedList must be multibase base64url")
    data = gzip.decompress(base64.urlsafe_b64decode(text[1:] + "=" * (-len(text[1:]) % 4)))
    return bool(data[index // 8] & (0x80 >> (index % 8)))


def issuer_profile(name):
    """The issuer's Profile with the public key that verifies its badges."""
    _, algorithm, jwk, _ = signing_keys()
    url = issuer_url()
    return {
        "@context": CONTEXT,
        "id": url,
        "type": ["Profile"],
        "name": name,
        "url": absolute("/"),
        "verificationMethod": [
            {
                "id": key_id(),
                "type": "JsonWebKey",
                "controller": url,
                "publicKeyJwk": {**jwk, "kid": key_id(), "alg": algorithm, "use": "sig"},
            }
        ],
    }

import tempfile

from .base import *

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WHITENOISE_AUTOREFRESH = True
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="fallwerk-test-media-"))
PRIVATE_MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="fallwerk-test-private-"))
STORAGES["private"]["OPTIONS"]["location"] = PRIVATE_MEDIA_ROOT
LOGGING["root"]["level"] = "WARNING"
LOGGING["loggers"]["django.request"]["level"] = "CRITICAL"

DATABASES["default"]["CONN_MAX_AGE"] = 0

# Test runs never touch a developer's .signing/ folder.
CERTIFICATE_ALLOW_DEMO_KEY = True
CERTIFICATE_SIGNING_DIR = Path(tempfile.mkdtemp(prefix="fallwerk-test-signing-"))
CERTIFICATE_SIGNING_KEY = str(CERTIFICATE_SIGNING_DIR / "signing-key.pem")
CERTIFICATE_SIGNING_CERT = str(CERTIFICATE_SIGNING_DIR / "signing-cert.pem")
CERTIFICATE_SIGNING_CHAIN = [str(CERTIFICATE_SIGNING_DIR / "root-ca.pem")]

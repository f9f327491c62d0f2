"""Production settings plus the constant view that `make bench` compares against."""

from academy.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"

# The load comes from one loopback address: measure the verification page, not its limiter
# (the limiter's cache write still runs on every request).
CERTIFICATE_VERIFY_RATE_LIMIT = "1000000/m"

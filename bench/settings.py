"""Production settings plus the constant view that `make bench` compares against."""

from academy.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"

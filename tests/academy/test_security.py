import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from academy.demo import build_site

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "academy.settings.production",
    "SECRET_KEY": "x7#Kp2!vQ9sL4mZ8rT1wY6uE3oI5aD0fG-hJ_kN+bV*cX&nM@qW^zR%tB(yH)eU$",
    "ALLOWED_HOSTS": "fallwerk.example",
}


def manage(*args, env):
    clean_env = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_public_pages_send_a_strict_content_security_policy(client):
    build_site()
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_public_pages_make_no_external_requests(client):
    build_site()
    html = client.get("/").content.decode()
    assert "https://" not in html.split("<body")[0]
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts, "the confirm helper is loaded"
    assert all(re.search(r'src="/static/[^"]+"', tag) for tag in scripts), scripts
    assert "style=" not in html


def test_admin_gets_the_relaxed_policy_only_there(client, trainer_with_totp):
    client.force_login(trainer_with_totp)
    admin_policy = client.get("/admin/")["Content-Security-Policy"]
    assert "'unsafe-inline'" in admin_policy
    assert "'unsafe-inline'" not in client.get("/konto/profil/")["Content-Security-Policy"]


def test_production_refuses_to_start_without_secret_key():
    env = dict(PRODUCTION_ENV)
    del env["SECRET_KEY"]
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = manage("check", env={**PRODUCTION_ENV, "ALLOWED_HOSTS": ""})
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_passes_the_deployment_check_without_warnings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_demo_data_is_refused_in_production():
    result = manage("load_demo", env=PRODUCTION_ENV)
    assert result.returncode != 0
    assert "load_demo ist in der Produktionsumgebung gesperrt." in result.stderr

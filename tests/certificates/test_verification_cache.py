"""The verification page of a valid certificate comes from the shared cache, and a revocation
or re-issue still shows on the very next request; unknown codes never fill the cache."""

import secrets

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from certificates import views

from . import builders

pytestmark = pytest.mark.django_db

NOT_FOUND = "Zu diesem Prüfcode gibt es kein Zertifikat."


@pytest.fixture
def certificate(participant):
    return builders.certificate(participant, holder_name="Ayşe Öztürk")


def url(code):
    return reverse("certificates:verify", args=[getattr(code, "verification_code", code)])


def certificate_queries(queries):
    return [q["sql"] for q in queries if "certificates_certificate" in q["sql"]]


def get(client, code):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url(code))
    return response, certificate_queries(queries)


def cache_rows():
    """The keys in the database cache, without the per-client rate counters."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM fallwerk_cache")
        return {row[0] for row in cursor.fetchall() if ":zertifikate-pruefen:" not in row[0]}


def start_generation(client):
    """The first request of a fresh cache starts the site's cache generation; pages are kept
    only once one exists (as for every cached page)."""
    client.get(reverse("certificates:verify_form"))


def test_the_second_request_comes_from_the_cache(client, certificate):
    start_generation(client)
    first, first_queries = get(client, certificate)
    second, second_queries = get(client, certificate)

    assert first.status_code == second.status_code == 200
    assert len(first_queries) == 1
    assert second_queries == []
    assert second.content == first.content
    assert "Dieses Zertifikat ist gültig" in second.content.decode()
    assert "no-store" in second["Cache-Control"]
    assert second["X-Robots-Tag"] == "noindex"


def test_a_cache_hit_is_one_cache_round_trip(client, certificate, django_assert_max_num_queries):
    client.get(url(certificate))
    client.get(url(certificate))

    with django_assert_max_num_queries(1):
        assert client.get(url(certificate)).status_code == 200


def test_a_revocation_shows_on_the_very_next_request(client, certificate):
    start_generation(client)
    client.get(url(certificate))
    assert get(client, certificate)[1] == []  # cached

    builders.revoked(certificate)

    page = client.get(url(certificate)).content.decode()
    assert "Dieses Zertifikat wurde widerrufen" in page
    assert builders.REVOCATION_REASON in page
    assert "Status: gültig" not in page


def test_a_revocation_committed_elsewhere_shows_at_once(
    client, certificate, django_capture_on_commit_callbacks
):
    client.get(url(certificate))
    with django_capture_on_commit_callbacks(execute=True):
        builders.revoked(certificate)

    assert "Dieses Zertifikat wurde widerrufen" in client.get(url(certificate)).content.decode()


def test_a_reissue_shows_on_the_very_next_request(client, certificate):
    client.get(url(certificate))
    client.get(url(certificate))

    old, new = builders.superseded(certificate)

    page = client.get(url(old)).content.decode()
    assert "Dieses Zertifikat wurde ersetzt" in page
    assert new.number in page
    assert "Dieses Zertifikat ist gültig" in client.get(url(new)).content.decode()


def test_a_renewed_status_token_is_never_answered_from_the_old_copy(client, certificate):
    client.get(url(certificate))
    views.renew_status_token(certificate.verification_code)

    _response, queries = get(client, certificate)

    assert len(queries) == 1  # rendered again from the database


def test_a_copy_stored_without_a_token_is_not_served(client, certificate):
    """The token key lost (evicted): the next request renders again and starts a new token."""
    client.get(url(certificate))
    cache.delete(views.status_token_key(certificate.verification_code))

    assert len(get(client, certificate)[1]) == 1
    assert get(client, certificate)[1] == []


def test_unknown_codes_write_nothing_but_the_rate_counter(client, settings, certificate):
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = "100000/m"
    start_generation(client)
    client.get(url(certificate))
    before = cache_rows()
    token_key = views.status_token_key(certificate.verification_code)
    assert any(key.endswith(token_key) for key in before)

    bodies = set()
    for code in [secrets.token_urlsafe(24) for _ in range(100)] + ["x" * 500, "%00", "ä"]:
        response = client.get(url(code))
        assert response.status_code == 404
        bodies.add(response.content)

    assert cache_rows() == before
    assert len(bodies) == 1
    assert NOT_FOUND in bodies.pop().decode()


def test_revoked_and_superseded_pages_are_not_kept(client, participant):
    revoked = builders.revoked(builders.certificate(participant))
    old, _new = builders.superseded(builders.certificate(participant))

    for certificate in (revoked, old):
        client.get(url(certificate))
        assert len(get(client, certificate)[1]) == 1


def test_signed_in_visitors_never_get_the_anonymous_copy(client, certificate, participant):
    client.get(url(certificate))
    client.force_login(participant)

    response, queries = get(client, certificate)

    assert len(queries) == 1
    assert "csrfmiddlewaretoken" in response.content.decode()  # their own logout form
    client.logout()
    assert "csrfmiddlewaretoken" not in client.get(url(certificate)).content.decode()


def test_only_failed_lookups_count_against_the_rate_limit(client, settings, certificate):
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = "3/m"

    for _ in range(10):
        assert client.get(url(certificate)).status_code == 200
    for _ in range(3):
        assert client.get(url(secrets.token_urlsafe(24))).status_code == 404

    assert client.get(url(secrets.token_urlsafe(24))).status_code == 429
    assert client.get(url(certificate)).status_code == 429

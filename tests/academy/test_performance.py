"""Query budgets and the anonymous page cache."""

import pytest
from django.core.cache import cache

from academy.demo import build_site
from academy.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_tree(db):
    build_site()
    cache.clear()


def warm(client):
    """Fill Wagtail's site root paths, as on any running site."""
    client.get("/datenschutz/")


def test_login_page_stays_within_ten_queries(client, site_tree, django_assert_max_num_queries):
    warm(client)
    with django_assert_max_num_queries(10):
        assert client.get("/konto/login/").status_code == 200


def test_home_page_render_stays_within_ten_queries(
    client, site_tree, django_assert_max_num_queries
):
    warm(client)
    # Including the three queries the database cache spends on storing the page.
    with django_assert_max_num_queries(10):
        assert client.get("/").status_code == 200


@pytest.mark.parametrize("url", ["/kurse/", "/impressum/"])
def test_section_and_standard_pages_stay_within_fifteen_queries(
    client, site_tree, url, django_assert_max_num_queries
):
    warm(client)
    with django_assert_max_num_queries(15 + 3):
        assert client.get(url).status_code == 200


def test_home_page_for_a_logged_in_participant_stays_within_ten_queries(
    client, site_tree, participant, django_assert_max_num_queries
):
    client.force_login(participant)
    warm(client)
    with django_assert_max_num_queries(10):
        assert client.get("/").status_code == 200


def test_anonymous_home_page_is_served_from_the_cache(
    client, site_tree, django_assert_max_num_queries
):
    first = client.get("/")
    # The lookup happens before Wagtail's routing: one cache round trip.
    with django_assert_max_num_queries(1):
        second = client.get("/")
    assert second.content == first.content


def test_publishing_invalidates_the_cached_page(client, site_tree):
    assert "Neue Überschrift" not in client.get("/").content.decode()

    home = HomePage.objects.get()
    home.title = "Neue Überschrift"
    home.save_revision().publish()

    assert "Neue Überschrift" in client.get("/").content.decode()


def test_logged_in_visitors_never_get_the_cached_page(client, site_tree, participant):
    client.get("/")
    client.force_login(participant)
    html = client.get("/").content.decode()
    assert "Abmelden" in html
    assert "csrfmiddlewaretoken" in html


def test_cached_page_never_carries_a_csrf_token(client, site_tree, participant):
    client.force_login(participant)
    client.get("/")
    client.logout()
    html = client.get("/").content.decode()
    assert "csrfmiddlewaretoken" not in html
    assert "Anmelden" in html


def test_restricting_a_page_invalidates_the_cached_copy(client, site_tree):
    from wagtail.models import PageViewRestriction

    from academy.models import StandardPage

    assert client.get("/impressum/").status_code == 200
    page = StandardPage.objects.get(slug="impressum")
    PageViewRestriction.objects.create(page=page, restriction_type="login")

    response = client.get("/impressum/")
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/login/")


def test_unpublished_page_disappears_from_the_cache(client, site_tree):
    from academy.models import StandardPage

    assert client.get("/impressum/").status_code == 200
    StandardPage.objects.get(slug="impressum").unpublish()
    assert client.get("/impressum/").status_code == 404

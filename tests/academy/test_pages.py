import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from academy.demo import build_site
from academy.models import HomePage, StandardPage, ToolkitPage
from casestudies.models import CaseStudyIndexPage
from courses.models import CourseCatalogPage
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_tree(db):
    return build_site()


class TestPageTree(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanCreateAt(HomePage, StandardPage)

    def test_sections_are_singletons_below_home(self):
        for section in (CourseCatalogPage, CaseStudyIndexPage, ToolkitPage):
            self.assertAllowedParentPageTypes(section, {HomePage})
            assert section.max_count == 1

    def test_standard_pages_nest(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_editor_can_create_a_standard_page(self):
        home = HomePage.objects.get()
        self.client.force_login(make_user("admin@example.org", superuser=True, totp=True))
        self.assertCanCreate(
            home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Leichte Sprache",
                    "slug": "leichte-sprache",
                    "intro": "Informationen in Leichter Sprache.",
                    "body": streamfield([("paragraph", rich_text("<p>Hallo.</p>"))]),
                }
            ),
        )

    def test_pages_render(self):
        build_site()
        for page in Page.objects.live().filter(depth__gte=2).specific():
            self.assertPageIsRenderable(page)


def test_home_links_the_three_sections(client, site_tree):
    html = client.get("/").content.decode()
    for title, url in [("Kurse", "/kurse/"), ("Fallstudien", "/fallstudien/"),
                       ("Werkzeugkoffer", "/werkzeugkoffer/")]:  # fmt: skip
        assert f'href="{url}"' in html
        assert title in html


def test_empty_section_says_soon_available(client, site_tree):
    response = client.get("/werkzeugkoffer/")
    assert response.status_code == 200
    assert "bald verfügbar" in response.content.decode()


def test_footer_links_legal_pages(client, site_tree):
    html = client.get("/").content.decode()
    for url in ("/impressum/", "/datenschutz/", "/barrierefreiheit/"):
        assert f'href="{url}"' in html


def test_unknown_url_gets_german_404(client, site_tree):
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Seite nicht gefunden" in html
    assert '<html lang="de">' in html


def test_server_error_gets_german_500_without_details(client, settings):
    settings.ROOT_URLCONF = "tests.academy.failing_urls"
    client.raise_request_exception = False
    response = client.get("/kaputt/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Ein technischer Fehler ist aufgetreten" in html
    assert "Traceback" not in html
    assert "ZeroDivisionError" not in html


def test_healthz_answers_when_database_is_up(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]


def test_sitemap_lists_live_pages(client, site_tree):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert b"/kurse/" in response.content

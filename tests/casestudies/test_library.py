import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from .builders import case_study, many_published_cases, published_case_study

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


def titles(response):
    return [page.title for page in response.context["results"]]


def test_only_published_public_cases_are_listed_and_found(client, library):
    published_case_study(library, "Öffentlicher Fall")
    case_study(library, "Entwurf")
    private = published_case_study(library, "Privater Fall")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    assert titles(client.get("/fallstudien/")) == ["Öffentlicher Fall"]
    assert titles(client.get("/fallstudien/?q=Fall")) == ["Öffentlicher Fall"]
    assert titles(client.get("/fallstudien/?q=Entwurf")) == []
    assert client.get(private.url).status_code == 302
    assert client.get("/fallstudien/entwurf/").status_code == 404


def test_sitemap_lists_only_published_public_cases(client, library):
    published_case_study(library, "Öffentlicher Fall")
    case_study(library, "Entwurf")
    private = published_case_study(library, "Privater Fall")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    xml = client.get("/sitemap.xml").content.decode()
    assert "oeffentlicher-fall" in xml or "/fallstudien/" in xml
    assert "entwurf" not in xml
    assert private.slug not in xml


def test_filters_combine_and_have_shareable_urls(client, library):
    young, families = "junge-gefluechtete", "gefluechtete-familien"
    published_case_study(library, "Ausbildung im Rheinland", region="rheinland",
                         target_group=young, field_of_action="ausbildung")  # fmt: skip
    published_case_study(library, "Wohnen im Ruhrgebiet", region="ruhrgebiet",
                         target_group=families, field_of_action="wohnen")  # fmt: skip
    published_case_study(library, "Ausbildung im Ruhrgebiet", region="ruhrgebiet",
                         target_group=young, field_of_action="ausbildung",
                         kind="fallkonferenz", phase="monitoring")  # fmt: skip

    assert len(titles(client.get("/fallstudien/?handlungsfeld=ausbildung"))) == 2
    response = client.get("/fallstudien/?handlungsfeld=ausbildung&region=ruhrgebiet")
    assert titles(response) == ["Ausbildung im Ruhrgebiet"]
    assert response.context["result_count"] == 1
    assert titles(client.get("/fallstudien/?art=fallkonferenz&phase=monitoring")) == [
        "Ausbildung im Ruhrgebiet"
    ]
    assert titles(client.get("/fallstudien/?phase=evaluation")) == []
    assert titles(client.get("/fallstudien/?zielgruppe=gefluechtete-familien&q=Wohnen")) == [
        "Wohnen im Ruhrgebiet"
    ]


def test_unknown_filter_value_gets_a_german_message(client, library):
    published_case_study(library, "Ein Fall")
    response = client.get("/fallstudien/?rechtskreis=sgb-xcix&region=mars")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Diesen Filterwert gibt es nicht" in html
    assert titles(response) == ["Ein Fall"]


def test_pagination_keeps_the_filters(client, library):
    for number in range(12):
        published_case_study(library, f"Fall {number:02d}", region="muensterland")
    first = client.get("/fallstudien/?region=muensterland")
    assert len(first.context["results"]) == 10
    assert "region=muensterland&amp;seite=2" in first.content.decode()
    second = client.get("/fallstudien/?region=muensterland&seite=2")
    assert len(second.context["results"]) == 2
    assert client.get("/fallstudien/?seite=abc").status_code == 200


@pytest.mark.parametrize("count", [10, 500])
def test_listing_and_search_use_a_constant_number_of_queries(
    client, library, count, django_assert_max_num_queries
):
    many_published_cases(library, count)
    client.get("/impressum/")
    with django_assert_max_num_queries(12):
        assert client.get("/fallstudien/?handlungsfeld=ausbildung").status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get("/fallstudien/?q=Ausbildung").status_code == 200


def test_case_page_shows_phases_in_process_order(client, library):
    from wagtail.rich_text import RichText

    page = published_case_study(library, "Zwei Phasen")
    revision_page = page.get_latest_revision_as_object()
    revision_page.body = [
        ("section", {"phase": "monitoring", "text": RichText("<p>Später.</p>")}),
        ("section", {"phase": "klaerung", "text": RichText("<p>Zuerst.</p>")}),
    ]
    revision_page.save_revision().publish(skip_permission_checks=True)
    html = client.get(page.url).content.decode()
    assert html.index("Klärung (Intake)") < html.index("Monitoring")


def test_html_in_fields_is_escaped(client, library):
    summary = "<script>alert(1)</script> Zusammenfassung"
    page = published_case_study(library, "Fall", summary=summary)
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html

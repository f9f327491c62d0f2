"""The feedback mechanism of the accessibility statement: report a barrier (BITV NRW)."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from wagtail.models import Site

from academy import roles
from academy.demo import build_site
from academy.enums import BarrierReportStatus
from academy.models import BarrierReport, SiteSettings
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

URL = "/barriere-melden/"
DESCRIPTION = "Der Filter „Rechtskreis“ lässt sich mit der Tastatur nicht öffnen."


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()


@pytest.fixture
def administrator(db):
    return make_user("verwaltung@example.org", role=roles.CERTIFICATE_ADMINISTRATORS, totp=True)


def report_data(**overrides):
    data = {
        "page_url": "http://testserver/fallstudien/",
        "description": DESCRIPTION,
        "name": "Petra Sommer",
        "email": "petra.sommer@example.org",
        "website": "",
    }
    data.update(overrides)
    return data


def test_the_form_is_prefilled_with_the_page_the_visitor_came_from(client):
    response = client.get(URL, HTTP_REFERER="http://testserver/fallstudien/?rechtskreis=sgb-ii")

    assert response.status_code == 200
    assert 'value="http://testserver/fallstudien/?rechtskreis=sgb-ii"' in response.text
    assert response.text.count("<h1") == 1
    assert '<label for="id_description">' in response.text


def test_a_referer_from_another_site_is_not_taken_over(client):
    response = client.get(URL, HTTP_REFERER="https://example.com/anderswo/")

    assert "example.com" not in response.text


def test_report_is_stored_and_reaches_the_administrators(
    client, administrator, django_capture_on_commit_callbacks
):
    superuser = make_user("admin@example.org", superuser=True, totp=True)
    contact = SiteSettings.for_site(Site.objects.get(is_default_site=True)).contact_email

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, report_data())

    assert response.status_code == 302
    assert response["Location"] == reverse("barrier_report_done")
    report = BarrierReport.objects.get()
    assert report.description == DESCRIPTION
    assert report.email == "petra.sommer@example.org"
    assert report.status == BarrierReportStatus.OPEN
    [message] = mail.outbox
    assert set(message.to) == {contact, administrator.email, superuser.email}
    assert message.reply_to == ["petra.sommer@example.org"]
    assert DESCRIPTION in message.body
    assert reverse("barrier_reports:edit", args=[report.pk]) in message.body
    assert "Vielen Dank" in client.get(response["Location"]).text


def test_name_and_email_are_optional(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, report_data(name="", email="", page_url=""))

    assert response.status_code == 302
    report = BarrierReport.objects.get()
    assert (report.name, report.email) == ("", "")
    [message] = mail.outbox
    assert not message.reply_to


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"description": ""}, "Bitte beschreiben Sie die Barriere."),
        ({"description": "   "}, "Bitte beschreiben Sie die Barriere."),
        ({"email": "keine-adresse"}, "Bitte geben Sie eine gültige E-Mail-Adresse an."),
        ({"description": "x" * 5001}, "höchstens 5000 Zeichen"),
        ({"page_url": "h" * 501}, "höchstens 500 Zeichen"),
    ],
)
def test_bad_input_is_refused_in_german_and_nothing_is_lost(client, overrides, error):
    data = report_data(**overrides)

    response = client.post(URL, data)

    assert response.status_code == 200
    assert error in response.text
    assert not BarrierReport.objects.exists()
    assert not mail.outbox
    assert 'value="Petra Sommer"' in response.text
    if overrides.get("description") is None:
        assert DESCRIPTION in response.text


def test_a_filled_honeypot_stores_nothing_and_sends_nothing(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, report_data(website="https://spam.example"))

    assert response.status_code == 302  # the bot learns nothing
    assert not BarrierReport.objects.exists()
    assert not mail.outbox


def test_many_reports_from_one_address_are_rate_limited(client):
    for _number in range(5):
        assert client.post(URL, report_data()).status_code == 302

    response = client.post(URL, report_data(description="Noch eine Meldung"))

    assert response.status_code == 429
    assert "Ihre Eingaben bleiben erhalten" in response.text
    assert "Noch eine Meldung" in response.text
    assert BarrierReport.objects.count() == 5


def test_footer_and_accessibility_statement_link_to_the_form(client):
    build_site()

    statement = client.get("/barrierefreiheit/")

    assert statement.status_code == 200
    assert 'href="/barriere-melden/"' in statement.text
    assert "Ombudsstelle für barrierefreie Informationstechnik" in statement.text
    assert "Barriere melden" in client.get("/").text


def test_legal_pages_carry_their_required_content(client):
    build_site()

    privacy = client.get("/datenschutz/").text
    for required in ("Art. 6 Abs. 1 Buchstabe b", "§ 3 DSG NRW", "Datenschutzbeauftragte",
                     "Speicherdauer", "Art. 17 DSGVO"):  # fmt: skip
        assert required in privacy, required
    assert "§ 5 DDG" in client.get("/impressum/").text


# Admin --------------------------------------------------------------------------------------


def test_administrator_lists_and_updates_the_status(client, administrator):
    report = BarrierReport.objects.create(page_url="/kurse/", description=DESCRIPTION)
    client.force_login(administrator)

    listing = client.get(reverse("barrier_reports:index"))
    assert listing.status_code == 200
    assert "/kurse/" in listing.text
    edit_url = reverse("barrier_reports:edit", args=[report.pk])
    assert DESCRIPTION in client.get(edit_url).text

    response = client.post(
        edit_url,
        {
            "status": BarrierReportStatus.RESOLVED,
            "note": "Filter ist jetzt per Tastatur bedienbar.",
            "description": "überschrieben",
        },
    )

    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == BarrierReportStatus.RESOLVED
    assert report.note == "Filter ist jetzt per Tastatur bedienbar."
    assert report.description == DESCRIPTION  # what the person wrote stays


@pytest.mark.parametrize("role", [roles.TRAINERS, roles.COORDINATORS, roles.PARTICIPANTS])
def test_others_cannot_see_reports(client, role, koeln):
    report = BarrierReport.objects.create(description=DESCRIPTION)
    client.force_login(make_user("jemand@example.org", role=role, municipality=koeln, totp=True))

    for url in (
        reverse("barrier_reports:index"),
        reverse("barrier_reports:edit", args=[report.pk]),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert DESCRIPTION not in response.content.decode()
    client.post(reverse("barrier_reports:edit", args=[report.pk]), {"status": "resolved"})
    report.refresh_from_db()
    assert report.status == BarrierReportStatus.OPEN

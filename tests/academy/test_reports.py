"""Programme monitoring in the Wagtail admin: who sees it, what it counts, what it hides."""

import csv
import datetime
import io
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from academy import reports, roles
from academy.enums import AgencyType
from certificates.enums import CertificateStatus
from courses.enums import AttendanceStatus, EnrolmentStatus
from tests.certificates import builders as certificate_builders
from tests.conftest import make_user
from tests.courses import builders

pytestmark = pytest.mark.django_db

REPORT_URLS = [f"monitoring:{report.url_name}" for report in reports.REPORTS]
AGGREGATE = {"modus": "aggregiert"}


# Builders -----------------------------------------------------------------------------------


@pytest.fixture
def administrator(db):
    return make_user("verwaltung@example.org", role=roles.CERTIFICATE_ADMINISTRATORS, totp=True)


@pytest.fixture
def trainer(db):
    return make_user("trainerin@example.org", role=roles.TRAINERS, totp=True)


@pytest.fixture
def basiskurs(db):
    return builders.module(builders.catalogue())


class Programme:
    """Participants of one cohort of the Basiskurs, built per municipality."""

    def __init__(self, module, trainer):
        self.module = module
        self.trainer = trainer
        self.cohort = builders.cohort(module, "Herbst", starts_in_days=-40)
        self.days = [
            builders.session(self.cohort, days=0, ue=8),
            builders.session(self.cohort, days=1, ue=8),
            builders.session(self.cohort, days=2, ue=4, in_presence=False),
        ]
        self.people = 0

    def participants(
        self, municipality, count, *, completed=0, certified=0, agency=AgencyType.JOBCENTER
    ):
        """`count` people of `municipality`; the first `completed` finished, `certified` hold a
        valid certificate. Everyone attended the first day; the second day they were absent."""
        made = []
        for index in range(count):
            self.people += 1
            user = make_user(
                f"person{self.people}@{municipality.slug}.example",
                role=roles.PARTICIPANTS,
                municipality=municipality,
            )
            user.profile.agency_type = agency
            user.profile.save()
            done = index < completed
            enrolment = builders.enrolment(
                user,
                self.cohort,
                EnrolmentStatus.COMPLETED if done else EnrolmentStatus.ENROLLED,
            )
            if done:
                enrolment.completed_at = timezone.now()
                enrolment.save()
            builders.attended(enrolment, self.days[0], self.trainer)
            builders.attended(enrolment, self.days[1], self.trainer, status=AttendanceStatus.ABSENT)
            if index < certified:
                certificate_builders.certificate(user, municipality_name=municipality.name)
            made.append(user)
        return made


@pytest.fixture
def programme(basiskurs, trainer):
    return Programme(basiskurs, trainer)


def rows(response):
    """The rows of a CSV export as dicts keyed by heading."""
    content = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(content)))


def by(rows_, key, value):
    return next(row for row in rows_ if row[key] == value)


def assert_refused(response):
    if response.status_code == 302:
        assert "/monitoring/" not in urlsplit(response["Location"]).path
    else:
        assert response.status_code in (403, 404)


# Who may see the reports --------------------------------------------------------------------


def someone_else(role, koeln):
    if role == "trainer":
        return make_user("t@example.org", role=roles.TRAINERS, totp=True)
    if role == "reviewer":
        return make_user("r@example.org", role=roles.ANONYMISATION_REVIEWERS, totp=True)
    if role == "coordinator":
        return make_user("k@example.org", role=roles.COORDINATORS, municipality=koeln, totp=True)
    return make_user("p@example.org", role=roles.PARTICIPANTS, municipality=koeln)


@pytest.mark.parametrize("role", ["trainer", "reviewer", "coordinator", "participant"])
def test_everyone_but_the_administration_is_refused(client, role, koeln):
    client.force_login(someone_else(role, koeln))
    for url_name in REPORT_URLS:
        for name in (url_name, f"{url_name}_results"):
            url = reverse(name)
            assert_refused(client.get(url))
            assert_refused(client.get(url, {"export": "csv"}))
            assert_refused(client.get(url, {"export": "xlsx", **AGGREGATE}))


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(reverse("monitoring:register"), {"export": "csv"})
    assert response.status_code == 302
    assert "/monitoring/" not in urlsplit(response["Location"]).path


@pytest.mark.parametrize("who", ["administrator", "superuser"])
def test_administration_and_superusers_open_every_report(client, who, administrator):
    user = (
        administrator
        if who == "administrator"
        else make_user("su@example.org", superuser=True, totp=True)
    )
    client.force_login(user)
    for url_name in REPORT_URLS:
        response = client.get(reverse(url_name))
        assert response.status_code == 200, url_name
        assert str(response.context["view"].page_title) in response.text


def test_the_menu_is_shown_only_to_the_administration(client, administrator, trainer):
    client.force_login(administrator)
    home = client.get(reverse("wagtailadmin_home")).text
    assert "Monitoring" in home
    assert "Auswertung ohne Personenbezug" in home
    client.force_login(trainer)
    assert "Zertifikatsregister" not in client.get(reverse("wagtailadmin_home")).text


# Participation --------------------------------------------------------------------------------


def test_participation_by_municipality(client, administrator, programme, koeln, moers):
    programme.participants(koeln, 6, completed=3, certified=2)
    programme.participants(moers, 2, completed=1, certified=1)
    client.force_login(administrator)

    response = client.get(reverse("monitoring:by_municipality"), {"export": "csv"})
    table = rows(response)
    assert len(table) == 12  # every municipality, also those without participants
    koeln_row = by(table, "Kommune", "Köln")
    assert koeln_row == {
        "Kommune": "Köln",
        "AGS": "05315000",
        "Registrierte Personen": "6",
        "Teilnehmende": "6",
        "Anmeldungen": "6",
        "Abschlüsse": "3",
        "Gültige Zertifikate": "2",
    }
    assert by(table, "Kommune", "Moers")["Teilnehmende"] == "2"
    assert by(table, "Kommune", "Hamm")["Anmeldungen"] == "0"


def test_the_period_limits_what_is_counted(client, administrator, programme, koeln):
    programme.participants(koeln, 3, completed=1, certified=1)
    client.force_login(administrator)
    last_year = timezone.localdate().replace(month=1, day=1) - datetime.timedelta(days=1)
    response = client.get(
        reverse("monitoring:by_municipality"),
        {"export": "csv", "period_from": "2020-01-01", "period_to": last_year.isoformat()},
    )
    koeln_row = by(rows(response), "Kommune", "Köln")
    assert koeln_row["Anmeldungen"] == "0"
    assert koeln_row["Gültige Zertifikate"] == "0"
    assert koeln_row["Registrierte Personen"] == "0"

    response = client.get(
        reverse("monitoring:by_municipality"),
        {"export": "csv", "period_from": timezone.localdate().isoformat()},
    )
    assert by(rows(response), "Kommune", "Köln")["Anmeldungen"] == "3"


def test_an_invalid_period_is_explained_and_counts_everything(
    client, administrator, programme, koeln
):
    programme.participants(koeln, 2)
    client.force_login(administrator)
    response = client.get(reverse("monitoring:by_municipality"), {"period_from": "gestern"})
    assert response.status_code == 200
    assert "Der Filter wurde nicht angewendet" in response.text
    assert "Zeitraum: Bitte ein gültiges Datum eingeben." in response.text
    assert response.context["view"].period == reports.Period()


def test_revoked_and_superseded_certificates_are_not_counted(
    client, administrator, programme, koeln
):
    people = programme.participants(koeln, 2)
    certificate_builders.revoked(certificate_builders.certificate(people[0]))
    certificate_builders.superseded(certificate_builders.certificate(people[1]))
    client.force_login(administrator)
    table = rows(client.get(reverse("monitoring:by_municipality"), {"export": "csv"}))
    # The re-issued certificate is valid; the revoked and the replaced one are not.
    assert by(table, "Kommune", "Köln")["Gültige Zertifikate"] == "1"


def test_participation_by_agency(client, administrator, programme, koeln, moers):
    programme.participants(koeln, 3, completed=2, agency=AgencyType.JUGENDAMT)
    programme.participants(moers, 1, certified=1, agency=AgencyType.JUGENDAMT)
    programme.participants(moers, 2, agency=AgencyType.SOZIALAMT)
    client.force_login(administrator)
    table = rows(client.get(reverse("monitoring:by_agency"), {"export": "csv"}))
    jugendamt = by(table, "Einrichtung", "Jugendamt")
    assert jugendamt["Teilnehmende"] == "4"
    assert jugendamt["Abschlüsse"] == "2"
    assert jugendamt["Gültige Zertifikate"] == "1"
    assert by(table, "Einrichtung", "Sozialamt")["Anmeldungen"] == "2"


def test_participation_by_month(client, administrator, programme, koeln, moers):
    people = programme.participants(koeln, 3, completed=1)
    programme.participants(moers, 1)
    # One enrolment of March 2025, completed in May; its certificate dates from June.
    earlier = builders.cohort(programme.module, "Frühjahr", starts_in_days=-400)
    enrolment = builders.enrolment(people[0], earlier, EnrolmentStatus.COMPLETED)
    enrolment.created_at = timezone.make_aware(datetime.datetime(2025, 3, 10, 9))
    enrolment.completed_at = timezone.make_aware(datetime.datetime(2025, 5, 20, 9))
    enrolment.save()
    certificate_builders.certificate(people[0], issued_on=datetime.date(2025, 6, 2))
    client.force_login(administrator)

    url = reverse("monitoring:by_month")
    table = rows(client.get(url, {"export": "csv"}))
    assert [row["Monat"] for row in table][-3:] == ["Juni 2025", "Mai 2025", "März 2025"]
    assert by(table, "Monat", "März 2025")["Anmeldungen"] == "1"
    assert by(table, "Monat", "Mai 2025")["Abschlüsse"] == "1"
    assert by(table, "Monat", "Juni 2025")["Gültige Zertifikate"] == "1"
    this_month = table[0]
    assert this_month["Neu angemeldete Personen"] == "4"

    table = rows(client.get(url, {"export": "csv", "municipality": moers.pk}))
    assert len(table) == 1
    assert table[0]["Anmeldungen"] == "1"


# Aggregate-only mode ------------------------------------------------------------------------


def test_groups_of_four_are_suppressed_groups_of_five_are_shown(
    client, administrator, programme, koeln, moers
):
    programme.participants(koeln, 5, completed=5, certified=2)
    programme.participants(moers, 4, completed=4, certified=4)
    client.force_login(administrator)
    table = rows(client.get(reverse("monitoring:by_municipality"), {"export": "csv", **AGGREGATE}))

    koeln_row = by(table, "Kommune", "Köln")
    assert koeln_row["Teilnehmende"] == "5"
    assert koeln_row["Abschlüsse"] == "5"
    assert koeln_row["Gültige Zertifikate"] == "< 5"
    moers_row = by(table, "Kommune", "Moers")
    assert moers_row["Teilnehmende"] == "< 5"
    assert moers_row["Registrierte Personen"] == ""
    assert moers_row["Anmeldungen"] == ""
    assert moers_row["Abschlüsse"] == ""
    assert moers_row["Gültige Zertifikate"] == ""
    assert by(table, "Kommune", "Hamm")["Teilnehmende"] == "< 5"


def test_the_screen_and_the_xlsx_export_are_suppressed_as_well(
    client, administrator, programme, koeln, moers
):
    programme.participants(koeln, 5)
    programme.participants(moers, 4)
    client.force_login(administrator)
    url = reverse("monitoring:by_municipality")

    page = client.get(url, AGGREGATE).text
    assert "Auswertung ohne Personenbezug" in page
    assert "&lt; 5" in page
    assert "Alle Zahlen anzeigen" in page
    assert "modus=aggregiert&amp;export=csv" in page or "export=csv&amp;modus=aggregiert" in page

    response = client.get(url, {"export": "xlsx", **AGGREGATE})
    assert "aggregiert" in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = {row[0]: row for row in sheet.iter_rows(values_only=True)}
    assert values["Moers"][3] == "< 5"
    assert values["Köln"][3] == 5


def test_aggregate_mode_suppresses_attendance_and_the_other_groupings(
    client, administrator, programme, koeln
):
    programme.participants(koeln, 4, agency=AgencyType.SCHULAMT)
    client.force_login(administrator)
    cohort_row = rows(client.get(reverse("monitoring:attendance"), {"export": "csv", **AGGREGATE}))[
        0
    ]
    assert cohort_row["Teilnehmende"] == "< 5"
    assert cohort_row["anwesend"] == ""
    assert cohort_row["Anwesenheitsquote"] == ""
    agency = by(
        rows(client.get(reverse("monitoring:by_agency"), {"export": "csv", **AGGREGATE})),
        "Einrichtung",
        "Schulamt",
    )
    assert agency["Teilnehmende"] == "< 5"
    assert agency["Anmeldungen"] == ""
    month = rows(client.get(reverse("monitoring:by_month"), {"export": "csv", **AGGREGATE}))[0]
    assert month["Neu angemeldete Personen"] == "< 5"
    assert month["Anmeldungen"] == ""


def test_sorting_by_a_count_is_ignored_in_aggregate_mode(
    client, administrator, programme, koeln, moers
):
    programme.participants(koeln, 1)
    programme.participants(moers, 3)
    client.force_login(administrator)
    url = reverse("monitoring:by_municipality")
    table = rows(client.get(url, {"export": "csv", "ordering": "-participants", **AGGREGATE}))
    assert [row["Kommune"] for row in table][:2] == ["Bielefeld", "Dormagen"]
    table = rows(client.get(url, {"export": "csv", "ordering": "-participants"}))
    assert [row["Kommune"] for row in table][:2] == ["Moers", "Köln"]


def test_the_register_is_not_available_in_aggregate_mode(client, administrator, participant):
    certificate_builders.certificate(participant)
    client.force_login(administrator)
    for params in (AGGREGATE, {"export": "csv", **AGGREGATE}):
        response = client.get(reverse("monitoring:register"), params)
        assert response.status_code == 302
        assert response["Location"] == reports.aggregate_only_url("by_municipality")
        assert "Erika Muster" not in response.text
    message = [str(m) for m in get_messages(response.wsgi_request)][-1]
    assert "steht in der Auswertung ohne Personenbezug nicht zur Verfügung" in message


# Attendance and UE in presence ----------------------------------------------------------------


def test_attendance_rate_per_cohort(client, administrator, programme, koeln):
    people = programme.participants(koeln, 5)
    enrolment = people[0].enrolments.get()
    builders.attended(
        enrolment, programme.days[2], programme.trainer, status=AttendanceStatus.EXCUSED
    )
    client.force_login(administrator)
    row = rows(client.get(reverse("monitoring:attendance"), {"export": "csv"}))[0]
    assert row["Modul"] == "Basiskurs"
    assert row["Teilnehmende"] == "5"
    assert row["Termine"] == "3"
    assert row["Erfasste Anwesenheiten"] == "11"
    assert row["anwesend"] == "5"
    assert row["entschuldigt"] == "1"
    assert row["abwesend"] == "5"
    assert row["Anwesenheitsquote"] == "45,5 %"


def test_a_cohort_without_records_has_no_rate(client, administrator, basiskurs):
    builders.cohort(basiskurs)
    client.force_login(administrator)
    row = rows(client.get(reverse("monitoring:attendance"), {"export": "csv"}))[0]
    assert row["Erfasste Anwesenheiten"] == "0"
    assert row["Anwesenheitsquote"] == ""


def test_ue_in_presence_by_cohort_module_and_month(client, administrator, programme, koeln):
    programme.participants(koeln, 3)
    other = builders.cohort(programme.module, "Winter", starts_in_days=-10)
    builders.session(other, ue=6)
    client.force_login(administrator)
    url = reverse("monitoring:presence")

    table = rows(client.get(url, {"export": "csv"}))
    herbst = by(table, "Durchgang", "Herbst")
    # Two days in presence of 8 UE; the online day does not count. Three people were
    # present on the first day: 24 UE credited.
    assert herbst["Termine in Präsenz"] == "2"
    assert herbst["UE in Präsenz"] == "16,0"
    assert herbst["Angerechnete UE (Summe aller Anwesenden)"] == "24,0"
    assert by(table, "Durchgang", "Winter")["UE in Präsenz"] == "6,0"

    table = rows(client.get(url, {"export": "csv", "grouping": "modul"}))
    assert table == [
        {
            "Modul": "Basiskurs",
            "Termine in Präsenz": "3",
            "UE in Präsenz": "22,0",
            "Angerechnete UE (Summe aller Anwesenden)": "24,0",
        }
    ]
    table = rows(client.get(url, {"export": "csv", "grouping": "monat"}))
    assert sum(Decimal(row["UE in Präsenz"].replace(",", ".")) for row in table) == 22
    assert all(row["Monat"] for row in table)


# The certificate register -----------------------------------------------------------------


def test_the_register_lists_every_state_and_filters(client, administrator, participant, koeln):
    valid = certificate_builders.certificate(participant)
    revoked = certificate_builders.revoked(certificate_builders.certificate(participant))
    old, new = certificate_builders.superseded(certificate_builders.certificate(participant))
    elsewhere = certificate_builders.certificate(participant, municipality_name="Moers")
    client.force_login(administrator)
    url = reverse("monitoring:register")

    table = rows(client.get(url, {"export": "csv"}))
    assert {row["Nummer"] for row in table} == {
        valid.number,
        revoked.number,
        old.number,
        new.number,
        elsewhere.number,
    }
    assert by(table, "Nummer", old.number)["ersetzt durch"] == new.number
    assert by(table, "Nummer", old.number)["Status"] == "ersetzt"
    assert by(table, "Nummer", revoked.number)["Grund des Widerrufs"] == (
        certificate_builders.REVOCATION_REASON
    )

    table = rows(client.get(url, {"export": "csv", "status": CertificateStatus.REVOKED}))
    assert [row["Nummer"] for row in table] == [revoked.number]
    table = rows(client.get(url, {"export": "csv", "municipality_name": "Moers"}))
    assert [row["Nummer"] for row in table] == [elsewhere.number]
    table = rows(client.get(url, {"export": "csv", "q": valid.number}))
    assert [row["Nummer"] for row in table] == [valid.number]
    assert valid.number in client.get(url).text


# Query counts do not grow with the rows -------------------------------------------------------


def count_queries(client, url, params):
    client.get(url, params)  # warm caches such as the site settings
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, params)
        if params.get("export") == "csv":
            b"".join(response.streaming_content)
        assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("url_name", REPORT_URLS)
@pytest.mark.parametrize("params", [{}, {"export": "csv"}, AGGREGATE])
def test_queries_do_not_grow_with_the_rows(
    client, administrator, programme, koeln, moers, url_name, params
):
    client.force_login(administrator)
    url = reverse(url_name)
    if url_name == "monitoring:register" and params is AGGREGATE:
        params = {"status": "valid"}

    def grow(count):
        for municipality in (koeln, moers):
            programme.participants(municipality, count, completed=1, certified=count)
        builders.session(builders.cohort(programme.module, f"D{count}"), ue=4)

    grow(2)
    small = count_queries(client, url, params)
    grow(6)
    assert count_queries(client, url, params) == small

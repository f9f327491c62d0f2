"""/kommune/: the coordinator's overview, list, exports, detail, enrolment and isolation."""

import csv
import io
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from academy import roles
from academy.enums import AgencyType
from courses.enums import EnrolmentStatus
from courses.models import Enrolment, LessonCompletion
from tests.certificates import builders as certificate_builders
from tests.conftest import make_user
from tests.courses import builders

pytestmark = pytest.mark.django_db

OVERVIEW = "/kommune/"
LIST = "/kommune/teilnehmende/"
CSV = "/kommune/teilnehmende/export.csv"
XLSX = "/kommune/teilnehmende/export.xlsx"


def person(email, municipality, *, first, last, agency=AgencyType.JOBCENTER):
    user = make_user(email, role=roles.PARTICIPANTS, municipality=municipality)
    user.first_name, user.last_name = first, last
    user.save(update_fields=["first_name", "last_name"])
    user.profile.certificate_name = f"{first} {last}"
    user.profile.agency_type = agency
    user.profile.save(update_fields=["certificate_name", "agency_type"])
    return user


@pytest.fixture
def trainer():
    return make_user("trainerin@example.org", role=roles.TRAINERS, totp=True)


@pytest.fixture
def coordinator(koeln):
    user = make_user(
        "koordination.koeln@example.org", role=roles.COORDINATORS, municipality=koeln, totp=True
    )
    user.first_name, user.last_name = "Stefan", "Krüger"
    user.save(update_fields=["first_name", "last_name"])
    user.profile.certificate_name = "Stefan Krüger"
    user.profile.save(update_fields=["certificate_name"])
    return user


@pytest.fixture
def moers_coordinator(moers):
    return make_user(
        "koordination.moers@example.org", role=roles.COORDINATORS, municipality=moers, totp=True
    )


@pytest.fixture
def basiskurs(catalogue):
    return builders.module(catalogue)


@pytest.fixture
def catalogue(db):
    return builders.catalogue()


@pytest.fixture
def people(koeln, moers, basiskurs, trainer):
    """Two people in Köln with progress and a certificate, one in Moers."""
    aylin = person("aylin@example.org", koeln, first="Aylin", last="Demir")
    karl = person(
        "karl@example.org", koeln, first="Karl", last="Zander", agency=AgencyType.SOZIALAMT
    )
    jonas = person(
        "jonas@example.org", moers, first="Jonas", last="Becker",
        agency=AgencyType.AUSLAENDERBEHOERDE,
    )  # fmt: skip
    cohort = builders.cohort(basiskurs, "Frühjahr")
    enrolment = builders.enrolment(aylin, cohort)
    for day in range(3):
        builders.attended(enrolment, builders.session(cohort, days=day), trainer)
    builders.enrolment(jonas, cohort)
    certificate_builders.certificate(aylin, holder_name="Aylin Demir")
    certificate_builders.certificate(jonas, holder_name="Jonas Becker", municipality_name="Moers")
    return {"aylin": aylin, "karl": karl, "jonas": jonas, "cohort": cohort}


def text(response):
    return response.content.decode()


# --- who may see what ------------------------------------------------------------------------


@pytest.mark.parametrize("url", [OVERVIEW, LIST, CSV, XLSX])
def test_visitors_are_sent_to_the_login(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/login/")


@pytest.mark.parametrize("url", [OVERVIEW, LIST, CSV, XLSX])
def test_participants_trainers_and_superusers_are_refused(client, participant, trainer, url):
    admin = make_user("admin@example.org", superuser=True, totp=True)
    for user in (participant, trainer, admin):
        client.force_login(user)
        assert client.get(url).status_code == 403


def test_participant_cannot_open_a_person_or_enrol(client, participant, people):
    client.force_login(participant)
    karl = people["karl"]
    assert client.get(f"{LIST}{karl.pk}/").status_code == 403
    response = client.post(f"{LIST}{karl.pk}/anmelden/", {"durchgang": people["cohort"].pk})
    assert response.status_code == 403
    assert not Enrolment.objects.filter(user=karl).exists()


def test_coordinator_without_municipality_is_refused(client):
    lost = make_user("k@example.org", role=roles.COORDINATORS, totp=True)
    client.force_login(lost)
    assert client.get(OVERVIEW).status_code == 403


def test_coordinator_without_totp_must_set_it_up_first(client, koeln):
    fresh = make_user("neu@example.org", role=roles.COORDINATORS, municipality=koeln)
    client.force_login(fresh)
    response = client.get(OVERVIEW)
    assert response.status_code == 302
    assert "/konto/2fa/" in response["Location"]


def test_header_links_to_the_municipality_for_coordinators_only(client, coordinator, participant):
    client.force_login(coordinator)
    assert 'href="/kommune/"' in text(client.get(LIST))
    client.force_login(participant)
    assert 'href="/kommune/"' not in text(client.get("/lernstand/"))


# --- isolation: another municipality's coordinator ---------------------------------------------


def test_other_municipality_sees_none_of_koelns_people(client, moers_coordinator, people):
    client.force_login(moers_coordinator)
    aylin, karl = people["aylin"], people["karl"]
    for user in (aylin, karl):
        assert client.get(f"{LIST}{user.pk}/").status_code == 404
        assert client.get(f"{LIST}{user.pk}/anmelden/?durchgang=1").status_code == 404
    enrolment = Enrolment.objects.get(user=aylin)
    url = f"{LIST}{aylin.pk}/abmelden/{enrolment.pk}/"
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    assert (
        client.post(f"{LIST}{karl.pk}/anmelden/", {"durchgang": people["cohort"].pk}).status_code
        == 404
    )
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.ENROLLED
    assert not Enrolment.objects.filter(user=karl).exists()

    # The list, the search, every filter and both exports show only Moers.
    queries = [
        {},
        {"q": "Aylin"},
        {"q": "Demir"},
        {"einrichtung": AgencyType.JOBCENTER},
        {"durchgang": people["cohort"].pk},
        {"modul": people["cohort"].module_id},
        {"status": "angemeldet"},
        {"sortierung": "-name"},
    ]
    for query in queries:
        listing = client.get(LIST, query)
        assert set(names(listing)) <= {"Jonas Becker", "Erika Muster"}  # Moers' own people
        assert "Stefan Krüger" not in text(listing)
        assert "Zander" not in text(listing)
        exported = b"".join(client.get(CSV, query).streaming_content).decode()
        assert "Aylin" not in exported
        assert "Zander" not in exported
        workbook = load_workbook(io.BytesIO(client.get(XLSX, query).content))
        cells = {str(cell) for row in workbook.active.iter_rows(values_only=True) for cell in row}
        assert not any("Aylin" in cell or "Zander" in cell for cell in cells)
    assert "Jonas Becker" in text(client.get(LIST))
    overview = text(client.get(OVERVIEW))
    assert re.search(r"<dt>Teilnehmende</dt><dd>2</dd>", overview)  # Jonas and the coordinator


def test_a_person_in_another_municipalitys_enrolment_url_is_not_found(client, coordinator, people):
    """Köln's coordinator cannot withdraw Moers' enrolment through a Köln person's URL."""
    client.force_login(coordinator)
    moers_enrolment = Enrolment.objects.get(user=people["jonas"])
    url = f"{LIST}{people['karl'].pk}/abmelden/{moers_enrolment.pk}/"
    assert client.post(url).status_code == 404
    moers_enrolment.refresh_from_db()
    assert moers_enrolment.status == EnrolmentStatus.ENROLLED


# --- overview ----------------------------------------------------------------------------------


def test_overview_shows_figures_and_accessible_charts(client, coordinator, people):
    client.force_login(coordinator)
    response = client.get(OVERVIEW)
    assert response.status_code == 200
    page = text(response)
    assert page.count("<h1") == 1
    assert "Meine Kommune: Köln" in page
    # Aylin, Karl and the coordinator; Aylin enrolled; one valid certificate.
    assert re.search(r"<dt>Teilnehmende</dt><dd>3</dd>", page)
    assert re.search(r"<dt>aktuell in einem Kurs angemeldet</dt><dd>1</dd>", page)
    assert re.search(r"<dt>gültige Zertifikate</dt><dd>1</dd>", page)
    svgs = re.findall(r"<svg .*?</svg>", page, flags=re.S)
    assert len(svgs) == 3
    for svg in svgs:
        assert 'role="img"' in svg
        assert "style=" not in svg
        assert "<style" not in svg
        labelled_by = re.search(r'aria-labelledby="([^"]+)"', svg).group(1).split()
        for element_id in labelled_by:
            assert f'id="{element_id}"' in svg
    assert "<title" in svgs[0]
    assert "Teilnehmende nach Einrichtung" in svgs[0]
    assert "Jobcenter: 2" in svgs[0]  # the description carries the numbers too
    # The numbers as a table: two at the Jobcenter (Aylin and the coordinator), one Sozialamt.
    assert re.search(r'<th scope="row">Jobcenter</th><td class="numeric">2</td>', page)
    assert re.search(r'<th scope="row">Sozialamt</th><td class="numeric">1</td>', page)
    # 24 UE for Aylin, nothing for the other two.
    assert re.search(r'<th scope="row">0 UE</th><td class="numeric">2</td>', page)
    assert re.search(r'<th scope="row">bis 70 UE</th><td class="numeric">1</td>', page)
    # Every id is unique on the page, although three charts share it.
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids))


# --- list --------------------------------------------------------------------------------------


def names(response):
    return re.findall(
        r'<th scope="row"><a href="/kommune/teilnehmende/\d+/">([^<]+)</a>', text(response)
    )


def test_list_shows_progress_enrolments_certificates_and_what_is_missing(
    client, coordinator, people
):
    client.force_login(coordinator)
    response = client.get(LIST)
    assert names(response) == ["Aylin Demir", "Stefan Krüger", "Karl Zander"]
    page = text(response)
    assert "Grundlagen: 24 / 144 UE" in page
    assert "Basiskurs – Frühjahr" in page
    assert "Grundlagen: noch 120 UE" in page
    assert "Teilnahmebescheinigung" in page or "TB-" in page
    assert "Jonas" not in page


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"q": "demir"}, ["Aylin Demir"]),
        ({"q": "Karl Zander"}, ["Karl Zander"]),
        ({"einrichtung": AgencyType.SOZIALAMT}, ["Karl Zander"]),
        ({"status": "angemeldet"}, ["Aylin Demir"]),
        ({"status": "ohne-anmeldung"}, ["Stefan Krüger", "Karl Zander"]),
        ({"status": "zertifiziert"}, []),
        ({"sortierung": "-name"}, ["Karl Zander", "Stefan Krüger", "Aylin Demir"]),
        ({"sortierung": "-anmeldungen"}, ["Aylin Demir", "Stefan Krüger", "Karl Zander"]),
        ({"sortierung": "-zertifikate"}, ["Aylin Demir", "Stefan Krüger", "Karl Zander"]),
        ({"sortierung": "einrichtung"}, ["Aylin Demir", "Stefan Krüger", "Karl Zander"]),
        ({"sortierung": "-einrichtung"}, ["Karl Zander", "Aylin Demir", "Stefan Krüger"]),
    ],
)
def test_list_filters_and_sorts(client, coordinator, people, query, expected):
    client.force_login(coordinator)
    assert names(client.get(LIST, query)) == expected


def test_module_and_cohort_filters(client, coordinator, people, basiskurs, catalogue):
    other = builders.cohort(builders.module(catalogue, "Aufbaukurs", kind="aufbau"), "Herbst")
    builders.enrolment(people["karl"], other)
    client.force_login(coordinator)
    assert names(client.get(LIST, {"durchgang": people["cohort"].pk})) == ["Aylin Demir"]
    assert names(client.get(LIST, {"durchgang": other.pk})) == ["Karl Zander"]
    assert names(client.get(LIST, {"modul": basiskurs.pk})) == ["Aylin Demir"]


def test_sortable_headers_are_links_with_aria_sort(client, coordinator, people):
    client.force_login(coordinator)
    page = text(client.get(LIST, {"einrichtung": AgencyType.JOBCENTER}))
    assert 'aria-sort="ascending"' in page
    assert 'href="?einrichtung=jobcenter&amp;sortierung=-name"' in page
    assert 'href="?einrichtung=jobcenter&amp;sortierung=zertifikate"' in page


def test_invalid_filters_are_explained_and_filter_nothing(client, coordinator, people):
    client.force_login(coordinator)
    response = client.get(LIST, {"status": "geheim", "durchgang": "999999", "sortierung": "x"})
    page = text(response)
    assert response.status_code == 200
    assert "Diesen Filterwert gibt es nicht: geheim." in page
    assert "Diesen Filterwert gibt es nicht: 999999." in page
    assert names(response) == ["Aylin Demir", "Stefan Krüger", "Karl Zander"]


def test_list_is_paginated(client, coordinator, koeln):
    for number in range(27):
        person(f"p{number:02}@example.org", koeln, first="Person", last=f"Nr{number:02}")
    client.force_login(coordinator)
    first = client.get(LIST)
    assert len(names(first)) == 25
    assert "Seite 1 von 2" in text(first)
    second = client.get(LIST, {"seite": 2})
    assert len(names(second)) == 3  # 27 people and the coordinator
    assert client.get(LIST, {"seite": "x"}).status_code == 200


# --- exports -----------------------------------------------------------------------------------


def read_csv(response):
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff")
    return list(csv.reader(io.StringIO(content[1:]), delimiter=";"))


def test_csv_export_streams_the_filtered_list(client, coordinator, people):
    client.force_login(coordinator)
    response = client.get(CSV, {"einrichtung": AgencyType.JOBCENTER, "sortierung": "-name"})
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment;" in response["Content-Disposition"]
    header, *rows = read_csv(response)
    assert header[:3] == ["Name", "E-Mail", "Einrichtung"]
    assert [row[0] for row in rows] == ["Stefan Krüger", "Aylin Demir"]
    aylin = rows[1]
    assert aylin[header.index("Grundlagen: UE angerechnet / erforderlich")] == "24 / 144"
    assert "Basiskurs – Frühjahr (angemeldet)" in aylin[header.index("Anmeldungen")]
    assert "Grundlagen: noch 120 UE" in aylin[header.index("Was noch fehlt")]


def test_exports_never_carry_a_formula(client, coordinator, people):
    karl = people["karl"]
    karl.profile.certificate_name = '=HYPERLINK("http://evil.example")'
    karl.profile.save()
    client.force_login(coordinator)
    _header, *rows = read_csv(client.get(CSV, {"q": "Zander"}))
    assert rows[0][0] == '\'=HYPERLINK("http://evil.example")'
    sheet = load_workbook(io.BytesIO(client.get(XLSX, {"q": "Zander"}).content)).active
    assert sheet.cell(row=2, column=1).value.startswith("'=")


def test_xlsx_export_has_the_same_rows(client, coordinator, people):
    client.force_login(coordinator)
    response = client.get(XLSX, {"status": "angemeldet"})
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert rows[0][0] == "Name"
    assert [row[0] for row in rows[1:]] == ["Aylin Demir"]


def test_export_with_invalid_filters_changes_nothing_and_explains(client, coordinator, people):
    client.force_login(coordinator)
    for url in (CSV, XLSX):
        response = client.get(url, {"status": "geheim"}, follow=True)
        page = text(response)
        assert "Die Filter sind ungültig" in page
        assert "Diesen Filterwert gibt es nicht: geheim." in page


# --- detail, enrolment and withdrawal ----------------------------------------------------------


def test_detail_shows_the_person(client, coordinator, people):
    client.force_login(coordinator)
    page = text(client.get(f"{LIST}{people['aylin'].pk}/"))
    assert "<h1>Aylin Demir</h1>" in page
    assert "24 / 144 UE" in page
    assert "Grundlagen: noch 120 UE" in page
    assert "Abmelden" in page
    assert client.get(f"{LIST}999999/").status_code == 404


def test_coordinator_enrols_after_confirmation(client, coordinator, people, mailoutbox):
    karl, cohort = people["karl"], people["cohort"]
    client.force_login(coordinator)
    confirm = client.get(f"{LIST}{karl.pk}/anmelden/", {"durchgang": cohort.pk})
    assert confirm.status_code == 200
    assert "Anmeldung bestätigen" in text(confirm)
    assert not Enrolment.objects.filter(user=karl).exists()  # GET changes nothing

    response = client.post(f"{LIST}{karl.pk}/anmelden/", {"durchgang": cohort.pk}, follow=True)
    assert "Karl Zander ist für „Basiskurs: Frühjahr“ angemeldet." in text(response)
    assert Enrolment.objects.get(user=karl).status == EnrolmentStatus.ENROLLED

    again = client.post(f"{LIST}{karl.pk}/anmelden/", {"durchgang": cohort.pk}, follow=True)
    assert "bereits angemeldet" in text(again)
    assert Enrolment.objects.filter(user=karl).count() == 1


def test_full_cohort_puts_the_person_on_the_waiting_list(client, coordinator, people, basiskurs):
    full = builders.cohort(basiskurs, "Voll", capacity=1)
    builders.enrolment(people["aylin"], full)
    client.force_login(coordinator)
    response = client.post(
        f"{LIST}{people['karl'].pk}/anmelden/", {"durchgang": full.pk}, follow=True
    )
    assert "steht jetzt auf der Warteliste" in text(response)
    assert Enrolment.objects.get(user=people["karl"]).status == EnrolmentStatus.WAITLISTED


def test_enrolment_errors_are_shown_and_change_nothing(
    client, coordinator, people, catalogue, basiskurs
):
    karl = people["karl"]
    aufbau = builders.module(catalogue, "Aufbaukurs", kind="aufbau", prerequisites=[basiskurs])
    needs_basis = builders.cohort(aufbau, "Sommer")
    started = builders.cohort(basiskurs, "Läuft schon", starts_in_days=-3)
    client.force_login(coordinator)
    url = f"{LIST}{karl.pk}/anmelden/"
    for data, message in [
        ({"durchgang": needs_basis.pk}, "Vor diesem Modul müssen Sie abschließen: Basiskurs."),
        ({"durchgang": started.pk}, "Für diesen Durchgang ist keine Anmeldung mehr möglich."),
        ({"durchgang": "999999"}, "Bitte wählen Sie einen Durchgang aus der Liste."),
        ({"durchgang": "abc"}, "Bitte wählen Sie einen Durchgang aus der Liste."),
        ({}, "Bitte wählen Sie einen Durchgang aus der Liste."),
    ]:
        response = client.post(url, data, follow=True)
        assert message in text(response)
    assert not Enrolment.objects.filter(user=karl).exists()


def test_withdrawal_after_confirmation_promotes_the_waiting_list(
    client, coordinator, people, basiskurs, mailoutbox
):
    full = builders.cohort(basiskurs, "Voll", capacity=1)
    enrolled = builders.enrolment(people["aylin"], full)
    waiting = builders.enrolment(people["karl"], full, EnrolmentStatus.WAITLISTED)
    client.force_login(coordinator)
    url = f"{LIST}{people['aylin'].pk}/abmelden/{enrolled.pk}/"
    assert "Abmeldung bestätigen" in text(client.get(url))
    enrolled.refresh_from_db()
    assert enrolled.status == EnrolmentStatus.ENROLLED

    response = client.post(url, follow=True)
    assert "Aylin Demir ist von „Basiskurs: Voll“ abgemeldet." in text(response)
    enrolled.refresh_from_db()
    waiting.refresh_from_db()
    assert enrolled.status == EnrolmentStatus.WITHDRAWN
    assert waiting.status == EnrolmentStatus.ENROLLED

    again = client.post(url, follow=True)
    assert "kann nicht mehr zurückgezogen werden" in text(again)


# --- query counts do not grow with the number of people ---------------------------------------


def add_people(koeln, cohort, trainer, lesson, count, start):
    sessions = list(cohort.sessions.all())
    for number in range(start, start + count):
        user = person(f"n{number}@example.org", koeln, first="Nina", last=f"Nr{number:03}")
        enrolment = builders.enrolment(user, cohort)
        for session in sessions:
            builders.attended(enrolment, session, trainer)
        LessonCompletion.objects.create(user=user, lesson=lesson)
        certificate_builders.certificate(user, holder_name=f"Nina Nr{number:03}")


def queries_for(client, url, data=None):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, data or {})
        if response.streaming:
            b"".join(response.streaming_content)
        else:
            assert response.status_code == 200
    return len(captured)


def test_query_counts_do_not_grow_with_the_number_of_people(
    client, coordinator, koeln, basiskurs, trainer, django_assert_max_num_queries
):
    cohort = builders.cohort(basiskurs, "Groß", capacity=20)
    cohort.capacity = 20
    for day in range(2):
        builders.session(cohort, days=day)
    lesson = builders.lesson(basiskurs, ue=Decimal(2), activities=False)
    add_people(koeln, cohort, trainer, lesson, 3, 0)
    client.force_login(coordinator)
    urls = [(OVERVIEW, None), (LIST, None), (LIST, {"status": "angemeldet"}), (CSV, None),
            (XLSX, None)]  # fmt: skip
    for url, data in urls:
        client.get(url, data or {})  # warm the chart cache and Wagtail's site lookups
    small = {(url, str(data)): queries_for(client, url, data) for url, data in urls}

    add_people(koeln, cohort, trainer, lesson, 27, 3)
    for url, data in urls:
        client.get(url, data or {})
    large = {(url, str(data)): queries_for(client, url, data) for url, data in urls}
    assert large == small
    with django_assert_max_num_queries(25):
        client.get(OVERVIEW)
    with django_assert_max_num_queries(30):
        client.get(LIST)

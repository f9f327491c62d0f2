"""Attendance for the whole group of a session on one screen, saved in one POST."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.enums import AttendanceStatus, EnrolmentStatus
from courses.models import Attendance

from .test_admin_access import build_cohort, build_module, build_session, enrol_participants

pytestmark = pytest.mark.django_db

MAX_QUERIES = 20  # 3 for the screen itself (session, group, saved rows), the rest is the admin


@pytest.fixture
def cohort(db, trainer_with_totp):
    return build_cohort(build_module(), trainers=[trainer_with_totp])


@pytest.fixture
def session(cohort):
    return build_session(cohort, ue="4")


def url(session):
    return reverse("courses_sessions:attendance", args=[session.pk])


def attendance_post(enrolments, rows):
    """`rows` holds (status, ue) per enrolment, in the screen's order."""
    data = {
        "form-TOTAL_FORMS": str(len(enrolments)),
        "form-INITIAL_FORMS": str(len(enrolments)),
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
    }
    for index, (enrolment, (status, ue)) in enumerate(zip(enrolments, rows, strict=True)):
        data[f"form-{index}-enrolment"] = str(enrolment.pk)
        data[f"form-{index}-status"] = status
        data[f"form-{index}-ue_credited"] = ue
    return data


def on_screen(client, session):
    """The enrolments in the order the screen lists them."""
    return [row["enrolment"] for row in client.get(url(session)).context["rows"]]


def test_screen_lists_enrolled_and_completed_participants_only(
    client, cohort, session, trainer_with_totp
):
    enrolled = enrol_participants(cohort, 2)
    completed = enrol_participants(cohort, 1, status=EnrolmentStatus.COMPLETED, start=2)
    enrol_participants(cohort, 1, status=EnrolmentStatus.WAITLISTED, start=3)
    enrol_participants(cohort, 1, status=EnrolmentStatus.WITHDRAWN, start=4)
    client.force_login(trainer_with_totp)

    response = client.get(url(session))

    assert response.status_code == 200
    assert {row["enrolment"].pk for row in response.context["rows"]} == {
        e.pk for e in enrolled + completed
    }
    html = response.content.decode()
    assert "anwesend" in html
    assert "entschuldigt" in html
    assert "noch nicht erfasst" in html


def test_whole_group_is_saved_in_one_post(client, cohort, session, trainer_with_totp):
    enrol_participants(cohort, 3)
    client.force_login(trainer_with_totp)
    enrolments = on_screen(client, session)

    response = client.post(
        url(session),
        attendance_post(
            enrolments,
            [
                (AttendanceStatus.PRESENT, ""),
                (AttendanceStatus.EXCUSED, ""),
                (AttendanceStatus.PRESENT, "2,5"),
            ],
        ),
    )

    assert response.status_code == 302
    saved = {a.enrolment_id: a for a in Attendance.objects.filter(session=session)}
    assert len(saved) == 3
    assert saved[enrolments[0].pk].ue_credited == Decimal(4)
    assert saved[enrolments[1].pk].status == AttendanceStatus.EXCUSED
    assert saved[enrolments[1].pk].ue_credited == 0
    assert saved[enrolments[2].pk].ue_credited == Decimal("2.5")
    assert {a.recorded_by for a in saved.values()} == {trainer_with_totp}


def test_saving_again_updates_instead_of_duplicating(client, cohort, session, trainer_with_totp):
    enrol_participants(cohort, 2)
    client.force_login(trainer_with_totp)
    enrolments = on_screen(client, session)
    present = (AttendanceStatus.PRESENT, "")
    client.post(url(session), attendance_post(enrolments, [present, present]))

    client.post(url(session), attendance_post(enrolments, [present, (AttendanceStatus.ABSENT, "")]))

    assert Attendance.objects.count() == 2
    absent = Attendance.objects.get(enrolment=enrolments[1])
    assert (absent.status, absent.ue_credited) == (AttendanceStatus.ABSENT, 0)
    # The saved state is shown again, with the default UE left blank.
    rows = client.get(url(session)).context["rows"]
    assert rows[1]["form"].initial == {
        "enrolment": enrolments[1].pk,
        "status": AttendanceStatus.ABSENT,
        "ue_credited": None,
    }


def test_more_ue_than_the_session_saves_nothing(client, cohort, session, trainer_with_totp):
    enrol_participants(cohort, 3)
    client.force_login(trainer_with_totp)
    enrolments = on_screen(client, session)

    response = client.post(
        url(session),
        attendance_post(
            enrolments,
            [
                (AttendanceStatus.PRESENT, ""),
                (AttendanceStatus.PRESENT, "5"),
                (AttendanceStatus.EXCUSED, ""),
            ],
        ),
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Es können höchstens die UE des Termins angerechnet werden." in html
    assert "Die Anwesenheit wurde nicht gespeichert." in html
    assert not Attendance.objects.exists()
    # What was entered is still there.
    forms = [row["form"] for row in response.context["rows"]]
    assert forms[1]["ue_credited"].value() == "5"
    assert forms[2]["status"].value() == AttendanceStatus.EXCUSED


def test_ue_only_when_present(client, cohort, session, trainer_with_totp):
    enrol_participants(cohort, 1)
    client.force_login(trainer_with_totp)
    enrolments = on_screen(client, session)

    response = client.post(
        url(session), attendance_post(enrolments, [(AttendanceStatus.ABSENT, "2")])
    )

    assert "UE werden nur bei Anwesenheit angerechnet." in response.content.decode()
    assert not Attendance.objects.exists()


def test_missing_status_and_garbage_are_refused_in_german(
    client, cohort, session, trainer_with_totp
):
    enrol_participants(cohort, 2)
    client.force_login(trainer_with_totp)
    enrolments = on_screen(client, session)

    response = client.post(
        url(session), attendance_post(enrolments, [("", ""), (AttendanceStatus.PRESENT, "viel")])
    )

    html = response.content.decode()
    assert "Bitte wählen Sie anwesend, entschuldigt oder abwesend." in html
    assert "Bitte geben Sie eine Zahl ein" in html
    assert not Attendance.objects.exists()


def test_a_changed_group_is_refused(client, cohort, session, trainer_with_totp):
    enrol_participants(cohort, 2)
    client.force_login(trainer_with_totp)
    enrolments = on_screen(client, session)
    data = attendance_post(enrolments, [(AttendanceStatus.PRESENT, "")] * 2)
    enrol_participants(cohort, 1, start=5)  # someone enrols in between

    response = client.post(url(session), data)

    assert "Die Liste der Teilnehmenden hat sich geändert." in response.content.decode()
    assert not Attendance.objects.exists()


def test_swapped_rows_are_refused(client, cohort, session, trainer_with_totp):
    enrol_participants(cohort, 2)
    client.force_login(trainer_with_totp)
    enrolments = on_screen(client, session)

    data = attendance_post(list(reversed(enrolments)), [(AttendanceStatus.PRESENT, "")] * 2)
    response = client.post(url(session), data)

    assert "Die Liste der Teilnehmenden hat sich geändert." in response.content.decode()
    assert not Attendance.objects.exists()


def screen_queries(client, session, method="get", data=None):
    with CaptureQueriesContext(connection) as queries:
        response = getattr(client, method)(url(session), data)
    assert response.status_code in (200, 302)
    return len(queries)


def test_screen_runs_a_constant_number_of_queries(
    client, trainer_with_totp, django_assert_max_num_queries
):
    """The same number of queries for 3 and 15 participants, for showing and for saving."""
    counts = {}
    for size in (3, 15):
        cohort = build_cohort(build_module(slug=f"modul-{size}"), trainers=[trainer_with_totp])
        session = build_session(cohort)
        enrol_participants(cohort, size)
        client.force_login(trainer_with_totp)
        enrolments = on_screen(client, session)
        data = attendance_post(enrolments, [(AttendanceStatus.PRESENT, "")] * size)
        counts[size] = (
            screen_queries(client, session),
            screen_queries(client, session, "post", data),
        )
        with django_assert_max_num_queries(MAX_QUERIES):
            client.get(url(session))

    assert counts[15] == counts[3]

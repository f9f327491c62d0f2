"""Trainers manage their cohorts and sessions in the admin."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.enums import EnrolmentStatus
from courses.models import Cohort, Session
from tests.conftest import make_user

from .test_admin_access import (
    build_cohort,
    build_module,
    build_session,
    enrol_participants,
    other_trainer,
)

pytestmark = pytest.mark.django_db

MAX_QUERIES = 20  # 2 for the page itself, the rest is the admin around it


@pytest.fixture
def module(db):
    return build_module()


def cohort_form(module, **overrides):
    return {
        "module": module.pk,
        "title": "Herbst 2026",
        "starts_on": "2026-09-01",
        "ends_on": "2026-11-30",
        "place": "Fortbildungszentrum Dortmund",
        "capacity": "18",
        "enrolment_open": "on",
        **overrides,
    }


def session_form(cohort, **overrides):
    return {
        "cohort": cohort.pk,
        "date": "2026-09-02",
        "starts_at": "09:00",
        "ends_at": "12:15",
        "topic": "Assessment",
        "ue": "4",
        "kind": "theory",
        "in_presence": "on",
        **overrides,
    }


def test_cohort_list_shows_places_and_waiting_list(client, module, trainer_with_totp):
    cohort = build_cohort(module, trainers=[trainer_with_totp])
    enrol_participants(cohort, 3)
    enrol_participants(cohort, 2, status=EnrolmentStatus.WAITLISTED, start=3)
    enrol_participants(cohort, 1, status=EnrolmentStatus.WITHDRAWN, start=5)
    client.force_login(trainer_with_totp)

    response = client.get(reverse("courses_cohorts:index"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Frühjahr 2026" in html
    assert "Basiskurs Case Management" in html
    assert "Fortbildungszentrum Köln" in html
    assert "3 / 20" in html
    row = next(row for row in response.context["object_list"] if row.pk == cohort.pk)
    assert row.waiting_count == 2
    assert reverse("courses_reflections:cohort", args=[cohort.pk]) in html


def cohort_list_queries(client, module, trainer, cohorts, participants):
    for number in range(cohorts):
        cohort = build_cohort(module, trainers=[trainer], title=f"Durchgang {number}")
        enrol_participants(cohort, participants)
        enrol_participants(cohort, 2, status=EnrolmentStatus.WAITLISTED, start=participants)
    client.force_login(trainer)
    client.get(reverse("courses_cohorts:index"))  # warm up caches that are not per page
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("courses_cohorts:index")).status_code == 200
    return len(queries)


def test_cohort_list_runs_a_constant_number_of_queries(
    client, module, trainer_with_totp, django_assert_max_num_queries
):
    few = cohort_list_queries(client, module, trainer_with_totp, cohorts=1, participants=3)
    more = cohort_list_queries(client, module, trainer_with_totp, cohorts=4, participants=15)

    assert more == few
    with django_assert_max_num_queries(MAX_QUERIES):
        client.get(reverse("courses_cohorts:index"))


def test_trainer_creates_a_cohort_and_teaches_it(client, module, trainer_with_totp):
    client.force_login(trainer_with_totp)

    response = client.post(reverse("courses_cohorts:add"), cohort_form(module))

    assert response.status_code == 302
    cohort = Cohort.objects.get(title="Herbst 2026")
    assert list(cohort.trainers.all()) == [trainer_with_totp]
    assert client.get(reverse("courses_cohorts:edit", args=[cohort.pk])).status_code == 200


def test_cohort_form_rejects_end_before_start_in_german(client, module, trainer_with_totp):
    client.force_login(trainer_with_totp)

    response = client.post(
        reverse("courses_cohorts:add"), cohort_form(module, ends_on="2026-08-01")
    )

    assert response.status_code == 200
    assert "Das Ende liegt vor dem Beginn." in response.content.decode()
    assert not Cohort.objects.exists()


def test_cohort_edit_lists_the_sessions(client, module, trainer_with_totp):
    cohort = build_cohort(module, trainers=[trainer_with_totp])
    session = build_session(cohort)
    client.force_login(trainer_with_totp)

    html = client.get(reverse("courses_cohorts:edit", args=[cohort.pk])).content.decode()

    assert reverse("courses_sessions:attendance", args=[session.pk]) in html
    assert f"{reverse('courses_sessions:add')}?cohort={cohort.pk}" in html


def test_trainer_adds_a_session_to_their_cohort(client, module, trainer_with_totp):
    cohort = build_cohort(module, trainers=[trainer_with_totp])
    client.force_login(trainer_with_totp)
    add = reverse("courses_sessions:add")

    form = client.get(f"{add}?cohort={cohort.pk}").context["form"]
    response = client.post(add, session_form(cohort))

    assert form.initial["cohort"] == str(cohort.pk)
    assert response.status_code == 302
    session = Session.objects.get()
    assert session.cohort == cohort
    assert session.date == datetime.date(2026, 9, 2)


def test_trainer_cannot_add_a_session_to_another_cohort(client, module, trainer_with_totp):
    foreign = build_cohort(module, trainers=[other_trainer()], title="Fremd")
    client.force_login(trainer_with_totp)

    response = client.post(reverse("courses_sessions:add"), session_form(foreign))

    assert response.status_code == 200
    assert not Session.objects.exists()


def test_session_list_filters_by_cohort(client, module, trainer_with_totp):
    spring = build_cohort(module, trainers=[trainer_with_totp], title="Frühjahr")
    autumn = build_cohort(module, trainers=[trainer_with_totp], title="Herbst")
    build_session(spring)
    build_session(autumn, days=1)
    client.force_login(trainer_with_totp)

    response = client.get(reverse("courses_sessions:index"), {"cohort": spring.pk})

    assert [s.cohort_id for s in response.context["object_list"]] == [spring.pk]
    assert "Anwesenheit erfassen" in response.content.decode()


def test_superuser_cannot_delete_a_cohort_with_enrolments(client, module):
    cohort = build_cohort(module)
    enrol_participants(cohort, 1)
    empty = build_cohort(module, title="Leer")
    client.force_login(make_user("admin@example.org", superuser=True, totp=True))

    refused = client.post(reverse("courses_cohorts:delete", args=[cohort.pk]), follow=True)
    client.post(reverse("courses_cohorts:delete", args=[empty.pk]))

    assert "kann nicht gelöscht werden" in refused.content.decode()
    assert list(Cohort.objects.all()) == [cohort]

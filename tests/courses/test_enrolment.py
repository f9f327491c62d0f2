import threading

import pytest
from django.core import mail
from django.db import connection, connections

from courses.enrolment import EnrolmentError, enrol, withdraw
from courses.enums import EnrolmentStatus
from courses.models import Enrolment
from tests.conftest import make_user

from . import builders

pytestmark = pytest.mark.django_db


def people(count):
    return [make_user(f"person{n}@example.org") for n in range(count)]


def test_enrols_until_full_then_waitlists(basiskurs):
    cohort = builders.cohort(basiskurs, capacity=2)
    statuses = [enrol(user, cohort).status for user in people(3)]
    assert statuses == ["enrolled", "enrolled", "waitlisted"]


def test_freed_place_goes_to_the_first_on_the_waiting_list(
    basiskurs, django_capture_on_commit_callbacks
):
    cohort = builders.cohort(basiskurs, capacity=1)
    first, second, third = people(3)
    taken = enrol(first, cohort)
    enrol(second, cohort)
    enrol(third, cohort)
    with django_capture_on_commit_callbacks(execute=True):
        promoted = withdraw(taken)
    assert promoted.user == second
    statuses = dict(Enrolment.objects.values_list("user__email", "status"))
    assert statuses == {
        first.email: "withdrawn",
        second.email: "enrolled",
        third.email: "waitlisted",
    }
    [message] = mail.outbox
    assert message.to == [second.email]
    assert "Platz" in message.subject


def test_enrolling_twice_is_refused(participant, basiskurs):
    cohort = builders.cohort(basiskurs)
    enrol(participant, cohort)
    with pytest.raises(EnrolmentError, match="bereits angemeldet"):
        enrol(participant, cohort)
    assert Enrolment.objects.count() == 1


@pytest.mark.parametrize("starts_in_days", [0, -3])
def test_started_or_past_cohort_is_refused(participant, basiskurs, starts_in_days):
    cohort = builders.cohort(basiskurs, starts_in_days=starts_in_days)
    with pytest.raises(EnrolmentError, match="keine Anmeldung mehr möglich"):
        enrol(participant, cohort)
    assert not Enrolment.objects.exists()


def test_closed_cohort_is_refused(participant, basiskurs):
    cohort = builders.cohort(basiskurs)
    cohort.enrolment_open = False
    cohort.save()
    with pytest.raises(EnrolmentError):
        enrol(participant, cohort)


def test_aufbaukurs_needs_the_basiskurs(participant, catalogue, basiskurs):
    aufbau = builders.module(catalogue, "Aufbaukurs", kind="aufbau", prerequisites=[basiskurs])
    cohort = builders.cohort(aufbau)
    with pytest.raises(EnrolmentError, match="Basiskurs"):
        enrol(participant, cohort)

    builders.enrolment(participant, builders.cohort(basiskurs, "Alt"), EnrolmentStatus.COMPLETED)
    assert enrol(participant, cohort).status == "enrolled"


def test_withdrawn_person_can_enrol_again(participant, basiskurs):
    cohort = builders.cohort(basiskurs)
    withdraw(enrol(participant, cohort))
    assert enrol(participant, cohort).status == "enrolled"


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="row locks across connections are a PostgreSQL matter; SQLite serialises writes",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_people_taking_the_last_place_at_once(catalogue):
    module_page = builders.module(catalogue)
    cohort = builders.cohort(module_page, capacity=1)
    first, second = people(2)
    barrier = threading.Barrier(2)
    results, errors = [], []

    def take_place(user):
        try:
            barrier.wait()
            results.append(enrol(user, cohort).status)
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=take_place, args=(user,)) for user in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    assert sorted(results) == ["enrolled", "waitlisted"]
    assert Enrolment.objects.filter(status="enrolled").count() == 1

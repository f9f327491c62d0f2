"""Supervision records: kept while open, locked once signed off, corrected only by amendments."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from academy import roles
from courses.models import SupervisionAmendment, SupervisionRecord
from tests.conftest import make_user

from .test_admin_access import build_cohort, build_module, build_supervision, enrol_participants

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrolment(db, trainer_with_totp):
    cohort = build_cohort(build_module(), trainers=[trainer_with_totp])
    return enrol_participants(cohort, 1)[0]


@pytest.fixture
def record(enrolment, trainer_with_totp):
    return build_supervision(enrolment, trainer_with_totp)


@pytest.fixture
def signed_record(enrolment, trainer_with_totp):
    return build_supervision(enrolment, trainer_with_totp, signed=True)


def record_form(enrolment, supervisor, **overrides):
    return {
        "enrolment": enrolment.pk,
        "date": (timezone.localdate() - datetime.timedelta(days=2)).isoformat(),
        "ue": "3",
        "in_presence": "on",
        "topic": "Gruppensupervision: Schnittstellen Jobcenter und Ausländerbehörde",
        "notes": "",
        "supervisor": supervisor.pk,
        **overrides,
    }


def detail(record):
    return reverse("courses_supervision:detail", args=[record.pk])


def test_trainer_records_a_supervision(client, enrolment, trainer_with_totp):
    client.force_login(trainer_with_totp)
    add = reverse("courses_supervision:add")

    initial = client.get(add).context["form"].initial
    response = client.post(add, record_form(enrolment, trainer_with_totp))

    assert initial["supervisor"] == trainer_with_totp.pk
    record = SupervisionRecord.objects.get()
    assert response["Location"] == detail(record)
    assert (record.enrolment, record.ue, record.is_locked) == (enrolment, Decimal(3), False)


def test_participants_of_other_cohorts_cannot_be_chosen(client, enrolment, trainer_with_totp):
    foreign_cohort = build_cohort(enrolment.cohort.module, title="Fremd")
    foreign = enrol_participants(foreign_cohort, 1)[0]
    client.force_login(trainer_with_totp)

    response = client.post(
        reverse("courses_supervision:add"), record_form(foreign, trainer_with_totp)
    )

    assert response.status_code == 200
    assert not SupervisionRecord.objects.exists()


def test_open_record_can_be_edited(client, record, trainer_with_totp):
    client.force_login(trainer_with_totp)

    response = client.post(
        reverse("courses_supervision:edit", args=[record.pk]),
        record_form(record.enrolment, trainer_with_totp, ue="2.5"),
    )

    assert response.status_code == 302
    record.refresh_from_db()
    assert record.ue == Decimal("2.5")


def test_supervisor_signs_off_and_the_record_is_locked(client, record, trainer_with_totp):
    client.force_login(trainer_with_totp)

    response = client.post(reverse("courses_supervision:sign_off", args=[record.pk]), follow=True)

    record.refresh_from_db()
    assert record.is_locked
    assert "Der Nachweis ist abgezeichnet und damit gesperrt." in response.content.decode()


def test_only_the_supervisor_signs_off(client, record):
    co_trainer = make_user("ko.trainerin@example.org", role=roles.TRAINERS, totp=True)
    record.enrolment.cohort.trainers.add(co_trainer)
    client.force_login(co_trainer)

    response = client.post(reverse("courses_supervision:sign_off", args=[record.pk]), follow=True)

    record.refresh_from_db()
    assert not record.is_locked
    assert "Nur die Supervisorin oder der Supervisor" in response.content.decode()


def test_post_to_edit_a_signed_record_changes_nothing(client, signed_record, trainer_with_totp):
    client.force_login(trainer_with_totp)
    url = reverse("courses_supervision:edit", args=[signed_record.pk])
    before = SupervisionRecord.objects.values().get(pk=signed_record.pk)

    response = client.post(
        url, record_form(signed_record.enrolment, trainer_with_totp, ue="9", topic="Geändert")
    )

    assert response.status_code == 302
    assert response["Location"] == detail(signed_record)
    assert SupervisionRecord.objects.values().get(pk=signed_record.pk) == before
    page = client.get(url, follow=True).content.decode()
    assert "kann nicht mehr geändert werden" in page


def test_signed_record_cannot_be_deleted_even_by_a_superuser(client, signed_record):
    client.force_login(make_user("admin@example.org", superuser=True, totp=True))

    response = client.post(reverse("courses_supervision:delete", args=[signed_record.pk]))

    assert response.status_code == 302
    assert SupervisionRecord.objects.filter(pk=signed_record.pk).exists()


def test_signing_twice_keeps_the_first_time(client, signed_record, trainer_with_totp):
    signed_at = signed_record.signed_off_at
    client.force_login(trainer_with_totp)

    client.post(reverse("courses_supervision:sign_off", args=[signed_record.pk]))

    signed_record.refresh_from_db()
    assert signed_record.signed_off_at == signed_at


def test_amendments_are_logged_never_overwritten(client, signed_record, trainer_with_totp):
    co_trainer = make_user("ko.trainerin@example.org", role=roles.TRAINERS, totp=True)
    signed_record.enrolment.cohort.trainers.add(co_trainer)
    client.force_login(trainer_with_totp)
    client.post(detail(signed_record), {"ue": "2", "reason": "Eine Stunde wurde doppelt gezählt."})
    client.force_login(co_trainer)
    client.post(
        detail(signed_record), {"ue": "2,5", "reason": "Nachgespräch von 20 Minuten ergänzt."}
    )

    signed_record.refresh_from_db()
    assert signed_record.ue == Decimal(3)
    amendments = list(SupervisionAmendment.objects.order_by("created_at", "pk"))
    assert [(a.ue, a.created_by) for a in amendments] == [
        (Decimal(2), trainer_with_totp),
        (Decimal("2.5"), co_trainer),
    ]
    assert signed_record.effective_ue == Decimal("2.5")
    html = client.get(detail(signed_record)).content.decode()
    assert "Eine Stunde wurde doppelt gezählt." in html
    assert "Nachgespräch von 20 Minuten ergänzt." in html
    assert "Nach Korrektur: 2,5 UE" in html


def test_amendment_needs_a_reason(client, signed_record, trainer_with_totp):
    client.force_login(trainer_with_totp)

    response = client.post(detail(signed_record), {"ue": "2", "reason": "zu viel"})

    assert "Bitte begründen Sie die Korrektur" in response.content.decode()
    assert not SupervisionAmendment.objects.exists()


def test_open_records_get_no_amendments(client, record, trainer_with_totp):
    client.force_login(trainer_with_totp)

    client.post(detail(record), {"ue": "2", "reason": "Eine Stunde wurde doppelt gezählt."})

    assert not SupervisionAmendment.objects.exists()


def test_list_shows_the_corrected_ue_and_the_status(client, signed_record, trainer_with_totp):
    SupervisionAmendment.objects.create(
        record=signed_record, ue=Decimal("1.5"), reason="Korrektur", created_by=trainer_with_totp
    )
    client.force_login(trainer_with_totp)

    response = client.get(reverse("courses_supervision:index"))

    row = response.context["object_list"][0]
    assert row.current_ue == Decimal("1.5")
    assert "abgezeichnet am" in response.content.decode()

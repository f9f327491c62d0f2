"""Issuing, numbering, revocation and re-issue of certificates."""

import io
import threading

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection, connections

from academy import roles
from certificates import issuing
from certificates.models import Certificate, CertificateEvent, CertificateType
from courses.enums import AssessmentResult, EnrolmentStatus, SubmissionStatus
from courses.models import Assessment, Submission
from tests.conftest import make_user
from tests.courses import builders

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def demo_key():
    call_command("create_demo_signing_key", stdout=io.StringIO())


@pytest.fixture
def administrator():
    return make_user("verwaltung@example.org", role=roles.CERTIFICATE_ADMINISTRATORS, totp=True)


@pytest.fixture
def attendance_type():
    return CertificateType.objects.get(number_prefix="TB")


@pytest.fixture
def dgcc_type():
    return CertificateType.objects.get(number_prefix="CM")


def attended_cohort(user, module, trainer, *, present=5, absent=0):
    cohort = builders.cohort(module, starts_in_days=-30)
    enrolment = builders.enrolment(user, cohort, EnrolmentStatus.COMPLETED)
    for day in range(present + absent):
        session = builders.session(cohort, days=day)
        status = "present" if day < present else "absent"
        builders.attended(enrolment, session, trainer, status=status)
    return enrolment


@pytest.fixture
def catalogue(db):
    return builders.catalogue()


@pytest.fixture
def basiskurs(catalogue):
    return builders.module(catalogue)


@pytest.fixture
def trainer():
    return make_user("trainerin@example.org", role=roles.TRAINERS, totp=True)


def test_attendance_certificate_is_issued_rendered_and_mailed(
    participant, basiskurs, trainer, attendance_type, administrator,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    enrolment = attended_cohort(participant, basiskurs, trainer)
    with django_capture_on_commit_callbacks(execute=True):
        certificate = issuing.issue(
            attendance_type, participant, by=administrator, enrolment=enrolment
        )
    certificate.refresh_from_db()
    assert certificate.number.startswith(f"TB-{certificate.issued_on.year}-")
    assert certificate.holder_name == "Erika Muster"
    assert certificate.modules[0]["title"] == "Basiskurs"
    assert certificate.total_ue == 40
    assert len(certificate.verification_code) >= 32
    assert certificate.pdf.read(5) == b"%PDF-"
    assert len(certificate.sha256) == 64
    assert [m.to for m in mail.outbox] == [[participant.email]]
    assert list(certificate.events.values_list("action", flat=True)) == ["issued", "pdf_created"]


def test_too_little_attendance_is_refused(participant, basiskurs, trainer, attendance_type):
    enrolment = attended_cohort(participant, basiskurs, trainer, present=3, absent=2)
    with pytest.raises(issuing.IssuingError, match="Anwesenheit 60 % von mindestens 80 %"):
        issuing.issue(attendance_type, participant, enrolment=enrolment)
    assert not Certificate.objects.exists()


def test_issuing_twice_returns_the_valid_certificate(
    participant, basiskurs, trainer, attendance_type
):
    enrolment = attended_cohort(participant, basiskurs, trainer)
    first = issuing.issue(attendance_type, participant, enrolment=enrolment)
    second = issuing.issue(attendance_type, participant, enrolment=enrolment)
    assert first.pk == second.pk
    assert Certificate.objects.count() == 1


def test_the_snapshot_does_not_follow_later_edits(participant, basiskurs, trainer, attendance_type):
    enrolment = attended_cohort(participant, basiskurs, trainer)
    certificate = issuing.issue(attendance_type, participant, enrolment=enrolment)
    participant.profile.certificate_name = "Erika Neu"
    participant.profile.save()
    basiskurs.title = "Umbenannt"
    basiskurs.save_revision().publish()
    attendance_type.name = "Andere Bezeichnung"
    attendance_type.save()
    certificate.refresh_from_db()
    assert certificate.holder_name == "Erika Muster"
    assert certificate.modules[0]["title"] == "Basiskurs"
    assert certificate.type_name == "Teilnahmebescheinigung"


def test_dgcc_certificate_needs_everything(participant, dgcc_type):
    with pytest.raises(issuing.IssuingError) as refused:
        issuing.issue(dgcc_type, participant)
    message = str(refused.value)
    assert "Grundlagen: noch 144 UE" in message
    assert "Bestandene Falldokumentation" in message
    assert "Bestandenes Kolloquium" in message


def test_numbers_are_gapless_per_year(participant, basiskurs, trainer, attendance_type, koeln):
    numbers = []
    for number in range(3):
        person = make_user(f"p{number}@example.org", municipality=koeln)
        enrolment = attended_cohort(person, basiskurs, trainer)
        numbers.append(issuing.issue(attendance_type, person, enrolment=enrolment).number)
    sequence = [int(n.rsplit("-", 1)[1]) for n in numbers]
    assert sequence == [1, 2, 3]


def test_revocation_keeps_the_record(
    participant, basiskurs, trainer, attendance_type, administrator
):
    certificate = issuing.issue(
        attendance_type, participant, enrolment=attended_cohort(participant, basiskurs, trainer)
    )
    with pytest.raises(issuing.IssuingError, match="Grund"):
        issuing.revoke(certificate, by=administrator, reason=" ")
    issuing.revoke(certificate, by=administrator, reason="Anwesenheit falsch erfasst")
    certificate.refresh_from_db()
    assert certificate.status == "revoked"
    assert certificate.revocation_reason == "Anwesenheit falsch erfasst"
    assert CertificateEvent.objects.filter(certificate=certificate, action="revoked").exists()
    with pytest.raises(issuing.IssuingError):
        issuing.revoke(certificate, by=administrator, reason="noch einmal")


def test_reissue_supersedes_the_old_certificate(
    participant, basiskurs, trainer, attendance_type, administrator
):
    old = issuing.issue(
        attendance_type, participant, enrolment=attended_cohort(participant, basiskurs, trainer)
    )
    new = issuing.reissue(old, by=administrator, reason="Namensänderung", name="Erika Muster-Neu")
    old.refresh_from_db()
    assert old.status == "superseded"
    assert old.superseded_by == new
    assert new.holder_name == "Erika Muster-Neu"
    assert new.modules == old.modules
    assert new.number != old.number


def test_nearly_complete_dgcc_progress_is_refused_until_the_colloquium(
    participant, catalogue, trainer, dgcc_type
):
    final = builders.module(catalogue, "Abschluss", kind="abschluss", component="")
    enrolment = builders.enrolment(participant, builders.cohort(final))
    Submission.objects.create(enrolment=enrolment, title="Fall", status=SubmissionStatus.PASSED)
    Assessment.objects.create(
        enrolment=enrolment, held_on="2026-11-01", result=AssessmentResult.PASSED,
        assessed_by=trainer, is_final=True,
    )  # fmt: skip
    with pytest.raises(issuing.IssuingError) as refused:
        issuing.issue(dgcc_type, participant)
    assert "Kolloquium" not in str(refused.value)
    assert "Falldokumentation" not in str(refused.value)


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="row locks across connections are a PostgreSQL matter; SQLite serialises writes",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_twenty_parallel_issuances_get_twenty_gapless_numbers(catalogue, koeln):
    trainer = make_user("trainerin@example.org", role=roles.TRAINERS)
    module = builders.module(catalogue)
    certificate_type = CertificateType.objects.get(number_prefix="TB")
    people = []
    for number in range(20):
        person = make_user(f"p{number}@example.org", municipality=koeln)
        people.append((person, attended_cohort(person, module, trainer, present=1)))
    barrier = threading.Barrier(20)
    numbers, errors = [], []

    def take(person, enrolment):
        try:
            barrier.wait()
            numbers.append(issuing.issue(certificate_type, person, enrolment=enrolment).number)
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=take, args=pair) for pair in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sorted(int(n.rsplit("-", 1)[1]) for n in numbers) == list(range(1, 21))

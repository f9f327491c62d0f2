"""Progress and UE per DGCC component, against the seeded DGCC numbers."""

from decimal import Decimal

import pytest
from django.utils import timezone

from academy import roles
from courses import rules
from courses.enums import AssessmentResult, AttendanceStatus, EnrolmentStatus, SubmissionStatus
from courses.models import (
    Assessment,
    LessonCompletion,
    Qualification,
    Submission,
    SupervisionAmendment,
    SupervisionRecord,
)
from tests.conftest import make_user

from . import builders

pytestmark = pytest.mark.django_db


@pytest.fixture
def dgcc():
    return Qualification.objects.get()


@pytest.fixture
def trainer():
    return make_user("trainerin@example.org", role=roles.TRAINERS, totp=True)


def component(progress, name):
    return next(c for c in progress.components if c.component == name)


def attend_days(user, module_page, trainer, days, *, ue=8, in_presence=True, kind="theory"):
    cohort = builders.cohort(module_page, f"Kurs {module_page.pk}-{days}-{kind}-{in_presence}")
    enrolment = builders.enrolment(user, cohort)
    for day in range(days):
        session = builders.session(cohort, days=day, ue=ue, in_presence=in_presence, kind=kind)
        builders.attended(enrolment, session, trainer)
    return enrolment


def test_seeded_requirements_are_the_dgcc_numbers(dgcc):
    rows = {c.component: (c.ue, c.presence_ue, c.theory_ue) for c in dgcc.components.all()}
    assert rows == {
        "grundlagen": (144, 96, 96),
        "kollegiale_beratung": (42, 12, 0),
        "supervision": (24, 24, 0),
    }
    assert dgcc.presence_ue == 132
    assert sum(ue for ue, _p, _t in rows.values()) == 210


def test_exact_thresholds_complete_the_foundations(participant, basiskurs, trainer, dgcc):
    attend_days(participant, basiskurs, trainer, 12, kind="theory")  # 96 UE theory in presence
    attend_days(participant, basiskurs, trainer, 6, kind="practice", in_presence=False)  # 48
    grundlagen = component(rules.qualification_progress(participant, dgcc), "grundlagen")
    assert grundlagen.credit.total == 144
    assert grundlagen.credit.presence == 96
    assert grundlagen.credit.theory == 96
    assert grundlagen.complete
    assert grundlagen.percent == 100


def test_one_ue_short_is_reported_as_missing(participant, basiskurs, trainer, dgcc):
    enrolment = attend_days(participant, basiskurs, trainer, 18)
    attendance = enrolment.attendances.first()
    attendance.ue_credited = Decimal(7)
    attendance.save()
    progress = rules.qualification_progress(participant, dgcc)
    grundlagen = component(progress, "grundlagen")
    assert grundlagen.missing == 1
    assert not grundlagen.complete
    assert "Grundlagen: noch 1 UE" in progress.missing


def test_excused_absence_credits_nothing(participant, basiskurs, trainer, dgcc):
    cohort = builders.cohort(basiskurs)
    enrolment = builders.enrolment(participant, cohort)
    builders.attended(enrolment, builders.session(cohort), trainer, status=AttendanceStatus.EXCUSED)
    builders.attended(enrolment, builders.session(cohort, days=1), trainer)
    assert (
        component(rules.qualification_progress(participant, dgcc), "grundlagen").credit.total == 8
    )


def test_withdrawn_enrolments_do_not_count(participant, basiskurs, trainer, dgcc):
    enrolment = attend_days(participant, basiskurs, trainer, 3)
    enrolment.status = EnrolmentStatus.WITHDRAWN
    enrolment.save()
    assert (
        component(rules.qualification_progress(participant, dgcc), "grundlagen").credit.total == 0
    )


def test_supervision_counts_once_signed_and_with_its_latest_amendment(
    participant, catalogue, trainer, dgcc
):
    supervision = builders.module(
        catalogue, "Supervision", kind="supervision", component="supervision"
    )
    enrolment = builders.enrolment(participant, builders.cohort(supervision))
    record = SupervisionRecord.objects.create(
        enrolment=enrolment, date=timezone.localdate(), ue=Decimal(8), topic="Fall A",
        supervisor=trainer,
    )  # fmt: skip
    assert (
        component(rules.qualification_progress(participant, dgcc), "supervision").credit.total == 0
    )

    record.signed_off_at = timezone.now()
    record.save()
    assert (
        component(rules.qualification_progress(participant, dgcc), "supervision").credit.total == 8
    )

    SupervisionAmendment.objects.create(
        record=record, ue=Decimal(6), reason="Zu früh beendet", created_by=trainer
    )
    SupervisionAmendment.objects.create(
        record=record, ue=Decimal(7), reason="Korrektur", created_by=trainer
    )
    supervision_progress = component(rules.qualification_progress(participant, dgcc), "supervision")
    assert supervision_progress.credit.total == 7
    assert supervision_progress.credit.presence == 7
    record.refresh_from_db()
    assert record.ue == 8  # the signed record itself never changes


def test_completed_lessons_credit_theory_but_not_presence(participant, basiskurs, dgcc):
    lesson = builders.lesson(basiskurs, ue=2)
    LessonCompletion.objects.create(user=participant, lesson=lesson)
    grundlagen = component(rules.qualification_progress(participant, dgcc), "grundlagen")
    assert grundlagen.credit.total == 2
    assert grundlagen.credit.theory == 2
    assert grundlagen.credit.presence == 0


def test_information_events_count_towards_nothing(participant, catalogue, trainer, dgcc):
    info = builders.module(catalogue, "Informationstag", kind="information", component="")
    attend_days(participant, info, trainer, 1)
    progress = rules.qualification_progress(participant, dgcc)
    assert all(c.credit.total == 0 for c in progress.components)


def test_documentation_and_colloquium_complete_the_list(participant, catalogue, trainer, dgcc):
    final = builders.module(catalogue, "Abschluss", kind="abschluss", component="")
    enrolment = builders.enrolment(participant, builders.cohort(final))
    progress = rules.qualification_progress(participant, dgcc)
    assert "Bestandene Falldokumentation" in progress.missing
    assert "Bestandenes Kolloquium" in progress.missing

    Submission.objects.create(enrolment=enrolment, title="Fall", status=SubmissionStatus.PASSED)
    Assessment.objects.create(
        enrolment=enrolment, held_on=timezone.localdate(), result=AssessmentResult.PASSED,
        assessed_by=trainer, is_final=False,
    )  # fmt: skip
    progress = rules.qualification_progress(participant, dgcc)
    assert progress.documentation_passed
    assert not progress.colloquium_passed  # only a final assessment counts

    Assessment.objects.filter(enrolment=enrolment).update(is_final=True)
    progress = rules.qualification_progress(participant, dgcc)
    assert progress.colloquium_passed
    assert "Bestandenes Kolloquium" not in progress.missing


def test_enrolment_progress_counts_lessons(participant, basiskurs):
    first, second = builders.lesson(basiskurs, "Eins"), builders.lesson(basiskurs, "Zwei")
    builders.enrolment(participant, builders.cohort(basiskurs))
    LessonCompletion.objects.create(user=participant, lesson=first)
    [progress] = rules.enrolment_progress(participant)
    assert [lesson.pk for lesson in progress.completed] == [first.pk]
    assert [lesson.pk for lesson in progress.open] == [second.pk]
    assert progress.percent == 50


def test_signed_supervision_record_never_changes(participant, catalogue, trainer):
    from courses.models import LockedRecordError

    supervision = builders.module(
        catalogue, "Supervision", kind="supervision", component="supervision"
    )
    enrolment = builders.enrolment(participant, builders.cohort(supervision))
    record = SupervisionRecord.objects.create(
        enrolment=enrolment, date=timezone.localdate(), ue=Decimal(4), topic="Fall B",
        supervisor=trainer,
    )  # fmt: skip
    assert record.sign_off()
    assert not record.sign_off()  # the first signature stays
    record.ue = Decimal(8)
    with pytest.raises(LockedRecordError, match="Korrektur"):
        record.save()
    with pytest.raises(LockedRecordError):
        record.delete()
    record.refresh_from_db()
    assert record.ue == 4


def test_final_colloquium_result_never_changes(participant, catalogue, trainer):
    from courses.models import LockedRecordError

    final = builders.module(catalogue, "Abschluss", kind="abschluss", component="")
    enrolment = builders.enrolment(participant, builders.cohort(final))
    assessment = Assessment.objects.create(
        enrolment=enrolment, held_on=timezone.localdate(), result=AssessmentResult.FAILED,
        assessed_by=trainer, is_final=True,
    )  # fmt: skip
    assessment.result = AssessmentResult.PASSED
    with pytest.raises(LockedRecordError):
        assessment.save()

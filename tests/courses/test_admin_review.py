"""Reading reflections, reviewing case documentation and recording the colloquium."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.enums import EnrolmentStatus, SubmissionStatus
from courses.models import Assessment, ReflectionAnswer

from .test_admin_access import (
    build_assessment,
    build_cohort,
    build_lesson,
    build_module,
    build_submission,
    enrol_participants,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def module(db):
    return build_module()


@pytest.fixture
def cohort(module, trainer_with_totp):
    return build_cohort(module, trainers=[trainer_with_totp])


@pytest.fixture
def enrolment(cohort):
    return enrol_participants(cohort, 1)[0]


def answer(enrolment, lesson, text):
    block_id = lesson.activities("reflection")[0].id
    return ReflectionAnswer.objects.create(
        user=enrolment.user, lesson=lesson, block_id=block_id, text=text
    )


# Reflections ----------------------------------------------------------------------------------


def test_reflections_are_grouped_by_lesson_for_the_cohort_only(
    client, module, cohort, trainer_with_totp
):
    intake = build_lesson(module, "Klärung", "Wie klären Sie den Auftrag?")
    monitoring = build_lesson(module, "Monitoring", "Woran merken Sie, dass ein Ziel kippt?")
    mine, withdrawn = enrol_participants(cohort, 2)
    withdrawn.status = EnrolmentStatus.WITHDRAWN
    withdrawn.save()
    other_cohort = build_cohort(module, title="Herbst")
    stranger = enrol_participants(other_cohort, 1)[0]
    answer(mine, intake, "<p>Ich frage nach dem <strong>Auftrag</strong>.</p>")
    answer(mine, monitoring, "<p>Wenn Termine ausfallen.</p>")
    answer(withdrawn, intake, "<p>Abgemeldete Antwort</p>")
    answer(stranger, intake, "<p>Antwort aus einem anderen Durchgang</p>")
    client.force_login(trainer_with_totp)

    response = client.get(reverse("courses_reflections:cohort", args=[cohort.pk]))

    html = response.content.decode()
    assert [item["lesson"].title for item in response.context["lessons"]] == [
        "Klärung",
        "Monitoring",
    ]
    assert "Wie klären Sie den Auftrag?" in html
    assert "<strong>Auftrag</strong>" in html  # stored sanitised, rendered as HTML
    assert "Wenn Termine ausfallen." in html
    assert "Abgemeldete Antwort" not in html
    assert "anderen Durchgang" not in html


def test_reflection_overview_lists_only_the_trainers_cohorts(
    client, module, cohort, trainer_with_totp
):
    build_cohort(module, title="Fremder Durchgang")
    client.force_login(trainer_with_totp)

    html = client.get(reverse("courses_reflections:index")).content.decode()

    assert reverse("courses_reflections:cohort", args=[cohort.pk]) in html
    assert "Fremder Durchgang" not in html


# Case documentation ---------------------------------------------------------------------------


def test_submission_list_per_cohort(client, module, cohort, enrolment, trainer_with_totp):
    submission = build_submission(enrolment)
    other = build_cohort(module, title="Herbst", trainers=[trainer_with_totp])
    build_submission(enrol_participants(other, 1)[0])
    client.force_login(trainer_with_totp)

    response = client.get(reverse("courses_submissions:index"), {"cohort": cohort.pk})

    assert [s.pk for s in response.context["object_list"]] == [submission.pk]


def test_review_screen_shows_phases_findings_and_attachment(client, enrolment, trainer_with_totp):
    submission = build_submission(enrolment, attachment=True)
    client.force_login(trainer_with_totp)

    response = client.get(reverse("courses_submissions:edit", args=[submission.pk]))

    html = response.content.decode()
    assert "Klärung (Intake)" in html
    assert "Monitoring" in html
    assert "<strong>beim Jobcenter</strong>" in html
    assert "Ayşe Demir" in html
    assert "die Klientin" in html
    attachment = reverse("courses_submissions:attachment", args=[submission.pk])
    assert attachment in html
    download = client.get(attachment)
    assert download["Content-Type"] == "application/pdf"
    assert b"".join(download.streaming_content).startswith(b"%PDF")


def test_review_sets_status_feedback_and_reviewer(client, enrolment, trainer_with_totp):
    submission = build_submission(enrolment)
    client.force_login(trainer_with_totp)

    response = client.post(
        reverse("courses_submissions:edit", args=[submission.pk]),
        {"status": SubmissionStatus.PASSED, "feedback": "Gut strukturiert, Phasen klar getrennt."},
    )

    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.PASSED
    assert submission.feedback == "Gut strukturiert, Phasen klar getrennt."
    assert submission.reviewed_by == trainer_with_totp
    assert submission.reviewed_at is not None


def test_needs_revision_requires_feedback(client, enrolment, trainer_with_totp):
    submission = build_submission(enrolment)
    client.force_login(trainer_with_totp)

    response = client.post(
        reverse("courses_submissions:edit", args=[submission.pk]),
        {"status": SubmissionStatus.NEEDS_REVISION, "feedback": ""},
    )

    assert "Bitte schreiben Sie, was überarbeitet werden muss." in response.content.decode()
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.SUBMITTED
    assert submission.reviewed_by is None


def test_submissions_have_no_add_screen(client, trainer_with_totp):
    client.force_login(trainer_with_totp)

    html = client.get(reverse("courses_submissions:index")).content.decode()

    assert "/admin/kurse/falldokumentationen/new/" not in html
    assert client.get("/admin/kurse/falldokumentationen/new/").status_code == 404


# Colloquium -------------------------------------------------------------------------------------


def test_trainer_records_the_colloquium(client, enrolment, trainer_with_totp):
    client.force_login(trainer_with_totp)

    response = client.post(
        reverse("courses_assessments:add"),
        {
            "enrolment": enrolment.pk,
            "held_on": (timezone.localdate() - datetime.timedelta(days=1)).isoformat(),
            "result": "passed",
            "notes": "Fall souverän vorgestellt.",
        },
    )

    assert response.status_code == 302
    assessment = Assessment.objects.get()
    assert (assessment.enrolment, assessment.assessed_by) == (enrolment, trainer_with_totp)
    assert not assessment.is_final


def test_final_assessment_is_locked(client, enrolment, trainer_with_totp):
    assessment = build_assessment(enrolment, trainer_with_totp, final=True)
    client.force_login(trainer_with_totp)
    url = reverse("courses_assessments:edit", args=[assessment.pk])

    response = client.post(
        url, {"held_on": assessment.held_on.isoformat(), "result": "failed", "notes": ""}
    )

    assert response.status_code == 302
    assessment.refresh_from_db()
    assert (assessment.result, assessment.is_final) == ("passed", True)
    page = client.get(url, follow=True).content.decode()
    assert "ist endgültig und kann nicht mehr geändert werden" in page


def test_open_assessment_can_be_made_final(client, enrolment, trainer_with_totp):
    assessment = build_assessment(enrolment, trainer_with_totp)
    client.force_login(trainer_with_totp)
    url = reverse("courses_assessments:edit", args=[assessment.pk])

    client.post(
        url, {"held_on": assessment.held_on.isoformat(), "result": "passed", "is_final": "on"}
    )

    assessment.refresh_from_db()
    assert assessment.is_final
    assert client.get(url).status_code == 302

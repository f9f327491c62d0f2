"""Participants learn online: lesson access, reflections, quizzes, completion, privacy."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from courses.enums import EnrolmentStatus
from courses.models import LessonCompletion, QuizAttempt, ReflectionAnswer, Submission
from tests.conftest import make_user

from . import builders

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(basiskurs):
    return builders.lesson(basiskurs)


@pytest.fixture
def learner(participant, basiskurs):
    builders.enrolment(participant, builders.cohort(basiskurs))
    return participant


def block_ids(lesson):
    return {child.block_type: child.id for child in lesson.body}


def answer_quiz(client, lesson, answers):
    quiz_id = block_ids(lesson)["quiz"]
    data = {"action": "quiz", "block_id": quiz_id}
    data.update({f"{quiz_id}-frage_{n}": str(choice) for n, choice in enumerate(answers)})
    return client.post(lesson.url, data)


def reflect(client, lesson, text):
    block_id = block_ids(lesson)["reflection"]
    return client.post(
        lesson.url, {"action": "reflection", "block_id": block_id, f"{block_id}-answer": text}
    )


def test_anonymous_visitor_is_sent_to_login(client, lesson):
    response = client.get(lesson.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/login/")


def test_participant_without_enrolment_is_refused(client, participant, lesson):
    client.force_login(participant)
    response = client.get(lesson.url)
    assert response.status_code == 403
    assert "Nur für Teilnehmende" in response.content.decode()


def test_waiting_list_is_not_enough(client, participant, basiskurs, lesson):
    builders.enrolment(participant, builders.cohort(basiskurs), EnrolmentStatus.WAITLISTED)
    client.force_login(participant)
    assert client.get(lesson.url).status_code == 403


def test_quiz_for_a_lesson_one_is_not_enrolled_in_is_refused(client, participant, lesson):
    client.force_login(participant)
    response = answer_quiz(client, lesson, [0, 0])
    assert response.status_code == 403
    assert not QuizAttempt.objects.exists()


def test_reflection_is_saved_sanitised_and_shown_back(client, learner, lesson):
    client.force_login(learner)
    reflect(client, lesson, "Ich kläre zuerst den Auftrag.<script>alert(1)</script>\n\nDann …")
    answer = ReflectionAnswer.objects.get()
    assert "<script" not in answer.text
    assert "<p>Ich kläre zuerst den Auftrag." in answer.text
    html = client.get(lesson.url).content.decode()
    assert "Ich kläre zuerst den Auftrag." in html
    assert "<script>alert(1)</script>" not in html


def test_reflection_of_one_megabyte_is_refused(client, learner, lesson):
    client.force_login(learner)
    response = reflect(client, lesson, "x" * 1_000_000)
    assert response.status_code == 200
    assert "Die Antwort ist zu lang" in response.content.decode()
    assert not ReflectionAnswer.objects.exists()


def test_quiz_gives_feedback_and_allows_retries(client, learner, lesson):
    client.force_login(learner)
    answer_quiz(client, lesson, [1, 1])
    html = client.get(lesson.url).content.decode()
    assert "Letzter Versuch: 0 % richtig" in html
    assert "Zuerst wird geklärt" in html

    answer_quiz(client, lesson, [0, 0])
    assert list(QuizAttempt.objects.order_by("created_at").values_list("passed", flat=True)) == [
        False,
        True,
    ]
    assert "Bestanden mit 100 %" in client.get(lesson.url).content.decode()


def test_choices_that_do_not_exist_are_refused(client, learner, lesson):
    client.force_login(learner)
    response = answer_quiz(client, lesson, [7, 0])
    assert response.status_code == 200
    assert "Diese Antwort gibt es nicht." in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_unknown_activity_is_refused(client, learner, lesson):
    client.force_login(learner)
    response = client.post(lesson.url, {"action": "quiz", "block_id": "gibt-es-nicht"})
    assert response.status_code == 400
    assert not QuizAttempt.objects.exists()


def test_lesson_completes_when_required_activities_are_done(client, learner, lesson):
    client.force_login(learner)
    client.post(lesson.url, {"action": "complete"})
    assert not LessonCompletion.objects.exists()

    reflect(client, lesson, "Meine Antwort")
    assert not LessonCompletion.objects.exists()
    answer_quiz(client, lesson, [0, 0])
    assert LessonCompletion.objects.filter(user=learner, lesson=lesson).exists()


def test_lesson_without_activities_is_completed_by_the_participant(client, learner, basiskurs):
    reading = builders.lesson(basiskurs, "Lesen", activities=False)
    client.force_login(learner)
    client.post(reading.url, {"action": "complete"})
    assert LessonCompletion.objects.filter(user=learner, lesson=reading).exists()


def test_nobody_sees_another_participants_answers(client, learner, basiskurs, lesson, koeln):
    client.force_login(learner)
    reflect(client, lesson, "Sehr persönliche Gedanken")
    other = make_user("andere@example.org", municipality=koeln)
    builders.enrolment(other, builders.cohort(basiskurs, "Herbst"))
    client.force_login(other)
    assert "Sehr persönliche Gedanken" not in client.get(lesson.url).content.decode()
    assert "Sehr persönliche Gedanken" not in client.get("/lernstand/").content.decode()


def test_withdrawing_someone_elses_enrolment_is_a_404(client, participant, basiskurs, koeln):
    other = make_user("andere@example.org", municipality=koeln)
    enrolment = builders.enrolment(other, builders.cohort(basiskurs))
    client.force_login(participant)
    assert client.post(f"/lernstand/abmelden/{enrolment.pk}/").status_code == 404
    enrolment.refresh_from_db()
    assert enrolment.status == "enrolled"


@pytest.fixture
def final_enrolment(participant, catalogue):
    final = builders.module(catalogue, "Abschluss", kind="abschluss", component="")
    return builders.enrolment(participant, builders.cohort(final))


def submit(client, enrolment, **extra):
    data = {"title": "Mein Fall", "phase_klaerung": "Die Klientin meldet sich beim Jobcenter."}
    data.update(extra)
    return client.post(f"/lernstand/falldokumentation/{enrolment.pk}/", data)


def test_case_documentation_with_a_pdf(client, participant, final_enrolment):
    client.force_login(participant)
    pdf = SimpleUploadedFile("fall.pdf", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj\n<<>>\nendobj\n%%EOF")
    response = submit(client, final_enrolment, attachment=pdf)
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.attachment.name.endswith(".pdf")
    assert submission.phases["klaerung"].startswith("<p>Die Klientin")


def test_renamed_executable_is_refused(client, participant, final_enrolment):
    client.force_login(participant)
    fake = SimpleUploadedFile("fall.pdf", b"MZ\x90\x00\x03" + b"\x00" * 200)
    response = submit(client, final_enrolment, attachment=fake)
    assert "Die Datei ist kein PDF" in response.content.decode()
    assert not Submission.objects.exists()
    assert 'value="Mein Fall"' in response.content.decode()


def test_twenty_megabytes_are_refused(client, participant, final_enrolment):
    client.force_login(participant)
    big = SimpleUploadedFile("gross.pdf", b"%PDF-1.7\n" + b"0" * (20 * 1024 * 1024))
    response = submit(client, final_enrolment, attachment=big)
    assert "größer als 10 MB" in response.content.decode()
    assert not Submission.objects.exists()


def test_documentation_is_checked_for_personal_data(client, participant, final_enrolment):
    client.force_login(participant)
    submit(client, final_enrolment, phase_klaerung="Frau Ayşe Demir, geboren am 03.04.1998.")
    submission = Submission.objects.get()
    assert {f["category"] for f in submission.anonymisation_findings} >= {"name", "date"}


def test_someone_elses_documentation_page_is_a_404(client, final_enrolment, koeln):
    client.force_login(make_user("andere@example.org", municipality=koeln))
    assert client.get(f"/lernstand/falldokumentation/{final_enrolment.pk}/").status_code == 404
    assert submit(client, final_enrolment).status_code == 404


def test_saved_reflection_is_offered_for_editing(client, learner, lesson):
    client.force_login(learner)
    reflect(client, lesson, "Erster Absatz & mehr.\n\nZweiter Absatz")
    response = client.get(lesson.url)
    assert "Erster Absatz &amp; mehr.\n\nZweiter Absatz</textarea>" in response.content.decode()


def test_header_links_the_dashboard(client, learner):
    client.force_login(learner)
    assert 'href="/lernstand/"' in client.get("/lernstand/").content.decode()

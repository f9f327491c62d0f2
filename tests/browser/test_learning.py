"""Learning through a real browser: the participant's and the trainer's journey.

The participant finds a Basiskurs in the catalogue, enrols, answers the reflection of a
lesson, fails the quiz once, passes it on the second try (which completes the lesson) and sees
the lesson and its 2 UE theory on /lernstand/. The trainer records the attendance of a whole
group on one screen, signs off a supervision record (which locks it) and sends a case
documentation back for revision; the participant reads the feedback. axe-core checks every
page on the way, the trainer's admin screens included.
"""

import datetime
import re
from decimal import Decimal

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from academy import roles
from academy.enums import CMPhase
from casestudies.anonymisation import check as anonymisation_check
from courses.enums import AttendanceStatus, EnrolmentStatus, SubmissionStatus
from courses.models import (
    Attendance,
    Enrolment,
    LessonCompletion,
    QuizAttempt,
    ReflectionAnswer,
    Submission,
    SupervisionRecord,
)

from ..conftest import make_user
from ..courses import builders
from .harness import AXE_FAILING_IMPACTS, field, format_violations, run_axe

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

REFLECTION = "Ich frage zuerst, wer den Auftrag gibt und was die Klientin selbst möchte."
QUIZ_REGION = f"Quiz: {builders.QUIZ['title']}"


def first_choice(question, *, correct):
    return next(c["text"] for c in question["choices"] if c["correct"] is correct)


# (question, a wrong answer, the right answer) for each question of builders.QUIZ
QUIZ_ANSWERS = [
    (question["text"], first_choice(question, correct=False), first_choice(question, correct=True))
    for question in builders.QUIZ["questions"]
]
FEEDBACK = (
    "Bitte ergänzen Sie im Monitoring, woran Sie merken, dass die Zielvereinbarung nicht trägt."
)


# --- helpers -------------------------------------------------------------------------------


@pytest.fixture
def assert_admin_accessible(axe_source):
    """``assert_accessible`` for the Wagtail admin, once Wagtail's scripts are ready.

    No exclusions are needed on these screens (our own templates and Wagtail's listing and
    edit views); compare WAGTAIL_ADMIN_AXE_EXCLUSIONS in test_casestudies.py for the editor.
    """

    def check(page):
        admin_ready(page)  # Wagtail fades its messages in once its scripts are ready
        failing = [v for v in run_axe(page, axe_source) if v["impact"] in AXE_FAILING_IMPACTS]
        if failing:
            raise AssertionError(format_violations(page.url, failing))

    return check


def admin_ready(page):
    expect(page.locator("body")).to_have_class(re.compile(r"\bready\b"))


def switch_user(page, login_as, user):
    page.context.clear_cookies()
    login_as(user)


def person(email, first_name, last_name):
    user = make_user(email, role=roles.PARTICIPANTS)
    user.first_name, user.last_name = first_name, last_name
    user.save(update_fields=["first_name", "last_name"])
    return user


def site_messages(page):
    return page.locator("main .messages")


def admin_messages(page):
    return page.locator(".messages")


def progress_row(page, label):
    table = page.get_by_role("table", name="Angerechnete Unterrichtseinheiten je Baustein")
    return table.get_by_role("row").filter(
        has=page.get_by_role("rowheader", name=label, exact=True)
    )


def missing_for_certificate(page):
    heading = page.get_by_role("heading", name="Was für das Zertifikat noch fehlt")
    return heading.locator("xpath=following-sibling::ul[1]")


# --- the participant -----------------------------------------------------------------------


def test_participant_enrols_completes_a_lesson_and_sees_the_progress(
    page, login_as, assert_accessible, participant, trainer_with_totp
):
    catalogue = builders.catalogue()
    basiskurs = builders.module(catalogue)
    lesson = builders.lesson(basiskurs, ue=2)
    cohort = builders.cohort(basiskurs, trainers=[trainer_with_totp])
    login_as(participant)

    # 1. The catalogue lists the module with its open cohort.
    page.goto("/kurse/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Kurse")
    card = page.locator("main li.module-card").filter(has_text="Basiskurs")
    expect(card).to_contain_text("Frühjahr")
    expect(card).to_contain_text("20 freie Plätze")
    expect(card).to_contain_text("mit Erika Muster")
    assert_accessible(page)
    card.get_by_role("link", name="Basiskurs").click()

    # 2. The module page: enrol in the cohort; the lessons open up.
    expect(page).to_have_url(re.compile(r"/kurse/basiskurs/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Basiskurs")
    expect(page.get_by_role("heading", name="Lektionen")).to_have_count(0)
    assert_accessible(page)
    page.get_by_role("button", name="Anmelden", exact=True).click()
    expect(site_messages(page)).to_have_text("Sie sind angemeldet.")
    expect(page.locator("main li.card")).to_contain_text("19 freie Plätze")
    expect(page.get_by_role("button", name="Anmelden", exact=True)).to_have_count(0)
    expect(page.get_by_role("link", name=lesson.title)).to_be_visible()
    assert_accessible(page)
    enrolment = Enrolment.objects.get(user=participant)
    assert (enrolment.cohort, enrolment.status) == (cohort, EnrolmentStatus.ENROLLED)

    # 3. /lernstand/ before learning: nothing credited yet.
    page.goto("/lernstand/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mein Lernstand")
    expect(page.locator("main")).to_contain_text("0 von 1 Lektionen abgeschlossen")
    grundlagen = progress_row(page, "Grundlagen")
    expect(grundlagen.get_by_role("cell").first).to_have_text("0 / 144 UE")
    expect(missing_for_certificate(page)).to_contain_text("Grundlagen: noch 144 UE")
    assert_accessible(page)
    page.get_by_text("Offene Lektionen").click()
    page.get_by_role("link", name=lesson.title).click()

    # 4. The lesson: "Lektion abschließen" is refused while the tasks are open.
    expect(page.get_by_role("heading", level=1)).to_have_text(lesson.title)
    expect(page.get_by_role("navigation", name="Brotkrumen")).to_contain_text("Lektion 1 von 1")
    assert_accessible(page)
    page.get_by_role("button", name="Lektion abschließen").click()
    expect(site_messages(page)).to_have_text("Bitte erledigen Sie zuerst alle Pflichtaufgaben.")
    assert not LessonCompletion.objects.exists()
    assert_accessible(page)

    # 5. The reflection is saved and shown back.
    reflection = page.get_by_role("region", name="Reflexion")
    expect(reflection).to_contain_text("Wie klären Sie den Auftrag?")
    field(reflection, "Ihre Antwort").fill(REFLECTION)
    reflection.get_by_role("button", name="Antwort speichern").click()
    expect(site_messages(page)).to_have_text("Ihre Antwort ist gespeichert.")
    expect(reflection.locator(".activity__answer")).to_contain_text(REFLECTION)
    expect(reflection.get_by_role("button", name="Antwort ändern")).to_be_visible()
    assert_accessible(page)
    assert ReflectionAnswer.objects.get(user=participant, lesson=lesson).text == (
        f"<p>{REFLECTION}</p>"
    )
    assert not LessonCompletion.objects.exists()  # the quiz is still open

    # 6. The quiz, answered wrong: feedback per question, and another try.
    quiz = page.get_by_role("region", name=QUIZ_REGION)
    for question, wrong, _right in QUIZ_ANSWERS:
        quiz.get_by_role("group", name=question).get_by_role("radio", name=wrong).check()
    quiz.get_by_role("button", name="Antworten prüfen").click()
    expect(site_messages(page)).to_contain_text("Noch nicht bestanden: 0 % richtig")
    expect(quiz.get_by_role("status")).to_have_text(
        "Letzter Versuch: 0 % richtig, nötig sind 50 %. Versuchen Sie es noch einmal."
    )
    feedback = quiz.locator(".quiz-feedback li")
    expect(feedback).to_have_count(2)
    for item, (_question, wrong, _right) in zip(feedback.all(), QUIZ_ANSWERS, strict=True):
        expect(item).to_contain_text(f"Ihre Antwort: {wrong} – nicht richtig")
    expect(page.get_by_text("Sie haben diese Lektion abgeschlossen.")).to_have_count(0)
    assert_accessible(page)

    # 7. ... and right: passed, which completes the lesson.
    for question, _wrong, right in QUIZ_ANSWERS:
        quiz.get_by_role("group", name=question).get_by_role("radio", name=right).check()
    quiz.get_by_role("button", name="Antworten prüfen").click()
    expect(site_messages(page)).to_have_text("Bestanden: 100 % richtig.")
    expect(quiz.get_by_role("status")).to_have_text("Bestanden mit 100 % richtigen Antworten.")
    expect(quiz.get_by_role("button", name="Antworten prüfen")).to_have_count(0)
    expect(page.get_by_text("Sie haben diese Lektion abgeschlossen.")).to_be_visible()
    expect(page.get_by_role("button", name="Lektion abschließen")).to_have_count(0)
    assert_accessible(page)
    attempts = QuizAttempt.objects.filter(user=participant, lesson=lesson).order_by("created_at")
    assert [(a.score, a.passed) for a in attempts] == [(0, False), (100, True)]
    assert LessonCompletion.objects.filter(user=participant, lesson=lesson).exists()

    # 8. /lernstand/: the lesson is done and its 2 UE count as Grundlagen theory.
    page.goto("/lernstand/")
    expect(page.locator("main")).to_contain_text("1 von 1 Lektionen abgeschlossen")
    expect(page.get_by_role("progressbar", name="Fortschritt Basiskurs")).to_have_attribute(
        "value", "100"
    )
    expect(page.get_by_text("Offene Lektionen")).to_have_count(0)
    grundlagen = progress_row(page, "Grundlagen")
    expect(grundlagen.get_by_role("cell")).to_have_text(
        ["2 / 144 UE", "0 / 96 UE", re.compile(r"^\s*1 %\s*1 %\s*$")]
    )
    expect(grundlagen.get_by_role("progressbar")).to_have_attribute("value", "1")
    missing = missing_for_certificate(page)
    expect(missing).to_contain_text("Grundlagen: noch 142 UE")
    expect(missing).to_contain_text("Grundlagen: noch 94 UE Theorie")
    expect(missing).to_contain_text("Grundlagen: noch 96 UE in Präsenz")  # not in presence
    assert_accessible(page)


# --- the trainer ---------------------------------------------------------------------------


def test_trainer_records_attendance_signs_off_supervision_and_reviews_a_submission(
    page,
    login_as,
    assert_accessible,
    assert_admin_accessible,
    trainer_with_totp,
    participant,
):
    trainer = trainer_with_totp
    today = timezone.localdate()
    catalogue = builders.catalogue()
    basiskurs = builders.module(catalogue)
    cohort = builders.cohort(basiskurs, "Winter", starts_in_days=-30, trainers=[trainer])
    day = builders.session(cohort, days=2, ue=8)  # 28 days ago
    # The attendance screen lists the group by last name.
    group = [
        person("anna.becker@example.org", "Anna", "Becker"),
        person("jonas.schulz@example.org", "Jonas", "Schulz"),
        person("derya.yilmaz@example.org", "Derya", "Yılmaz"),
    ]
    enrolments = [builders.enrolment(user, cohort) for user in group]
    record = SupervisionRecord.objects.create(
        enrolment=enrolments[0],
        date=today - datetime.timedelta(days=7),
        ue=Decimal(4),
        in_presence=True,
        topic="Fallsupervision: Übergang Schule – Ausbildung",
        supervisor=trainer,
    )
    abschluss = builders.module(catalogue, "Abschluss", kind="abschluss", component="")
    final_cohort = builders.cohort(abschluss, "Abschluss 1", starts_in_days=-10, trainers=[trainer])
    phases = {
        CMPhase.KLAERUNG: "Frau Ayşe Demir meldet sich nach dem Sprachkurs beim Jobcenter.",
        CMPhase.MONITORING: "Monatliche Fallkonferenz mit Schule und Ausländerbehörde.",
    }
    submission = Submission.objects.create(
        enrolment=builders.enrolment(participant, final_cohort),
        title="Ausbildung nach dem Sprachkurs",
        phases={phase.value: f"<p>{text}</p>" for phase, text in phases.items()},
        anonymisation_findings=[
            {**finding.as_dict(), "location": phase.value}
            for phase, text in phases.items()
            for finding in anonymisation_check(text)
        ],
    )
    assert submission.status == SubmissionStatus.SUBMITTED
    login_as(trainer)

    # 1. Attendance: the whole group on one screen, saved together.
    page.goto("/admin/kurse/termine/")
    assert_admin_accessible(page)
    page.get_by_role("link", name="Anwesenheit erfassen").click()
    expect(page).to_have_url(re.compile(rf"/admin/kurse/termine/{day.pk}/anwesenheit/$"))
    table = page.get_by_role("table", name="Anwesenheit aller angemeldeten Personen")
    expect(table.get_by_role("rowheader")).to_have_text(
        [re.compile(rf"^\s*{user.get_full_name()}\b") for user in group]
    )
    expect(table).to_contain_text("noch nicht erfasst")
    assert_admin_accessible(page)
    statuses = ["anwesend", "entschuldigt", "abwesend"]
    for user, status in zip(group, statuses, strict=True):
        row = table.get_by_role("group", name=f"Anwesenheit von {user.get_full_name()}")
        row.get_by_role("radio", name=status).check()
    page.get_by_role("button", name="Anwesenheit speichern").click()
    expect(admin_messages(page)).to_contain_text("Die Anwesenheit für 3 Personen ist gespeichert.")
    expect(table).not_to_contain_text("noch nicht erfasst")
    for user, status in zip(group, statuses, strict=True):
        row = table.get_by_role("group", name=f"Anwesenheit von {user.get_full_name()}")
        expect(row.get_by_role("radio", name=status)).to_be_checked()
    assert_admin_accessible(page)
    assert sorted(
        Attendance.objects.filter(session=day).values_list(
            "enrolment", "status", "ue_credited", "recorded_by"
        )
    ) == [
        (enrolments[0].pk, AttendanceStatus.PRESENT, Decimal(8), trainer.pk),
        (enrolments[1].pk, AttendanceStatus.EXCUSED, Decimal(0), trainer.pk),
        (enrolments[2].pk, AttendanceStatus.ABSENT, Decimal(0), trainer.pk),
    ]

    # 2. Supervision: signed off, the record is locked.
    page.goto("/admin/kurse/supervision/")
    assert_admin_accessible(page)
    supervision_row = page.get_by_role("row").filter(has_text="Anna Becker")
    expect(supervision_row).to_contain_text("offen")
    supervision_row.get_by_role("link", name=re.compile("Anna Becker")).click()
    expect(page).to_have_url(re.compile(rf"/admin/kurse/supervision/{record.pk}/$"))
    expect(page.locator("main")).to_contain_text("Noch nicht abgezeichnet.")
    edit_link = page.get_by_role("link", name="Bearbeiten", exact=True)
    expect(edit_link).to_be_visible()
    edit_url = edit_link.get_attribute("href")
    assert_admin_accessible(page)
    page.get_by_role("button", name="Abzeichnen").click()
    expect(admin_messages(page)).to_contain_text(
        "Der Nachweis ist abgezeichnet und damit gesperrt."
    )
    expect(page.locator("main")).to_contain_text(
        re.compile(rf"Abgezeichnet am {today:%d\.%m\.%Y} \d\d:\d\d\. Der Nachweis ist gesperrt")
    )
    expect(page.get_by_role("button", name="Abzeichnen")).to_have_count(0)
    expect(page.get_by_role("link", name="Bearbeiten", exact=True)).to_have_count(0)
    expect(page.get_by_role("heading", name="Korrektur hinzufügen")).to_be_visible()
    assert_admin_accessible(page)
    record.refresh_from_db()
    assert record.signed_off_at is not None
    signed_off_at = record.signed_off_at

    page.goto(edit_url)  # the edit form is refused now
    expect(page).to_have_url(re.compile(rf"/admin/kurse/supervision/{record.pk}/$"))
    expect(admin_messages(page)).to_contain_text(
        "Der Nachweis ist abgezeichnet und kann nicht mehr geändert werden."
    )
    assert_admin_accessible(page)
    page.goto("/admin/kurse/supervision/")
    expect(page.get_by_role("row").filter(has_text="Anna Becker")).to_contain_text(
        f"abgezeichnet am {today:%d.%m.%Y}"
    )
    record.refresh_from_db()
    assert record.signed_off_at == signed_off_at

    # 3. The case documentation: back to the participant for revision, with feedback.
    page.goto("/admin/kurse/falldokumentationen/")
    assert_admin_accessible(page)
    submission_row = page.get_by_role("row").filter(has_text=submission.title)
    expect(submission_row).to_contain_text("eingereicht")
    submission_row.get_by_role("link", name=submission.title).click()
    expect(page).to_have_url(
        re.compile(rf"/admin/kurse/falldokumentationen/edit/{submission.pk}/$")
    )
    findings = page.get_by_role("region", name="Anonymisierungsprüfung")
    expect(findings.get_by_role("row").filter(has_text="Ayşe Demir")).to_contain_text("blockierend")
    phases_region = page.get_by_role("region", name="Falldokumentation nach Phasen")
    expect(phases_region).to_contain_text(phases[CMPhase.MONITORING])
    assert_admin_accessible(page)

    page.get_by_role("radio", name="Überarbeitung nötig").check()
    page.get_by_role("button", name="Prüfung speichern").click()  # without feedback: refused
    expect(page.get_by_text("Bitte schreiben Sie, was überarbeitet werden muss.")).to_be_visible()
    assert_admin_accessible(page)
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.SUBMITTED

    expect(page.get_by_role("radio", name="Überarbeitung nötig")).to_be_checked()
    page.get_by_role("textbox", name="Rückmeldung").fill(FEEDBACK)
    page.get_by_role("button", name="Prüfung speichern").click()
    expect(page).to_have_url(
        re.compile(rf"/admin/kurse/falldokumentationen/\?cohort={final_cohort.pk}$")
    )
    expect(admin_messages(page)).to_contain_text(
        f"Die Prüfung der Falldokumentation „{submission.title}“ ist gespeichert."
    )
    expect(page.get_by_role("row").filter(has_text=submission.title)).to_contain_text(
        "Überarbeitung nötig"
    )
    assert_admin_accessible(page)
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.NEEDS_REVISION
    assert submission.feedback == FEEDBACK
    assert submission.reviewed_by == trainer
    assert submission.reviewed_at is not None

    # 4. The participant reads the feedback on their documentation page.
    switch_user(page, login_as, participant)
    page.goto("/lernstand/")
    assert_accessible(page)
    page.get_by_role("link", name="Falldokumentation einreichen").click()
    expect(page).to_have_url(
        re.compile(rf"/lernstand/falldokumentation/{submission.enrolment_id}/$")
    )
    card = page.locator("main article.card").filter(has_text=submission.title)
    expect(card).to_contain_text("Überarbeitung nötig")
    expect(card).to_contain_text(f"Rückmeldung: {FEEDBACK}")
    assert_accessible(page)

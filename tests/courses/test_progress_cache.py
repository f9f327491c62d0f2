"""The cached lesson pages and /lernstand/ never show stale progress (progress_cache.py)."""

import datetime
import re
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from academy import roles
from courses.enums import AttendanceStatus
from courses.models import (
    Assessment,
    LessonCompletion,
    Qualification,
    QualificationComponent,
    ReflectionAnswer,
    Submission,
    SupervisionAmendment,
    SupervisionRecord,
)
from tests.conftest import make_user

from . import builders

pytestmark = pytest.mark.django_db

# Session, user and one cache round trip (with the role groups); for lessons Wagtail's two
# queries for view restrictions.
DASHBOARD_QUERIES = 3
LESSON_QUERIES = 5


@pytest.fixture
def cohort(basiskurs, trainer_with_totp):
    return builders.cohort(basiskurs, trainers=[trainer_with_totp], starts_in_days=-7)


@pytest.fixture
def lesson(basiskurs):
    return builders.lesson(basiskurs, "Klärung", activities=False, ue=2)


@pytest.fixture
def quiz_lesson(basiskurs):
    return builders.lesson(basiskurs, "Assessment")


@pytest.fixture
def enrolment(participant, cohort):
    return builders.enrolment(participant, cohort)


@pytest.fixture
def learner(client, participant, enrolment, lesson, quiz_lesson):
    client.force_login(participant)
    client.get("/impressum/")  # Wagtail's site root paths, as on any running site
    return participant


def dashboard(client):
    response = client.get("/lernstand/")
    assert response.status_code == 200
    return response.content.decode()


def lesson_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def without_csrf_tokens(html):
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def grundlagen_row(html):
    """The dashboard's "Grundlagen" row: UE credited and UE in presence."""
    cells = r'<th scope="row">Grundlagen</th>\s*<td>([^<]*)</td>\s*<td>([^<]*)</td>'
    match = re.search(cells, html)
    assert match, "Die Zeile „Grundlagen“ fehlt."
    return match.group(1).strip(), match.group(2).strip()


def test_completing_a_lesson_shows_on_the_cached_dashboard_at_once(client, learner, lesson):
    assert "0 von 2 Lektionen abgeschlossen" in dashboard(client)
    assert "Sie haben diese Lektion abgeschlossen." not in lesson_html(client, lesson)

    response = client.post(lesson.url, {"action": "complete"})
    assert response.status_code == 302

    assert "1 von 2 Lektionen abgeschlossen" in dashboard(client)
    assert grundlagen_row(dashboard(client))[0] == "2 / 144 UE"
    assert "Sie haben diese Lektion abgeschlossen." in lesson_html(client, lesson)


def test_attendance_recorded_in_the_admin_shows_on_the_dashboard_at_once(
    client, learner, enrolment, cohort, trainer_with_totp
):
    session = builders.session(cohort, days=1, ue=8)
    assert grundlagen_row(dashboard(client)) == ("0 / 144 UE", "0 / 96 UE")

    trainer = Client()
    trainer.force_login(trainer_with_totp)
    response = trainer.post(
        reverse("courses_sessions:attendance", args=[session.pk]),
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-MIN_NUM_FORMS": "0",
            "form-MAX_NUM_FORMS": "1000",
            "form-0-enrolment": str(enrolment.pk),
            "form-0-status": AttendanceStatus.PRESENT,
            "form-0-ue_credited": "8",
        },
    )
    assert response.status_code == 302

    assert grundlagen_row(dashboard(client)) == ("8 / 144 UE", "8 / 96 UE")


def test_withdrawing_removes_the_course_from_the_dashboard_at_once(client, learner, enrolment):
    assert "Basiskurs" in dashboard(client)

    response = client.post(reverse("courses:withdraw", args=[enrolment.pk]))
    assert response.status_code == 302

    html = dashboard(client)
    assert "Sie sind noch für keinen Kurs angemeldet." in html
    assert "Basiskurs" not in html


def test_withdrawn_participant_is_refused_the_cached_lesson(client, learner, enrolment, lesson):
    lesson_html(client, lesson)
    client.post(reverse("courses:withdraw", args=[enrolment.pk]))
    assert client.get(lesson.url).status_code == 403


def test_another_persons_progress_never_shows(client, learner, cohort, lesson, koeln):
    colleague = make_user("kollegin@example.org", role=roles.PARTICIPANTS, municipality=koeln)
    builders.enrolment(colleague, cohort)
    other = Client()
    other.force_login(colleague)
    assert "0 von 2 Lektionen abgeschlossen" in dashboard(other)
    lesson_html(other, lesson)

    client.post(lesson.url, {"action": "complete"})
    assert "1 von 2 Lektionen abgeschlossen" in dashboard(client)
    assert "Sie haben diese Lektion abgeschlossen." in lesson_html(client, lesson)

    assert "0 von 2 Lektionen abgeschlossen" in dashboard(other)
    assert "Sie haben diese Lektion abgeschlossen." not in lesson_html(other, lesson)


def test_reflection_and_quiz_show_on_the_cached_lesson_at_once(client, learner, quiz_lesson):
    ids = {child.block_type: child.id for child in quiz_lesson.body}
    assert "Antwort speichern" in lesson_html(client, quiz_lesson)

    client.post(
        quiz_lesson.url,
        {
            "action": "reflection",
            "block_id": ids["reflection"],
            f"{ids['reflection']}-answer": "Zuerst kläre ich den Auftrag.",
        },
    )
    html = lesson_html(client, quiz_lesson)
    assert "Zuerst kläre ich den Auftrag." in html
    assert "Antwort ändern" in html

    client.post(
        quiz_lesson.url,
        {"action": "quiz", "block_id": ids["quiz"], f"{ids['quiz']}-frage_0": "1"}
        | {f"{ids['quiz']}-frage_1": "1"},
    )
    assert "Letzter Versuch: 0 % richtig" in lesson_html(client, quiz_lesson)


def test_cached_lesson_carries_the_current_csrf_token(participant, enrolment, quiz_lesson):
    client = Client(enforce_csrf_checks=True)
    client.force_login(participant)
    client.get(quiz_lesson.url)
    html = lesson_html(client, quiz_lesson)  # from the cache
    tokens = set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html))
    assert tokens
    assert not any(token.startswith("csrf-") for token in tokens)

    block_id = next(child.id for child in quiz_lesson.body if child.block_type == "reflection")
    response = client.post(
        quiz_lesson.url,
        {
            "csrfmiddlewaretoken": tokens.pop(),
            "action": "reflection",
            "block_id": block_id,
            f"{block_id}-answer": "Mit dem Token aus dem Cache.",
        },
    )
    assert response.status_code == 302
    assert "Mit dem Token aus dem Cache." in ReflectionAnswer.objects.get().text


def test_signed_supervision_and_amendment_show_at_once(
    client, learner, enrolment, trainer_with_totp
):
    record = SupervisionRecord.objects.create(
        enrolment=enrolment,
        date=timezone.localdate(),
        ue=Decimal(3),
        topic="Fallsupervision",
        supervisor=trainer_with_totp,
    )
    supervision = r'<th scope="row">Supervision</th>\s*<td>([^<]*)</td>'
    assert re.search(supervision, dashboard(client)).group(1).strip() == "0 / 24 UE"

    trainer = Client()
    trainer.force_login(trainer_with_totp)
    trainer.post(reverse("courses_supervision:sign_off", args=[record.pk]))
    assert re.search(supervision, dashboard(client)).group(1).strip() == "3 / 24 UE"

    SupervisionAmendment.objects.create(
        record=record, ue=Decimal(2), reason="Eine Stunde fiel aus.", created_by=trainer_with_totp
    )
    assert re.search(supervision, dashboard(client)).group(1).strip() == "2 / 24 UE"


def test_documentation_and_colloquium_show_at_once(client, learner, enrolment, trainer_with_totp):
    assert "Bestandene Falldokumentation" in dashboard(client)
    Submission.objects.create(enrolment=enrolment, title="Mein Fall", status="passed")
    html = dashboard(client)
    assert "Bestandene Falldokumentation" not in html
    assert "Bestandenes Kolloquium" in html

    Assessment.objects.create(
        enrolment=enrolment,
        held_on=timezone.localdate(),
        result="passed",
        assessed_by=trainer_with_totp,
        is_final=True,
    )
    assert "Bestandenes Kolloquium" not in dashboard(client)


def test_changed_requirements_show_at_once(client, learner):
    assert "0 / 144 UE" in dashboard(client)
    component = QualificationComponent.objects.get(
        qualification=Qualification.objects.order_by("pk").first(), component="grundlagen"
    )
    component.ue = 150
    component.save()
    assert "0 / 150 UE" in dashboard(client)


def test_new_session_and_a_new_day_show_at_once(client, learner, cohort):
    assert "Keine anstehenden Termine." in dashboard(client)
    builders.session(cohort, days=30)
    assert "Keine anstehenden Termine." not in dashboard(client)


def test_published_title_shows_on_the_cached_lesson_at_once(client, learner, lesson):
    assert "<h1>Klärung</h1>" in lesson_html(client, lesson)
    lesson.title = "Klärung des Auftrags"
    lesson.save_revision().publish()
    html = lesson_html(client, lesson)
    assert "<h1>Klärung des Auftrags</h1>" in html
    assert "<h1>Klärung</h1>" not in html


def test_trainer_removed_from_the_cohort_is_refused_at_once(
    client, cohort, lesson, trainer_with_totp
):
    client.force_login(trainer_with_totp)
    lesson_html(client, lesson)
    cohort.trainers.remove(trainer_with_totp)
    assert client.get(lesson.url).status_code == 403


def test_former_superuser_is_refused_at_once(client, lesson):
    admin = make_user("chefin@example.org", superuser=True, totp=True)
    client.force_login(admin)
    lesson_html(client, lesson)
    admin.is_superuser = admin.is_staff = False
    admin.save()
    assert client.get(lesson.url).status_code == 403


def test_entries_expire_at_midnight(client, learner, monkeypatch):
    dashboard(client)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: tomorrow)
    assert "Basiskurs" in dashboard(client)
    assert cache.get(f"personal:{learner.pk}:testserver:/lernstand/")[0][2] == tomorrow.isoformat()


def test_bulk_deletion_of_completions_shows_at_once(client, learner, lesson):
    client.post(lesson.url, {"action": "complete"})
    assert "1 von 2 Lektionen abgeschlossen" in dashboard(client)
    LessonCompletion.objects.filter(user=learner).delete()
    assert "0 von 2 Lektionen abgeschlossen" in dashboard(client)


def test_cached_dashboard_stays_within_its_query_budget(
    client, learner, django_assert_max_num_queries
):
    first = dashboard(client)
    with django_assert_max_num_queries(DASHBOARD_QUERIES):
        assert without_csrf_tokens(dashboard(client)) == without_csrf_tokens(first)


def test_cached_lesson_stays_within_its_query_budget(
    client, learner, quiz_lesson, django_assert_max_num_queries
):
    lesson_html(client, quiz_lesson)
    with django_assert_max_num_queries(LESSON_QUERIES):
        html = lesson_html(client, quiz_lesson)
    assert "Wie klären Sie den Auftrag?" in html
    assert "Im Intake klären Fachkraft und Klientin den Auftrag." in html


def test_first_view_of_a_lesson_for_another_person_reuses_the_route(
    client, learner, cohort, lesson, koeln, django_assert_max_num_queries
):
    colleague = make_user("kollege@example.org", role=roles.PARTICIPANTS, municipality=koeln)
    builders.enrolment(colleague, cohort)
    other = Client()
    other.force_login(colleague)
    other.get("/impressum/")
    lesson_html(client, lesson)
    # Routing and the shared blocks come from the cache; the person's records (access, answers,
    # attempts, lessons done) and storing their entry in the database cache (five with the
    # savepoint) remain.
    with django_assert_max_num_queries(LESSON_QUERIES + 4 + 5):
        assert "<h1>Klärung</h1>" in lesson_html(other, lesson)


def test_new_role_counts_at_once_despite_the_cached_roles(client, learner):
    dashboard(client)
    learner.groups.add(Group.objects.get(name=roles.TRAINERS))
    response = client.get("/lernstand/")
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


def test_renamed_group_counts_at_once_despite_the_cached_roles(client, learner):
    dashboard(client)
    participants = Group.objects.get(name=roles.PARTICIPANTS)
    participants.name = roles.COORDINATORS
    Group.objects.get(name=roles.COORDINATORS).delete()
    participants.save()
    assert client.get("/lernstand/").status_code == 302

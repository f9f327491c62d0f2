"""Who reaches the trainers' screens under "Kurse": only the trainers of a cohort.

The builders here are shared by the other test_admin_* modules.
"""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

from academy import roles
from academy.demo import build_site
from courses.enums import EnrolmentStatus
from courses.models import (
    Assessment,
    Cohort,
    CourseCatalogPage,
    Enrolment,
    LessonPage,
    ModulePage,
    Session,
    Submission,
    SupervisionRecord,
)
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

# Builders -----------------------------------------------------------------------------------


def build_module(title="Basiskurs Case Management", slug="basiskurs"):
    build_site()
    catalogue = CourseCatalogPage.objects.get()
    return catalogue.add_child(
        instance=ModulePage(
            title=title,
            slug=slug,
            kind="basis",
            component="grundlagen",
            summary="Grundlagen des rechtskreisübergreifenden Case Managements.",
            audience="Fachkräfte aus Jobcenter, Sozialamt und Ausländerbehörde",
            learning_objectives="<ul><li>Die Phasen des Case Managements kennen.</li></ul>",
            ue_theory=48,
            ue_practice=24,
            ue_presence=56,
        )
    )


def build_lesson(module, title="Klärung", question="Wie klären Sie den Auftrag?"):
    return module.add_child(
        instance=LessonPage(
            title=title,
            body=[("reflection", {"question": question, "required": True})],
        )
    )


def build_cohort(module, *, trainers=(), title="Frühjahr 2026"):
    start = timezone.localdate() - datetime.timedelta(days=7)
    cohort = Cohort.objects.create(
        module=module,
        title=title,
        starts_on=start,
        ends_on=start + datetime.timedelta(days=60),
        place="Fortbildungszentrum Köln",
        capacity=20,
    )
    cohort.trainers.set(trainers)
    return cohort


def build_session(cohort, *, ue="4", days=0):
    return Session.objects.create(
        cohort=cohort,
        date=cohort.starts_on + datetime.timedelta(days=days),
        starts_at=datetime.time(9),
        ends_at=datetime.time(12, 15),
        topic="Klärung und Assessment",
        ue=Decimal(ue),
    )


def enrol_participants(cohort, count, *, status=EnrolmentStatus.ENROLLED, start=0):
    enrolments = []
    for number in range(start, start + count):
        user = make_user(f"teilnehmende{cohort.pk}-{number}@example.org", role=roles.PARTICIPANTS)
        enrolments.append(Enrolment.objects.create(user=user, cohort=cohort, status=status))
    return enrolments


def build_supervision(enrolment, supervisor, *, signed=False):
    return SupervisionRecord.objects.create(
        enrolment=enrolment,
        date=timezone.localdate() - datetime.timedelta(days=1),
        ue=Decimal("3"),
        topic="Fallsupervision: Übergang in Ausbildung",
        supervisor=supervisor,
        signed_off_at=timezone.now() if signed else None,
    )


def build_submission(enrolment, *, attachment=False):
    submission = Submission.objects.create(
        enrolment=enrolment,
        title="Falldokumentation: junge Geflüchtete",
        phases={
            "klaerung": "<p>Die Klientin meldet sich <strong>beim Jobcenter</strong>.</p>",
            "monitoring": "<p>Monatliche Fallkonferenz.</p>",
        },
        anonymisation_findings=[
            {
                "category": "name",
                "severity": "block",
                "text": "Ayşe Demir",
                "suggestion": "die Klientin",
                "message": "Ein Name macht die Person erkennbar.",
                "location": "klaerung",
            }
        ],
    )
    if attachment:
        submission.attachment.save("fall.pdf", ContentFile(b"%PDF-1.4 Falldokumentation"))
    return submission


def build_assessment(enrolment, assessor, *, final=False):
    return Assessment.objects.create(
        enrolment=enrolment,
        held_on=timezone.localdate(),
        result="passed",
        notes="Souveräne Darstellung des Falls.",
        assessed_by=assessor,
        is_final=final,
    )


def other_trainer():
    return make_user("kollege@example.org", role=roles.TRAINERS, totp=True)


# Fixtures -----------------------------------------------------------------------------------


@pytest.fixture
def module(db):
    return build_module()


@pytest.fixture
def cohort(module, trainer_with_totp):
    return build_cohort(module, trainers=[trainer_with_totp])


@pytest.fixture
def records(cohort, trainer_with_totp):
    """One of everything a trainer keeps for a cohort."""
    enrolment = enrol_participants(cohort, 2)[0]
    return {
        "cohort": cohort,
        "session": build_session(cohort),
        "supervision": build_supervision(enrolment, trainer_with_totp),
        "submission": build_submission(enrolment, attachment=True),
        "assessment": build_assessment(enrolment, trainer_with_totp),
    }


OBJECT_URLS = [
    ("courses_cohorts:edit", "cohort"),
    ("courses_cohorts:delete", "cohort"),
    ("courses_cohorts:history", "cohort"),
    ("courses_reflections:cohort", "cohort"),
    ("courses_sessions:edit", "session"),
    ("courses_sessions:delete", "session"),
    ("courses_sessions:history", "session"),
    ("courses_sessions:attendance", "session"),
    ("courses_supervision:detail", "supervision"),
    ("courses_supervision:edit", "supervision"),
    ("courses_supervision:delete", "supervision"),
    ("courses_supervision:history", "supervision"),
    ("courses_submissions:edit", "submission"),
    ("courses_submissions:delete", "submission"),
    ("courses_submissions:history", "submission"),
    ("courses_submissions:attachment", "submission"),
    ("courses_assessments:edit", "assessment"),
    ("courses_assessments:delete", "assessment"),
    ("courses_assessments:history", "assessment"),
]

INDEX_URLS = [
    "courses_cohorts:index",
    "courses_sessions:index",
    "courses_supervision:index",
    "courses_reflections:index",
    "courses_submissions:index",
    "courses_assessments:index",
]


# Tests --------------------------------------------------------------------------------------


def test_trainer_group_holds_the_course_permissions():
    codenames = set(
        Group.objects.get(name=roles.TRAINERS).permissions.values_list("codename", flat=True)
    )
    for model in ["cohort", "session", "attendance", "supervisionrecord", "submission"]:
        assert {f"add_{model}", f"change_{model}", f"view_{model}"} <= codenames
    assert {"view_reflectionanswer", "view_enrolment", "add_supervisionamendment"} <= codenames
    assert not {code for code in codenames if code.startswith("delete_")}


def urls(records):
    return [(name, reverse(name, args=[records[key].pk])) for name, key in OBJECT_URLS]


def test_cohort_trainer_opens_every_screen(client, records, trainer_with_totp):
    client.force_login(trainer_with_totp)
    for url_name, url in urls(records):
        status = client.get(url).status_code
        # Deleting stays with superusers; Wagtail refuses with a redirect and a message.
        expected = 302 if url_name.endswith(":delete") else 200
        assert status == expected, url_name


def test_another_trainer_gets_404_for_every_object(client, records):
    client.force_login(other_trainer())
    for url_name, url in urls(records):
        assert client.get(url).status_code == 404, url_name
        assert client.post(url, {}).status_code == 404, url_name
    for model in ("cohort", "session", "supervision", "submission", "assessment"):
        records[model].refresh_from_db()  # still there, unchanged


def test_another_trainer_cannot_sign_off(client, records):
    record = records["supervision"]
    client.force_login(other_trainer())
    response = client.post(reverse("courses_supervision:sign_off", args=[record.pk]))
    assert response.status_code == 404
    record.refresh_from_db()
    assert record.signed_off_at is None


def test_participant_is_refused_everywhere(client, records, participant):
    client.force_login(participant)
    for url_name, url in urls(records):
        response = client.get(url)
        assert response.status_code == 302, url_name
        assert not response["Location"].startswith("/admin/"), url_name


@pytest.mark.parametrize("url_name", INDEX_URLS)
def test_participant_is_refused_the_lists(client, participant, url_name):
    client.force_login(participant)
    response = client.get(reverse(url_name))
    assert response.status_code == 302
    assert not response["Location"].startswith("/admin/")


@pytest.mark.parametrize("url_name", INDEX_URLS)
def test_another_trainer_sees_nothing_of_the_cohort_in_lists(client, records, url_name):
    client.force_login(other_trainer())
    response = client.get(reverse(url_name))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Frühjahr 2026" not in html
    assert "teilnehmende" not in html


def test_superuser_sees_every_cohort(client, records):
    admin = make_user("admin@example.org", superuser=True, totp=True)
    client.force_login(admin)
    response = client.get(reverse("courses_cohorts:index"))
    assert "Frühjahr 2026" in response.content.decode()
    edit = client.get(reverse("courses_supervision:edit", args=[records["supervision"].pk]))
    assert edit.status_code == 200


def test_menu_group_kurse_for_trainers_only(client, trainer_with_totp):
    client.force_login(trainer_with_totp)
    html = client.get("/admin/").content.decode()
    assert "Kurse" in html
    assert reverse("courses_cohorts:index") in html
    assert reverse("courses_reflections:index") in html

    reviewer = make_user("pruefung@example.org", role=roles.ANONYMISATION_REVIEWERS, totp=True)
    client.force_login(reviewer)
    html = client.get("/admin/").content.decode()
    assert reverse("courses_cohorts:index") not in html
    assert client.get(reverse("courses_cohorts:index")).status_code == 302

"""Builders for course tests: names say the state they create."""

import datetime
from decimal import Decimal

from django.utils import timezone
from wagtail.rich_text import RichText

from academy.demo import build_site
from courses.enums import AttendanceStatus, EnrolmentStatus
from courses.models import (
    Attendance,
    Cohort,
    CourseCatalogPage,
    Enrolment,
    LessonPage,
    ModulePage,
    Session,
)

QUIZ = {
    "title": "Phasen des Case Managements",
    "pass_mark": 50,
    "questions": [
        {
            "text": "Womit beginnt der Case-Management-Prozess?",
            "choices": [
                {"text": "Mit der Klärung (Intake)", "correct": True},
                {"text": "Mit dem Monitoring", "correct": False},
            ],
            "explanation": "Zuerst wird geklärt, ob Case Management angezeigt ist.",
        },
        {
            "text": "Was gehört zur Hilfeplanung?",
            "choices": [
                {"text": "Eine Zielvereinbarung", "correct": True},
                {"text": "Die Aktenvernichtung", "correct": False},
            ],
            "explanation": "Ziele werden gemeinsam vereinbart.",
        },
    ],
}


def catalogue():
    build_site()
    return CourseCatalogPage.objects.get()


def module(parent, title="Basiskurs", *, kind="basis", component="grundlagen", prerequisites=()):
    page = ModulePage(
        title=title,
        kind=kind,
        component=component,
        summary="Grundlagen des Case Managements.",
        audience="Fachkräfte aller Rechtskreise",
        learning_objectives="<ul><li>Die Teilnehmenden kennen die Phasen.</li></ul>",
        ue_theory=48,
        ue_practice=24,
        ue_presence=56,
    )
    parent.add_child(instance=page)
    if prerequisites:
        page.prerequisites.set(prerequisites)
        page.save_revision().publish()
    return page


def lesson(parent, title="Klärung", *, activities=True, ue=0):
    body = [("text", RichText("<p>Im Intake klären Fachkraft und Klientin den Auftrag.</p>"))]
    if activities:
        body += [
            ("reflection", {"question": "Wie klären Sie den Auftrag?", "required": True}),
            ("quiz", QUIZ),
        ]
    page = LessonPage(title=title, body=body, ue=Decimal(ue))
    parent.add_child(instance=page)
    return page


def cohort(module_page, title="Frühjahr", *, capacity=20, starts_in_days=14, trainers=()):
    start = timezone.localdate() + datetime.timedelta(days=starts_in_days)
    created = Cohort.objects.create(
        module=module_page,
        title=title,
        starts_on=start,
        ends_on=start + datetime.timedelta(days=60),
        place="Fortbildungszentrum, Raum 2",
        capacity=capacity,
    )
    created.trainers.set(trainers)
    return created


def session(cohort_, *, days=0, ue=8, in_presence=True, kind="theory"):
    return Session.objects.create(
        cohort=cohort_,
        date=cohort_.starts_on + datetime.timedelta(days=days),
        starts_at=datetime.time(9),
        ends_at=datetime.time(16, 30),
        ue=Decimal(ue),
        in_presence=in_presence,
        kind=kind,
        topic="Tag",
    )


def enrolment(user, cohort_, status=EnrolmentStatus.ENROLLED):
    return Enrolment.objects.create(user=user, cohort=cohort_, status=status)


def attended(enrolment_, session_, recorder, *, status=AttendanceStatus.PRESENT, ue=None):
    return Attendance.objects.create(
        session=session_,
        enrolment=enrolment_,
        status=status,
        ue_credited=session_.ue if ue is None and status == AttendanceStatus.PRESENT else ue or 0,
        recorded_by=recorder,
    )

"""Demo course programme: modules, lessons, cohorts and two participants' progress.

The teaching content is data in demo_content.py. Dates are relative to today, so the demo
always has running and upcoming cohorts. Running it again on the same day changes nothing.
"""

import datetime
from decimal import Decimal

from django.utils import timezone
from wagtail.rich_text import RichText

from academy.models import InstrumentPage, User
from casestudies.models import CaseStudyPage

from .demo_content import COHORTS, MODULES
from .enums import AssessmentResult, AttendanceStatus, EnrolmentStatus, SubmissionStatus
from .models import (
    Assessment,
    Attendance,
    Cohort,
    CourseCatalogPage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    ModulePage,
    QuizAttempt,
    ReflectionAnswer,
    Session,
    Submission,
    SupervisionRecord,
)

TRAINER = "trainerin@example.org"
NEARLY_CERTIFIED = "teilnehmerin@example.org"
JUST_STARTED = "teilnehmer@example.org"

# Completed cohorts of the nearly certified participant: (module slug, days: (ue, presence, kind)).
HISTORY = [
    ("basiskurs-case-management", [(8, True, "theory")] * 6 + [(8, True, "practice")]
     + [(8, False, "practice")] * 2),
    ("aufbaukurs-case-management", [(8, True, "theory")] * 6 + [(8, True, "practice")]
     + [(8, False, "practice")] * 2),
    ("kollegiale-beratung", [(8, True, "practice")] * 2 + [(4, False, "practice")] * 6
     + [(2, False, "practice")]),
]  # fmt: skip


def load(stdout):
    catalogue = CourseCatalogPage.objects.get()
    trainer = User.objects.get(email=TRAINER)
    modules = {spec["slug"]: build_module(catalogue, spec) for spec in MODULES}
    for spec in MODULES:
        module = modules[spec["slug"]]
        wanted = {modules[slug].pk for slug in spec["prerequisites"]}
        if set(module.prerequisites.values_list("pk", flat=True)) != wanted:
            module.prerequisites.set([modules[slug] for slug in spec["prerequisites"]])
            module.save_revision().publish()
    cohorts = [build_cohort(modules[spec["module"]], spec, trainer) for spec in COHORTS]
    build_nearly_certified(modules, trainer)
    build_just_started(modules, cohorts[0], trainer)
    stdout.write(
        f"Kurse: {len(modules)} Module, {LessonPage.objects.count()} Lektionen, "
        f"{Cohort.objects.count()} Durchgänge."
    )


def build_module(catalogue, spec):
    fields = {
        "title": spec["title"],
        "kind": spec["kind"],
        "component": spec["component"],
        "summary": spec["summary"],
        "audience": spec["audience"],
        "ue_theory": spec["ue_theory"],
        "ue_practice": spec["ue_practice"],
        "ue_presence": spec["ue_presence"],
        "learning_objectives": "<ul>"
        + "".join(f"<li>{item}</li>" for item in spec["learning_objectives"])
        + "</ul>",
        "search_description": spec["summary"],
    }
    module = ModulePage.objects.child_of(catalogue).filter(slug=spec["slug"]).first()
    if module is None:
        module = ModulePage(slug=spec["slug"], **fields)
        catalogue.add_child(instance=module)
        module.save_revision().publish()
    for lesson_spec in spec["lessons"]:
        build_lesson(module, lesson_spec)
    return module


def build_lesson(module, spec):
    if LessonPage.objects.child_of(module).filter(slug=spec["slug"]).exists():
        return
    lesson = LessonPage(
        slug=spec["slug"],
        title=spec["title"],
        ue=Decimal(spec["ue"]),
        body=[lesson_block(kind, value) for kind, value in spec["blocks"]],
    )
    module.add_child(instance=lesson)
    lesson.save_revision().publish()


def lesson_block(kind, value):
    if kind == "text":
        return ("text", RichText(value))
    if kind == "case_study":
        case = CaseStudyPage.objects.get(slug=value["slug"])
        return ("case_study", {"case_study": case, "task": value["task"]})
    if kind == "instrument":
        instrument = InstrumentPage.objects.live().get(slug=value["slug"])
        return ("instrument", {"instrument": instrument, "note": value["note"]})
    if kind == "quiz":
        return (
            "quiz",
            {
                "title": value["title"],
                "pass_mark": value["pass_mark"],
                "questions": [
                    {
                        "text": question["text"],
                        "choices": [
                            {"text": text, "correct": correct}
                            for text, correct in question["choices"]
                        ],
                        "explanation": question["explanation"],
                    }
                    for question in value["questions"]
                ],
            },
        )
    return (kind, value)


def day(offset):
    return timezone.localdate() + datetime.timedelta(days=offset)


def clock(text):
    hours, minutes = text.split(":")
    return datetime.time(int(hours), int(minutes))


def build_cohort(module, spec, trainer):
    offsets = [session["offset_days"] for session in spec["sessions"]]
    cohort, created = Cohort.objects.get_or_create(
        module=module,
        title=spec["title"],
        defaults={
            "starts_on": day(min(offsets)),
            "ends_on": day(max(offsets)),
            "place": spec["place"],
            "online": spec["online"],
            "capacity": spec["capacity"],
        },
    )
    if created:
        cohort.trainers.set([trainer])
        Session.objects.bulk_create(
            Session(
                cohort=cohort,
                date=day(session["offset_days"]),
                starts_at=clock(session["start"]),
                ends_at=clock(session["end"]),
                ue=Decimal(session["ue"]),
                in_presence=session["in_presence"],
                kind=session["kind"],
                topic=session["topic"],
            )
            for session in spec["sessions"]
        )
    return cohort


def historic_cohort(module, title, days, trainer, start_offset):
    cohort, created = Cohort.objects.get_or_create(
        module=module,
        title=title,
        defaults={
            "starts_on": day(start_offset),
            "ends_on": day(start_offset + 7 * len(days)),
            "place": "Fortbildungszentrum, Seminarraum 1",
            "enrolment_open": False,
        },
    )
    if created:
        cohort.trainers.set([trainer])
        Session.objects.bulk_create(
            Session(
                cohort=cohort,
                date=day(start_offset + 7 * number),
                starts_at=datetime.time(9),
                ends_at=datetime.time(16, 30) if ue == 8 else datetime.time(12, 15),
                ue=Decimal(ue),
                in_presence=presence,
                kind=kind,
                topic=f"{module.title}, Tag {number + 1}",
            )
            for number, (ue, presence, kind) in enumerate(days)
        )
    return cohort


def attend_all(enrolment, trainer, *, until=None):
    sessions = enrolment.cohort.sessions.all()
    if until is not None:
        sessions = sessions.filter(date__lte=until)
    for session in sessions:
        Attendance.objects.get_or_create(
            session=session,
            enrolment=enrolment,
            defaults={
                "status": AttendanceStatus.PRESENT,
                "ue_credited": session.ue,
                "recorded_by": trainer,
            },
        )


def build_nearly_certified(modules, trainer):
    """All UE, supervision and a passed documentation — only the colloquium is missing."""
    user = User.objects.get(email=NEARLY_CERTIFIED)
    for number, (slug, days) in enumerate(HISTORY):
        cohort = historic_cohort(
            modules[slug], "Durchgang 2025", days, trainer, start_offset=-400 + 90 * number
        )
        enrolment, _ = Enrolment.objects.get_or_create(
            user=user, cohort=cohort, defaults={"status": EnrolmentStatus.COMPLETED}
        )
        attend_all(enrolment, trainer)
    supervision = historic_cohort(
        modules["supervision"], "Supervisionsgruppe 2025", [], trainer, start_offset=-200
    )
    enrolment, _ = Enrolment.objects.get_or_create(
        user=user, cohort=supervision, defaults={"status": EnrolmentStatus.COMPLETED}
    )
    if not enrolment.supervision_records.exists():
        SupervisionRecord.objects.bulk_create(
            SupervisionRecord(
                enrolment=enrolment,
                date=day(-200 + 14 * number),
                ue=Decimal(4),
                topic=topic,
                supervisor=trainer,
                signed_off_at=timezone.now(),
            )
            for number, topic in enumerate(
                [
                    "Rollenklarheit zwischen Beratung und Kontrolle",
                    "Zielvereinbarung mit einer geduldeten Familie",
                    "Fallkonferenz mit Jobcenter und Jugendamt",
                    "Umgang mit Abbrüchen",
                    "Grenzen des eigenen Auftrags",
                    "Abschluss und Übergabe",
                ]
            )
        )
    final = historic_cohort(
        modules["abschluss-falldokumentation-kolloquium"],
        "Abschluss 2026",
        [(4, True, "practice")],
        trainer,
        start_offset=-20,
    )
    enrolment, _ = Enrolment.objects.get_or_create(
        user=user, cohort=final, defaults={"status": EnrolmentStatus.ENROLLED}
    )
    Submission.objects.get_or_create(
        enrolment=enrolment,
        title="Rechtskreisübergreifende Begleitung eines jungen Erwachsenen in Ausbildung",
        defaults={
            "phases": {
                "klaerung": "<p>Ein junger Mann Anfang 20 kommt über die Jugendberufshilfe.</p>",
                "assessment": "<p>Sprache, Wohnen und Aufenthalt stehen im Vordergrund.</p>",
                "hilfeplanung": "<p>Gemeinsam vereinbarte Ziele: Ausbildungsplatz, Wohnung.</p>",
            },
            "status": SubmissionStatus.PASSED,
            "feedback": "Klar strukturiert und gut anonymisiert.",
            "reviewed_by": trainer,
            "reviewed_at": timezone.now(),
        },
    )
    Assessment.objects.get_or_create(
        enrolment=enrolment,
        defaults={
            "held_on": day(14),
            "result": AssessmentResult.PASSED,
            "notes": "Termin vereinbart; Ergebnis wird nach dem Kolloquium endgültig.",
            "assessed_by": trainer,
            "is_final": False,
        },
    )


def build_just_started(modules, cohort, trainer):
    """Enrolled in the running Basiskurs, first two days attended, one lesson done."""
    user = User.objects.get(email=JUST_STARTED)
    enrolment, _ = Enrolment.objects.get_or_create(
        user=user, cohort=cohort, defaults={"status": EnrolmentStatus.ENROLLED}
    )
    first_days = list(cohort.sessions.order_by("date")[:2])
    if first_days:
        attend_all(enrolment, trainer, until=first_days[-1].date)
    lesson = LessonPage.objects.child_of(modules["basiskurs-case-management"]).first()
    if lesson is None:
        return
    for child in lesson.activities():
        if child.block_type == "reflection":
            ReflectionAnswer.objects.get_or_create(
                user=user,
                lesson=lesson,
                block_id=child.id,
                defaults={
                    "text": "<p>Ich kläre zuerst, wer welchen Auftrag hat, und frage nach, "
                    "welche Stellen schon beteiligt sind.</p>"
                },
            )
        else:
            QuizAttempt.objects.get_or_create(
                user=user,
                lesson=lesson,
                block_id=child.id,
                defaults={
                    "answers": [
                        next(i for i, c in enumerate(q["choices"]) if c["correct"])
                        for q in child.value["questions"]
                    ],
                    "score": 100,
                    "passed": True,
                },
            )
    LessonCompletion.objects.get_or_create(user=user, lesson=lesson)

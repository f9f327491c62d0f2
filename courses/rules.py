"""Progress, UE per DGCC component and what is still missing — computed in one place.

The dashboard, the admin, the certificate eligibility and the coordinator view (through the
set-based ``*_by_user`` functions, which the per-user ones call) all use them. Every
function runs a fixed number of queries, however many enrolments or lessons there are.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, DecimalField, OuterRef, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce, Left, Length
from django.utils import timezone
from django.utils.translation import gettext as _

from .enums import (
    AssessmentResult,
    AttendanceStatus,
    Component,
    EnrolmentStatus,
    SessionKind,
    SubmissionStatus,
)
from .models import (
    Attendance,
    Enrolment,
    LessonCompletion,
    LessonPage,
    Qualification,
    Session,
    SupervisionAmendment,
    SupervisionRecord,
)

ZERO = Decimal(0)


@dataclass
class Credit:
    """UE credited to one component."""

    total: Decimal = ZERO
    presence: Decimal = ZERO
    theory: Decimal = ZERO

    def add(self, ue, *, presence, theory):
        self.total += ue
        if presence:
            self.presence += ue
        if theory:
            self.theory += ue


def user_ids_filter(field, users):
    """``{field}__in`` for a queryset of users (a subquery) or an iterable of primary keys."""
    if isinstance(users, QuerySet):
        return {f"{field}__in": users.values("pk")}
    return {f"{field}__in": list(users)}


def credited_ue(user):
    """UE per component from attendance, signed supervision and completed lessons."""
    return credited_ue_by_user([user.pk])[user.pk]


def credited_ue_by_user(users):
    """``{user_id: {component: Credit}}`` for many users, aggregated in the database.

    ``users`` is a queryset of users or their primary keys. A fixed number of queries,
    however many users, enrolments or lessons there are.
    """
    credits = defaultdict(lambda: defaultdict(Credit))
    counted = ~Q(enrolment__status=EnrolmentStatus.WITHDRAWN)
    attendance = (
        Attendance.objects.filter(
            counted, status=AttendanceStatus.PRESENT, **user_ids_filter("enrolment__user", users)
        )
        .exclude(session__cohort__module__component="")
        .values(
            "enrolment__user_id",
            "session__cohort__module__component",
            "session__in_presence",
            "session__kind",
        )
        .annotate(ue=Sum("ue_credited"))
        .order_by()
    )
    for row in attendance:
        credits[row["enrolment__user_id"]][row["session__cohort__module__component"]].add(
            row["ue"],
            presence=row["session__in_presence"],
            theory=row["session__kind"] == SessionKind.THEORY,
        )

    latest_amendment = SupervisionAmendment.objects.filter(record=OuterRef("pk")).order_by(
        "-created_at", "-pk"
    )
    supervision = (
        SupervisionRecord.objects.filter(
            counted, signed_off_at__isnull=False, **user_ids_filter("enrolment__user", users)
        )
        .annotate(
            effective=Coalesce(
                Subquery(latest_amendment.values("ue")[:1]),
                "ue",
                output_field=DecimalField(max_digits=4, decimal_places=1),
            )
        )
        .values("enrolment__user_id", "in_presence")
        .annotate(ue=Sum("effective"))
        .order_by()
    )
    for row in supervision:
        credits[row["enrolment__user_id"]][Component.SUPERVISION].add(
            row["ue"], presence=row["in_presence"], theory=False
        )

    # Lessons are children of their module: the module's path is the lesson's path
    # without its last step.
    lessons = list(
        LessonCompletion.objects.filter(
            lesson__live=True, lesson__ue__gt=0, **user_ids_filter("user", users)
        )
        .annotate(module_path=Left("lesson__path", Length("lesson__path") - LessonPage.steplen))
        .values("user_id", "module_path")
        .annotate(ue=Sum("lesson__ue"))
        .order_by()
    )
    if lessons:
        components = module_components({row["module_path"] for row in lessons})
        for row in lessons:
            if component := components.get(row["module_path"]):
                credits[row["user_id"]][component].add(row["ue"], presence=False, theory=True)
    return credits


def module_components(module_paths):
    """``{module path: component}`` of the modules that count towards a component."""
    from .models import ModulePage

    return dict(
        ModulePage.objects.filter(path__in=module_paths)
        .exclude(component="")
        .values_list("path", "component")
    )


@dataclass
class ComponentProgress:
    component: str
    label: str
    required: int
    required_presence: int
    required_theory: int
    credit: Credit

    @property
    def missing(self):
        return max(Decimal(self.required) - self.credit.total, ZERO)

    @property
    def missing_presence(self):
        return max(Decimal(self.required_presence) - self.credit.presence, ZERO)

    @property
    def missing_theory(self):
        return max(Decimal(self.required_theory) - self.credit.theory, ZERO)

    @property
    def complete(self):
        return not (self.missing or self.missing_presence or self.missing_theory)

    @property
    def percent(self):
        if not self.required:
            return 100
        return min(int(self.credit.total * 100 / self.required), 100)


@dataclass
class QualificationProgress:
    qualification: Qualification
    components: list[ComponentProgress]
    presence_total: Decimal
    documentation_passed: bool
    colloquium_passed: bool
    missing_ue: list[str] = field(default_factory=list)

    @property
    def missing(self):
        """Everything still missing: UE, the case documentation and the colloquium."""
        missing = list(self.missing_ue)
        if not self.documentation_passed:
            missing.append(_("Bestandene Falldokumentation"))
        if not self.colloquium_passed:
            missing.append(_("Bestandenes Kolloquium"))
        return missing

    @property
    def complete(self):
        return not self.missing

    @property
    def total_ue(self):
        return sum((c.credit.total for c in self.components), ZERO)


def qualification_progress(user, qualification):
    return qualification_progress_by_user([user.pk], qualification)[user.pk]


def qualification_progress_by_user(users, qualification):
    """``{user_id: QualificationProgress}`` for many users in a fixed number of queries.

    ``users`` is a queryset of users or their primary keys; a user without any record
    gets an empty progress on lookup.
    """
    requirements = list(qualification.components.all())
    credits = credited_ue_by_user(users)
    results = (
        Enrolment.objects.filter(**user_ids_filter("user", users))
        .exclude(status=EnrolmentStatus.WITHDRAWN)
        .values("user_id")
        .annotate(
            documentation=Count("pk", filter=Q(submissions__status=SubmissionStatus.PASSED)),
            colloquium=Count(
                "pk",
                filter=Q(assessment__result=AssessmentResult.PASSED, assessment__is_final=True),
            ),
        )
        .order_by()
    )
    passed = {row["user_id"]: row for row in results}

    def build(user_id):
        return progress_from(
            qualification, requirements, credits.get(user_id, {}), passed.get(user_id, {})
        )

    return ProgressByUser(build, {user_id: build(user_id) for user_id in credits.keys() | passed})


class ProgressByUser(dict):
    """A dict of progress per user id that builds the empty progress of users not in it."""

    def __init__(self, build, progress):
        super().__init__(progress)
        self.build = build

    def __missing__(self, user_id):
        return self.build(user_id)


def progress_from(qualification, requirements, credits, passed):
    """The progress towards ``qualification`` from a user's credits and passed results."""
    components = [
        ComponentProgress(
            component=row.component,
            label=Component(row.component).label,
            required=row.ue,
            required_presence=row.presence_ue,
            required_theory=row.theory_ue,
            credit=credits.get(row.component, Credit()),
        )
        for row in requirements
    ]
    presence_total = sum((c.credit.presence for c in components), ZERO)
    missing = []
    for progress in components:
        if progress.missing:
            missing.append(
                _("%(label)s: noch %(ue)s UE")
                % {"label": progress.label, "ue": fmt(progress.missing)}
            )
        if progress.missing_presence:
            missing.append(
                _("%(label)s: noch %(ue)s UE in Präsenz")
                % {"label": progress.label, "ue": fmt(progress.missing_presence)}
            )
        if progress.missing_theory:
            missing.append(
                _("%(label)s: noch %(ue)s UE Theorie")
                % {"label": progress.label, "ue": fmt(progress.missing_theory)}
            )
    if presence_total < qualification.presence_ue:
        missing.append(
            _("Insgesamt noch %(ue)s UE in Präsenz")
            % {"ue": fmt(Decimal(qualification.presence_ue) - presence_total)}
        )
    return QualificationProgress(
        qualification=qualification,
        components=components,
        presence_total=presence_total,
        documentation_passed=passed.get("documentation", 0) > 0,
        colloquium_passed=passed.get("colloquium", 0) > 0,
        missing_ue=missing,
    )


def fmt(value):
    return f"{value.normalize():f}".replace(".", ",")


@dataclass
class EnrolmentProgress:
    enrolment: Enrolment
    lessons: list
    completed_ids: set

    @property
    def completed(self):
        return [lesson for lesson in self.lessons if lesson.pk in self.completed_ids]

    @property
    def open(self):
        return [lesson for lesson in self.lessons if lesson.pk not in self.completed_ids]

    @property
    def percent(self):
        if not self.lessons:
            return 0
        return int(len(self.completed) * 100 / len(self.lessons))


def enrolment_progress(user):
    """Each non-withdrawn enrolment with its module's lessons and which are completed."""
    enrolments = list(
        Enrolment.objects.filter(user=user)
        .exclude(status=EnrolmentStatus.WITHDRAWN)
        .select_related("cohort__module")
        .order_by("cohort__starts_on")
    )
    if not enrolments:
        return []
    module_paths = {e.cohort.module.path for e in enrolments}
    depth = enrolments[0].cohort.module.depth + 1
    lessons_by_module = defaultdict(list)
    lessons = (
        LessonPage.objects.live()
        .filter(depth=depth, path__regex=rf"^({'|'.join(sorted(module_paths))})")
        .only("pk", "title", "path", "url_path", "depth")
        .order_by("path")
    )
    for lesson in lessons:
        lessons_by_module[lesson.path[: -LessonPage.steplen]].append(lesson)
    completed = set(LessonCompletion.objects.filter(user=user).values_list("lesson_id", flat=True))
    return [
        EnrolmentProgress(
            enrolment=e,
            lessons=lessons_by_module[e.cohort.module.path],
            completed_ids=completed,
        )
        for e in enrolments
    ]


def upcoming_sessions(user, limit=10):
    return (
        Session.objects.filter(
            cohort__enrolments__user=user,
            cohort__enrolments__status=EnrolmentStatus.ENROLLED,
            date__gte=timezone.localdate(),
        )
        .select_related("cohort__module")
        .order_by("date", "starts_at")[:limit]
    )

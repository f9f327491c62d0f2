"""Enrolling in, withdrawing from and completing cohorts, with capacity and a waiting list."""

from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import hooks

from .enums import AttendanceStatus, EnrolmentStatus
from .models import Cohort, Enrolment


class EnrolmentError(Exception):
    """A refused enrolment; the message is German and meant for the participant."""


def missing_prerequisites(module, user):
    required = list(module.prerequisites.all())
    if not required:
        return []
    completed = set(
        Enrolment.objects.filter(
            user=user, status=EnrolmentStatus.COMPLETED, cohort__module__in=required
        ).values_list("cohort__module_id", flat=True)
    )
    return [prerequisite for prerequisite in required if prerequisite.pk not in completed]


def enrol(user, cohort):
    """Enrol, or put on the waiting list when the cohort is full. Safe under concurrency."""
    with transaction.atomic():
        # A no-op UPDATE locks the cohort row (PostgreSQL) or the database (SQLite) until
        # commit, so two people can never both take the last place.
        Cohort.objects.filter(pk=cohort.pk).update(capacity=F("capacity"))
        cohort = Cohort.objects.with_places().select_related("module").get(pk=cohort.pk)
        if not cohort.enrolment_open or cohort.has_started:
            raise EnrolmentError(_("Für diesen Durchgang ist keine Anmeldung mehr möglich."))
        if (
            Enrolment.objects.filter(user=user, cohort=cohort)
            .exclude(status=EnrolmentStatus.WITHDRAWN)
            .exists()
        ):
            raise EnrolmentError(_("Sie sind für diesen Durchgang bereits angemeldet."))
        if missing := missing_prerequisites(cohort.module, user):
            raise EnrolmentError(
                _("Vor diesem Modul müssen Sie abschließen: %(modules)s.")
                % {"modules": ", ".join(module.title for module in missing)}
            )
        status = (
            EnrolmentStatus.ENROLLED if cohort.free_places() > 0 else EnrolmentStatus.WAITLISTED
        )
        return Enrolment.objects.create(user=user, cohort=cohort, status=status)


def withdraw(enrolment):
    """Withdraw; a freed place goes to the first person on the waiting list."""
    with transaction.atomic():
        Cohort.objects.filter(pk=enrolment.cohort_id).update(capacity=F("capacity"))
        enrolment = Enrolment.objects.select_related("cohort").get(pk=enrolment.pk)
        if enrolment.status not in (EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED):
            raise EnrolmentError(_("Diese Anmeldung kann nicht mehr zurückgezogen werden."))
        freed_place = enrolment.status == EnrolmentStatus.ENROLLED
        enrolment.status = EnrolmentStatus.WITHDRAWN
        enrolment.withdrawn_at = timezone.now()
        enrolment.save(update_fields=["status", "withdrawn_at"])
        if freed_place:
            return promote_from_waiting_list(enrolment.cohort)
    return None


def promote_from_waiting_list(cohort):
    cohort = Cohort.objects.with_places().get(pk=cohort.pk)
    if cohort.free_places() <= 0:
        return None
    waiting = (
        Enrolment.objects.filter(cohort=cohort, status=EnrolmentStatus.WAITLISTED)
        .order_by("created_at", "pk")
        .first()
    )
    if waiting:
        waiting.status = EnrolmentStatus.ENROLLED
        waiting.save(update_fields=["status"])
        transaction.on_commit(lambda: notify_promotion(waiting.pk))
    return waiting


def notify_promotion(enrolment_id):
    enrolment = Enrolment.objects.select_related("user", "cohort__module").get(pk=enrolment_id)
    send_mail(
        _("[Fallwerk] Sie haben einen Platz bekommen"),
        _(
            "Guten Tag,\n\nim Durchgang „%(cohort)s“ ist ein Platz frei geworden. Sie sind "
            "jetzt von der Warteliste nachgerückt und verbindlich angemeldet.\n\n"
            "Ihr Fallwerk-Team"
        )
        % {"cohort": enrolment.cohort},
        None,
        [enrolment.user.email],
    )


def enrolment_options(module, user):
    """What the module page offers this visitor: cohorts, their own enrolments, blockers."""
    cohorts = list(module.cohorts.open_for_enrolment().with_places().prefetch_related("trainers"))
    if not user.is_authenticated:
        return {"cohorts": cohorts, "own_enrolments": {}, "missing_prerequisites": []}
    own = {
        enrolment.cohort_id: enrolment
        for enrolment in Enrolment.objects.filter(user=user, cohort__module=module).exclude(
            status=EnrolmentStatus.WITHDRAWN
        )
    }
    return {
        "cohorts": cohorts,
        "own_enrolments": own,
        "missing_prerequisites": missing_prerequisites(module, user),
        "is_enrolled": any(e.status != EnrolmentStatus.WAITLISTED for e in own.values()),
    }


def can_learn(user, module):
    """Participants with an active enrolment, the module's trainers and staff see lessons."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    active = [EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED]
    return module.cohorts.filter(
        Q(trainers=user) | Q(enrolments__user=user, enrolments__status__in=active)
    ).exists()


#: Attendance in percent needed to complete a cohort when no app asks for another value.
DEFAULT_COMPLETION_THRESHOLD = 80


def completion_threshold(cohort):
    """The attendance in percent needed to complete ``cohort``.

    Apps above courses answer through the Wagtail hook ``courses_completion_threshold`` (a
    function of the cohort that returns a percentage or None); the certificates app answers
    with the threshold of the module's Teilnahmebescheinigung. The lowest answer counts.
    """
    answers = [answer(cohort) for answer in hooks.get_hooks("courses_completion_threshold")]
    return min(
        (answer for answer in answers if answer is not None), default=DEFAULT_COMPLETION_THRESHOLD
    )


def attendance_rows(cohort, threshold):
    """The active enrolments of ``cohort`` with attendance, rate and verdict, by name.

    The rate is counted as the award rule counts it: sessions attended (present) out of all
    sessions of the cohort, rounded down to whole percent.
    """
    total = cohort.sessions.count()
    enrolments = (
        Enrolment.objects.active()
        .filter(cohort=cohort)
        .select_related("user")
        .annotate(
            attended=Count("attendances", filter=Q(attendances__status=AttendanceStatus.PRESENT)),
            recorded=Count("attendances"),
        )
        .order_by("user__last_name", "user__first_name", "pk")
    )
    rows = []
    for enrolment in enrolments:
        rate = enrolment.attended * 100 // total if total else 0
        completed = enrolment.status == EnrolmentStatus.COMPLETED
        reasons = []
        if rate < threshold:
            reasons.append(
                _("Anwesenheit %(rate)d %% von mindestens %(threshold)d %%")
                % {"rate": rate, "threshold": threshold}
            )
            if missing := total - enrolment.recorded:
                reasons.append(
                    ngettext(
                        "%(count)d Termin ist noch nicht erfasst",
                        "%(count)d Termine sind noch nicht erfasst",
                        missing,
                    )
                    % {"count": missing}
                )
        rows.append(
            {
                "enrolment": enrolment,
                "attended": enrolment.attended,
                "total": total,
                "rate": rate,
                "completed": completed,
                "meets": rate >= threshold,
                "reasons": reasons,
            }
        )
    return rows


def complete_cohort(cohort, threshold):
    """Mark every enrolment of ``cohort`` completed whose attendance meets ``threshold``.

    Each enrolment is saved on its own, so that apps listening to post_save (the certificates
    app issues the Teilnahmebescheinigung) see the change; returns the completed enrolments.
    """
    completed = []
    with transaction.atomic():
        # Lock the group, so that two trainers closing the cohort at once complete each once.
        list(Enrolment.objects.select_for_update().filter(cohort=cohort).values_list("pk"))
        now = timezone.now()
        for row in attendance_rows(cohort, threshold):
            enrolment = row["enrolment"]
            if row["completed"] or not row["meets"]:
                continue
            enrolment.status = EnrolmentStatus.COMPLETED
            enrolment.completed_at = now
            enrolment.save(update_fields=["status", "completed_at"])
            completed.append(enrolment)
    return completed

"""Who may receive which certificate, and what is still missing — from courses.rules."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.utils.translation import gettext as _

from courses import rules
from courses.enums import AttendanceStatus, EnrolmentStatus
from courses.models import Enrolment, Session

from .enums import CertificateKind


@dataclass
class Eligibility:
    eligible: bool
    missing: list[str] = field(default_factory=list)
    modules: list[dict] = field(default_factory=list)
    total_ue: Decimal = Decimal(0)


def for_qualification(certificate_type, user):
    """The qualification's UE rule (courses.rules) plus the type's further requirements."""
    progress = rules.qualification_progress(user, certificate_type.qualification)
    missing = list(progress.missing_ue)
    if certificate_type.requires_documentation and not progress.documentation_passed:
        missing.append(_("Bestandene Falldokumentation"))
    if certificate_type.requires_colloquium and not progress.colloquium_passed:
        missing.append(_("Bestandenes Kolloquium"))
    return Eligibility(
        eligible=not missing,
        missing=missing,
        modules=completed_modules(user),
        total_ue=progress.total_ue,
    )


def for_enrolment(certificate_type, enrolment):
    """Attendance of one module's cohort against the type's threshold."""
    cohort = enrolment.cohort
    counts = Session.objects.filter(cohort=cohort).aggregate(
        # distinct: the join with the attendances of the whole group repeats every session.
        total=Count("pk", distinct=True),
        attended=Count(
            "pk",
            distinct=True,
            filter=Q(
                attendances__enrolment=enrolment,
                attendances__status=AttendanceStatus.PRESENT,
            ),
        ),
    )
    missing = []
    if enrolment.status == EnrolmentStatus.WITHDRAWN:
        missing.append(_("Die Anmeldung wurde zurückgezogen."))
    rate = (counts["attended"] * 100 // counts["total"]) if counts["total"] else 0
    if rate < certificate_type.attendance_threshold:
        missing.append(
            _("Anwesenheit %(rate)d %% von mindestens %(threshold)d %%")
            % {"rate": rate, "threshold": certificate_type.attendance_threshold}
        )
    credited = enrolment.attendances.filter(status=AttendanceStatus.PRESENT).aggregate(
        ue=Sum("ue_credited")
    )["ue"] or Decimal(0)
    module = {
        "title": cohort.module.title,
        "dates": f"{cohort.starts_on:%d.%m.%Y} – {cohort.ends_on:%d.%m.%Y}",
        "ue": str(credited),
    }
    return Eligibility(eligible=not missing, missing=missing, modules=[module], total_ue=credited)


def completed_modules(user):
    enrolments = (
        Enrolment.objects.filter(user=user, status=EnrolmentStatus.COMPLETED)
        .select_related("cohort__module")
        .annotate(
            ue=Sum(
                "attendances__ue_credited",
                filter=Q(attendances__status=AttendanceStatus.PRESENT),
            )
        )
        .order_by("cohort__starts_on")
    )
    return [
        {
            "title": e.cohort.module.title,
            "dates": f"{e.cohort.starts_on:%d.%m.%Y} – {e.cohort.ends_on:%d.%m.%Y}",
            "ue": str(e.ue or 0),
        }
        for e in enrolments
    ]


def check(certificate_type, user, enrolment=None):
    if certificate_type.kind == CertificateKind.QUALIFICATION:
        return for_qualification(certificate_type, user)
    if enrolment is None:
        return Eligibility(eligible=False, missing=[_("Bitte einen Durchgang angeben.")])
    return for_enrolment(certificate_type, enrolment)

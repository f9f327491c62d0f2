"""Builders for certificate tests: names say the state they create.

`certificate` makes a snapshot row quickly (no PDF, no eligibility check), `with_pdf` renders
and signs it as the background task does, `issued_certificate` goes the whole way (attendance,
issue(), PDF); `revoked`, `superseded` and `expired` make the other states. Call
`demo_signing_key` first: it puts the demo key where the test settings expect it.
"""

import datetime
import io
from decimal import Decimal

from django.core.management import call_command
from django.utils import timezone

from certificates import issuing
from certificates.models import Certificate, CertificateType
from certificates.tasks import render_certificate
from courses.enums import EnrolmentStatus
from tests.courses import builders as course_builders

REVOCATION_REASON = "Die Teilnahme wurde nachträglich als nicht erbracht festgestellt."


def demo_signing_key():
    """The demo key in the test settings' CERTIFICATE_SIGNING_DIR (idempotent)."""
    call_command("create_demo_signing_key", stdout=io.StringIO())


def attendance_type():
    return CertificateType.objects.get(number_prefix="TB")


def certificate(holder, *, holder_name="Erika Muster", issued_on=None, **fields):
    """A valid attendance certificate as issue() would snapshot it, without its PDF."""
    certificate_type = fields.pop("certificate_type", None) or attendance_type()
    issued_on = issued_on or timezone.localdate()
    values = {
        "certificate_type": certificate_type,
        "holder": holder,
        "number": issuing.allocate_number(certificate_type.number_prefix, issued_on.year),
        "holder_name": holder_name,
        "municipality_name": "Köln",
        "type_name": certificate_type.name,
        "modules": [{"title": "Basiskurs", "dates": "02.03.2026 – 06.03.2026", "ue": "40"}],
        "total_ue": Decimal(40),
        "issued_on": issued_on,
        "issuer_name": "Fallwerk Akademie",
        "signatory": certificate_type.signatory,
        "template_version": certificate_type.template_version,
        "language": certificate_type.language,
    }
    values.update(fields)
    return Certificate.objects.create(**values)


def with_pdf(certificate_):
    """Render and sign the PDF the way the background task does; returns the fresh row."""
    render_certificate.call(certificate_.pk)
    certificate_.refresh_from_db()
    return certificate_


def attended_cohort(user, module, trainer, *, present=5):
    """A completed cohort of ``module`` with ``present`` attended days."""
    cohort = course_builders.cohort(module, starts_in_days=-30)
    enrolment = course_builders.enrolment(user, cohort, EnrolmentStatus.COMPLETED)
    for day in range(present):
        course_builders.attended(enrolment, course_builders.session(cohort, days=day), trainer)
    return enrolment


def issued_certificate(user, trainer, *, module=None, by=None):
    """An attendance certificate issued with issue() for a Basiskurs, its PDF rendered.

    Outside a transaction (live-server tests) issue() queues the PDF after commit and the
    test settings' ImmediateBackend renders it at once; inside a test transaction that never
    commits, it is rendered here (the task does nothing the second time).
    """
    if module is None:
        module = course_builders.module(course_builders.catalogue())
    enrolment = attended_cohort(user, module, trainer)
    issued = issuing.issue(attendance_type(), user, by=by, enrolment=enrolment)
    return with_pdf(issued)


def revoked(certificate_, *, by=None, reason=REVOCATION_REASON):
    return issuing.revoke(certificate_, by=by, reason=reason)


def superseded(certificate_, *, by=None, name=None):
    """Re-issue ``certificate_``; returns (old, new) fresh from the database."""
    new = issuing.reissue(certificate_, by=by, reason="Namensänderung", name=name)
    certificate_.refresh_from_db()
    return certificate_, new


def expired(holder, **fields):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    return certificate(
        holder, issued_on=yesterday - datetime.timedelta(days=365), valid_until=yesterday, **fields
    )

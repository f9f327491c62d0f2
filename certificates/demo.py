"""Demo certificates: issued, revoked and superseded ones for the nearly certified participant."""

import io

from django.conf import settings
from django.core.management import call_command

from academy.models import User
from courses.enums import EnrolmentStatus
from courses.models import Enrolment

from . import issuing
from .enums import CertificateStatus
from .models import Certificate, CertificateType

HOLDER = "teilnehmerin@example.org"
ADMINISTRATOR = "verwaltung@example.org"


def load(stdout):
    if settings.DEBUG or settings.CERTIFICATE_ALLOW_DEMO_KEY:
        call_command("create_demo_signing_key", stdout=io.StringIO())
    holder = User.objects.get(email=HOLDER)
    administrator = User.objects.get(email=ADMINISTRATOR)
    attendance = CertificateType.objects.get(number_prefix="TB")
    enrolments = (
        Enrolment.objects.filter(user=holder, status=EnrolmentStatus.COMPLETED)
        .select_related("cohort__module")
        .order_by("cohort__starts_on")
    )
    if not Certificate.objects.filter(holder=holder).exists():
        issued = [
            issuing.issue(attendance, holder, by=administrator, enrolment=e, on=e.cohort.ends_on)
            for e in enrolments
            if e.cohort.sessions.exists()
        ]
        if len(issued) >= 2:
            # A name was misspelt on the first one: re-issued, the old one superseded.
            issuing.reissue(
                issued[0], by=administrator, reason="Schreibweise des Namens korrigiert"
            )
            # One was issued for the wrong cohort and withdrawn.
            issuing.revoke(
                issued[1],
                by=administrator,
                reason="Versehentlich für den falschen Durchgang ausgestellt.",
            )
            enrolment = next(
                e for e in enrolments if e.cohort.module.title == issued[1].modules[0]["title"]
            )
            issuing.issue(attendance, holder, by=administrator, enrolment=enrolment)
    counts = {
        status.label: Certificate.objects.filter(status=status).count()
        for status in CertificateStatus
    }
    stdout.write(
        "Zertifikate: " + ", ".join(f"{count} {label}" for label, count in counts.items()) + "."
    )

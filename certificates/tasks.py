"""Background work for certificates, run by `manage.py db_worker`."""

import hashlib
from decimal import Decimal

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _
from django_tasks import task

from . import batches
from .models import Certificate, CertificateEvent
from .pdf import CertificateDocument, ModuleLine, institute_logo, render_signed_pdf


def verification_url(certificate):
    path = reverse("certificates:verify", args=[certificate.verification_code])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def document_for(certificate):
    return CertificateDocument(
        number=certificate.number,
        type_name=certificate.type_name,
        holder_name=certificate.holder_name,
        municipality=certificate.municipality_name,
        issued_on=certificate.issued_on,
        modules=tuple(
            ModuleLine(title=m["title"], dates=m["dates"], ue=Decimal(m["ue"]))
            for m in certificate.modules
        ),
        total_ue=certificate.total_ue,
        institute_name=certificate.issuer_name,
        signatory=certificate.signatory,
        verification_url=verification_url(certificate),
        verification_code=certificate.verification_code,
        language=certificate.language,
        template_version=certificate.template_version,
        valid_until=certificate.valid_until,
        logo=institute_logo(),
    )


@task()
def render_certificate(certificate_id):
    """Render, sign and store the PDF once; safe to run again after a crash."""
    certificate = Certificate.objects.get(pk=certificate_id)
    if certificate.sha256:
        return
    pdf = render_signed_pdf(document_for(certificate))
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate_id)
        if locked.sha256:
            return
        locked.pdf.save(f"{locked.number}.pdf", ContentFile(pdf), save=False)
        locked.sha256 = hashlib.sha256(pdf).hexdigest()
        locked.save(update_fields=["pdf", "sha256"])
        CertificateEvent.objects.create(
            certificate=locked, action=CertificateEvent.Action.PDF_CREATED
        )
        if locked.holder_id:
            transaction.on_commit(lambda: notify_holder(locked.pk))


@task()
def issue_batch(batch_id):
    """Issue a batch item by item and render its PDFs; resumable (see certificates.batches)."""
    return batches.run(batch_id)


def notify_holder(certificate_id):
    certificate = Certificate.objects.select_related("holder").get(pk=certificate_id)
    send_mail(
        _("[Fallwerk] Ihr Zertifikat %(number)s") % {"number": certificate.number},
        _(
            "Guten Tag,\n\nfür Sie wurde „%(type)s“ ausgestellt (Nummer %(number)s). "
            "Sie finden das PDF unter „Meine Zertifikate“.\n\nJede und jeder kann es hier "
            "prüfen: %(url)s\n\nIhr Fallwerk-Team"
        )
        % {
            "type": certificate.type_name,
            "number": certificate.number,
            "url": verification_url(certificate),
        },
        None,
        [certificate.holder.email],
    )


@task()
def issue_attendance_certificates(enrolment_id):
    """Issue the Teilnahmebescheinigungen of a completed enrolment, at most once each.

    Queued by certificates.signal_handlers when an enrolment becomes "completed". Types of
    kind "Teilnahmebescheinigung" apply to their modules (or to every module, when they name
    none); issue() returns the valid certificate that exists instead of a second one, and the
    enrolment row is locked so that two runs for it cannot both issue. Returns the PKs.
    """
    import logging

    from django.db.models import Q

    from courses.enums import EnrolmentStatus
    from courses.models import Enrolment

    from .enums import CertificateKind
    from .issuing import IssuingError, issue
    from .models import CertificateType

    with transaction.atomic():
        enrolment = (
            Enrolment.objects.select_for_update(of=("self",))
            .select_related("cohort__module", "user")
            .filter(pk=enrolment_id, status=EnrolmentStatus.COMPLETED)
            .first()
        )
        if enrolment is None:
            return []
        module = enrolment.cohort.module
        types = (
            CertificateType.objects.filter(kind=CertificateKind.ATTENDANCE)
            .filter(Q(modules=module) | Q(modules=None))
            .distinct()
            .order_by("pk")
        )
        issued = []
        for certificate_type in types:
            try:
                issued.append(issue(certificate_type, enrolment.user, enrolment=enrolment).pk)
            except IssuingError as error:
                logging.getLogger(__name__).info(
                    "No %s for enrolment %s: %s", certificate_type, enrolment_id, error
                )
    return issued

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

from .models import Certificate, CertificateEvent
from .pdf import CertificateDocument, ModuleLine, render_signed_pdf


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

"""Issuing, revoking and re-issuing certificates — one function per use case.

Each runs in one transaction; rendering and signing the PDF and the e-mail run as
background tasks after commit.
"""

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.models import SiteSettings

from . import eligibility
from .enums import CertificateStatus
from .models import Certificate, CertificateEvent, NumberSequence


class IssuingError(Exception):
    """A refused issue, revocation or re-issue; the message is German."""


def allocate_number(prefix, year):
    """The next number of the year, gapless: the sequence row is locked until commit."""
    NumberSequence.objects.get_or_create(prefix=prefix, year=year)
    NumberSequence.objects.filter(prefix=prefix, year=year).update(last=F("last") + 1)
    last = NumberSequence.objects.get(prefix=prefix, year=year).last
    return f"{prefix}-{year}-{last:06d}"


def add_months(day, months):
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    for candidate in range(day.day, 0, -1):
        try:
            return day.replace(year=year, month=month, day=candidate)
        except ValueError:
            continue
    raise ValueError(day)


def issue(certificate_type, user, *, by=None, enrolment=None, on=None):
    """Issue a certificate, or return the valid one this person already has."""
    from .tasks import render_certificate

    with transaction.atomic():
        existing = Certificate.objects.filter(
            certificate_type=certificate_type, holder=user, status=CertificateStatus.VALID
        )
        if enrolment is not None:
            existing = existing.filter(modules__0__title=enrolment.cohort.module.title)
        if found := existing.first():
            return found
        result = eligibility.check(certificate_type, user, enrolment)
        if not result.eligible:
            raise IssuingError(
                _("Die Voraussetzungen sind nicht erfüllt: %(missing)s")
                % {"missing": "; ".join(result.missing)}
            )
        certificate = create(certificate_type, user, result, by=by, on=on)
        CertificateEvent.objects.create(
            certificate=certificate, action=CertificateEvent.Action.ISSUED, user=by
        )
        transaction.on_commit(lambda: render_certificate.enqueue(certificate.pk))
    return certificate


def create(certificate_type, user, result, *, by=None, on=None, name=None):
    issued_on = on or timezone.localdate()
    profile = getattr(user, "profile", None)
    institute = SiteSettings.objects.order_by("pk").first()
    return Certificate.objects.create(
        certificate_type=certificate_type,
        holder=user,
        number=allocate_number(certificate_type.number_prefix, issued_on.year),
        holder_name=name or (profile.certificate_name if profile else user.get_full_name()),
        municipality_name=str(profile.municipality) if profile and profile.municipality else "",
        type_name=certificate_type.name,
        modules=result.modules,
        total_ue=result.total_ue,
        issued_on=issued_on,
        valid_until=add_months(issued_on, certificate_type.validity_months)
        if certificate_type.validity_months
        else None,
        issuer_name=institute.institute_name if institute else "Fallwerk Akademie",
        signatory=certificate_type.signatory,
        template_version=certificate_type.template_version,
        language=certificate_type.language,
        issued_by=by,
    )


def revoke(certificate, *, by, reason):
    reason = (reason or "").strip()
    if not reason:
        raise IssuingError(_("Bitte geben Sie einen Grund für den Widerruf an."))
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if certificate.status != CertificateStatus.VALID:
            raise IssuingError(_("Nur gültige Zertifikate können widerrufen werden."))
        certificate.status = CertificateStatus.REVOKED
        certificate.revoked_at = timezone.now()
        certificate.revocation_reason = reason
        certificate.save(update_fields=["status", "revoked_at", "revocation_reason"])
        CertificateEvent.objects.create(
            certificate=certificate, action=CertificateEvent.Action.REVOKED, user=by, details=reason
        )
    return certificate


def reissue(certificate, *, by, reason, name=None):
    """A new certificate that supersedes the old one (e.g. after a name change)."""
    from .tasks import render_certificate

    with transaction.atomic():
        old = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if old.status != CertificateStatus.VALID:
            raise IssuingError(_("Nur gültige Zertifikate können neu ausgestellt werden."))
        result = eligibility.Eligibility(eligible=True, modules=old.modules, total_ue=old.total_ue)
        new = create(old.certificate_type, old.holder, result, by=by, name=name)
        old.status = CertificateStatus.SUPERSEDED
        old.superseded_by = new
        old.save(update_fields=["status", "superseded_by"])
        CertificateEvent.objects.create(
            certificate=old, action=CertificateEvent.Action.REISSUED, user=by, details=reason
        )
        CertificateEvent.objects.create(
            certificate=new, action=CertificateEvent.Action.ISSUED, user=by, details=reason
        )
        transaction.on_commit(lambda: render_certificate.enqueue(new.pk))
    return new

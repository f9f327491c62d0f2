"""Decoupled reactions of the certificates app, connected in CertificatesConfig.ready().

* A certificate saved or deleted (revocation, re-issue, its PDF stored): its cached
  verification page must not be served again (the status token is renewed at once and again
  after commit, so that no request that read the old state can store a page under the new one).
* An enrolment that becomes "completed" (the trainer closes the cohort): the attendance
  certificates of its module are issued by a background task after commit.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save

from courses.enums import EnrolmentStatus


def on_certificate_change(sender, instance, **kwargs):
    from .views import renew_status_token

    code = instance.verification_code
    renew_status_token(code)
    transaction.on_commit(lambda: renew_status_token(code))


def remember_completion(sender, instance, raw=False, **kwargs):
    """Note whether this save turns an existing enrolment into a completed one."""
    instance._becomes_completed = False
    if raw or instance.pk is None or instance.status != EnrolmentStatus.COMPLETED:
        return
    before = sender.objects.filter(pk=instance.pk).values_list("status", flat=True).first()
    instance._becomes_completed = before is not None and before != EnrolmentStatus.COMPLETED


def on_enrolment_completed(sender, instance, created=False, raw=False, **kwargs):
    if raw or not getattr(instance, "_becomes_completed", False):
        return
    instance._becomes_completed = False
    from .tasks import issue_attendance_certificates

    enrolment_id = instance.pk
    transaction.on_commit(lambda: issue_attendance_certificates.enqueue(enrolment_id))


def connect():
    from courses.models import Enrolment

    from .models import Certificate

    post_save.connect(on_certificate_change, sender=Certificate, dispatch_uid="cert-status-save")
    post_delete.connect(
        on_certificate_change, sender=Certificate, dispatch_uid="cert-status-delete"
    )
    pre_save.connect(remember_completion, sender=Enrolment, dispatch_uid="cert-enrolment-pre")
    post_save.connect(
        on_enrolment_completed, sender=Enrolment, dispatch_uid="cert-enrolment-completed"
    )

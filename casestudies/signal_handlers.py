from wagtail.signals import workflow_submitted


def record_submission(sender, instance, user, **kwargs):
    """Audit trail: a submission is kept with the checker's findings at that moment."""
    from .models import CaseStudyPage, ReviewDecision

    page = instance.content_object.specific
    if isinstance(page, CaseStudyPage):
        draft = page.get_latest_revision_as_object()
        ReviewDecision.objects.create(
            page=page,
            revision=page.latest_revision,
            user=user,
            decision=ReviewDecision.Decision.SUBMITTED,
            findings=draft.check_anonymisation(),
        )


def connect():
    workflow_submitted.connect(record_submission, dispatch_uid="casestudies-submitted")

from wagtail.signals import task_submitted


def record_submission(sender, instance, user, **kwargs):
    """Audit trail: every (re)submission is kept with the checker's findings at that moment.

    Wagtail sends task_submitted both for a first submission and when an author resubmits
    after changes were requested (workflow_submitted only covers the first).
    """
    from .models import AnonymisationReviewTask, CaseStudyPage, ReviewDecision

    if not isinstance(instance.task.specific, AnonymisationReviewTask):
        return
    page = instance.workflow_state.content_object.specific
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
    task_submitted.connect(record_submission, dispatch_uid="casestudies-submitted")

from django.db.models.signals import post_delete
from wagtail.models import ReferenceIndex
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


def reindex_after_unlinking(sender, instance, **kwargs):
    """A removed instrument link leaves "Verwendet in" of the instrument at once.

    Wagtail re-indexes a page's references when the page or one of its child rows is saved,
    not when a child row is deleted; the update for the page's own save may already have run
    (immediate task backend) and still seen the link.
    """
    from .models import CaseStudyPage

    page = CaseStudyPage.objects.filter(pk=instance.page_id).first()
    if page is not None:
        ReferenceIndex.create_or_update_for_object(page)


def connect():
    from .models import CaseStudyInstrument

    task_submitted.connect(record_submission, dispatch_uid="casestudies-submitted")
    post_delete.connect(
        reindex_after_unlinking,
        sender=CaseStudyInstrument,
        dispatch_uid="casestudies-instrument-unlinked",
    )

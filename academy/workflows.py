def publish_approved(workflow_state, user=None):
    """Publish what a workflow approved.

    Wagtail's default re-checks the approver's own publish permission; for case studies
    nobody has that permission, so the approval itself is the authority to publish.
    """
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)

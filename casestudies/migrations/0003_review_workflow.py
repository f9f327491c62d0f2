from django.db import migrations


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    ReviewTask = apps.get_model("casestudies.AnonymisationReviewTask")

    task_type, _ = ContentType.objects.get_or_create(
        app_label="casestudies", model="anonymisationreviewtask"
    )
    task, _ = ReviewTask.objects.get_or_create(
        name="Anonymisierungsprüfung", defaults={"content_type": task_type, "active": True}
    )
    task.groups.set(Group.objects.filter(name="Anonymisierungsprüfung"))
    workflow, _ = Workflow.objects.get_or_create(name="Fallstudien-Freigabe")
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})


def remove_workflow(apps, schema_editor):
    apps.get_model("wagtailcore.Workflow").objects.filter(name="Fallstudien-Freigabe").delete()
    apps.get_model("casestudies.AnonymisationReviewTask").objects.filter(
        name="Anonymisierungsprüfung"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("casestudies", "0002_case_study_page"),
        ("academy", "0005_roles"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]

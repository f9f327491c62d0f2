"""The group "Trainer" gets the model permissions of the admin screens under "Kurse".

Which cohorts a trainer sees is decided in the views (Cohort.objects.taught_by); these
permissions only open the screens. Deleting stays with superusers.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

TRAINERS = "Trainer"

GRANTS = {
    "cohort": ["add", "change", "view"],
    "session": ["add", "change", "view"],
    "attendance": ["add", "change", "view"],
    "supervisionrecord": ["add", "change", "view"],
    "supervisionamendment": ["add", "change", "view"],
    "submission": ["add", "change", "view"],
    "assessment": ["add", "change", "view"],
    "reflectionanswer": ["view"],
    "enrolment": ["view"],
}


def codenames():
    return [f"{action}_{model}" for model, actions in GRANTS.items() for action in actions]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; the grants below need them now.
    app_config = apps.get_app_config("courses")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None

    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group, _ = Group.objects.get_or_create(name=TRAINERS)
    permissions = Permission.objects.filter(
        content_type__app_label="courses", codename__in=codenames()
    )
    missing = set(codenames()) - set(permissions.values_list("codename", flat=True))
    if missing:
        raise RuntimeError(f"Missing permissions: {sorted(missing)}")
    group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    group = Group.objects.filter(name=TRAINERS).first()
    if group:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="courses", codename__in=codenames())
        )


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_dgcc_qualification"),
        ("academy", "0005_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

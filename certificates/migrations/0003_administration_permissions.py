"""The group "Zertifikatsverwaltung" administers certificate types and certificates."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Zertifikatsverwaltung"
GRANTS = [
    "add_certificatetype",
    "change_certificatetype",
    "view_certificatetype",
    "add_certificate",
    "change_certificate",
    "view_certificate",
    "view_certificateevent",
]


def certificate_permissions(apps):
    # Permissions are normally created after all migrations; the grants below need them now.
    app_config = apps.get_app_config("certificates")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Permission = apps.get_model("auth.Permission")
    return Permission.objects.filter(content_type__app_label="certificates", codename__in=GRANTS)


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(*certificate_permissions(apps))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for group in Group.objects.filter(name=GROUP):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="certificates", codename__in=GRANTS)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0002_certificate_types"),
        ("academy", "0005_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

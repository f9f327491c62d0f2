"""The groups of the platform's roles with their Django, page and collection permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ADMIN_ACCESS = [("wagtailadmin", "access_admin")]
MEDIA = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]

ROLES = {
    "Teilnehmende": {"model": [], "page": [], "collection": []},
    "Trainer": {
        "model": ADMIN_ACCESS,
        "page": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
        "collection": MEDIA,
    },
    "Kommunale Koordination": {"model": [], "page": [], "collection": []},
    "Anonymisierungsprüfung": {
        "model": ADMIN_ACCESS,
        "page": [],
        "collection": [m for m in MEDIA if m[1].startswith("choose_")],
    },
    "Zertifikatsverwaltung": {
        "model": [
            *ADMIN_ACCESS,
            ("academy", "add_municipality"),
            ("academy", "change_municipality"),
            ("academy", "view_municipality"),
            ("academy", "view_profile"),
        ],
        "page": [],
        "collection": [m for m in MEDIA if m[1].startswith("choose_")],
    },
}


def permission(Permission, app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations; the grants below need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None

    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    HomePage = apps.get_model("academy.HomePage")

    # Wagtail's sample groups and their workflow are not roles of this platform.
    Group.objects.filter(name__in=["Moderators", "Editors"]).delete()
    apps.get_model("wagtailcore.Workflow").objects.filter(name="Moderators approval").delete()
    apps.get_model("wagtailcore.Task").objects.filter(name="Moderators approval").delete()

    home = HomePage.objects.get(depth=2)
    root_collection = Collection.objects.get(depth=1)
    for name, grants in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *(permission(Permission, app, code) for app, code in grants["model"])
        )
        for codename in grants["page"]:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page_id=home.pk,
                permission=permission(Permission, "wagtailcore", codename),
            )
        for app, codename in grants["collection"]:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=permission(Permission, app, codename),
            )


def remove_roles(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0004_model_municipalities"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]

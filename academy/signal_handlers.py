from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .caching import bump_user_versions, invalidate_page_cache


def on_content_change(**kwargs):
    invalidate_page_cache()


def on_account_change(instance, **kwargs):
    """Roles, superuser status and what people may see are kept per user version."""
    bump_user_versions([instance.pk])


def on_group_membership_change(instance, action, **kwargs):
    if not action.startswith("post_"):
        return
    if isinstance(instance, Group):  # group.user_set.add(…): rare, start a new generation
        invalidate_page_cache()
    else:
        bump_user_versions([instance.pk])


def create_cache_table(app_config, using, **kwargs):
    """`migrate` also creates the database cache table, so no installation can forget it."""
    backend = settings.CACHES["default"]["BACKEND"]
    if app_config.name == "academy" and backend.endswith("DatabaseCache"):
        call_command("createcachetable", database=using, verbosity=0)


def connect():
    from wagtail.models import Page, PageViewRestriction, Site

    from .models import FieldOfAction, LegalDomain, SiteSettings, TargetGroup

    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(on_content_change, dispatch_uid=f"page-cache-{id(signal)}")
    post_delete.connect(on_content_change, sender=Page, dispatch_uid="page-cache-delete")
    for model in (PageViewRestriction, Site, LegalDomain, FieldOfAction, TargetGroup):
        post_save.connect(on_content_change, sender=model, dispatch_uid=f"page-cache-{model}")
        post_delete.connect(on_content_change, sender=model, dispatch_uid=f"page-cache-d-{model}")
    post_save.connect(on_content_change, sender=SiteSettings, dispatch_uid="page-cache-settings")
    post_migrate.connect(create_cache_table, dispatch_uid="create-cache-table")

    # Cached role groups and personal pages (caching.py).
    User = get_user_model()
    post_save.connect(on_account_change, sender=User, dispatch_uid="user-version-account")
    post_delete.connect(on_account_change, sender=User, dispatch_uid="user-version-account-d")
    m2m_changed.connect(
        on_group_membership_change, sender=User.groups.through, dispatch_uid="user-version-groups"
    )
    post_save.connect(on_content_change, sender=Group, dispatch_uid="page-cache-group")
    post_delete.connect(on_content_change, sender=Group, dispatch_uid="page-cache-group-d")

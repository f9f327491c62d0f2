from django.conf import settings
from django.core.management import call_command
from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .caching import invalidate_page_cache


def on_content_change(**kwargs):
    invalidate_page_cache()


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

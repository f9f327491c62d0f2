from django.db.models.signals import post_delete, post_save

from academy.caching import invalidate_page_cache


def on_places_change(**kwargs):
    """Catalogue and module pages show free places: cached copies must not go stale."""
    invalidate_page_cache()


def connect():
    from .models import Cohort, Enrolment, Session

    for model in (Cohort, Session, Enrolment):
        post_save.connect(on_places_change, sender=model, dispatch_uid=f"places-{model.__name__}")
        post_delete.connect(
            on_places_change, sender=model, dispatch_uid=f"places-d-{model.__name__}"
        )

from django.db.models.signals import m2m_changed, post_delete, post_save

from academy.caching import invalidate_page_cache

from .progress_cache import bump_enrolment_owners, bump_progress


def on_places_change(**kwargs):
    """Catalogue and module pages show free places: cached copies must not go stale."""
    invalidate_page_cache()


def on_shared_change(action="post_save", **kwargs):
    """Trainers of a cohort, the qualification's requirements and the documents of lessons
    show up on the pages of many people: start a new cache generation."""
    if action.startswith("post_"):
        invalidate_page_cache()


def on_own_record_change(instance, **kwargs):
    """A person's own learning record changed (academy bumps on changes of the account)."""
    bump_progress([instance.user_id])


def on_enrolment_record_change(instance, **kwargs):
    """Attendance, supervision, documentation or colloquium of an enrolment changed."""
    bump_enrolment_owners([instance.enrolment_id])


def on_amendment_change(instance, **kwargs):
    from .models import Enrolment

    bump_progress(
        Enrolment.objects.filter(supervision_records=instance.record_id).values_list(
            "user_id", flat=True
        )
    )


def connect():
    from wagtail.documents import get_document_model

    from .models import (
        Assessment,
        Attendance,
        Cohort,
        Enrolment,
        LessonCompletion,
        Qualification,
        QualificationComponent,
        QuizAttempt,
        ReflectionAnswer,
        Session,
        Submission,
        SupervisionAmendment,
        SupervisionRecord,
    )

    for model in (Cohort, Session, Enrolment):
        post_save.connect(on_places_change, sender=model, dispatch_uid=f"places-{model.__name__}")
        post_delete.connect(
            on_places_change, sender=model, dispatch_uid=f"places-d-{model.__name__}"
        )

    # The learning pages' progress (progress_cache.py): one handler per kind of owner.
    handlers = {
        on_own_record_change: (
            Enrolment,
            LessonCompletion,
            QuizAttempt,
            ReflectionAnswer,
        ),
        on_enrolment_record_change: (Attendance, SupervisionRecord, Submission, Assessment),
        on_amendment_change: (SupervisionAmendment,),
        on_shared_change: (Qualification, QualificationComponent, get_document_model()),
    }
    for handler, models in handlers.items():
        for model in models:
            uid = f"progress-{handler.__name__}-{model._meta.label}"
            post_save.connect(handler, sender=model, dispatch_uid=uid)
            post_delete.connect(handler, sender=model, dispatch_uid=f"{uid}-d")
    m2m_changed.connect(
        on_shared_change, sender=Cohort.trainers.through, dispatch_uid="progress-trainers"
    )

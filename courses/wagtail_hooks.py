"""The menu group "Kurse": what trainers run in the admin for the cohorts they teach."""

from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column, TitleColumn
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from . import admin_views as views
from .admin_forms import (
    AssessmentForm,
    CohortForm,
    SessionForm,
    SubmissionReviewForm,
    SupervisionRecordForm,
)
from .models import Assessment, Cohort, Session, Submission, SupervisionRecord


class TrainerViewSet(ModelViewSet):
    """A ModelViewSet whose every view is limited to the cohorts the user teaches."""

    #: The lookup from the model to Cohort ("" for Cohort itself).
    cohort_lookup = ""
    add_to_reference_index = False
    copy_view_enabled = False
    index_view_class = views.TaughtIndexView
    edit_view_class = views.TaughtEditView
    delete_view_class = views.TaughtDeleteView
    history_view_class = views.TaughtHistoryView

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            cohort_lookup=self.cohort_lookup, usage_url_name=None, **kwargs
        )

    def get_urlpatterns(self):
        # Usage tracking is off for these records, so there is no usage view either.
        return [pattern for pattern in super().get_urlpatterns() if pattern.name != "usage"]


def cohort_column(accessor="enrolment.cohort", sort_key="enrolment__cohort__starts_on"):
    return Column("cohort", label=_("Durchgang"), accessor=accessor, sort_key=sort_key)


class CohortViewSet(TrainerViewSet):
    model = Cohort
    name = "courses_cohorts"
    url_prefix = "kurse/durchgaenge"
    icon = "group"
    menu_label = _("Durchgänge")
    index_view_class = views.CohortIndexView
    edit_view_class = views.CohortEditView
    edit_template_name = "courses/admin/cohort_edit.html"
    ordering = "-starts_on"
    search_fields = ["title", "place", "module__title"]
    list_filter = ["online", "enrolment_open"]
    list_display = [
        "title",
        Column("module", label=_("Modul"), accessor="module.title", sort_key="module__title"),
        Column("dates", label=_("Zeitraum"), accessor=views.cohort_dates, sort_key="starts_on"),
        Column("location", label=_("Ort"), accessor="location"),
        Column(
            "places",
            label=_("Angemeldet / Plätze"),
            accessor=views.places,
            sort_key="enrolled_count",
        ),
        Column("waiting_count", label=_("Warteliste"), sort_key="waiting_count"),
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("module"),
            FieldPanel("title"),
            FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
            FieldRowPanel([FieldPanel("place"), FieldPanel("online")]),
            FieldRowPanel([FieldPanel("capacity"), FieldPanel("enrolment_open")]),
            FieldPanel("trainers"),
        ],
        base_form_class=CohortForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/abschliessen/", views.CohortCompletionView.as_view(), name="complete"),
        ]


class SessionViewSet(TrainerViewSet):
    model = Session
    name = "courses_sessions"
    url_prefix = "kurse/termine"
    cohort_lookup = "cohort"
    icon = "calendar"
    menu_label = _("Termine und Anwesenheit")
    index_view_class = views.SessionIndexView
    add_view_class = views.SessionCreateView
    filterset_class = views.SessionFilterSet
    ordering = "date"
    list_display = [
        "date",
        Column("time", label=_("Uhrzeit"), accessor=views.session_time, sort_key="starts_at"),
        Column("topic", label=_("Thema"), accessor="topic"),
        cohort_column("cohort", "cohort__starts_on"),
        Column("ue", label=_("UE"), accessor="ue"),
        Column("presence", label=_("Form"), accessor=views.presence_label),
        Column("recorded_count", label=_("erfasst"), sort_key="recorded_count"),
        views.LinkColumn(
            "attendance",
            label=_("Anwesenheit"),
            text=_("Anwesenheit erfassen"),
            get_url=views.attendance_url,
        ),
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("cohort"),
            FieldRowPanel([FieldPanel("date"), FieldPanel("starts_at"), FieldPanel("ends_at")]),
            FieldPanel("topic"),
            FieldRowPanel([FieldPanel("ue"), FieldPanel("kind"), FieldPanel("in_presence")]),
        ],
        base_form_class=SessionForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/anwesenheit/", views.AttendanceView.as_view(), name="attendance"),
        ]


class SupervisionViewSet(TrainerViewSet):
    model = SupervisionRecord
    name = "courses_supervision"
    url_prefix = "kurse/supervision"
    cohort_lookup = "enrolment__cohort"
    icon = "clipboard-list"
    menu_label = _("Supervisionsnachweise")
    index_view_class = views.SupervisionIndexView
    add_view_class = views.SupervisionCreateView
    edit_view_class = views.SupervisionEditView
    delete_view_class = views.SupervisionDeleteView
    filterset_class = views.SupervisionFilterSet
    ordering = "-date"
    list_display = [
        TitleColumn(
            "participant",
            label=_("Teilnehmende Person"),
            accessor=views.participant,
            get_url=lambda record: reverse("courses_supervision:detail", args=[record.pk]),
        ),
        cohort_column(),
        Column("date", label=_("Datum"), accessor="date", sort_key="date"),
        Column("current_ue", label=_("UE"), sort_key="current_ue"),
        Column("topic", label=_("Thema"), accessor="topic"),
        Column("supervisor", label=_("Supervisor/in"), accessor="supervisor"),
        Column("status", label=_("Status"), accessor=views.supervision_status),
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("enrolment"),
            FieldRowPanel([FieldPanel("date"), FieldPanel("ue"), FieldPanel("in_presence")]),
            FieldPanel("topic"),
            FieldPanel("notes"),
            FieldPanel("supervisor"),
        ],
        base_form_class=SupervisionRecordForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/", views.SupervisionDetailView.as_view(), name="detail"),
            path("<int:pk>/abzeichnen/", views.SupervisionSignOffView.as_view(), name="sign_off"),
        ]


class ReflectionViewSet(ViewSet):
    """Read-only: the participants' reflections, per cohort."""

    name = "courses_reflections"
    url_prefix = "kurse/reflexionen"
    icon = "openquote"
    menu_label = _("Reflexionen")

    @cached_property
    def menu_item_class(self):
        def is_shown(item, request):
            return views.has_permission(request.user, views.ReflectionAnswer, "view")

        return type("ReflectionMenuItem", (MenuItem,), {"is_shown": is_shown})

    def get_urlpatterns(self):
        return [
            path("", views.ReflectionCohortsView.as_view(), name="index"),
            path("<int:cohort_id>/", views.ReflectionsView.as_view(), name="cohort"),
        ]


class SubmissionViewSet(TrainerViewSet):
    """Participants submit on the site; trainers review here, so there is no add view."""

    model = Submission
    name = "courses_submissions"
    url_prefix = "kurse/falldokumentationen"
    cohort_lookup = "enrolment__cohort"
    icon = "doc-full"
    menu_label = _("Falldokumentationen")
    index_view_class = views.SubmissionIndexView
    edit_view_class = views.SubmissionReviewView
    edit_template_name = "courses/admin/submission_review.html"
    filterset_class = views.SubmissionFilterSet
    ordering = "-submitted_at"
    list_display = [
        "title",
        Column("participant", label=_("Teilnehmende Person"), accessor=views.participant),
        cohort_column(),
        Column(
            "submitted_at",
            label=_("eingereicht am"),
            accessor=lambda submission: views.short_date(submission.submitted_at),
            sort_key="submitted_at",
        ),
        Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
        Column(
            "findings",
            label=_("blockierende Befunde"),
            accessor=views.blocking_findings,
        ),
    ]
    edit_handler = ObjectList(
        [FieldPanel("status"), FieldPanel("feedback")], base_form_class=SubmissionReviewForm
    )

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(add_url_name=None, **kwargs)

    def get_urlpatterns(self):
        return [
            *(pattern for pattern in super().get_urlpatterns() if pattern.name != "add"),
            path(
                "<int:pk>/anhang/",
                views.SubmissionAttachmentView.as_view(),
                name="attachment",
            ),
        ]


class AssessmentViewSet(TrainerViewSet):
    model = Assessment
    name = "courses_assessments"
    url_prefix = "kurse/kolloquien"
    cohort_lookup = "enrolment__cohort"
    icon = "success"
    menu_label = _("Kolloquien")
    index_view_class = views.AssessmentIndexView
    edit_view_class = views.AssessmentEditView
    delete_view_class = views.AssessmentDeleteView
    filterset_class = views.AssessmentFilterSet
    ordering = "-held_on"
    list_display = [
        TitleColumn(
            "participant",
            label=_("Teilnehmende Person"),
            accessor=views.participant,
            get_url=lambda assessment: (
                None
                if assessment.is_final
                else reverse("courses_assessments:edit", args=[assessment.pk])
            ),
        ),
        cohort_column(),
        Column(
            "held_on",
            label=_("Datum des Kolloquiums"),
            accessor=lambda assessment: views.short_date(assessment.held_on),
            sort_key="held_on",
        ),
        Column("result", label=_("Ergebnis"), accessor="get_result_display", sort_key="result"),
        BooleanColumn("is_final", label=_("endgültig"), sort_key="is_final"),
    ]
    edit_handler = ObjectList(
        [
            FieldPanel("enrolment"),
            FieldRowPanel([FieldPanel("held_on"), FieldPanel("result")]),
            FieldPanel("notes"),
            FieldPanel("is_final"),
        ],
        base_form_class=AssessmentForm,
    )


class CoursesViewSetGroup(ViewSetGroup):
    menu_label = _("Kurse")
    menu_icon = "calendar-check"
    menu_name = "kurse"
    menu_order = 200
    items = (
        CohortViewSet,
        SessionViewSet,
        SupervisionViewSet,
        ReflectionViewSet,
        SubmissionViewSet,
        AssessmentViewSet,
    )


@hooks.register("register_admin_viewset")
def register_courses_viewsets():
    return CoursesViewSetGroup()

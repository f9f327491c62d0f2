"""The trainers' screens in the Wagtail admin.

Every view answers only for the cohorts the user teaches (``Cohort.objects.taught_by``;
superusers see all); anything else is a 404. On top of that the Django model permissions
of the group "Trainer" decide what may be added or changed (Wagtail's ModelPermissionPolicy).
"""

from collections import defaultdict
from datetime import datetime

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import (
    Count,
    DecimalField,
    OuterRef,
    ProtectedError,
    Q,
    RestrictedError,
    Subquery,
)
from django.db.models.functions import Coalesce
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import MediaContainer
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.widgets.button import Button
from wagtail.permissions import policy_registry

from academy.enums import CMPhase

from .admin_forms import AttendanceFormSet, SupervisionAmendmentForm, attendance_initial
from .enrolment import attendance_rows, complete_cohort, completion_threshold
from .enums import EnrolmentStatus
from .models import (
    Assessment,
    Attendance,
    Cohort,
    Enrolment,
    LessonPage,
    ReflectionAnswer,
    Session,
    Submission,
    SupervisionAmendment,
    SupervisionRecord,
)
from .progress_cache import bump_progress


def taught(queryset, user, cohort_lookup=""):
    """Limit `queryset` to rows of cohorts the user teaches; `cohort_lookup` leads to Cohort."""
    if user.is_superuser:
        return queryset
    cohorts = Cohort.objects.taught_by(user).values("pk")
    return queryset.filter(**{f"{cohort_lookup}__in" if cohort_lookup else "pk__in": cohorts})


def has_permission(user, model, *actions):
    policy = policy_registry.get_by_type(model)
    return all(policy.user_has_permission(user, action) for action in actions)


def require_permission(user, model, *actions):
    if not has_permission(user, model, *actions):
        raise PermissionDenied


def short_date(value):
    if not value:
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value)
    return date_format(value, "SHORT_DATE_FORMAT")


def participant(record):
    user = record.enrolment.user
    return f"{user} ({user.email})"


def cohort_filter(field_name):
    return django_filters.ModelChoiceFilter(
        field_name=field_name,
        label=gettext_lazy("Durchgang"),
        queryset=lambda request: Cohort.objects.taught_by(request.user).select_related("module"),
    )


def filtered_by_cohort(url_name, cohort):
    return f"{reverse(url_name)}?cohort={cohort.pk}"


# Generic views limited to the user's cohorts ------------------------------------------------


class TaughtCohortsMixin:
    #: The lookup from the view's model to Cohort ("" for Cohort itself).
    cohort_lookup = ""

    def taught(self, queryset):
        return taught(queryset, self.request.user, self.cohort_lookup)


class TaughtIndexView(TaughtCohortsMixin, generic.IndexView):
    def get_base_queryset(self):
        return self.taught(super().get_base_queryset())


class TaughtEditView(TaughtCohortsMixin, generic.EditView):
    def get_queryset(self):
        return self.taught(super().get_queryset())


class TaughtDeleteView(TaughtCohortsMixin, generic.DeleteView):
    def get_queryset(self):
        return self.taught(super().get_queryset())

    def form_valid(self, form):
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except (ProtectedError, RestrictedError):
            messages.error(
                self.request,
                _(
                    "„%(object)s“ kann nicht gelöscht werden, weil noch Anmeldungen "
                    "oder Nachweise daran hängen."
                )
                % {"object": self.object},
            )
            return redirect(reverse(self.index_url_name))


class TaughtHistoryView(TaughtCohortsMixin, HistoryView):
    def get_base_object_queryset(self):
        return self.taught(super().get_base_object_queryset())


class LockedMixin:
    """Edit and delete views of records that are locked once final: refused with a message."""

    locked_message = ""

    def is_locked(self, instance):
        raise NotImplementedError

    def get_locked_url(self):
        return reverse(self.index_url_name)

    def dispatch(self, request, *args, **kwargs):
        self.object = self.get_object()
        if self.is_locked(self.object):
            messages.error(request, self.locked_message)
            return redirect(self.get_locked_url())
        return super().dispatch(request, *args, **kwargs)


class TrainerScreen(WagtailAdminTemplateMixin, View):
    """A custom screen in the admin furniture; subclasses load their object in `setup`."""

    def render(self, context, status=200):
        return self.render_to_response(self.get_context_data(**context), status=status)


# Cohorts ------------------------------------------------------------------------------------


class CohortIndexView(TaughtIndexView):
    def get_base_queryset(self):
        waiting = Count("enrolments", filter=Q(enrolments__status=EnrolmentStatus.WAITLISTED))
        return (
            super()
            .get_base_queryset()
            .with_places()
            .annotate(waiting_count=waiting)
            .select_related("module")
        )

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        links = [
            (_("Termine und Anwesenheit"), "courses_sessions:index", "calendar"),
            (_("Supervisionsnachweise"), "courses_supervision:index", "clipboard-list"),
            (_("Falldokumentationen"), "courses_submissions:index", "doc-full"),
            (_("Kolloquien"), "courses_assessments:index", "success"),
        ]
        for priority, (label, url_name, icon) in enumerate(links, start=40):
            buttons.append(
                Button(
                    label,
                    url=filtered_by_cohort(url_name, instance),
                    icon_name=icon,
                    priority=priority,
                )
            )
        buttons.append(
            Button(
                _("Reflexionen"),
                url=reverse("courses_reflections:cohort", args=[instance.pk]),
                icon_name="openquote",
                priority=50,
            )
        )
        buttons.append(
            Button(
                _("Durchgang abschließen"),
                url=reverse("courses_cohorts:complete", args=[instance.pk]),
                icon_name="tick-inverse",
                priority=60,
            )
        )
        return buttons


class CohortEditView(TaughtEditView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sessions"] = self.object.sessions.annotate(recorded_count=Count("attendances"))
        context["add_session_url"] = filtered_by_cohort("courses_sessions:add", self.object)
        return context


class CohortCompletionView(TrainerScreen):
    """Close a cohort ("Durchgang abschließen"): complete who attended enough, show the others."""

    template_name = "courses/admin/cohort_complete.html"
    header_icon = "tick-inverse"
    page_title = gettext_lazy("Durchgang abschließen")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        cohorts = Cohort.objects.taught_by(request.user).select_related("module")
        self.cohort = get_object_or_404(cohorts, pk=kwargs["pk"])

    def dispatch(self, request, *args, **kwargs):
        require_permission(request.user, Cohort, "change")
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.cohort)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("courses_cohorts:index"), "label": _("Durchgänge")},
            {
                "url": reverse("courses_cohorts:edit", args=[self.cohort.pk]),
                "label": str(self.cohort),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    @cached_property
    def threshold(self):
        return completion_threshold(self.cohort)

    def get(self, request, *args, **kwargs):
        rows = attendance_rows(self.cohort, self.threshold)
        return self.render(
            {
                "cohort": self.cohort,
                "threshold": self.threshold,
                "rows": rows,
                "to_complete": sum(1 for r in rows if r["meets"] and not r["completed"]),
                "sessions_count": rows[0]["total"] if rows else self.cohort.sessions.count(),
            }
        )

    def post(self, request, *args, **kwargs):
        completed = complete_cohort(self.cohort, self.threshold)
        if completed:
            messages.success(
                request,
                ngettext(
                    "%(count)d Anmeldung ist abgeschlossen. Die Teilnahmebescheinigung wird "
                    "automatisch ausgestellt und per E-Mail angekündigt.",
                    "%(count)d Anmeldungen sind abgeschlossen. Die Teilnahmebescheinigungen "
                    "werden automatisch ausgestellt und per E-Mail angekündigt.",
                    len(completed),
                )
                % {"count": len(completed)},
            )
        else:
            messages.warning(
                request,
                _(
                    "Es wurde niemand abgeschlossen: Alle, die die Mindestanwesenheit erreichen, "
                    "sind bereits abgeschlossen, oder niemand erreicht sie."
                ),
            )
        return redirect(reverse("courses_cohorts:complete", args=[self.cohort.pk]))


# Sessions and attendance --------------------------------------------------------------------


class SessionFilterSet(WagtailFilterSet):
    cohort = cohort_filter("cohort")

    class Meta:
        model = Session
        fields = ["cohort", "in_presence", "kind"]


class SessionIndexView(TaughtIndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("cohort__module")
            .annotate(recorded_count=Count("attendances"))
        )


class SessionCreateView(generic.CreateView):
    def get_initial(self):
        initial = super().get_initial()
        if cohort := self.request.GET.get("cohort"):
            initial["cohort"] = cohort
        return initial

    def get_success_url(self):
        return filtered_by_cohort(self.index_url_name, self.object.cohort)


class AttendanceView(TrainerScreen):
    """The whole group of one session on one screen, saved together."""

    template_name = "courses/admin/attendance.html"
    header_icon = "calendar"
    page_title = gettext_lazy("Anwesenheit erfassen")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        sessions = taught(Session.objects.select_related("cohort__module"), request.user, "cohort")
        self.session = get_object_or_404(sessions, pk=kwargs["pk"])

    def dispatch(self, request, *args, **kwargs):
        require_permission(request.user, Attendance, "add", "change")
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.session)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("courses_sessions:index"), "label": _("Termine")},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    @cached_property
    def enrolments(self):
        return list(
            Enrolment.objects.active()
            .filter(cohort=self.session.cohort_id)
            .select_related("user__profile__municipality")
            .order_by("user__last_name", "user__first_name", "pk")
        )

    @cached_property
    def saved(self):
        return {a.enrolment_id: a for a in self.session.attendances.all()}

    def formset(self, data=None):
        return AttendanceFormSet(
            data,
            initial=attendance_initial(self.session, self.enrolments, self.saved),
            session=self.session,
            enrolments=self.enrolments,
        )

    def get(self, request, *args, **kwargs):
        return self.render_formset(self.formset())

    def post(self, request, *args, **kwargs):
        formset = self.formset(request.POST)
        if formset.is_valid():
            record_attendance(self.session, formset, request.user)
            messages.success(
                request,
                ngettext(
                    "Die Anwesenheit für %(count)d Person ist gespeichert.",
                    "Die Anwesenheit für %(count)d Personen ist gespeichert.",
                    len(formset.forms),
                )
                % {"count": len(formset.forms)},
            )
            return redirect(reverse("courses_sessions:attendance", args=[self.session.pk]))
        messages.error(
            request,
            _("Die Anwesenheit wurde nicht gespeichert. Bitte prüfen Sie die markierten Zeilen."),
        )
        return self.render_formset(formset)

    def render_formset(self, formset):
        rows = [
            {"enrolment": enrolment, "form": form, "saved": self.saved.get(enrolment.pk)}
            for enrolment, form in zip(self.enrolments, formset.forms, strict=True)
        ]
        return self.render({"session": self.session, "formset": formset, "rows": rows})


def record_attendance(session, formset, recorded_by):
    """Create or update one Attendance per row of the group, in one transaction."""
    rows = [
        Attendance(
            session=session,
            enrolment=form.enrolment,
            status=form.cleaned_data["status"],
            ue_credited=form.cleaned_data["ue_credited"],
            recorded_by=recorded_by,
        )
        for form in formset.forms
    ]
    with transaction.atomic():
        Attendance.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["session", "enrolment"],
            update_fields=["status", "ue_credited", "recorded_by", "recorded_at"],
        )
        # bulk_create sends no signals: the participants' learning pages must update now.
        bump_progress(row.enrolment.user_id for row in rows)


# Supervision --------------------------------------------------------------------------------


class SupervisionFilterSet(WagtailFilterSet):
    cohort = cohort_filter("enrolment__cohort")
    signed = django_filters.BooleanFilter(
        field_name="signed_off_at",
        lookup_expr="isnull",
        exclude=True,
        label=gettext_lazy("abgezeichnet"),
    )

    class Meta:
        model = SupervisionRecord
        fields = ["cohort", "signed", "in_presence"]


def with_effective_ue(queryset):
    latest = SupervisionAmendment.objects.filter(record=OuterRef("pk")).order_by(
        "-created_at", "-pk"
    )
    return queryset.annotate(
        current_ue=Coalesce(
            Subquery(latest.values("ue")[:1]),
            "ue",
            output_field=DecimalField(max_digits=4, decimal_places=1),
        )
    )


class SupervisionIndexView(TaughtIndexView):
    def get_base_queryset(self):
        queryset = (
            super()
            .get_base_queryset()
            .select_related("enrolment__user", "enrolment__cohort__module", "supervisor")
        )
        return with_effective_ue(queryset)


class SupervisionCreateView(generic.CreateView):
    def get_success_url(self):
        return reverse("courses_supervision:detail", args=[self.object.pk])


class SupervisionEditView(LockedMixin, TaughtEditView):
    locked_message = gettext_lazy(
        "Der Nachweis ist abgezeichnet und kann nicht mehr geändert werden. "
        "Korrekturen fügen Sie auf der Seite des Nachweises hinzu."
    )

    def is_locked(self, instance):
        return instance.is_locked

    def get_locked_url(self):
        return reverse("courses_supervision:detail", args=[self.object.pk])

    def get_success_url(self):
        return reverse("courses_supervision:detail", args=[self.object.pk])


class SupervisionDeleteView(LockedMixin, TaughtDeleteView):
    locked_message = SupervisionEditView.locked_message

    def is_locked(self, instance):
        return instance.is_locked

    def get_locked_url(self):
        return reverse("courses_supervision:detail", args=[self.object.pk])


class SupervisionDetailView(TrainerScreen):
    """The record, its sign-off and — once signed — the history of amendments."""

    template_name = "courses/admin/supervision_detail.html"
    header_icon = "clipboard-list"
    page_title = gettext_lazy("Supervisionsnachweis")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        records = SupervisionRecord.objects.select_related(
            "enrolment__user", "enrolment__cohort__module", "supervisor"
        )
        self.record = get_object_or_404(
            taught(records, request.user, "enrolment__cohort"), pk=kwargs["pk"]
        )

    def dispatch(self, request, *args, **kwargs):
        require_permission(request.user, SupervisionRecord, "view")
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.record)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("courses_supervision:index"), "label": _("Supervisionsnachweise")},
            {"url": "", "label": self.get_page_subtitle()},
        ]

    @cached_property
    def can_amend(self):
        return self.record.is_locked and has_permission(
            self.request.user, SupervisionAmendment, "add"
        )

    def get(self, request, *args, **kwargs):
        return self.render_record(SupervisionAmendmentForm() if self.can_amend else None)

    def post(self, request, *args, **kwargs):
        if not self.can_amend:
            messages.error(
                request,
                _(
                    "Korrekturen gibt es nur zu abgezeichneten Nachweisen; "
                    "offene Nachweise bearbeiten Sie direkt."
                ),
            )
            return redirect(reverse("courses_supervision:detail", args=[self.record.pk]))
        form = SupervisionAmendmentForm(request.POST)
        if form.is_valid():
            form.instance.record = self.record
            form.instance.created_by = request.user
            form.save()
            messages.success(request, _("Die Korrektur ist gespeichert."))
            return redirect(reverse("courses_supervision:detail", args=[self.record.pk]))
        messages.error(
            request, _("Die Korrektur wurde nicht gespeichert. Bitte prüfen Sie die Angaben.")
        )
        return self.render_record(form)

    def render_record(self, form):
        record = self.record
        user = self.request.user
        amendments = list(record.amendments.select_related("created_by"))
        return self.render(
            {
                "record": record,
                "amendments": amendments,
                "current_ue": amendments[-1].ue if amendments else record.ue,
                "form": form,
                "can_edit": not record.is_locked
                and has_permission(user, SupervisionRecord, "change"),
                "can_sign_off": not record.is_locked
                and (user.is_superuser or record.supervisor_id == user.pk),
            }
        )


class SupervisionSignOffView(View):
    def post(self, request, pk):
        records = taught(SupervisionRecord.objects.all(), request.user, "enrolment__cohort")
        record = get_object_or_404(records, pk=pk)
        require_permission(request.user, SupervisionRecord, "change")
        if not (request.user.is_superuser or record.supervisor_id == request.user.pk):
            messages.error(
                request,
                _("Nur die Supervisorin oder der Supervisor des Nachweises kann ihn abzeichnen."),
            )
        elif record.sign_off():
            messages.success(
                request,
                _(
                    "Der Nachweis ist abgezeichnet und damit gesperrt. "
                    "Änderungen sind nur noch als Korrektur möglich."
                ),
            )
        else:
            messages.warning(request, _("Der Nachweis war bereits abgezeichnet."))
        return redirect(reverse("courses_supervision:detail", args=[record.pk]))


# Reflections --------------------------------------------------------------------------------


class ReflectionCohortsView(TrainerScreen):
    template_name = "courses/admin/reflection_cohorts.html"
    header_icon = "openquote"
    page_title = gettext_lazy("Reflexionen")

    def dispatch(self, request, *args, **kwargs):
        require_permission(request.user, ReflectionAnswer, "view")
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request):
        cohorts = Cohort.objects.taught_by(request.user).select_related("module")
        return self.render({"cohorts": cohorts.order_by("-starts_on", "pk")})


class ReflectionsView(TrainerScreen):
    """The participants' answers to the reflection questions, lesson by lesson."""

    template_name = "courses/admin/reflections.html"
    header_icon = "openquote"
    page_title = gettext_lazy("Reflexionen")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        cohorts = Cohort.objects.taught_by(request.user).select_related("module")
        self.cohort = get_object_or_404(cohorts, pk=kwargs["cohort_id"])

    def dispatch(self, request, *args, **kwargs):
        require_permission(request.user, ReflectionAnswer, "view")
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.cohort)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("courses_reflections:index"), "label": self.get_page_title()},
            {"url": "", "label": self.get_page_subtitle()},
        ]

    def get(self, request, *args, **kwargs):
        return self.render({"cohort": self.cohort, "lessons": self.lessons()})

    def lessons(self):
        lessons = list(LessonPage.objects.child_of(self.cohort.module).order_by("path"))
        participants = Enrolment.objects.active().filter(cohort=self.cohort).values("user_id")
        answers = defaultdict(list)
        for answer in (
            ReflectionAnswer.objects.filter(lesson__in=lessons, user__in=participants)
            .select_related("user")
            .order_by("user__last_name", "user__first_name", "user_id")
        ):
            answers[answer.lesson_id, answer.block_id].append(answer)
        result = []
        for lesson in lessons:
            questions = [
                {"text": block.value["question"], "answers": answers[lesson.pk, block.id]}
                for block in lesson.activities("reflection")
            ]
            if questions:
                result.append({"lesson": lesson, "questions": questions})
        return result


# Case documentation -------------------------------------------------------------------------


class SubmissionFilterSet(WagtailFilterSet):
    cohort = cohort_filter("enrolment__cohort")

    class Meta:
        model = Submission
        fields = ["cohort", "status"]


class SubmissionIndexView(TaughtIndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("enrolment__user", "enrolment__cohort__module")
            .defer("phases")
        )


def blocking_findings(submission):
    return sum(1 for f in submission.anonymisation_findings if f.get("severity") == "block")


class SubmissionReviewView(TaughtEditView):
    success_message = gettext_lazy(
        "Die Prüfung der Falldokumentation „%(object)s“ ist gespeichert."
    )
    error_message = gettext_lazy(
        "Die Prüfung wurde nicht gespeichert. Bitte prüfen Sie die Angaben."
    )
    submit_button_label = gettext_lazy("Prüfung speichern")

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related("enrolment__user", "enrolment__cohort__module", "reviewed_by")
        )

    def get_success_url(self):
        return filtered_by_cohort(self.index_url_name, self.object.enrolment.cohort)

    def get_side_panels(self):
        # Wagtail's status panel would call every submission "published"; the review
        # status is shown above the form instead.
        return MediaContainer()

    def get_context_data(self, **kwargs):
        from casestudies.anonymisation import CATEGORY_LABELS

        context = super().get_context_data(**kwargs)
        submission = self.object
        phase_labels = dict(CMPhase.choices)
        context["submission"] = submission
        context["phases"] = [
            {"label": label, "html": submission.phases[value]}
            for value, label in CMPhase.choices
            if submission.phases.get(value)
        ]
        context["findings"] = [
            {
                **finding,
                "label": CATEGORY_LABELS.get(finding.get("category"), finding.get("category")),
                "blocking": finding.get("severity") == "block",
                "phase": phase_labels.get(finding.get("location"), ""),
            }
            for finding in submission.anonymisation_findings
        ]
        if submission.attachment:
            context["attachment_url"] = reverse(
                "courses_submissions:attachment", args=[submission.pk]
            )
        return context


class SubmissionAttachmentView(View):
    """The PDF of a case documentation, only for the trainers of its cohort."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        submissions = taught(Submission.objects.all(), request.user, "enrolment__cohort")
        self.submission = get_object_or_404(submissions, pk=kwargs["pk"])

    def get(self, request, *args, **kwargs):
        require_permission(request.user, Submission, "view")
        if not self.submission.attachment:
            raise Http404
        return FileResponse(
            self.submission.attachment.open("rb"),
            as_attachment=True,
            filename=f"falldokumentation-{self.submission.pk}.pdf",
            content_type="application/pdf",
        )


# Colloquium ---------------------------------------------------------------------------------


class AssessmentFilterSet(WagtailFilterSet):
    cohort = cohort_filter("enrolment__cohort")

    class Meta:
        model = Assessment
        fields = ["cohort", "result", "is_final"]


class AssessmentIndexView(TaughtIndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("enrolment__user", "enrolment__cohort__module", "assessed_by")
        )

    def get_edit_url(self, instance):
        if instance.is_final:
            return None
        return super().get_edit_url(instance)

    def get_delete_url(self, instance):
        if instance.is_final:
            return None
        return super().get_delete_url(instance)


class AssessmentLockedMixin(LockedMixin):
    locked_message = gettext_lazy(
        "Das Ergebnis des Kolloquiums ist endgültig und kann nicht mehr geändert werden."
    )

    def is_locked(self, instance):
        return instance.is_final


class AssessmentEditView(AssessmentLockedMixin, TaughtEditView):
    pass


class AssessmentDeleteView(AssessmentLockedMixin, TaughtDeleteView):
    pass


# Columns ------------------------------------------------------------------------------------


class LinkColumn(Column):
    """A column with one link per row, e.g. "Anwesenheit erfassen"."""

    cell_template_name = "courses/admin/link_cell.html"

    def __init__(self, name, *, text, get_url, **kwargs):
        super().__init__(name, **kwargs)
        self.text = text
        self.get_url = get_url

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context.update(link_text=self.text, link_url=self.get_url(instance))
        return context


def cohort_dates(cohort):
    return f"{short_date(cohort.starts_on)} – {short_date(cohort.ends_on)}"


def places(cohort):
    return f"{cohort.enrolled_count} / {cohort.capacity}"


def session_time(session):
    return f"{session.starts_at:%H:%M}–{session.ends_at:%H:%M}"


def attendance_url(session):
    return reverse("courses_sessions:attendance", args=[session.pk])


def supervision_status(record):
    if record.is_locked:
        return _("abgezeichnet am %(date)s") % {"date": short_date(record.signed_off_at)}
    return _("offen")


def presence_label(obj):
    return _("in Präsenz") if obj.in_presence else _("online")

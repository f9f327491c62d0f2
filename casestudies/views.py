from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from .anonymisation import CATEGORY_LABELS
from .models import (
    REVIEW_WORKFLOW_NAME,
    AnonymisationReviewTask,
    CaseStudyPage,
    FalsePositive,
    ReviewDecision,
    finding_key,
)


class FalsePositiveForm(forms.Form):
    finding = forms.CharField(widget=forms.HiddenInput)
    reason = forms.CharField(
        label=gettext_lazy("Begründung"),
        min_length=15,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={
            "required": gettext_lazy(
                "Bitte begründen Sie, warum der Befund niemanden erkennbar macht."
            ),
            "min_length": gettext_lazy(
                "Bitte begründen Sie ausführlicher (mindestens 15 Zeichen)."
            ),
        },
    )


def reviewer_task():
    return AnonymisationReviewTask.objects.filter(
        workflow_tasks__workflow__name=REVIEW_WORKFLOW_NAME, active=True
    ).first()


def false_positives(request, page_id):
    """Reviewers mark blocking findings as false positives, each with a reason."""
    page = get_object_or_404(CaseStudyPage, pk=page_id)
    task = reviewer_task()
    if task is None or not task.is_reviewer(request.user) or task.is_author(page, request.user):
        raise PermissionDenied
    draft = page.get_latest_revision_as_object()
    marked = set(page.false_positives.values_list("finding_key", flat=True))
    blocking = [f for f in draft.check_anonymisation() if f["severity"] == "block"]
    by_key = {finding_key(f): f for f in blocking}

    form = FalsePositiveForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid() and form.cleaned_data["finding"] in by_key:
            key = form.cleaned_data["finding"]
            with transaction.atomic():
                FalsePositive.objects.update_or_create(
                    page=page,
                    finding_key=key,
                    defaults={
                        "finding": by_key[key],
                        "reason": form.cleaned_data["reason"],
                        "user": request.user,
                    },
                )
                ReviewDecision.objects.create(
                    page=page,
                    revision=page.latest_revision,
                    user=request.user,
                    decision=ReviewDecision.Decision.FALSE_POSITIVE,
                    comment=form.cleaned_data["reason"],
                    findings=blocking,
                )
            messages.success(request, _("Der Befund ist als Fehlalarm markiert."))
            return redirect(reverse("casestudies:false_positives", args=[page.pk]))
        if form.is_valid():
            form.add_error(None, _("Diesen Befund gibt es in der aktuellen Fassung nicht mehr."))
        messages.error(request, _("Der Befund wurde nicht markiert. Bitte prüfen Sie die Angaben."))

    rows = [
        {
            **finding,
            "key": key,
            "label": CATEGORY_LABELS.get(finding["category"], finding["category"]),
            "marked": key in marked,
            "form": form
            if form.is_bound and form.data.get("finding") == key
            else FalsePositiveForm(initial={"finding": key}),
        }
        for key, finding in by_key.items()
    ]
    return TemplateResponse(
        request,
        "casestudies/admin/false_positives.html",
        {"page": page, "rows": rows, "non_field_errors": form.non_field_errors()},
    )


class ReviewLogReport(ReportView):
    """The audit trail of the anonymisation review, with spreadsheet export."""

    page_title = gettext_lazy("Prüfprotokoll Fallstudien")
    header_icon = "tasks"
    index_url_name = "casestudies:review_log"
    index_results_url_name = "casestudies:review_log_results"
    model = ReviewDecision
    columns = [
        Column("created_at", label=gettext_lazy("Zeitpunkt"), accessor="created_at"),
        Column("page", label=gettext_lazy("Fallstudie"), accessor="page"),
        Column("decision", label=gettext_lazy("Entscheidung"), accessor="get_decision_display"),
        Column("user", label=gettext_lazy("Person"), accessor="user"),
        Column("comment", label=gettext_lazy("Kommentar/Begründung"), accessor="comment"),
        Column("findings", label=gettext_lazy("Befunde"), accessor="finding_summary"),
    ]
    list_export = [
        "created_at",
        "page",
        "get_decision_display",
        "user",
        "comment",
        "finding_summary",
    ]
    export_headings = {
        "created_at": gettext_lazy("Zeitpunkt"),
        "page": gettext_lazy("Fallstudie"),
        "get_decision_display": gettext_lazy("Entscheidung"),
        "user": gettext_lazy("Person"),
        "comment": gettext_lazy("Kommentar/Begründung"),
        "finding_summary": gettext_lazy("Befunde"),
    }

    def dispatch(self, request, *args, **kwargs):
        task = reviewer_task()
        if not (request.user.is_superuser or (task and task.is_reviewer(request.user))):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return ReviewDecision.objects.select_related("page", "user")

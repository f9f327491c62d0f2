from django.contrib import messages
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views
from .models import CaseStudyPage


@hooks.register("register_admin_urls")
def register_admin_urls():
    patterns = [
        path("<int:page_id>/fehlalarme/", views.false_positives, name="false_positives"),
        path("protokoll/", views.ReviewLogReport.as_view(), name="review_log"),
        path(
            "protokoll/ergebnisse/",
            views.ReviewLogReport.as_view(results_only=True),
            name="review_log_results",
        ),
    ]
    return [path("fallstudien/", include((patterns, "casestudies")))]


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def report_findings(request, page):
    if not isinstance(page.specific, CaseStudyPage):
        return
    draft = page.specific.get_latest_revision_as_object()
    blocking = len(draft.blocking_findings)
    if blocking:
        messages.warning(
            request,
            ngettext(
                "Die Anonymisierungsprüfung hat %(count)d blockierenden Befund gefunden. "
                "Details im Reiter „Inhalt“.",
                "Die Anonymisierungsprüfung hat %(count)d blockierende Befunde gefunden. "
                "Details im Reiter „Inhalt“.",
                blocking,
            )
            % {"count": blocking},
        )


class ReviewLogMenuItem(MenuItem):
    def is_shown(self, request):
        task = views.reviewer_task()
        return request.user.is_superuser or bool(task and task.is_reviewer(request.user))


@hooks.register("register_reports_menu_item")
def register_review_log_menu_item():
    return ReviewLogMenuItem(
        _("Prüfprotokoll Fallstudien"), reverse("casestudies:review_log"), icon_name="tasks"
    )

from django.contrib import messages
from django.urls import include, path
from django.utils.translation import ngettext
from wagtail import hooks

from . import views
from .models import CaseStudyPage


@hooks.register("register_admin_urls")
def register_admin_urls():
    patterns = [
        path("<int:page_id>/fehlalarme/", views.false_positives, name="false_positives"),
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

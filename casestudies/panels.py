from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from .anonymisation import CATEGORY_LABELS


class AnonymisationPanel(Panel):
    """Shows the findings of the anonymisation check of the last save in the editor."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Anonymisierungsprüfung"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "casestudies/panels/anonymisation_panel.html"

        def get_context_data(self, parent_context=None):
            from .models import finding_key  # models import this module

            context = super().get_context_data(parent_context)
            page = self.instance
            marked = (
                {fp.finding_key: fp for fp in page.false_positives.select_related("user")}
                if page.pk
                else {}
            )
            findings = [
                {
                    **finding,
                    "label": CATEGORY_LABELS.get(finding["category"], finding["category"]),
                    "false_positive": marked.get(finding_key(finding)),
                }
                for finding in page.anonymisation_findings
            ]
            context.update(
                findings=findings,
                blocking=[f for f in findings if f["severity"] == "block"],
                warnings=[f for f in findings if f["severity"] == "warn"],
                checked=bool(page.pk),
                page=page,
            )
            return context

from django.utils.translation import gettext_lazy as _

from academy.models import SectionIndexPage


class CaseStudyIndexPage(SectionIndexPage):
    """The case-study library at /fallstudien/."""

    subpage_types = []

    class Meta:
        verbose_name = _("Fallstudienbibliothek")

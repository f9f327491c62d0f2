from django.utils.translation import gettext_lazy as _

from academy.models import SectionIndexPage


class CourseCatalogPage(SectionIndexPage):
    """The course catalogue at /kurse/."""

    subpage_types = []

    class Meta:
        verbose_name = _("Kurskatalog")

from django.utils.translation import gettext_lazy as _

from academy.enums import CMPhase, Region
from academy.listing import ListingFilterForm, choice_field

from .enums import CaseStudyKind


class LibraryFilterForm(ListingFilterForm):
    """The library's search and filters; a GET form, so every result has a shareable URL."""

    art = choice_field(_("Art"), CaseStudyKind.choices)
    zielgruppe = choice_field(_("Zielgruppe"))
    rechtskreis = choice_field(_("Rechtskreis"))
    handlungsfeld = choice_field(_("Handlungsfeld"))
    phase = choice_field(_("Phase"), CMPhase.choices)
    region = choice_field(_("Region"), Region.choices)

    vocabulary_fields = {
        "zielgruppe": "targetgroup",
        "rechtskreis": "legaldomain",
        "handlungsfeld": "fieldofaction",
    }
    prefetch = ("target_groups",)

    def filter(self, queryset):
        data = self.filters
        if data.get("art"):
            queryset = queryset.filter(kind=data["art"])
        if data.get("zielgruppe"):
            queryset = queryset.filter(target_groups__slug=data["zielgruppe"])
        if data.get("rechtskreis"):
            queryset = queryset.filter(legal_domains__slug=data["rechtskreis"])
        if data.get("handlungsfeld"):
            queryset = queryset.filter(fields_of_action__slug=data["handlungsfeld"])
        if data.get("phase"):
            queryset = queryset.filter(phases__contains=f",{data['phase']},")
        if data.get("region"):
            queryset = queryset.filter(region=data["region"])
        return queryset

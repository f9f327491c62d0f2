from django import forms
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from academy.enums import CMPhase, Region

from .enums import CaseStudyKind

PAGE_SIZE = 10
INVALID_CHOICE = {"invalid_choice": _("Diesen Filterwert gibt es nicht: %(value)s.")}


class LibraryFilterForm(forms.Form):
    """The library's search and filters; a GET form, so every result has a shareable URL."""

    q = forms.CharField(label=_("Suchbegriff"), required=False, max_length=200)
    art = forms.ChoiceField(
        label=_("Art"),
        choices=[("", _("alle")), *CaseStudyKind.choices],
        required=False,
        error_messages=INVALID_CHOICE,
    )
    zielgruppe = forms.ChoiceField(
        label=_("Zielgruppe"), required=False, error_messages=INVALID_CHOICE
    )
    rechtskreis = forms.ChoiceField(
        label=_("Rechtskreis"), required=False, error_messages=INVALID_CHOICE
    )
    handlungsfeld = forms.ChoiceField(
        label=_("Handlungsfeld"), required=False, error_messages=INVALID_CHOICE
    )
    phase = forms.ChoiceField(
        label=_("Phase"),
        choices=[("", _("alle")), *CMPhase.choices],
        required=False,
        error_messages=INVALID_CHOICE,
    )
    region = forms.ChoiceField(
        label=_("Region"),
        choices=[("", _("alle")), *Region.choices],
        required=False,
        error_messages=INVALID_CHOICE,
    )

    vocabulary_fields = {
        "zielgruppe": "targetgroup",
        "rechtskreis": "legaldomain",
        "handlungsfeld": "fieldofaction",
    }

    def __init__(self, data=None, *, vocabularies):
        super().__init__(data)
        for field, vocabulary in self.vocabulary_fields.items():
            self.fields[field].choices = [("", _("alle")), *vocabularies[vocabulary]]

    def filter(self, queryset):
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
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

    def search(self, queryset):
        """Filter first, then search among the remaining cases, ranked by relevance.

        The search backend only filters on indexed fields, so the filtered cases are handed
        to it as a subquery; results stay lazy, so only one page of them is loaded.
        """
        query = (self.cleaned_data.get("q") or "").strip() if self.is_valid() else ""
        if not query:
            return queryset.order_by("-first_published_at", "pk")
        return queryset.model.objects.filter(pk__in=queryset.values("pk")).search(
            query, operator="and"
        )

    def results(self, queryset, request):
        results = self.search(self.filter(queryset.published()))
        paginator = Paginator(results, PAGE_SIZE)
        try:
            page = paginator.page(request.GET.get("seite", 1))
        except PageNotAnInteger:
            page = paginator.page(1)
        except EmptyPage:
            page = paginator.page(paginator.num_pages)
        page.object_list = list(page.object_list)
        prefetch_related_objects(page.object_list, "target_groups")
        query = request.GET.copy()
        query.pop("seite", None)
        return {"results": page, "result_count": paginator.count, "filter_query": query.urlencode()}

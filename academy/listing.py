"""What the public listings (case-study library, Werkzeugkoffer) share.

Both show published pages only, filter with a GET form (so every result has a shareable URL),
search among the filtered pages with Wagtail search and paginate the results.
"""

from django import forms
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Exists, F, OuterRef, prefetch_related_objects
from django.db.models.functions import Length, Substr
from django.utils.translation import gettext_lazy as _
from wagtail.models import PageQuerySet, PageViewRestriction

from .enums import CMPhase, InstrumentKind, Licence

PAGE_SIZE = 10
INVALID_CHOICE = {"invalid_choice": _("Diesen Filterwert gibt es nicht: %(value)s.")}


def published(queryset):
    """Live pages without a view restriction on themselves or an ancestor.

    Like Wagtail's public(), but as a subquery, so listing and counting need no extra query.
    """
    restricted = PageViewRestriction.objects.annotate(prefix=Length("page__path")).filter(
        page__path=Substr(OuterRef("path"), 1, F("prefix"))
    )
    return queryset.live().exclude(Exists(restricted))


class PublishedPageQuerySet(PageQuerySet):
    def published(self):
        """What participants and the public may see: live and without view restrictions."""
        return published(self)


def choice_field(label, choices=()):
    """An optional filter whose first choice means "no filter"."""
    return forms.ChoiceField(
        label=label,
        choices=[("", _("alle")), *choices],
        required=False,
        error_messages=INVALID_CHOICE,
    )


class ListingFilterForm(forms.Form):
    """Base of the listings' search and filter forms.

    Subclasses add their filter fields and `filter()`; `results()` filters the published
    pages first, then searches among them, and returns one page of results.
    """

    q = forms.CharField(label=_("Suchbegriff"), required=False, max_length=200)

    vocabulary_fields = {}
    prefetch = ()
    page_size = PAGE_SIZE

    def __init__(self, data=None, *, vocabularies):
        super().__init__(data)
        for field, vocabulary in self.vocabulary_fields.items():
            self.fields[field].choices = [("", _("alle")), *vocabularies.get(vocabulary, [])]

    @property
    def filters(self):
        """The valid filter values; an unknown value is reported and left out."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def filter(self, queryset):
        return queryset

    def search(self, queryset):
        """Filter first, then search among the remaining pages, ranked by relevance.

        The search backend only filters on indexed fields, so the filtered pages are handed
        to it as a subquery; results stay lazy, so only one page of them is loaded.
        """
        query = (self.filters.get("q") or "").strip()
        if not query:
            return queryset.order_by("-first_published_at", "pk")
        return queryset.model.objects.filter(pk__in=queryset.values("pk")).search(
            query, operator="and"
        )

    def results(self, queryset, request):
        results = self.search(self.filter(queryset.published()))
        paginator = Paginator(results, self.page_size)
        try:
            page = paginator.page(request.GET.get("seite", 1))
        except PageNotAnInteger:
            page = paginator.page(1)
        except EmptyPage:
            page = paginator.page(paginator.num_pages)
        page.object_list = list(page.object_list)
        if self.prefetch:
            prefetch_related_objects(page.object_list, *self.prefetch)
        query = request.GET.copy()
        query.pop("seite", None)
        return {"results": page, "result_count": paginator.count, "filter_query": query.urlencode()}


class ToolkitFilterForm(ListingFilterForm):
    """Search and filters of the Werkzeugkoffer at /werkzeugkoffer/."""

    art = choice_field(_("Art"), InstrumentKind.choices)
    phase = choice_field(_("Phase"), CMPhase.choices)
    handlungsfeld = choice_field(_("Handlungsfeld"))
    rechtskreis = choice_field(_("Rechtskreis"))
    lizenz = choice_field(_("Lizenz"), Licence.choices)

    vocabulary_fields = {"handlungsfeld": "fieldofaction", "rechtskreis": "legaldomain"}
    prefetch = ("fields_of_action",)

    def filter(self, queryset):
        data = self.filters
        if data.get("art"):
            queryset = queryset.filter(kind=data["art"])
        if data.get("phase"):
            queryset = queryset.filter(phases__contains=f",{data['phase']},")
        if data.get("handlungsfeld"):
            queryset = queryset.filter(fields_of_action__slug=data["handlungsfeld"])
        if data.get("rechtskreis"):
            queryset = queryset.filter(legal_domains__slug=data["rechtskreis"])
        if data.get("lizenz"):
            queryset = queryset.filter(licence=data["lizenz"])
        return queryset

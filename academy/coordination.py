"""What a coordinator sees of their own municipality: its people, progress and certificates.

Everything starts from ``people(municipality)``, so no query here can reach another
municipality's people. Progress comes from ``courses.rules`` in one set-based pass, so the
number of queries does not grow with the number of people.
"""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.db.models import (
    Case,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce, TruncQuarter
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from certificates.enums import CertificateKind, CertificateStatus
from certificates.models import Certificate
from courses import rules
from courses.enums import EnrolmentStatus
from courses.models import Cohort, Enrolment, ModulePage, Qualification

from . import roles
from .charts import Chart
from .enums import AgencyType
from .models import User, user_display

PAGE_SIZE = 25
QUARTERS_SHOWN = 8
INVALID_CHOICE = {"invalid_choice": _("Diesen Filterwert gibt es nicht: %(value)s.")}


def coordinated_municipality(user):
    """The municipality a coordinator looks after, or None for everyone else."""
    if not roles.has_role(user, roles.COORDINATORS):
        return None
    profile = getattr(user, "profile", None)
    return profile.municipality if profile else None


def people(municipality):
    """The municipality's staff on the platform: the only people a coordinator sees."""
    return User.objects.filter(
        profile__municipality=municipality, is_active=True, is_superuser=False
    )


def dgcc_qualification():
    return Qualification.objects.prefetch_related("components").order_by("pk").first()


def counted_enrolments():
    return Enrolment.objects.exclude(status=EnrolmentStatus.WITHDRAWN)


# --- overview --------------------------------------------------------------------------------


@dataclass
class Overview:
    total: int
    enrolled: int
    qualified: int
    certificates: int
    charts: list


def overview(municipality, qualification):
    """Key figures and the three charts of /kommune/, in a fixed number of queries."""
    staff = people(municipality)
    total = staff.count()
    enrolled = staff.filter(
        Exists(Enrolment.objects.filter(user=OuterRef("pk"), status=EnrolmentStatus.ENROLLED))
    ).count()
    certificates = valid_certificates(staff)
    charts = [agency_chart(staff)]
    qualified = 0
    if qualification is not None:
        progress_chart, qualified = ue_chart(staff, total, qualification)
        charts.append(progress_chart)
    charts.append(quarter_chart(certificates))
    return Overview(
        total=total,
        enrolled=enrolled,
        qualified=qualified,
        certificates=certificates.count(),
        charts=charts,
    )


def valid_certificates(staff):
    return Certificate.objects.valid().filter(holder__in=staff.values("pk"))


def agency_chart(staff):
    counts = dict(staff.values_list("profile__agency_type").annotate(n=Count("pk")).order_by())
    rows = [(label, counts.get(value, 0)) for value, label in AgencyType.choices]
    unknown = counts.get("", 0)
    if unknown:
        rows.append((gettext("ohne Angabe"), unknown))
    rows = [(str(label), count) for label, count in rows if count]
    return Chart(
        slug="einrichtungen",
        title=gettext("Teilnehmende nach Einrichtung"),
        description=gettext("Balkendiagramm: Zahl der Personen je Einrichtung. %(summary)s")
        % {"summary": summary(rows)},
        labels=[label for label, _count in rows],
        values=[count for _label, count in rows],
        category_label=gettext("Einrichtung"),
        value_label=gettext("Personen"),
        horizontal=True,
    )


def ue_bands(qualification):
    """Four bands of credited UE: none, up to a third, up to two thirds, all but the rest."""
    required = sum(component.ue for component in qualification.components.all())
    third = required // 3
    return [
        (Decimal(0), Decimal(0), gettext("0 UE")),
        (Decimal("0.1"), Decimal(third), gettext("bis %(ue)s UE") % {"ue": third}),
        (
            Decimal(third) + Decimal("0.1"),
            Decimal(2 * third),
            gettext("bis %(ue)s UE") % {"ue": 2 * third},
        ),
        (
            Decimal(2 * third) + Decimal("0.1"),
            Decimal(required) - Decimal("0.1"),
            gettext("unter %(ue)s UE") % {"ue": required},
        ),
        (Decimal(required), None, gettext("%(ue)s UE und mehr") % {"ue": required}),
    ]


def ue_chart(staff, total, qualification):
    """People by band of UE credited towards the qualification; also the fully qualified."""
    progress = rules.qualification_progress_by_user(staff, qualification)
    bands = ue_bands(qualification)
    counts = Counter()
    for item in progress.values():
        counts[band_index(bands, item.total_ue)] += 1
    counts[0] += total - len(progress)
    qualified = sum(1 for item in progress.values() if item.complete)
    rows = [(label, counts[index]) for index, (_low, _high, label) in enumerate(bands)]
    return (
        Chart(
            slug="fortschritt",
            title=gettext("Fortschritt zum Zertifikat „%(name)s“") % {"name": qualification},
            description=gettext(
                "Balkendiagramm: Zahl der Personen nach angerechneten Unterrichtseinheiten. "
                "%(summary)s"
            )
            % {"summary": summary(rows)},
            labels=[label for label, _count in rows],
            values=[count for _label, count in rows],
            category_label=gettext("Angerechnete Unterrichtseinheiten"),
            value_label=gettext("Personen"),
        ),
        qualified,
    )


def band_index(bands, ue):
    for index, (low, high, _label) in enumerate(bands):
        if ue >= low and (high is None or ue <= high):
            return index
    return 0


def quarters_back(today, count):
    """The first days of the last ``count`` quarters, oldest first."""
    year, quarter = today.year, (today.month - 1) // 3
    days = []
    for _step in range(count):
        days.append(datetime.date(year, quarter * 3 + 1, 1))
        quarter -= 1
        if quarter < 0:
            year, quarter = year - 1, 3
    return list(reversed(days))


def quarter_chart(certificates):
    quarters = quarters_back(timezone.localdate(), QUARTERS_SHOWN)
    counts = {
        to_date(row["quarter"]): row["n"]
        for row in certificates.filter(issued_on__gte=quarters[0])
        .annotate(quarter=TruncQuarter("issued_on"))
        .values("quarter")
        .annotate(n=Count("pk"))
        .order_by()
    }
    rows = [(f"{(day.month - 1) // 3 + 1}/{day.year}", counts.get(day, 0)) for day in quarters]
    return Chart(
        slug="zertifikate",
        title=gettext("Gültige Zertifikate je Quartal"),
        description=gettext(
            "Balkendiagramm: Zahl der ausgestellten, gültigen Zertifikate in den letzten "
            "%(count)s Quartalen. %(summary)s"
        )
        % {"count": QUARTERS_SHOWN, "summary": summary(rows)},
        labels=[gettext("Q%(label)s") % {"label": label} for label, _count in rows],
        values=[count for _label, count in rows],
        category_label=gettext("Quartal"),
        value_label=gettext("Zertifikate"),
    )


def to_date(value):
    return value.date() if isinstance(value, datetime.datetime) else value


def summary(rows):
    return "; ".join(f"{label}: {count}" for label, count in rows) + "."


# --- the list of people ----------------------------------------------------------------------


class Status:
    ENROLLED = "angemeldet"
    WAITLISTED = "warteliste"
    COMPLETED = "abgeschlossen"
    NONE = "ohne-anmeldung"
    CERTIFIED = "zertifiziert"

    choices = [
        (ENROLLED, _("aktuell angemeldet")),
        (WAITLISTED, _("auf einer Warteliste")),
        (COMPLETED, _("mit abgeschlossenem Modul")),
        (NONE, _("ohne Anmeldung")),
        (CERTIFIED, _("zertifiziert (DGCC)")),
    ]


SORTS = {
    "name": ("last_name", "first_name", "pk"),
    "einrichtung": ("agency_order", "last_name", "first_name", "pk"),
    "anmeldungen": ("enrolment_count", "last_name", "first_name", "pk"),
    "zertifikate": ("certificate_count", "last_name", "first_name", "pk"),
}
SORT_CHOICES = [(key, key) for key in SORTS] + [(f"-{key}", f"-{key}") for key in SORTS]


class PeopleFilterForm(forms.Form):
    """Search, filters and sort order of the list; a GET form, so every view has a URL."""

    q = forms.CharField(label=_("Name"), required=False, max_length=100)
    einrichtung = forms.ChoiceField(
        label=_("Einrichtung"),
        choices=[("", _("alle")), *AgencyType.choices],
        required=False,
        error_messages=INVALID_CHOICE,
    )
    modul = forms.TypedChoiceField(
        label=_("Modul"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages=INVALID_CHOICE,
    )
    durchgang = forms.TypedChoiceField(
        label=_("Durchgang"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages=INVALID_CHOICE,
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("alle")), *Status.choices],
        required=False,
        error_messages=INVALID_CHOICE,
    )
    sortierung = forms.ChoiceField(
        label=_("Sortierung"),
        choices=SORT_CHOICES,
        required=False,
        error_messages=INVALID_CHOICE,
    )

    def __init__(self, data=None):
        super().__init__(data)
        self.fields["modul"].choices = [
            ("", _("alle")),
            *ModulePage.objects.live().order_by("path").values_list("pk", "title"),
        ]
        self.fields["durchgang"].choices = [
            ("", _("alle")),
            *(
                (cohort.pk, f"{cohort.module.title}: {cohort.title}")
                for cohort in Cohort.objects.select_related("module").only(
                    "pk", "title", "module__title"
                )
            ),
        ]

    @property
    def filters(self):
        """The valid values; an invalid form filters by nothing (its errors are shown)."""
        return self.cleaned_data if self.is_bound and self.is_valid() else {}

    @property
    def sort(self):
        return self.filters.get("sortierung") or "name"

    def apply(self, staff):
        """The filtered people, annotated and in the chosen order."""
        return ordered(annotated(self.filter(staff)), self.sort)

    def filter(self, staff):
        data = self.filters
        for word in (data.get("q") or "").split():
            staff = staff.filter(
                Q(first_name__icontains=word)
                | Q(last_name__icontains=word)
                | Q(profile__certificate_name__icontains=word)
            )
        if data.get("einrichtung"):
            staff = staff.filter(profile__agency_type=data["einrichtung"])
        if data.get("modul"):
            staff = staff.filter(
                Exists(
                    counted_enrolments().filter(user=OuterRef("pk"), cohort__module=data["modul"])
                )
            )
        if data.get("durchgang"):
            staff = staff.filter(
                Exists(counted_enrolments().filter(user=OuterRef("pk"), cohort=data["durchgang"]))
            )
        if status := data.get("status"):
            staff = staff.filter(status_filter(status))
        return staff

    def query(self, **changes):
        """The current query string with ``changes`` (for sort links and pagination)."""
        params = {
            name: value
            for name, value in (self.data.items() if self.is_bound else [])
            if name in self.fields and value
        }
        params.update(changes)
        return params


def status_filter(status):
    def has(**lookups):
        return Exists(Enrolment.objects.filter(user=OuterRef("pk"), **lookups))

    if status == Status.ENROLLED:
        return has(status=EnrolmentStatus.ENROLLED)
    if status == Status.WAITLISTED:
        return has(status=EnrolmentStatus.WAITLISTED)
    if status == Status.COMPLETED:
        return has(status=EnrolmentStatus.COMPLETED)
    if status == Status.NONE:
        return ~Exists(counted_enrolments().filter(user=OuterRef("pk")))
    return Exists(
        Certificate.objects.valid().filter(
            holder=OuterRef("pk"), certificate_type__kind=CertificateKind.QUALIFICATION
        )
    )


def count_subquery(queryset):
    counted = queryset.values("user_id" if queryset.model is Enrolment else "holder_id")
    return Coalesce(
        Subquery(counted.annotate(n=Count("pk")).values("n").order_by()[:1]),
        Value(0),
        output_field=IntegerField(),
    )


def annotated(staff):
    agency_order = Case(
        *(
            When(profile__agency_type=value, then=Value(position))
            for position, (value, _label) in enumerate(
                sorted(AgencyType.choices, key=lambda choice: str(choice[1]).casefold())
            )
        ),
        default=Value(len(AgencyType.choices)),
        output_field=IntegerField(),
    )
    return staff.select_related("profile").annotate(
        agency_order=agency_order,
        enrolment_count=count_subquery(counted_enrolments().filter(user=OuterRef("pk"))),
        certificate_count=count_subquery(Certificate.objects.valid().filter(holder=OuterRef("pk"))),
    )


def ordered(staff, sort):
    fields = SORTS[sort.removeprefix("-")]
    if sort.startswith("-"):
        fields = (f"-{fields[0]}", *fields[1:])
    return staff.order_by(*fields)


@dataclass
class PersonRow:
    user: object
    progress: rules.QualificationProgress | None
    enrolments: list
    certificates: list

    @property
    def name(self):
        return user_display(self.user)

    @property
    def agency(self):
        return self.user.profile.get_agency_type_display()


def person_rows(users, qualification):
    """Rows with progress, enrolments and certificates in a fixed number of queries.

    ``users`` is either the loaded people of one page or a queryset of people, which is
    then used as a subquery and streamed (exports).
    """
    streamed = isinstance(users, QuerySet)
    selection = users if streamed else [user.pk for user in users]
    progress = (
        rules.qualification_progress_by_user(selection, qualification) if qualification else {}
    )
    enrolments = defaultdict(list)
    enrolment_rows = (
        counted_enrolments()
        .filter(**rules.user_ids_filter("user", selection))
        .select_related("cohort__module")
        .order_by("cohort__starts_on", "pk")
    )
    for enrolment in enrolment_rows:
        enrolments[enrolment.user_id].append(enrolment)
    certificates = defaultdict(list)
    for certificate in (
        Certificate.objects.filter(**rules.user_ids_filter("holder", selection))
        .exclude(status=CertificateStatus.SUPERSEDED)
        .order_by("issued_on", "pk")
    ):
        certificates[certificate.holder_id].append(certificate)
    for user in users.iterator(chunk_size=2000) if streamed else users:
        yield PersonRow(
            user=user,
            progress=progress[user.pk] if qualification else None,
            enrolments=enrolments.get(user.pk, []),
            certificates=certificates.get(user.pk, []),
        )


def person(municipality, pk):
    """One person of the municipality (Http404 for anyone else)."""
    return get_object_or_404(people(municipality).select_related("profile"), pk=pk)

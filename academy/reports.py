"""Programme monitoring: reports across all municipalities in the Wagtail admin.

Only the group "Zertifikatsverwaltung" and superusers see them. Every figure is aggregated by
the database (annotate/values with Count, Sum, Case, TruncMonth); a page takes the same number
of queries whatever the number of people behind it. Each report exports CSV and XLSX through
Wagtail's ReportView.

Aggregate-only mode (`?modus=aggregiert`): counts of people below SUPPRESSION_THRESHOLD are
shown as "< 5", and every other figure of such a small group stays blank, on screen and in the
export, so the numbers can be handed on for the programme's evaluation. The certificate
register lists people and is not available in that mode.
"""

import datetime
from dataclasses import dataclass

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import (
    Case,
    Count,
    DecimalField,
    ExpressionWrapper,
    F,
    FloatField,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce, NullIf, TruncMonth
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from certificates.enums import CertificateStatus
from certificates.models import Certificate, CertificateType
from courses.enums import AttendanceStatus, EnrolmentStatus
from courses.models import Attendance, Cohort, Enrolment, ModulePage, Session

from . import roles
from .enums import AgencyType
from .models import Municipality, Profile

SUPPRESSION_THRESHOLD = 5
SUPPRESSED = "< 5"
MODE_PARAM = "modus"
AGGREGATE_ONLY = "aggregiert"

ACTIVE_ENROLMENT = [EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED]


def aggregate_only_url(url_name):
    return f"{reverse(f'monitoring:{url_name}')}?{MODE_PARAM}={AGGREGATE_ONLY}"


def may_see_monitoring(user):
    return user.is_authenticated and (
        user.is_superuser or roles.has_role(user, roles.CERTIFICATE_ADMINISTRATORS)
    )


# Period ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """An inclusive range of days; either end may be open."""

    start: datetime.date | None = None
    stop: datetime.date | None = None

    @classmethod
    def from_range(cls, value):
        return cls(value.start, value.stop) if value else cls()

    def _moment(self, day):
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))

    def until(self, field):
        """Rows created by the end of the period."""
        return Period(stop=self.stop).q(field)

    def q(self, field, *, is_datetime=True):
        """Rows whose `field` lies in the period (day boundaries in the local time zone)."""
        condition = Q()
        if self.start:
            start = self._moment(self.start) if is_datetime else self.start
            condition &= Q(**{f"{field}__gte": start})
        if self.stop:
            if is_datetime:
                condition &= Q(**{f"{field}__lt": self._moment(self.stop + datetime.timedelta(1))})
            else:
                condition &= Q(**{f"{field}__lte": self.stop})
        return condition


def keep_queryset(queryset, name, value):
    """For filters that shape the aggregates rather than select rows."""
    return queryset


def period_filter(label):
    return django_filters.DateFromToRangeFilter(
        label=label, method=keep_queryset, widget=DateRangePickerWidget
    )


# Columns -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One column of a report: a key of the row, its label and how it is suppressed."""

    key: str
    label: str
    #: "group": the number of people the row is about; "count": a count of people or their
    #: records; "rate"/"ue": derived figures; "text": a label that is never suppressed.
    kind: str = "count"
    sortable: bool = True


def format_number(value, kind):
    if value is None:
        return ""
    if kind == "rate":
        return f"{number_format(round(value, 1), 1)} %"
    if kind == "ue":
        return number_format(round(value, 1), 1)
    if isinstance(value, datetime.date):
        return date_format(value, "F Y") if kind == "month" else date_format(value)
    return value


class MonitoringReport(ReportView):
    """Base of the monitoring reports: permission, the aggregate-only mode, formatted cells."""

    template_name = "academy/reports/report.html"
    header_icon = "table"
    paginate_by = 50
    figures = []
    #: The key of the figure that counts the row's people, for the aggregate-only mode.
    group_key = None
    supports_aggregate_only = True
    url_name = None
    url_slug = None

    def dispatch(self, request, *args, **kwargs):
        if not may_see_monitoring(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @property
    def index_url_name(self):
        return f"monitoring:{self.url_name}"

    @property
    def index_results_url_name(self):
        return f"monitoring:{self.url_name}_results"

    def get_index_url(self):
        return self.mode_url(reverse(self.index_url_name))

    def get_index_results_url(self):
        return self.mode_url(reverse(self.index_results_url_name))

    def mode_url(self, url):
        return f"{url}?{MODE_PARAM}={AGGREGATE_ONLY}" if self.aggregate_only else url

    @cached_property
    def aggregate_only(self):
        return self.supports_aggregate_only and self.request.GET.get(MODE_PARAM) == AGGREGATE_ONLY

    def get_filename(self):
        suffix = "-aggregiert" if self.aggregate_only else ""
        return f"{self.url_name}{suffix}-{timezone.localdate():%Y-%m-%d}"

    # Filters that shape the aggregates.

    def filter_value(self, name):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get(name)
        return None

    @cached_property
    def period(self):
        return Period.from_range(self.filter_value("period"))

    # Cells: one function for the table and the export.

    def cell(self, row, figure):
        value = row[figure.key] if isinstance(row, dict) else getattr(row, figure.key)
        if self.aggregate_only and figure.kind != "text" and figure.kind != "month":
            value = self.suppress(row, figure, value)
            if value in ("", SUPPRESSED):
                return value
        return format_number(value, figure.kind)

    def suppress(self, row, figure, value):
        group = row[self.group_key] if isinstance(row, dict) else getattr(row, self.group_key)
        if figure.kind == "group":
            return SUPPRESSED if (value or 0) < SUPPRESSION_THRESHOLD else value
        if (group or 0) < SUPPRESSION_THRESHOLD:
            return ""
        if figure.kind == "count" and (value or 0) < SUPPRESSION_THRESHOLD:
            return SUPPRESSED
        return value

    @cached_property
    def columns(self):
        return [
            Column(
                figure.key,
                label=figure.label,
                accessor=lambda row, figure=figure: self.cell(row, figure),
                # In the aggregate-only mode, sorting by a count would reveal the order of
                # the suppressed values.
                sort_key=figure.key
                if figure.sortable and (figure.kind in ("text", "month") or not self.aggregate_only)
                else None,
            )
            for figure in self.figures
        ]

    @property
    def list_export(self):
        return [figure.key for figure in self.figures]

    @property
    def export_headings(self):
        return {figure.key: figure.label for figure in self.figures}

    def to_row_dict(self, item):
        return {figure.key: self.cell(item, figure) for figure in self.figures}

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context.update(
            aggregate_only=self.aggregate_only,
            supports_aggregate_only=self.supports_aggregate_only,
            threshold=SUPPRESSION_THRESHOLD,
            full_url=reverse(self.index_url_name),
            aggregate_url=aggregate_only_url(self.url_name),
        )
        return context


# 1. Participation by municipality, agency and month ----------------------------------------


class ParticipationFilterSet(WagtailFilterSet):
    period = period_filter(_("Zeitraum"))

    class Meta:
        model = Municipality
        fields = []


PARTICIPATION_FIGURES = [
    Figure("participants", _("Teilnehmende"), kind="group"),
    Figure("enrolments", _("Anmeldungen")),
    Figure("completions", _("Abschlüsse")),
    Figure("certificates", _("Gültige Zertifikate")),
]


def participation_counts(period, prefix):
    """Count annotations over `prefix` (the path from the row to the user, with "__")."""
    enrolments = f"{prefix}enrolments"
    in_period = Q(**{f"{enrolments}__status__in": ACTIVE_ENROLMENT}) & period.q(
        f"{enrolments}__created_at"
    )
    completed = Q(**{f"{enrolments}__status": EnrolmentStatus.COMPLETED}) & period.q(
        f"{enrolments}__completed_at"
    )
    certificates = f"{prefix}certificates"
    valid = Q(**{f"{certificates}__status": CertificateStatus.VALID}) & period.q(
        f"{certificates}__issued_on", is_datetime=False
    )
    # Enrolments and certificates are joined side by side; distinct counts keep them apart.
    return {
        "participants": Count(f"{enrolments}__user", filter=in_period, distinct=True),
        "enrolments": Count(enrolments, filter=in_period, distinct=True),
        "completions": Count(enrolments, filter=completed, distinct=True),
        "certificates": Count(certificates, filter=valid, distinct=True),
    }


class ParticipationByMunicipalityReport(MonitoringReport):
    page_title = _("Teilnahme nach Kommune")
    url_name = "by_municipality"
    url_slug = "teilnahme-kommunen"
    filterset_class = ParticipationFilterSet
    group_key = "participants"
    default_ordering = "name"
    figures = [
        Figure("name", _("Kommune"), kind="text"),
        Figure("official_key", _("AGS"), kind="text"),
        Figure("accounts", _("Registrierte Personen")),
        *PARTICIPATION_FIGURES,
    ]

    def get_base_queryset(self):
        return Municipality.objects.annotate(
            accounts=Count(
                "profiles", filter=self.period.until("profiles__created_at"), distinct=True
            ),
            **participation_counts(self.period, "profiles__user__"),
        )


class ParticipationByAgencyReport(MonitoringReport):
    page_title = _("Teilnahme nach Einrichtung")
    url_name = "by_agency"
    url_slug = "teilnahme-einrichtungen"
    filterset_class = ParticipationFilterSet
    group_key = "participants"
    default_ordering = "agency_type"
    figures = [
        Figure("agency", _("Einrichtung"), kind="text", sortable=False),
        Figure("accounts", _("Registrierte Personen")),
        *PARTICIPATION_FIGURES,
    ]

    def get_valid_orderings(self):
        return ["agency_type", "-agency_type", *super().get_valid_orderings()]

    def get_base_queryset(self):
        labels = [
            When(agency_type=value, then=Value(str(label))) for value, label in AgencyType.choices
        ]
        return (
            Profile.objects.order_by()
            .values("agency_type")
            .annotate(
                agency=Case(*labels, default=Value(gettext("ohne Angabe"))),
                accounts=Count("pk", filter=self.period.until("created_at"), distinct=True),
                **participation_counts(self.period, "user__"),
            )
        )


class MonthFilterSet(WagtailFilterSet):
    period = period_filter(_("Zeitraum"))
    municipality = django_filters.ModelChoiceFilter(
        label=_("Kommune"), queryset=Municipality.objects.all(), method=keep_queryset
    )

    class Meta:
        model = Enrolment
        fields = []


class ParticipationByMonthReport(MonitoringReport):
    """Per calendar month: enrolments by their date, completions and certificates by theirs.

    Three grouped queries, one per date, merged by month: each figure is counted in the month
    it happened.
    """

    page_title = _("Teilnahme nach Monat")
    url_name = "by_month"
    url_slug = "teilnahme-monate"
    filterset_class = MonthFilterSet
    group_key = "participants"
    figures = [
        Figure("month", _("Monat"), kind="month", sortable=False),
        Figure("participants", _("Neu angemeldete Personen"), kind="group", sortable=False),
        Figure("enrolments", _("Anmeldungen"), sortable=False),
        Figure("completions", _("Abschlüsse"), sortable=False),
        Figure("certificates", _("Gültige Zertifikate"), sortable=False),
    ]

    def filter_queryset(self, queryset):
        return queryset  # the filters shape the three queries in get_queryset

    def get_queryset(self):
        municipality = self.filter_value("municipality")
        enrolments = Enrolment.objects.order_by()
        certificates = Certificate.objects.order_by()
        if municipality:
            enrolments = enrolments.filter(user__profile__municipality=municipality)
            certificates = certificates.filter(holder__profile__municipality=municipality)
        started = (
            enrolments.filter(self.period.q("created_at"), status__in=ACTIVE_ENROLMENT)
            .annotate(month=TruncMonth("created_at"))
            .values("month")
            .annotate(participants=Count("user", distinct=True), enrolments=Count("pk"))
        )
        completed = (
            enrolments.filter(
                self.period.q("completed_at"),
                status=EnrolmentStatus.COMPLETED,
                completed_at__isnull=False,
            )
            .annotate(month=TruncMonth("completed_at"))
            .values("month")
            .annotate(completions=Count("pk"))
        )
        issued = (
            certificates.filter(
                self.period.q("issued_on", is_datetime=False), status=CertificateStatus.VALID
            )
            .annotate(month=TruncMonth("issued_on"))
            .values("month")
            .annotate(certificates=Count("pk"))
        )
        rows = {}
        empty = {"participants": 0, "enrolments": 0, "completions": 0, "certificates": 0}
        for result in (*started, *completed, *issued):
            month = result["month"]
            month = month.date() if isinstance(month, datetime.datetime) else month
            rows.setdefault(month, {**empty, "month": month}).update(
                {key: value for key, value in result.items() if key != "month"}
            )
        return [rows[month] for month in sorted(rows, reverse=True)]


# 2. Attendance per cohort ------------------------------------------------------------------


class CohortFilterSet(WagtailFilterSet):
    module = django_filters.ModelChoiceFilter(
        label=_("Modul"), queryset=ModulePage.objects.order_by("title")
    )
    starts_on = django_filters.DateFromToRangeFilter(
        label=_("Beginn des Durchgangs"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Cohort
        fields = ["module", "starts_on"]


def attendance_count(status=None):
    """Attendance records of the cohort's enrolments, as a subquery per cohort row."""
    records = Attendance.objects.filter(enrolment__cohort=OuterRef("pk"))
    if status:
        records = records.filter(status=status)
    return Coalesce(
        Subquery(
            records.order_by()
            .values("enrolment__cohort")
            .annotate(count=Count("pk"))
            .values("count")
        ),
        0,
    )


class AttendanceByCohortReport(MonitoringReport):
    page_title = _("Anwesenheit je Durchgang")
    url_name = "attendance"
    url_slug = "anwesenheit"
    filterset_class = CohortFilterSet
    group_key = "participants"
    default_ordering = "-starts_on"
    figures = [
        Figure("module_title", _("Modul"), kind="text"),
        Figure("title", _("Durchgang"), kind="text"),
        Figure("starts_on", _("Beginn"), kind="text"),
        Figure("participants", _("Teilnehmende"), kind="group"),
        Figure("session_count", _("Termine"), kind="text"),
        Figure("recorded", _("Erfasste Anwesenheiten")),
        Figure("present", _("anwesend")),
        Figure("excused", _("entschuldigt")),
        Figure("absent", _("abwesend")),
        Figure("rate", _("Anwesenheitsquote"), kind="rate"),
    ]

    def cell(self, row, figure):
        if figure.key == "starts_on":
            return f"{row.starts_on:%d.%m.%Y}"
        return super().cell(row, figure)

    def get_base_queryset(self):
        sessions = (
            Session.objects.filter(cohort=OuterRef("pk"))
            .order_by()
            .values("cohort")
            .annotate(count=Count("pk"))
            .values("count")
        )
        participants = (
            Enrolment.objects.filter(cohort=OuterRef("pk"), status__in=ACTIVE_ENROLMENT)
            .order_by()
            .values("cohort")
            .annotate(count=Count("pk"))
            .values("count")
        )
        # Subqueries per cohort: only the cohorts of the page are counted, not all of them.
        return Cohort.objects.annotate(
            module_title=F("module__title"),
            session_count=Coalesce(Subquery(sessions), 0),
            participants=Coalesce(Subquery(participants), 0),
            recorded=attendance_count(),
            present=attendance_count(AttendanceStatus.PRESENT),
            excused=attendance_count(AttendanceStatus.EXCUSED),
            absent=attendance_count(AttendanceStatus.ABSENT),
        ).annotate(
            rate=ExpressionWrapper(
                Value(100.0) * F("present") / NullIf(F("recorded"), 0), output_field=FloatField()
            ),
        )


# 3. UE delivered in presence ---------------------------------------------------------------


class PresenceGrouping:
    MODULE = "modul"
    COHORT = "durchgang"
    MONTH = "monat"
    CHOICES = [
        (COHORT, _("Durchgang")),
        (MODULE, _("Modul")),
        (MONTH, _("Monat")),
    ]


class PresenceFilterSet(WagtailFilterSet):
    grouping = django_filters.ChoiceFilter(
        label=_("Gliederung"),
        choices=PresenceGrouping.CHOICES,
        method=keep_queryset,
        empty_label=None,
        null_label=None,
    )
    module = django_filters.ModelChoiceFilter(
        field_name="cohort__module",
        label=_("Modul"),
        queryset=ModulePage.objects.order_by("title"),
    )
    date = django_filters.DateFromToRangeFilter(label=_("Zeitraum"), widget=DateRangePickerWidget)

    class Meta:
        model = Session
        fields = []


class PresenceUEReport(MonitoringReport):
    """UE taught in presence and the UE credited to the people present."""

    page_title = _("UE in Präsenz")
    url_name = "presence"
    url_slug = "praesenz-ue"
    filterset_class = PresenceFilterSet
    group_key = "people"
    supports_aggregate_only = False

    @cached_property
    def grouping(self):
        value = self.filter_value("grouping")
        return value if value in dict(PresenceGrouping.CHOICES) else PresenceGrouping.COHORT

    @cached_property
    def figures(self):
        keys = {
            PresenceGrouping.MODULE: [Figure("module_title", _("Modul"), kind="text")],
            PresenceGrouping.COHORT: [
                Figure("module_title", _("Modul"), kind="text"),
                Figure("cohort_title", _("Durchgang"), kind="text"),
            ],
            PresenceGrouping.MONTH: [Figure("month", _("Monat"), kind="month")],
        }[self.grouping]
        return [
            *keys,
            Figure("sessions", _("Termine in Präsenz")),
            Figure("ue", _("UE in Präsenz"), kind="ue"),
            Figure("credited", _("Angerechnete UE (Summe aller Anwesenden)"), kind="ue"),
        ]

    @property
    def default_ordering(self):
        return "-month" if self.grouping == PresenceGrouping.MONTH else "module_title"

    def cell(self, row, figure):
        value = row[figure.key]
        if figure.kind == "month":
            return date_format(value, "F Y") if value else ""
        return format_number(value, figure.kind)

    def get_base_queryset(self):
        credited = (
            Attendance.objects.filter(session=OuterRef("pk"), status=AttendanceStatus.PRESENT)
            .order_by()
            .values("session")
            .annotate(total=Sum("ue_credited"))
            .values("total")
        )
        keys = {
            PresenceGrouping.MODULE: {"module_title": F("cohort__module__title")},
            PresenceGrouping.COHORT: {
                "module_title": F("cohort__module__title"),
                "cohort_title": F("cohort__title"),
                "cohort_id_": F("cohort_id"),
            },
            PresenceGrouping.MONTH: {"month": TruncMonth("date")},
        }[self.grouping]
        return (
            Session.objects.filter(in_presence=True)
            .annotate(session_credited=Subquery(credited))
            .order_by()
            .values(**keys)
            .annotate(
                sessions=Count("pk"),
                ue=Sum("ue"),
                credited=Coalesce(Sum("session_credited"), Value(0), output_field=DecimalField()),
            )
        )


# 4. The certificate register ---------------------------------------------------------------


class RegisterFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=CertificateStatus.choices, empty_label=_("alle")
    )
    certificate_type = django_filters.ModelChoiceFilter(
        label=_("Zertifikatstyp"), queryset=CertificateType.objects.all()
    )
    municipality_name = django_filters.ModelChoiceFilter(
        label=_("Kommune (bei Ausstellung)"),
        queryset=Municipality.objects.all(),
        to_field_name="name",
    )
    issued_on = django_filters.DateFromToRangeFilter(
        label=_("Ausgestellt"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Certificate
        fields = ["status", "certificate_type", "municipality_name", "issued_on"]


class CertificateRegisterReport(MonitoringReport):
    """Every certificate ever issued — valid, revoked, superseded — as it was certified."""

    page_title = _("Zertifikatsregister")
    url_name = "register"
    url_slug = "zertifikatsregister"
    filterset_class = RegisterFilterSet
    supports_aggregate_only = False
    is_searchable = True
    search_fields = ["number", "holder_name"]
    search_backend_name = None
    default_ordering = "-issued_on"
    figures = [
        Figure("number", _("Nummer"), kind="text"),
        Figure("holder_name", _("Name wie zertifiziert"), kind="text"),
        Figure("type_name", _("Zertifikatstyp"), kind="text"),
        Figure("municipality_name", _("Kommune"), kind="text"),
        Figure("issued_on", _("ausgestellt am"), kind="text"),
        Figure("valid_until", _("gültig bis"), kind="text", sortable=False),
        Figure("status_label", _("Status"), kind="text", sortable=False),
        Figure("revoked_on", _("widerrufen am"), kind="text", sortable=False),
        Figure("revocation_reason", _("Grund des Widerrufs"), kind="text", sortable=False),
        Figure("replacement", _("ersetzt durch"), kind="text", sortable=False),
    ]

    def dispatch(self, request, *args, **kwargs):
        if may_see_monitoring(request.user) and request.GET.get(MODE_PARAM) == AGGREGATE_ONLY:
            messages.error(
                request,
                gettext(
                    "Das Zertifikatsregister enthält Namen und steht in der Auswertung ohne "
                    "Personenbezug nicht zur Verfügung."
                ),
            )
            return redirect(aggregate_only_url("by_municipality"))
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def status_labels(self):
        # Translated once per export instead of once per row.
        return {value: str(label) for value, label in CertificateStatus.choices}

    def cell(self, row, figure):
        key = figure.key
        if key == "status_label":
            return self.status_labels.get(row.status, row.status)
        if key == "revoked_on":
            return f"{timezone.localtime(row.revoked_at):%d.%m.%Y}" if row.revoked_at else ""
        if key == "replacement":
            return row.superseded_by.number if row.superseded_by_id else ""
        value = getattr(row, key)
        if isinstance(value, datetime.date):
            return f"{value:%d.%m.%Y}"
        return value or ""

    def get_base_queryset(self):
        return Certificate.objects.select_related("superseded_by").only(
            *[
                "number",
                "holder_name",
                "type_name",
                "municipality_name",
                "issued_on",
                "valid_until",
                "status",
                "revoked_at",
                "revocation_reason",
                "superseded_by__number",
            ]
        )


REPORTS = [
    ParticipationByMunicipalityReport,
    ParticipationByAgencyReport,
    ParticipationByMonthReport,
    AttendanceByCohortReport,
    PresenceUEReport,
    CertificateRegisterReport,
]

"""/kommune/: the coordinator's view of their own municipality.

Every view gets the coordinator's municipality from ``coordinator_required`` and reaches
people only through ``coordination.people(municipality)``: anyone else's person is a 404.
"""

import csv
import io
from functools import wraps
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import IntegrityError
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods
from openpyxl import Workbook

from courses.enrolment import EnrolmentError, enrol, withdraw
from courses.enums import EnrolmentStatus
from courses.models import Cohort, Enrolment
from courses.rules import fmt

from . import coordination

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def coordinator_required(view):
    """Coordinators with a municipality only (403 for everyone else, login for visitors)."""

    @wraps(view)
    @login_required
    @never_cache
    def wrapped(request, *args, **kwargs):
        municipality = coordination.coordinated_municipality(request.user)
        if municipality is None:
            raise PermissionDenied(_("Diese Seite ist der kommunalen Koordination vorbehalten."))
        return view(request, municipality, *args, **kwargs)

    return wrapped


@require_GET
@coordinator_required
def overview(request, municipality):
    qualification = coordination.dgcc_qualification()
    return TemplateResponse(
        request,
        "academy/kommune/overview.html",
        {
            "municipality": municipality,
            "qualification": qualification,
            "overview": coordination.overview(municipality, qualification),
        },
    )


@require_GET
@coordinator_required
def participant_list(request, municipality):
    form = coordination.PeopleFilterForm(request.GET or None)
    qualification = coordination.dgcc_qualification()
    listing = form.apply(coordination.people(municipality))
    page = Paginator(listing, coordination.PAGE_SIZE).get_page(request.GET.get("seite"))
    rows = list(coordination.person_rows(list(page.object_list), qualification))
    return TemplateResponse(
        request,
        "academy/kommune/participant_list.html",
        {
            "municipality": municipality,
            "qualification": qualification,
            "form": form,
            "page": page,
            "rows": rows,
            "columns": sort_columns(form),
            "filter_query": urlencode(form.query()),
            "export_query": urlencode(form.query()),
        },
    )


def sort_columns(form):
    """The sortable column headers: label, link to sort by it, and aria-sort."""
    current = form.sort
    columns = []
    for key, label in [
        ("name", _("Name")),
        ("einrichtung", _("Einrichtung")),
        ("anmeldungen", _("Anmeldungen")),
        ("zertifikate", _("Zertifikate")),
    ]:
        if current == key:
            state, next_sort = "ascending", f"-{key}"
        elif current == f"-{key}":
            state, next_sort = "descending", key
        else:
            state, next_sort = None, key
        columns.append(
            {
                "key": key,
                "label": label,
                "state": state,
                "query": urlencode(form.query(sortierung=next_sort)),
            }
        )
    return columns


@require_GET
@coordinator_required
def participant_detail(request, municipality, pk):
    person = coordination.person(municipality, pk)
    qualification = coordination.dgcc_qualification()
    [row] = coordination.person_rows([person], qualification)
    taken = {enrolment.cohort_id for enrolment in row.enrolments}
    cohorts = [
        cohort
        for cohort in Cohort.objects.open_for_enrolment()
        .with_places()
        .select_related("module")
        .order_by("starts_on", "pk")
        if cohort.pk not in taken
    ]
    return TemplateResponse(
        request,
        "academy/kommune/participant_detail.html",
        {
            "municipality": municipality,
            "person": person,
            "row": row,
            "qualification": qualification,
            "open_cohorts": cohorts,
            "withdrawable": {EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED},
        },
    )


@require_http_methods(["GET", "POST"])
@coordinator_required
def enrol_person(request, municipality, pk):
    """Confirm (GET) and enrol (POST) a person of the municipality into a cohort."""
    person = coordination.person(municipality, pk)
    detail_url = reverse("kommune:participant", args=[person.pk])
    data = request.POST if request.method == "POST" else request.GET
    try:
        cohort_id = int(data.get("durchgang", ""))
    except ValueError:
        cohort_id = None
    cohort = (
        Cohort.objects.with_places().select_related("module").filter(pk=cohort_id).first()
        if cohort_id
        else None
    )
    if cohort is None:
        messages.error(request, _("Bitte wählen Sie einen Durchgang aus der Liste."))
        return redirect(detail_url)
    if request.method == "POST":
        try:
            enrolment = enrol(person, cohort)
        except EnrolmentError as error:
            messages.error(request, str(error))
        except IntegrityError:
            messages.error(request, _("Die Person ist für diesen Durchgang bereits angemeldet."))
        else:
            if enrolment.status == EnrolmentStatus.WAITLISTED:
                messages.info(
                    request,
                    _("Der Durchgang ist voll: %(name)s steht jetzt auf der Warteliste.")
                    % {"name": coordination.user_display(person)},
                )
            else:
                messages.success(
                    request,
                    _("%(name)s ist für „%(cohort)s“ angemeldet.")
                    % {"name": coordination.user_display(person), "cohort": cohort},
                )
        return redirect(detail_url)
    return TemplateResponse(
        request,
        "academy/kommune/confirm.html",
        {
            "municipality": municipality,
            "person": person,
            "action": "enrol",
            "cohort": cohort,
            "detail_url": detail_url,
        },
    )


@require_http_methods(["GET", "POST"])
@coordinator_required
def withdraw_person(request, municipality, pk, enrolment_id):
    """Confirm (GET) and withdraw (POST) an enrolment of a person of the municipality."""
    person = coordination.person(municipality, pk)
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("cohort__module"), pk=enrolment_id, user=person
    )
    detail_url = reverse("kommune:participant", args=[person.pk])
    if request.method == "POST":
        try:
            withdraw(enrolment)
        except EnrolmentError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("%(name)s ist von „%(cohort)s“ abgemeldet.")
                % {"name": coordination.user_display(person), "cohort": enrolment.cohort},
            )
        return redirect(detail_url)
    return TemplateResponse(
        request,
        "academy/kommune/confirm.html",
        {
            "municipality": municipality,
            "person": person,
            "action": "withdraw",
            "cohort": enrolment.cohort,
            "enrolment": enrolment,
            "detail_url": detail_url,
        },
    )


# --- exports ---------------------------------------------------------------------------------


def export_rows(request, municipality):
    """The header and the rows of the list with the request's filters, or None if invalid."""
    form = coordination.PeopleFilterForm(request.GET or None)
    if form.is_bound and not form.is_valid():
        return None
    qualification = coordination.dgcc_qualification()
    staff = coordination.people(municipality)
    components = list(qualification.components.all()) if qualification else []
    header = [
        _("Name"),
        _("E-Mail"),
        _("Einrichtung"),
        _("Funktion"),
        _("Anmeldungen"),
        *(
            _("%(component)s: UE angerechnet / erforderlich")
            % {"component": component.get_component_display()}
            for component in components
        ),
        _("UE in Präsenz"),
        _("Falldokumentation bestanden"),
        _("Kolloquium bestanden"),
        _("Zertifikate"),
        _("Was noch fehlt"),
    ]

    def rows():
        yield header
        for row in coordination.person_rows(form.apply(staff), qualification):
            yield export_row(row)

    return rows()


def export_row(row):
    progress = row.progress
    cells = [
        row.name,
        row.user.email,
        row.agency,
        row.user.profile.job_title,
        "; ".join(
            f"{enrolment.cohort.module.title} – {enrolment.cohort.title} "
            f"({enrolment.get_status_display()})"
            for enrolment in row.enrolments
        ),
    ]
    if progress:
        cells += [
            f"{fmt(component.credit.total)} / {component.required}"
            for component in progress.components
        ]
        cells += [
            fmt(progress.presence_total),
            yes_no(progress.documentation_passed),
            yes_no(progress.colloquium_passed),
        ]
    else:
        cells += ["", "", ""]
    cells.append(
        "; ".join(
            f"{certificate.number} {certificate.type_name} ({certificate.get_status_display()})"
            for certificate in row.certificates
        )
    )
    cells.append("; ".join(progress.missing) if progress else "")
    return [spreadsheet_safe(cell) for cell in cells]


def yes_no(value):
    return _("ja") if value else _("nein")


def spreadsheet_safe(value):
    """Text that a spreadsheet shows as text, never runs as a formula."""
    value = str(value)
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def export_filename(municipality, extension):
    return f"teilnehmende-{municipality.slug}-{timezone.localdate():%Y-%m-%d}.{extension}"


def invalid_export(request):
    messages.error(
        request,
        _("Die Filter sind ungültig; bitte korrigieren Sie sie vor dem Export."),
    )
    query = request.GET.urlencode()
    return redirect(f"{reverse('kommune:participants')}?{query}")


class Echo:
    def write(self, value):
        return value


@require_GET
@coordinator_required
def export_csv(request, municipality):
    """The filtered list as CSV (semicolons and a BOM, as German spreadsheets expect)."""
    rows = export_rows(request, municipality)
    if rows is None:
        return invalid_export(request)
    writer = csv.writer(Echo(), delimiter=";")

    def lines():
        yield "\ufeff"
        for row in rows:
            yield writer.writerow(row)

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="{export_filename(municipality, "csv")}"'
    )
    return response


@require_GET
@coordinator_required
def export_xlsx(request, municipality):
    rows = export_rows(request, municipality)
    if rows is None:
        return invalid_export(request)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Teilnehmende"))
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = (
        f'attachment; filename="{export_filename(municipality, "xlsx")}"'
    )
    return response

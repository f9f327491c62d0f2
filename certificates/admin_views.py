"""The certificate administration in the Wagtail admin.

Certificates are immutable snapshots: there is no edit or delete view, only revocation and
re-issue, both through `certificates.issuing`. Django model permissions of the group
"Zertifikatsverwaltung" decide who may see (view), issue (add) and revoke or re-issue (change).
"""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import FileResponse, Http404, JsonResponse, QueryDict, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permissions import policy_registry

from academy.models import Municipality, User
from courses.enums import EnrolmentStatus
from courses.models import Enrolment

from . import batches, eligibility, issuing
from .admin_forms import EligibilityFilterForm, ReissueForm, RevokeForm
from .enums import CertificateKind
from .models import Certificate, IssuingBatch, IssuingBatchItem

ROWS_PER_PAGE = 100


def has_permission(user, model, *actions):
    policy = policy_registry.get_by_type(model)
    return all(policy.user_has_permission(user, action) for action in actions)


def require_permission(user, model, *actions):
    if not has_permission(user, model, *actions):
        raise PermissionDenied


class AdminScreen(WagtailAdminTemplateMixin, View):
    """A custom screen in the admin furniture."""

    #: The Certificate permissions the screen needs.
    required_actions = ("view",)

    def dispatch(self, request, *args, **kwargs):
        require_permission(request.user, Certificate, *self.required_actions)
        return super().dispatch(request, *args, **kwargs)

    def render(self, context, status=200):
        return self.render_to_response(self.get_context_data(**context), status=status)


# List and detail ----------------------------------------------------------------------------


class CertificateFilterSet(WagtailFilterSet):
    municipality = django_filters.ModelChoiceFilter(
        field_name="holder__profile__municipality",
        label=gettext_lazy("Kommune"),
        queryset=Municipality.objects.all(),
    )

    class Meta:
        model = Certificate
        fields = ["certificate_type", "status"]


class CertificateIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("certificate_type")


class CertificateInspectView(generic.InspectView):
    template_name = "certificates/admin/certificate_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        certificate = self.object
        user = self.request.user
        may_change = certificate.is_valid and has_permission(user, Certificate, "change")
        context.update(
            certificate=certificate,
            events=certificate.events.select_related("user"),
            pdf_url=reverse("certificates_admin:pdf", args=[certificate.pk])
            if certificate.pdf
            else None,
            revoke_url=reverse("certificates_admin:revoke", args=[certificate.pk])
            if may_change
            else None,
            reissue_url=reverse("certificates_admin:reissue", args=[certificate.pk])
            if may_change and has_permission(user, Certificate, "add")
            else None,
        )
        return context

    def get_fields(self):
        return []


class CertificatePDFView(View):
    """The stored, signed PDF from private storage, for the certificate administration."""

    def dispatch(self, request, *args, **kwargs):
        require_permission(request.user, Certificate, "view")
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, pk):
        certificate = get_object_or_404(Certificate, pk=pk)
        if not certificate.pdf:
            raise Http404
        return FileResponse(
            certificate.pdf.open("rb"),
            as_attachment=True,
            filename=f"{certificate.number}.pdf",
            content_type="application/pdf",
        )


# Revocation and re-issue --------------------------------------------------------------------


class CertificateActionView(AdminScreen):
    """A confirmation page with a form; the POST changes the certificate through `issuing`."""

    template_name = "certificates/admin/certificate_action.html"
    form_class = None
    submit_label = ""
    required_actions = ("change",)

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.certificate = get_object_or_404(
            Certificate.objects.select_related("certificate_type"), pk=kwargs["pk"]
        )

    def get_page_subtitle(self):
        return str(self.certificate)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("certificates_admin:index"), "label": _("Zertifikate")},
            {
                "url": reverse("certificates_admin:inspect", args=[self.certificate.pk]),
                "label": self.certificate.number,
            },
            {"url": "", "label": self.get_page_title()},
        ]

    @property
    def detail_url(self):
        return reverse("certificates_admin:inspect", args=[self.certificate.pk])

    def get(self, request, *args, **kwargs):
        if not self.certificate.is_valid:
            messages.error(request, self.refused_message())
            return redirect(self.detail_url)
        return self.render_form(self.form_class())

    def post(self, request, *args, **kwargs):
        form = self.form_class(request.POST)
        if form.is_valid():
            try:
                message = self.perform(form.cleaned_data)
            except issuing.IssuingError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, message)
                return redirect(self.success_url)
        return self.render_form(form)

    def render_form(self, form):
        return self.render(
            {
                "certificate": self.certificate,
                "form": form,
                "submit_label": self.submit_label,
                "detail_url": self.detail_url,
            }
        )


class RevokeView(CertificateActionView):
    page_title = gettext_lazy("Zertifikat widerrufen")
    header_icon = "cross"
    form_class = RevokeForm
    submit_label = gettext_lazy("Widerrufen")

    def refused_message(self):
        return _("Nur gültige Zertifikate können widerrufen werden.")

    def perform(self, data):
        issuing.revoke(self.certificate, by=self.request.user, reason=data["reason"])
        self.success_url = self.detail_url
        return _("Das Zertifikat %(number)s ist widerrufen.") % {"number": self.certificate.number}


class ReissueView(CertificateActionView):
    page_title = gettext_lazy("Zertifikat neu ausstellen")
    header_icon = "repeat"
    form_class = ReissueForm
    submit_label = gettext_lazy("Neu ausstellen")
    required_actions = ("add", "change")

    def refused_message(self):
        return _("Nur gültige Zertifikate können neu ausgestellt werden.")

    def perform(self, data):
        new = issuing.reissue(
            self.certificate,
            by=self.request.user,
            reason=data["reason"].strip(),
            name=data["name"].strip() or None,
        )
        self.success_url = reverse("certificates_admin:inspect", args=[new.pk])
        return _("Das Zertifikat %(new)s ersetzt %(old)s. Das PDF wird im Hintergrund erzeugt.") % {
            "new": new.number,
            "old": self.certificate.number,
        }


# Eligibility and issuing a selection --------------------------------------------------------


class EligibilityView(AdminScreen):
    """Who may receive a certificate type, what is missing, and issuing for a selection.

    Qualifications are per person; attendance certificates and module records are per
    completed enrolment.
    """

    template_name = "certificates/admin/eligibility.html"
    page_title = gettext_lazy("Berechtigt")
    header_icon = "success"
    required_actions = ("add",)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    @cached_property
    def filter_form(self):
        data = self.request.GET if "certificate_type" in self.request.GET else None
        if self.request.method == "POST":
            data = self.request.POST
        return EligibilityFilterForm(data)

    def get(self, request, *args, **kwargs):
        context = {"filter_form": self.filter_form, "page": None, "rows": []}
        if self.filter_form.is_valid():
            page = Paginator(self.candidates(), ROWS_PER_PAGE).get_page(request.GET.get("p"))
            context.update(
                page=page,
                rows=self.rows(page.object_list),
                filter_query=self.filter_query(),
                certificate_type=self.filter_form.cleaned_data["certificate_type"],
            )
        return self.render(context)

    def post(self, request, *args, **kwargs):
        if not self.filter_form.is_valid():
            messages.error(request, _("Bitte wählen Sie einen Zertifikatstyp."))
            return redirect(reverse("certificates_eligibility:index"))
        certificate_type = self.filter_form.cleaned_data["certificate_type"]
        if "batch" in request.POST or "batch_all" in request.POST:
            return self.start_batch(certificate_type)
        selected = self.selected(request.POST.getlist("selected"))
        issued, refused = [], []
        for user, enrolment in selected:
            try:
                certificate = issuing.issue(
                    certificate_type, user, by=request.user, enrolment=enrolment
                )
            except issuing.IssuingError as error:
                refused.append(f"{user}: {error}")
            else:
                issued.append(certificate)
        if not selected:
            messages.warning(request, _("Bitte wählen Sie mindestens eine Person aus."))
        if issued:
            messages.success(
                request,
                ngettext(
                    "%(count)d Zertifikat ist ausgestellt; das PDF wird im Hintergrund erzeugt.",
                    "%(count)d Zertifikate sind ausgestellt; die PDFs werden im Hintergrund "
                    "erzeugt.",
                    len(issued),
                )
                % {"count": len(issued)},
            )
        for message in refused:
            messages.error(request, message)
        return redirect(f"{reverse('certificates_eligibility:index')}?{self.filter_query()}")

    def start_batch(self, certificate_type):
        """Queue the selection — or everyone eligible under the filter — as a batch."""
        if "batch_all" in self.request.POST:
            selection = [
                (row["user"], row["enrolment"])
                for row in self.rows(self.candidates())
                if row["eligibility"].eligible and not row["certificate"]
            ]
        else:
            selection = self.selected(self.request.POST.getlist("selected"))
        try:
            batch = batches.start(certificate_type, selection, by=self.request.user)
        except issuing.IssuingError as error:
            messages.warning(self.request, str(error))
            return redirect(f"{reverse('certificates_eligibility:index')}?{self.filter_query()}")
        messages.success(
            self.request,
            ngettext(
                "Der Stapel mit %(count)d Person wird im Hintergrund ausgestellt.",
                "Der Stapel mit %(count)d Personen wird im Hintergrund ausgestellt.",
                batch.total,
            )
            % {"count": batch.total},
        )
        return redirect(reverse("certificate_batches:detail", args=[batch.pk]))

    @property
    def per_enrolment(self):
        return self.filter_form.cleaned_data["certificate_type"].kind != (
            CertificateKind.QUALIFICATION
        )

    def candidates(self):
        data = self.filter_form.cleaned_data
        municipality, cohort = data["municipality"], data["cohort"]
        if self.per_enrolment:
            enrolments = Enrolment.objects.filter(status=EnrolmentStatus.COMPLETED)
            if municipality:
                enrolments = enrolments.filter(user__profile__municipality=municipality)
            if cohort:
                enrolments = enrolments.filter(cohort=cohort)
            return enrolments.select_related(
                "user__profile__municipality", "cohort__module"
            ).order_by("cohort__starts_on", "user__last_name", "user__first_name", "pk")
        users = User.objects.filter(enrolments__isnull=False)
        if municipality:
            users = users.filter(profile__municipality=municipality)
        if cohort:
            users = users.filter(enrolments__cohort=cohort)
        return (
            users.distinct()
            .select_related("profile__municipality")
            .order_by("last_name", "first_name", "pk")
        )

    def rows(self, candidates):
        certificate_type = self.filter_form.cleaned_data["certificate_type"]
        candidates = list(candidates)
        users = [c.user if self.per_enrolment else c for c in candidates]
        valid = Certificate.objects.valid().filter(
            certificate_type=certificate_type, holder__in=users
        )
        if self.per_enrolment:
            held = {(c.holder_id, (c.modules or [{}])[0].get("title")): c for c in valid}
        else:
            held = {(c.holder_id, None): c for c in valid}
        rows = []
        for candidate in candidates:
            enrolment = candidate if self.per_enrolment else None
            user = enrolment.user if enrolment else candidate
            key = (user.pk, enrolment.cohort.module.title if enrolment else None)
            result = eligibility.check(certificate_type, user, enrolment)
            rows.append(
                {
                    "user": user,
                    "enrolment": enrolment,
                    "value": f"{user.pk}-{enrolment.pk}" if enrolment else str(user.pk),
                    "eligibility": result,
                    "certificate": held.get(key),
                }
            )
        return rows

    def selected(self, values):
        """The (user, enrolment) pairs of the selection, limited to the filtered candidates."""
        user_ids, enrolment_ids = set(), set()
        for value in values:
            user_id, _sep, enrolment_id = value.partition("-")
            if not user_id.isdigit() or (enrolment_id and not enrolment_id.isdigit()):
                continue
            user_ids.add(int(user_id))
            if enrolment_id:
                enrolment_ids.add(int(enrolment_id))
        if self.per_enrolment:
            enrolments = self.candidates().filter(Q(pk__in=enrolment_ids) & Q(user_id__in=user_ids))
            return [(enrolment.user, enrolment) for enrolment in enrolments]
        return [(user, None) for user in self.candidates().filter(pk__in=user_ids)]

    def filter_query(self):
        data = self.filter_form.cleaned_data
        query = QueryDict(mutable=True)
        query["certificate_type"] = data["certificate_type"].pk
        for name in ("municipality", "cohort"):
            if data[name]:
                query[name] = data[name].pk
        return query.urlencode()


# Batches ------------------------------------------------------------------------------------


def progress_text(batch, progress):
    text = (
        _(
            "%(percent)d %% erledigt: %(issued)d von %(total)d ausgestellt, %(with_pdf)d PDFs "
            "erzeugt, %(refused)d abgelehnt."
        )
        % progress
    )
    return f"{text} {_('Status')}: {batch.get_status_display()}."


class BatchScreen(AdminScreen):
    required_actions = ("add",)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("certificate_batches:index"), "label": _("Ausstellungsstapel")},
            {"url": "", "label": self.get_page_title()},
        ]


class BatchIndexView(BatchScreen):
    """All batches, newest first: the administrator comes back to a running one here."""

    template_name = "certificates/admin/batch_index.html"
    page_title = gettext_lazy("Ausstellungsstapel")
    header_icon = "list-ul"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request, *args, **kwargs):
        batches_ = (
            IssuingBatch.objects.with_counts()
            .select_related("certificate_type", "created_by")
            .order_by("-created_at", "-pk")
        )
        page = Paginator(batches_, ROWS_PER_PAGE).get_page(request.GET.get("p"))
        return self.render({"page": page, "batches": page.object_list})


class BatchDetailView(BatchScreen):
    """A batch's progress (a <progress> bar the script keeps current), refusals and its ZIP."""

    template_name = "certificates/admin/batch_detail.html"
    header_icon = "doc-full-inverse"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.batch = get_object_or_404(
            IssuingBatch.objects.select_related("certificate_type", "created_by"), pk=kwargs["pk"]
        )

    def get_page_title(self):
        return _("Stapel %(pk)d") % {"pk": self.batch.pk}

    def get_page_subtitle(self):
        return str(self.batch.certificate_type)

    def get(self, request, *args, **kwargs):
        batches.resume_stale(IssuingBatch.objects.filter(pk=self.batch.pk))
        self.batch.refresh_from_db()
        progress = self.batch.progress()
        refused = self.batch.items.filter(status=IssuingBatchItem.Status.REFUSED)
        return self.render(
            {
                "batch": self.batch,
                "progress": progress,
                "progress_text": progress_text(self.batch, progress),
                "refused": refused.select_related("holder"),
                "progress_url": reverse("certificate_batches:progress", args=[self.batch.pk]),
                "zip_url": reverse("certificate_batches:zip", args=[self.batch.pk]),
            }
        )

    def post(self, request, *args, **kwargs):
        """Start a batch stopped by an error once more."""
        if batches.resume_failed(self.batch):
            messages.success(request, _("Der Stapel wird erneut im Hintergrund bearbeitet."))
        else:
            messages.error(request, _("Nur abgebrochene Stapel können fortgesetzt werden."))
        return redirect(reverse("certificate_batches:detail", args=[self.batch.pk]))


class BatchFileView(View):
    def dispatch(self, request, *args, **kwargs):
        require_permission(request.user, Certificate, "add")
        return super().dispatch(request, *args, **kwargs)


class BatchProgressView(BatchFileView):
    """The progress as JSON for the batch page's script."""

    def get(self, request, pk):
        batch = get_object_or_404(IssuingBatch, pk=pk)
        if batches.resume_stale(IssuingBatch.objects.filter(pk=pk)):
            batch.refresh_from_db()
        progress = batch.progress()
        return JsonResponse(
            {
                **progress,
                "status": batch.status,
                "finished": batch.is_finished,
                "text": progress_text(batch, progress),
            },
            headers={"Cache-Control": "no-store"},
        )


class BatchZipView(BatchFileView):
    """All PDFs of a finished batch as one ZIP, streamed; entries named by number."""

    def get(self, request, pk):
        batch = get_object_or_404(IssuingBatch, pk=pk, status=IssuingBatch.Status.DONE)
        response = StreamingHttpResponse(batches.zip_stream(batch), content_type="application/zip")
        response["Content-Disposition"] = content_disposition_header(
            True, f"Zertifikate-Stapel-{batch.pk}.zip"
        )
        return response


# Columns ------------------------------------------------------------------------------------


def inspect_url(certificate):
    return reverse("certificates_admin:inspect", args=[certificate.pk])


def status_label(certificate):
    return certificate.get_status_display()

from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.views import serve as wagtail_serve

from . import caching, privacy
from .chrome import site_chrome
from .enums import DeletionRequestStatus
from .forms import BarrierReportForm, DeletionDecisionForm, DeletionRequestForm, ProfileForm
from .models import DeletionRequest, Profile


@require_GET
@never_cache
def healthz(request):
    """200 when the database answers, 503 otherwise."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


@login_required
def profile(request):
    profile, _created = Profile.objects.select_related("user").get_or_create(
        user=request.user,
        defaults={"certificate_name": request.user.get_full_name() or request.user.email},
    )
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, _("Ihr Profil wurde gespeichert."))
            return redirect("academy:profile")
        messages.error(request, _("Bitte prüfen Sie die markierten Angaben."))
    return render(request, "academy/profile.html", {"form": form})


@login_required
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def privacy_export(request):
    """What the export holds, and (POST) the JSON file with all of the person's data."""
    if request.method != "POST":
        return render(request, "academy/privacy_export.html")
    response = JsonResponse(
        privacy.export_user_data(request.user),
        encoder=DjangoJSONEncoder,
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
    filename = f"fallwerk-meine-daten-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def privacy_delete(request):
    """Ask for the account's deletion (password confirmed); a pending request shows its state."""
    pending = privacy.pending_request(request.user)
    form = None
    status = 200
    if pending is None:
        form = DeletionRequestForm(request.POST or None, user=request.user)
        if request.method == "POST":
            limited = not ratelimit.consume(request, action="request_deletion")
            if not limited and form.is_valid():
                try:
                    privacy.request_deletion(request.user, form.cleaned_data["reason"])
                except privacy.DeletionError as error:
                    messages.error(request, str(error))
                else:
                    messages.success(
                        request,
                        _("Ihr Löschantrag ist eingegangen. Wir informieren Sie per E-Mail."),
                    )
                return redirect("academy:privacy_delete")
            if limited:
                form.is_valid()
                form.add_error(
                    None, _("Zu viele Versuche. Bitte warten Sie eine Minute und versuchen Sie "
                            "es dann erneut.")
                )  # fmt: skip
                status = 429
    context = {
        "form": form,
        "pending": pending,
        "earlier": DeletionRequest.objects.filter(user=request.user).exclude(
            status=DeletionRequestStatus.PENDING
        ),
    }
    return render(request, "academy/privacy_delete.html", context, status=status)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def barrier_report(request):
    """The feedback mechanism of the accessibility statement (BITV NRW)."""
    status = 200
    if request.method == "POST":
        form = BarrierReportForm(request.POST)
        limited = not ratelimit.consume(request, action="barrier_report")
        if not limited and form.is_valid():
            if not form.is_spam:
                privacy.report_barrier(form)
            return redirect("barrier_report_done")
        if limited:
            form.is_valid()
            form.add_error(
                None, _("Sie haben in kurzer Zeit viele Meldungen gesendet. Bitte warten Sie "
                        "einige Minuten; Ihre Eingaben bleiben erhalten.")
            )  # fmt: skip
            status = 429
    else:
        form = BarrierReportForm(initial={"page_url": referring_page(request)})
    return render(request, "academy/barrier_report.html", {"form": form}, status=status)


def barrier_report_done(request):
    return render(request, "academy/barrier_report_done.html")


def referring_page(request):
    """The page of this site the visitor came from, to prefill the barrier report."""
    referer = request.META.get("HTTP_REFERER", "")
    if not referer or not url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return ""
    return referer[:500]


def admin_login(request):
    """The Wagtail admin signs in through allauth: same rate limits, same MFA."""
    query = request.META.get("QUERY_STRING")
    url = "/konto/login/"
    return redirect(f"{url}?{query}" if query else f"{url}?next=/admin/")


def serve_page(request, path):
    """Wagtail's page view, answered from the shared cache before routing where allowed."""
    if not caching.is_cacheable(request):
        site_chrome(request)  # the site and the frame in one cache round trip
        return wagtail_serve(request, path)
    response, generation = caching.lookup(request)
    if response is not None:
        return response
    response = wagtail_serve(request, path)
    if hasattr(response, "add_post_render_callback"):
        response.add_post_render_callback(
            lambda rendered: caching.store(request, rendered, generation)
        )
    else:
        caching.store(request, response, generation)
    return response


# --- administrators: deletion requests in the Wagtail admin ---------------------------------


class DeletionProcessView(WagtailAdminTemplateMixin, View):
    """One deletion request: who, what is held, and the decision (complete or reject)."""

    template_name = "academy/admin/deletion_process.html"
    page_title = gettext_lazy("Löschantrag bearbeiten")
    header_icon = "bin"

    def dispatch(self, request, *args, **kwargs):
        if not privacy.is_administrator(request.user):
            raise PermissionDenied
        self.deletion_request = get_object_or_404(
            DeletionRequest.objects.select_related("user__profile__municipality", "processed_by"),
            pk=kwargs["pk"],
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.deletion_request.reference

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("deletion_requests:index"), "label": _("Löschanträge")},
            {"url": "", "label": self.deletion_request.reference},
        ]

    def get(self, request, *args, **kwargs):
        return self.render(DeletionDecisionForm())

    def post(self, request, *args, **kwargs):
        form = DeletionDecisionForm(request.POST)
        if self.deletion_request.status != DeletionRequestStatus.PENDING:
            messages.error(request, _("Dieser Löschantrag ist bereits bearbeitet."))
            return redirect("deletion_requests:process", pk=self.deletion_request.pk)
        if form.is_valid():
            data = form.cleaned_data
            try:
                if data["decision"] == DeletionDecisionForm.COMPLETE:
                    privacy.complete_deletion(
                        self.deletion_request, by=request.user, note=data["note"]
                    )
                    message = _("Das Konto zu %(reference)s ist gelöscht.")
                else:
                    privacy.reject_deletion(
                        self.deletion_request, by=request.user, note=data["note"]
                    )
                    message = _("Der Löschantrag %(reference)s ist abgelehnt.")
            except privacy.DeletionError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, message % {"reference": self.deletion_request.reference})
                return redirect("deletion_requests:index")
        return self.render(form, status=400)

    def render(self, form, status=200):
        deletion_request = self.deletion_request
        user = deletion_request.user
        pending = deletion_request.status == DeletionRequestStatus.PENDING
        context = self.get_context_data(
            deletion_request=deletion_request,
            account=user,
            profile=getattr(user, "profile", None) if user else None,
            held=privacy.data_summary(user) if user and pending else None,
            form=form if pending else None,
        )
        return self.render_to_response(context, status=status)

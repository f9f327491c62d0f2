"""The menu group "Zertifikate": types, issued certificates and who may receive one."""

from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from . import admin_views as views
from .models import Certificate, CertificateType


class CertificateTypeViewSet(ModelViewSet):
    """The award rules are data: certificate administrators edit them here."""

    model = CertificateType
    name = "certificate_types"
    url_prefix = "zertifikate/typen"
    icon = "tasks"
    menu_label = _("Zertifikatstypen")
    add_to_reference_index = False
    copy_view_enabled = False
    search_fields = ["name", "number_prefix"]
    list_filter = ["kind"]
    list_display = ["name", "kind", "number_prefix", "attendance_threshold", "validity_months"]


class CertificateViewSet(ModelViewSet):
    """Issued certificates: list and detail only; changes go through revocation and re-issue."""

    model = Certificate
    name = "certificates_admin"
    url_prefix = "zertifikate/ausgestellt"
    icon = "doc-full-inverse"
    menu_label = _("Ausgestellte Zertifikate")
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = views.CertificateIndexView
    inspect_view_class = views.CertificateInspectView
    filterset_class = views.CertificateFilterSet
    search_fields = ["number", "holder_name"]
    search_backend_name = None
    ordering = ["-issued_on", "-number"]
    list_display = [
        TitleColumn("number", label=_("Nummer"), get_url=views.inspect_url, sort_key="number"),
        Column("holder_name", label=_("Name"), sort_key="holder_name"),
        Column("type_name", label=_("Zertifikatstyp"), sort_key="type_name"),
        DateColumn("issued_on", label=_("ausgestellt am"), sort_key="issued_on"),
        Column("status", label=_("Status"), accessor=views.status_label, sort_key="status"),
    ]

    def get_common_view_kwargs(self, **kwargs):
        # Certificates are immutable: no add, edit, delete, history or usage views.
        return super().get_common_view_kwargs(
            **{
                "add_url_name": None,
                "edit_url_name": None,
                "delete_url_name": None,
                "history_url_name": None,
                "usage_url_name": None,
                **kwargs,
            }
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.inspect_view, name="inspect"),
            path("<int:pk>/pdf/", views.CertificatePDFView.as_view(), name="pdf"),
            path("<int:pk>/widerrufen/", views.RevokeView.as_view(), name="revoke"),
            path("<int:pk>/neu-ausstellen/", views.ReissueView.as_view(), name="reissue"),
        ]


class EligibilityViewSet(ViewSet):
    """Who may receive a certificate type, and issuing for a selection."""

    name = "certificates_eligibility"
    url_prefix = "zertifikate/berechtigt"
    icon = "success"
    menu_label = _("Berechtigt")

    @cached_property
    def menu_item_class(self):
        def is_shown(item, request):
            return views.has_permission(request.user, Certificate, "add")

        return type("EligibilityMenuItem", (MenuItem,), {"is_shown": is_shown})

    def get_urlpatterns(self):
        return [path("", views.EligibilityView.as_view(), name="index")]


class BatchViewSet(ViewSet):
    """Batches issued in the background: the list, each batch's progress and its ZIP."""

    name = "certificate_batches"
    url_prefix = "zertifikate/stapel"
    icon = "list-ul"
    menu_label = _("Ausstellungsstapel")

    @cached_property
    def menu_item_class(self):
        def is_shown(item, request):
            return views.has_permission(request.user, Certificate, "add")

        return type("BatchMenuItem", (MenuItem,), {"is_shown": is_shown})

    def get_urlpatterns(self):
        return [
            path("", views.BatchIndexView.as_view(), name="index"),
            path("<int:pk>/", views.BatchDetailView.as_view(), name="detail"),
            path("<int:pk>/fortschritt/", views.BatchProgressView.as_view(), name="progress"),
            path("<int:pk>/zip/", views.BatchZipView.as_view(), name="zip"),
        ]


class CertificatesViewSetGroup(ViewSetGroup):
    menu_label = _("Zertifikate")
    menu_icon = "doc-full-inverse"
    menu_name = "zertifikate"
    menu_order = 300
    items = (CertificateViewSet, EligibilityViewSet, BatchViewSet, CertificateTypeViewSet)


@hooks.register("register_admin_viewset")
def register_certificate_viewsets():
    return CertificatesViewSetGroup()


@hooks.register("courses_completion_threshold")
def attendance_certificate_threshold(cohort):
    """Completing a cohort needs the attendance of its module's Teilnahmebescheinigung."""
    from django.db.models import Min, Q

    from .enums import CertificateKind

    return (
        CertificateType.objects.filter(kind=CertificateKind.ATTENDANCE)
        .filter(Q(modules=cohort.module_id) | Q(modules=None))
        .aggregate(threshold=Min("attendance_threshold"))["threshold"]
    )

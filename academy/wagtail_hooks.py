from django.urls import include, path, reverse
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import privacy, reports, views
from .models import (
    BarrierReport,
    DeletionRequest,
    FieldOfAction,
    LegalDomain,
    Municipality,
    TargetGroup,
)


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "home"
    menu_label = _("Kommunen")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "kind", "official_key", "is_model_municipality"]
    list_filter = ["kind", "is_model_municipality"]
    search_fields = ["name", "official_key"]
    ordering = ["name"]


register_snippet(MunicipalityViewSet)


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class LegalDomainViewSet(TaxonomyViewSet):
    model = LegalDomain
    icon = "doc-full"


class FieldOfActionViewSet(TaxonomyViewSet):
    model = FieldOfAction
    icon = "tag"


class TargetGroupViewSet(TaxonomyViewSet):
    model = TargetGroup
    icon = "group"


class TaxonomyGroup(SnippetViewSetGroup):
    items = [LegalDomainViewSet, FieldOfActionViewSet, TargetGroupViewSet]
    menu_icon = "tag"
    menu_label = _("Themen")
    menu_order = 310


register_snippet(TaxonomyGroup)


# Programme monitoring (academy/reports.py) ---------------------------------------------------


@hooks.register("register_admin_urls")
def register_monitoring_urls():
    patterns = []
    for report in reports.REPORTS:
        slug = report.url_slug
        patterns += [
            path(f"{slug}/", report.as_view(), name=report.url_name),
            path(
                f"{slug}/ergebnisse/",
                report.as_view(results_only=True),
                name=f"{report.url_name}_results",
            ),
        ]
    return [path("monitoring/", include((patterns, "monitoring")))]


class MonitoringMenuItem(MenuItem):
    def is_shown(self, request):
        return reports.may_see_monitoring(request.user)


@hooks.register("register_admin_menu_item")
def register_monitoring_menu():
    items = [
        MonitoringMenuItem(
            report.page_title,
            reverse(f"monitoring:{report.url_name}"),
            name=f"monitoring-{report.url_slug}",
            icon_name=report.header_icon,
            order=index,
        )
        for index, report in enumerate(reports.REPORTS)
    ]
    items.append(
        MonitoringMenuItem(
            _("Auswertung ohne Personenbezug"),
            reports.aggregate_only_url("by_municipality"),
            name="monitoring-auswertung",
            icon_name="view",
            order=len(items),
        )
    )
    return SubmenuMenuItem(
        _("Monitoring"), Menu(items=items), name="monitoring", icon_name="table", order=320
    )


# Privacy (DSGVO) and barrier reports (academy/privacy.py) -----------------------------------


class AdministratorPolicy(BasePermissionPolicy):
    """Administrators (superusers, Zertifikatsverwaltung) view and change; nobody adds."""

    actions = frozenset({"view", "change"})

    def user_has_permission(self, user, action):
        return action in self.actions and privacy.is_administrator(user)

    def users_with_any_permission(self, actions):
        if self.actions.isdisjoint(actions):
            return privacy.administrators().none()
        return privacy.administrators()


register_permission_policy(DeletionRequest, AdministratorPolicy(DeletionRequest))
register_permission_policy(BarrierReport, AdministratorPolicy(BarrierReport))


def deletion_process_url(deletion_request):
    return reverse("deletion_requests:process", args=[deletion_request.pk])


class ReadOnlyRecordViewSet(ModelViewSet):
    add_to_admin_menu = True
    add_to_reference_index = False
    copy_view_enabled = False
    search_backend_name = None

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{"add_url_name": None, "delete_url_name": None, "usage_url_name": None, **kwargs}
        )


class DeletionRequestViewSet(ReadOnlyRecordViewSet):
    """Deletion requests: the list, and one screen to complete or reject a request."""

    model = DeletionRequest
    name = "deletion_requests"
    url_prefix = "datenschutz/loeschantraege"
    icon = "bin"
    menu_label = _("Löschanträge")
    menu_order = 330
    list_filter = ["status"]
    search_fields = ["reference"]
    list_display = [
        TitleColumn("reference", label=_("Kennung"), get_url=deletion_process_url),
        Column("user", label=_("Konto")),
        DateColumn("requested_at", label=_("beantragt am"), sort_key="requested_at"),
        Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
        DateColumn("processed_at", label=_("bearbeitet am"), sort_key="processed_at"),
    ]

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{"edit_url_name": None, "history_url_name": None, **kwargs}
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", views.DeletionProcessView.as_view(), name="process"),
        ]


class BarrierReportViewSet(ReadOnlyRecordViewSet):
    """Reported barriers: what the person wrote stays as it was; status and note change."""

    model = BarrierReport
    name = "barrier_reports"
    url_prefix = "barrierefreiheit/meldungen"
    icon = "warning"
    menu_label = _("Barriere-Meldungen")
    menu_order = 340
    list_filter = ["status"]
    search_fields = ["page_url", "description"]
    list_display = [
        TitleColumn(
            "created_at",
            label=_("gemeldet am"),
            accessor=lambda report: f"{localtime(report.created_at):%d.%m.%Y, %H:%M}",
            url_name="barrier_reports:edit",
            sort_key="created_at",
        ),
        Column("page_url", label=_("Betroffene Seite")),
        Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
    ]
    panels = [
        FieldPanel("page_url", read_only=True),
        FieldPanel("description", read_only=True),
        FieldPanel("name", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("status"),
        FieldPanel("note"),
    ]


@hooks.register("register_admin_viewset")
def register_privacy_viewsets():
    return [DeletionRequestViewSet(), BarrierReportViewSet()]


# Werkzeugkoffer transfer between installations (academy.transfer), superusers only.


@hooks.register("register_admin_urls")
def register_transfer_urls():
    from . import transfer_views

    patterns = [
        path("", transfer_views.transfer, name="index"),
        path("export/", transfer_views.export, name="export"),
    ]
    return [path("werkzeugkoffer/uebertragen/", include((patterns, "academy_transfer")))]


class TransferMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_transfer_menu_item():
    return TransferMenuItem(
        _("Werkzeugkoffer übertragen"),
        reverse("academy_transfer:index"),
        icon_name="download",
        order=900,
    )

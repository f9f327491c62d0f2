from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import FieldOfAction, LegalDomain, Municipality, TargetGroup


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

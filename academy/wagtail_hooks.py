from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Municipality


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

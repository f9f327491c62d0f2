from django import template
from wagtail.models import Site

register = template.Library()


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The live pages below the site's home page that are marked for the menu.

    Header and home page both show them, so the query runs once per request.
    """
    request = context.get("request")
    if request is None:
        return []
    if not hasattr(request, "_main_menu"):
        site = Site.find_for_request(request)
        request._main_menu = list(site.root_page.get_children().live().in_menu()) if site else []
    return request._main_menu

from django.utils.functional import SimpleLazyObject

from . import roles
from .chrome import site_chrome


def navigation(request):
    """What the page frame needs: the visitor's admin link and the cached site chrome."""
    user = getattr(request, "user", None)
    return {
        "works_in_admin": bool(user and roles.works_in_admin(user)),
        "is_coordinator": bool(user and roles.has_role(user, roles.COORDINATORS)),
        "chrome": SimpleLazyObject(lambda: site_chrome(request)),
    }

from . import roles


def navigation(request):
    """What the header needs to know about the visitor, without permission queries."""
    user = getattr(request, "user", None)
    return {"works_in_admin": bool(user and roles.works_in_admin(user))}

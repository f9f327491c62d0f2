"""The Django groups of the platform's roles. Their permissions come from data migrations."""

PARTICIPANTS = "Teilnehmende"
TRAINERS = "Trainer"
COORDINATORS = "Kommunale Koordination"
ANONYMISATION_REVIEWERS = "Anonymisierungsprüfung"
CERTIFICATE_ADMINISTRATORS = "Zertifikatsverwaltung"

ALL = [PARTICIPANTS, TRAINERS, COORDINATORS, ANONYMISATION_REVIEWERS, CERTIFICATE_ADMINISTRATORS]

# Roles that see other people's personal data; their accounts need two-factor authentication.
PRIVILEGED = [TRAINERS, COORDINATORS, ANONYMISATION_REVIEWERS, CERTIFICATE_ADMINISTRATORS]

# Roles that work in the Wagtail admin (their groups hold wagtailadmin.access_admin).
ADMIN = [TRAINERS, ANONYMISATION_REVIEWERS, CERTIFICATE_ADMINISTRATORS]


def role_names(user):
    """The user's role groups, read once per user object."""
    if not user.is_authenticated:
        return frozenset()
    if not hasattr(user, "_role_names"):
        user._role_names = frozenset(user.groups.values_list("name", flat=True))
    return user._role_names


def has_role(user, group_name):
    return group_name in role_names(user)


def requires_two_factor(user):
    """Staff accounts — every privileged role and superusers — must use TOTP."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.is_staff or not role_names(user).isdisjoint(PRIVILEGED)


def works_in_admin(user):
    return user.is_authenticated and (user.is_superuser or not role_names(user).isdisjoint(ADMIN))


def group(name):
    from django.contrib.auth.models import Group

    return Group.objects.get(name=name)

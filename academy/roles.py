"""The Django groups of the platform's roles. Their permissions come from data migrations."""

from django.utils.translation import gettext_lazy as _

PARTICIPANTS = "Teilnehmende"
TRAINERS = "Trainer"
COORDINATORS = "Kommunale Koordination"
ANONYMISATION_REVIEWERS = "Anonymisierungsprüfung"
CERTIFICATE_ADMINISTRATORS = "Zertifikatsverwaltung"

ALL = [PARTICIPANTS, TRAINERS, COORDINATORS, ANONYMISATION_REVIEWERS, CERTIFICATE_ADMINISTRATORS]

# Roles that see other people's personal data; their accounts need two-factor authentication.
PRIVILEGED = [TRAINERS, COORDINATORS, ANONYMISATION_REVIEWERS, CERTIFICATE_ADMINISTRATORS]

DESCRIPTIONS = {
    PARTICIPANTS: _("Beschäftigte der Kommunen und Partnerorganisationen, die lernen."),
    TRAINERS: _("Kursleitungen: Module, Lektionen, Fallstudien und Durchgänge."),
    COORDINATORS: _("Koordination einer Kommune: sieht nur die eigene Kommune."),
    ANONYMISATION_REVIEWERS: _("Gibt Fallstudien nach der Anonymisierungsprüfung frei."),
    CERTIFICATE_ADMINISTRATORS: _("Stellt Zertifikate aus, ersetzt und widerruft sie."),
}


def has_role(user, group_name):
    return user.is_authenticated and user.groups.filter(name=group_name).exists()


def requires_two_factor(user):
    """Staff accounts — every privileged role and superusers — must use TOTP."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.is_staff or user.groups.filter(name__in=PRIVILEGED).exists()


def group(name):
    from django.contrib.auth.models import Group

    return Group.objects.get(name=name)

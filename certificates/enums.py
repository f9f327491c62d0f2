from django.db import models
from django.utils.translation import gettext_lazy as _


class CertificateKind(models.TextChoices):
    ATTENDANCE = "teilnahme", _("Teilnahmebescheinigung")
    MODULE = "modul", _("Modulnachweis")
    QUALIFICATION = "qualifikation", _("Qualifikation")


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("gültig")
    REVOKED = "revoked", _("widerrufen")
    SUPERSEDED = "superseded", _("ersetzt")


class Language(models.TextChoices):
    DE = "de", _("Deutsch")
    EN = "en", _("Englisch")

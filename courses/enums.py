from django.db import models
from django.utils.translation import gettext_lazy as _


class ModuleKind(models.TextChoices):
    INFORMATION = "information", _("Informationsveranstaltung")
    BASIS = "basis", _("Basiskurs")
    AUFBAU = "aufbau", _("Aufbaukurs")
    KOLLEGIALE_BERATUNG = "kollegiale_beratung", _("Kollegiale Beratung")
    SUPERVISION = "supervision", _("Supervision")
    ABSCHLUSS = "abschluss", _("Abschluss")


class Component(models.TextChoices):
    """The components of the DGCC qualification a module's UE count towards."""

    GRUNDLAGEN = "grundlagen", _("Grundlagen")
    KOLLEGIALE_BERATUNG = "kollegiale_beratung", _("Kollegiale Beratung / Arbeitsgruppen")
    SUPERVISION = "supervision", _("Supervision")


class SessionKind(models.TextChoices):
    THEORY = "theory", _("Theorie")
    PRACTICE = "practice", _("Praxis")


class EnrolmentStatus(models.TextChoices):
    ENROLLED = "enrolled", _("angemeldet")
    WAITLISTED = "waitlisted", _("Warteliste")
    WITHDRAWN = "withdrawn", _("abgemeldet")
    COMPLETED = "completed", _("abgeschlossen")


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", _("anwesend")
    EXCUSED = "excused", _("entschuldigt")
    ABSENT = "absent", _("abwesend")


class SubmissionStatus(models.TextChoices):
    SUBMITTED = "submitted", _("eingereicht")
    PASSED = "passed", _("bestanden")
    NEEDS_REVISION = "needs_revision", _("Überarbeitung nötig")


class AssessmentResult(models.TextChoices):
    PASSED = "passed", _("bestanden")
    FAILED = "failed", _("nicht bestanden")

from django.db import models
from django.utils.translation import gettext_lazy as _


class MunicipalityKind(models.TextChoices):
    KREIS = "kreis", _("Kreis")
    KREISFREIE_STADT = "kreisfreie_stadt", _("Kreisfreie Stadt")
    GROSSE_KREISANGEHOERIGE_STADT = (
        "grosse_kreisangehoerige_stadt",
        _("Große kreisangehörige Stadt"),
    )
    MITTLERE_KREISANGEHOERIGE_STADT = (
        "mittlere_kreisangehoerige_stadt",
        _("Mittlere kreisangehörige Stadt"),
    )


class AgencyType(models.TextChoices):
    JOBCENTER = "jobcenter", _("Jobcenter")
    ARBEITSAGENTUR = "arbeitsagentur", _("Agentur für Arbeit")
    SOZIALAMT = "sozialamt", _("Sozialamt")
    AUSLAENDERBEHOERDE = "auslaenderbehoerde", _("Ausländerbehörde")
    JUGENDAMT = "jugendamt", _("Jugendamt")
    SCHULAMT = "schulamt", _("Schulamt")
    KOMMUNALES_INTEGRATIONSZENTRUM = "ki", _("Kommunales Integrationszentrum")
    FREIE_WOHLFAHRTSPFLEGE = "wohlfahrtspflege", _("Freie Wohlfahrtspflege")
    EHRENAMT = "ehrenamt", _("Ehrenamt")
    MIGRANTENSELBSTORGANISATION = "mso", _("Migrantenselbstorganisation")
    ANDERE = "andere", _("andere")


class ConsentKind(models.TextChoices):
    PRIVACY = "privacy", _("Datenschutzhinweise")


class CMPhase(models.TextChoices):
    """The phases of the case-management process, used by lessons, cases and documentation."""

    KLAERUNG = "klaerung", _("Klärung (Intake)")
    ASSESSMENT = "assessment", _("Assessment")
    HILFEPLANUNG = "hilfeplanung", _("Hilfeplanung / Zielvereinbarung")
    LEISTUNGSSTEUERUNG = "leistungssteuerung", _("Leistungssteuerung (Linking)")
    MONITORING = "monitoring", _("Monitoring")
    EVALUATION = "evaluation", _("Evaluation / Abschluss")


class Region(models.TextChoices):
    """Coarse region labels that stand in for a town that would identify a case."""

    RHEINLAND = "rheinland", _("Rheinland")
    RUHRGEBIET = "ruhrgebiet", _("Ruhrgebiet")
    BERGISCHES_LAND = "bergisches-land", _("Bergisches Land")
    NIEDERRHEIN = "niederrhein", _("Niederrhein")
    MUENSTERLAND = "muensterland", _("Münsterland")
    OSTWESTFALEN_LIPPE = "ostwestfalen-lippe", _("Ostwestfalen-Lippe")
    SUEDWESTFALEN = "suedwestfalen", _("Südwestfalen")
    NRW = "nrw", _("Nordrhein-Westfalen (ohne nähere Angabe)")


class DeletionRequestStatus(models.TextChoices):
    PENDING = "pending", _("offen")
    COMPLETED = "completed", _("durchgeführt")
    REJECTED = "rejected", _("abgelehnt")


class BarrierReportStatus(models.TextChoices):
    OPEN = "open", _("offen")
    IN_PROGRESS = "in_progress", _("in Bearbeitung")
    RESOLVED = "resolved", _("erledigt")


class InstrumentKind(models.TextChoices):
    """Kinds of Werkzeugkoffer instruments."""

    GESPRAECHSLEITFADEN = "gespraechsleitfaden", _("Gesprächsleitfaden")
    VORLAGE = "vorlage", _("Vorlage")
    CHECKLISTE = "checkliste", _("Checkliste")
    ZIELSYSTEM = "zielsystem", _("Zielsystem")
    VEREINBARUNG = "vereinbarung", _("Vereinbarung")
    ARBEITSBLATT = "arbeitsblatt", _("Arbeitsblatt")
    LEICHTE_SPRACHE = "leichte_sprache", _("Handreichung in Leichter Sprache")


class Licence(models.TextChoices):
    """Licences under which an instrument may be taken over."""

    CC_BY_4 = "cc-by-4.0", _("CC BY 4.0")
    CC_BY_SA_4 = "cc-by-sa-4.0", _("CC BY-SA 4.0")
    CC0 = "cc0-1.0", _("CC0 1.0 (gemeinfrei)")
    ALL_RIGHTS_RESERVED = "alle-rechte-vorbehalten", _("Alle Rechte vorbehalten")

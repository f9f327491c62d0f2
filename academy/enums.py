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

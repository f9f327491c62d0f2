from django.db import models
from django.utils.translation import gettext_lazy as _


class CaseStudyKind(models.TextChoices):
    FALLANALYSE = "fallanalyse", _("Fallanalyse")
    FALLREKONSTRUKTION = "fallrekonstruktion", _("Fallrekonstruktion")
    FALLKONFERENZ = "fallkonferenz", _("Fallkonferenz")

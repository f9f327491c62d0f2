"""Forms of the certificate administration: revocation, re-issue and the eligibility filter."""

from django import forms
from django.utils.translation import gettext_lazy as _

from academy.models import Municipality
from courses.models import Cohort

from .models import CertificateType

REASON_REQUIRED = _("Bitte geben Sie einen Grund an.")


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Grund des Widerrufs"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Der Grund wird im Vorgangsprotokoll gespeichert."),
        error_messages={"required": REASON_REQUIRED},
    )


class ReissueForm(forms.Form):
    reason = forms.CharField(
        label=_("Grund der Neuausstellung"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Zum Beispiel eine Namensänderung. Der Grund wird protokolliert."),
        error_messages={"required": REASON_REQUIRED},
    )
    name = forms.CharField(
        label=_("Neuer Name auf dem Zertifikat"),
        max_length=150,
        required=False,
        help_text=_("Leer lassen, um den Namen aus dem Profil zu übernehmen."),
    )


class CohortChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.module.title}: {obj.title} ({obj.starts_on:%d.%m.%Y})"


class EligibilityFilterForm(forms.Form):
    """Which certificate type, and optionally which municipality and cohort, to look at."""

    certificate_type = forms.ModelChoiceField(
        label=_("Zertifikatstyp"),
        queryset=CertificateType.objects.all(),
        error_messages={"required": _("Bitte wählen Sie einen Zertifikatstyp.")},
    )
    municipality = forms.ModelChoiceField(
        label=_("Kommune"), queryset=Municipality.objects.all(), required=False
    )
    cohort = CohortChoiceField(
        label=_("Durchgang"),
        queryset=Cohort.objects.select_related("module").order_by("-starts_on"),
        required=False,
    )

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from . import roles
from .enums import AgencyType, ConsentKind
from .models import BarrierReport, ConsentRecord, Municipality, Profile, SiteSettings

MUNICIPALITY_ERRORS = {
    "required": _("Bitte wählen Sie Ihre Kommune aus."),
    "invalid_choice": _("Bitte wählen Sie eine Kommune aus der Liste."),
}
AGENCY_ERRORS = {
    "required": _("Bitte wählen Sie Ihre Einrichtung aus."),
    "invalid_choice": _("Bitte wählen Sie eine Einrichtung aus der Liste."),
}


class SignupForm(forms.Form):
    """The fields allauth's sign-up form adds for the platform's profile."""

    first_name = forms.CharField(label=_("Vorname"), max_length=150)
    last_name = forms.CharField(label=_("Nachname"), max_length=150)
    certificate_name = forms.CharField(
        label=_("Name auf Zertifikaten"),
        max_length=150,
        help_text=_("So, wie Ihr Name auf Bescheinigungen stehen soll, z. B. „Dr. Ayşe Yılmaz“."),
    )
    municipality = forms.ModelChoiceField(
        label=_("Kommune"),
        queryset=Municipality.objects.all(),
        empty_label=_("Bitte wählen"),
        error_messages=MUNICIPALITY_ERRORS,
    )
    agency_type = forms.ChoiceField(
        label=_("Einrichtung"),
        choices=[("", _("Bitte wählen")), *AgencyType.choices],
        error_messages=AGENCY_ERRORS,
    )
    job_title = forms.CharField(label=_("Funktion"), max_length=150, required=False)
    privacy_consent = forms.BooleanField(
        label=_("Ich habe die Datenschutzhinweise gelesen und willige in die Verarbeitung ein."),
        error_messages={"required": _("Ohne Ihre Einwilligung können wir kein Konto anlegen.")},
    )

    field_order = [
        "email",
        "first_name",
        "last_name",
        "certificate_name",
        "municipality",
        "agency_type",
        "job_title",
        "password1",
        "password2",
        "privacy_consent",
    ]

    def signup(self, request, user):
        data = self.cleaned_data
        with transaction.atomic():
            user.first_name = data["first_name"]
            user.last_name = data["last_name"]
            user.save(update_fields=["first_name", "last_name"])
            Profile.objects.create(
                user=user,
                municipality=data["municipality"],
                agency_type=data["agency_type"],
                job_title=data["job_title"],
                certificate_name=data["certificate_name"],
            )
            ConsentRecord.objects.create(
                user=user,
                kind=ConsentKind.PRIVACY,
                version=SiteSettings.for_request(request).privacy_policy_version,
            )
            user.groups.add(roles.group(roles.PARTICIPANTS))


class ProfileForm(forms.ModelForm):
    first_name = forms.CharField(label=_("Vorname"), max_length=150)
    last_name = forms.CharField(label=_("Nachname"), max_length=150)

    class Meta:
        model = Profile
        fields = ["certificate_name", "municipality", "agency_type", "job_title"]
        error_messages = {
            "municipality": MUNICIPALITY_ERRORS,
            "agency_type": AGENCY_ERRORS,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.instance.user
        self.fields["first_name"].initial = user.first_name
        self.fields["last_name"].initial = user.last_name
        self.order_fields(["first_name", "last_name", *self._meta.fields])
        if not roles.requires_two_factor(user):
            self.fields["municipality"].required = True
            self.fields["agency_type"].required = True

    def save(self, commit=True):
        profile = super().save(commit=False)
        profile.user.first_name = self.cleaned_data["first_name"]
        profile.user.last_name = self.cleaned_data["last_name"]
        if commit:
            with transaction.atomic():
                profile.user.save(update_fields=["first_name", "last_name"])
                profile.save()
        return profile


class DeletionRequestForm(forms.Form):
    """The person confirms the request for deletion with their password."""

    password = forms.CharField(
        label=_("Ihr Passwort"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": _("Bitte bestätigen Sie den Antrag mit Ihrem Passwort.")},
    )
    reason = forms.CharField(
        label=_("Begründung (freiwillig)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": _("Bitte fassen Sie sich kürzer (höchstens 2000 Zeichen).")},
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("Das Passwort ist nicht richtig."))
        return password


class BarrierReportForm(forms.ModelForm):
    """Report a barrier (BITV NRW feedback mechanism); ``website`` is a honeypot for bots."""

    website = forms.CharField(label=_("Bitte lassen Sie dieses Feld leer."), required=False)

    class Meta:
        model = BarrierReport
        fields = ["page_url", "description", "name", "email"]
        labels = {
            "page_url": _("Betroffene Seite (Adresse)"),
            "description": _("Beschreibung der Barriere"),
            "name": _("Ihr Name (freiwillig)"),
            "email": _("Ihre E-Mail-Adresse für Rückfragen (freiwillig)"),
        }
        help_texts = {
            "page_url": _("Die Adresse der Seite, auf der Ihnen die Barriere begegnet ist."),
            "description": _(
                "Was hat Sie behindert? Nennen Sie, wenn möglich, auch Ihr Hilfsmittel "
                "(z. B. Screenreader, Vergrößerung, Tastatur)."
            ),
        }
        error_messages = {
            "page_url": {"max_length": _("Die Adresse ist zu lang (höchstens 500 Zeichen).")},
            "description": {
                "required": _("Bitte beschreiben Sie die Barriere."),
                "max_length": _("Bitte fassen Sie sich kürzer (höchstens 5000 Zeichen)."),
            },
            "name": {"max_length": _("Der Name ist zu lang (höchstens 200 Zeichen).")},
            "email": {"invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse an.")},
        }
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")
        self.fields["email"].widget.attrs.update(autocomplete="email")
        self.fields["name"].widget.attrs.update(autocomplete="name")

    def clean_description(self):
        description = self.cleaned_data["description"].strip()
        if not description:
            raise forms.ValidationError(_("Bitte beschreiben Sie die Barriere."))
        return description

    @property
    def is_spam(self):
        """A filled honeypot: answered like a success, stored nowhere."""
        return bool(self.cleaned_data.get("website"))


class DeletionDecisionForm(forms.Form):
    """An administrator's decision on a deletion request."""

    COMPLETE = "complete"
    REJECT = "reject"

    decision = forms.ChoiceField(
        label=_("Entscheidung"),
        choices=[(COMPLETE, _("Löschung durchführen")), (REJECT, _("ablehnen"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Bitte wählen Sie eine Entscheidung.")},
    )
    note = forms.CharField(
        label=_("Vermerk"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Bei einer Ablehnung Pflicht; die Person erhält den Vermerk per E-Mail."),
    )

    def clean(self):
        data = super().clean()
        if data.get("decision") == self.REJECT and not data.get("note", "").strip():
            self.add_error("note", _("Bitte begründen Sie die Ablehnung im Vermerk."))
        return data

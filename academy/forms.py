from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from . import roles
from .enums import AgencyType, ConsentKind
from .models import ConsentRecord, Municipality, Profile, SiteSettings

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

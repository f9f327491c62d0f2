"""Forms of the trainers' admin screens: cohorts, sessions, attendance, supervision, reviews."""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinLengthValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from academy import roles
from academy.models import User

from .enums import AttendanceStatus, SubmissionStatus
from .models import Attendance, Cohort, Enrolment, ModulePage, SupervisionAmendment


def trainer_users():
    return User.objects.filter(groups__name=roles.TRAINERS).order_by("last_name", "first_name")


def taught_cohorts(user):
    return Cohort.objects.taught_by(user)


def person_label(user):
    return f"{user} ({user.email})"


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return person_label(obj)


class PeopleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return person_label(obj)


class ModuleChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class EnrolmentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{person_label(obj.user)} – {obj.cohort.module.title}: {obj.cohort.title}"


class CohortChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.module.title}: {obj.title} ({obj.starts_on:%d.%m.%Y})"


def active_enrolments(user):
    """Enrolments a trainer keeps records for: active ones in the cohorts they teach."""
    return (
        Enrolment.objects.active()
        .filter(cohort__in=taught_cohorts(user).values("pk"))
        .select_related("user", "cohort__module")
        .order_by("cohort__starts_on", "cohort_id", "user__last_name", "user__first_name", "pk")
    )


class CohortForm(WagtailAdminModelForm):
    module = ModuleChoiceField(
        label=_("Modul"), queryset=ModulePage.objects.order_by("path"), empty_label=None
    )
    trainers = PeopleChoiceField(
        label=_("Trainerinnen und Trainer"),
        queryset=trainer_users(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Nur sie sehen den Durchgang, seine Termine und Nachweise."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["trainers"].queryset = trainer_users()
        if not self.instance.pk and self.for_user and not self.for_user.is_superuser:
            self.initial.setdefault("trainers", [self.for_user.pk])

    def clean_trainers(self):
        chosen = self.cleaned_data["trainers"]
        user = self.for_user
        if not self.instance.pk and user and not user.is_superuser:
            # Whoever creates a cohort teaches it; otherwise they could not open it again.
            chosen = User.objects.filter(pk__in=[*chosen.values_list("pk", flat=True), user.pk])
        return chosen


class SessionForm(WagtailAdminModelForm):
    cohort = CohortChoiceField(label=_("Durchgang"), queryset=Cohort.objects.none())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cohort"].queryset = taught_cohorts(self.for_user).select_related("module")


class AttendanceForm(forms.Form):
    """One participant's row on the attendance screen."""

    enrolment = forms.IntegerField(widget=forms.HiddenInput)
    status = forms.ChoiceField(
        label=_("Anwesenheit"),
        choices=AttendanceStatus.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Bitte wählen Sie anwesend, entschuldigt oder abwesend.")},
    )
    ue_credited = forms.DecimalField(
        label=_("angerechnete UE"),
        required=False,
        min_value=0,
        max_digits=4,
        decimal_places=1,
        localize=True,
        error_messages={"invalid": _("Bitte geben Sie eine Zahl ein, z. B. 2,5.")},
    )

    def __init__(self, *args, session, enrolment, **kwargs):
        self.session = session
        self.enrolment = enrolment
        super().__init__(*args, **kwargs)
        self.fields["ue_credited"].widget.attrs.update(
            {"inputmode": "decimal", "size": 5, "placeholder": _("automatisch")}
        )

    def clean_enrolment(self):
        if self.cleaned_data["enrolment"] != self.enrolment.pk:
            raise ValidationError(
                _("Die Liste der Teilnehmenden hat sich geändert. Bitte laden Sie die Seite neu.")
            )
        return self.enrolment

    def clean(self):
        cleaned = super().clean()
        status = cleaned.get("status")
        if status is None or self.has_error("ue_credited"):
            return cleaned
        if cleaned.get("ue_credited") is None:
            present = status == AttendanceStatus.PRESENT
            cleaned["ue_credited"] = self.session.ue if present else Decimal(0)
        attendance = Attendance(
            session=self.session,
            enrolment=self.enrolment,
            status=status,
            ue_credited=cleaned["ue_credited"],
        )
        try:
            attendance.clean()
        except ValidationError as error:
            self.add_error(None, error)
        return cleaned


class BaseAttendanceFormSet(forms.BaseFormSet):
    """The whole group of a session: exactly one form per active enrolment, in a fixed order."""

    def __init__(self, *args, session, enrolments, **kwargs):
        self.session = session
        self.enrolments = enrolments
        super().__init__(*args, **kwargs)

    def total_form_count(self):
        return len(self.enrolments)

    def initial_form_count(self):
        return len(self.enrolments)

    def get_form_kwargs(self, index):
        return {"session": self.session, "enrolment": self.enrolments[index]}

    def clean(self):
        posted = self.management_form.cleaned_data.get("TOTAL_FORMS")
        if posted != len(self.enrolments):
            raise ValidationError(
                _("Die Liste der Teilnehmenden hat sich geändert. Bitte laden Sie die Seite neu.")
            )


AttendanceFormSet = forms.formset_factory(
    AttendanceForm, formset=BaseAttendanceFormSet, extra=0, max_num=1000
)


def attendance_initial(session, enrolments, existing):
    """Saved entries as they are; deviations from the default UE only where they deviate."""
    initial = []
    for enrolment in enrolments:
        attendance = existing.get(enrolment.pk)
        if attendance is None:
            initial.append({"enrolment": enrolment.pk, "status": AttendanceStatus.PRESENT})
            continue
        default = session.ue if attendance.status == AttendanceStatus.PRESENT else 0
        initial.append(
            {
                "enrolment": enrolment.pk,
                "status": attendance.status,
                "ue_credited": None
                if attendance.ue_credited == default
                else attendance.ue_credited,
            }
        )
    return initial


class SupervisionRecordForm(WagtailAdminModelForm):
    enrolment = EnrolmentChoiceField(
        label=_("Teilnehmende Person"), queryset=Enrolment.objects.none()
    )
    supervisor = PersonChoiceField(
        label=_("Supervisor/in"),
        queryset=User.objects.none(),
        help_text=_("Nur die Supervisorin oder der Supervisor kann den Nachweis abzeichnen."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["enrolment"].queryset = active_enrolments(self.for_user)
        self.fields["supervisor"].queryset = trainer_users()
        if not self.instance.pk and roles.has_role(self.for_user, roles.TRAINERS):
            self.initial.setdefault("supervisor", self.for_user.pk)

    def clean_ue(self):
        ue = self.cleaned_data["ue"]
        if ue <= 0:
            raise ValidationError(_("Bitte geben Sie mehr als 0 UE an."))
        return ue

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > timezone.localdate():
            raise ValidationError(_("Eine Supervision kann nicht in der Zukunft liegen."))
        return date


class SupervisionAmendmentForm(forms.ModelForm):
    class Meta:
        model = SupervisionAmendment
        fields = ["ue", "reason"]
        localized_fields = ["ue"]
        widgets = {"reason": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ue"].widget.attrs.update({"inputmode": "decimal", "size": 5})
        self.fields["reason"].validators.append(MinLengthValidator(10))
        self.fields["reason"].error_messages["min_length"] = _(
            "Bitte begründen Sie die Korrektur (mindestens 10 Zeichen)."
        )

    def clean_ue(self):
        ue = self.cleaned_data["ue"]
        if ue < 0:
            raise ValidationError(_("Die UE können nicht negativ sein."))
        return ue


class SubmissionReviewForm(WagtailAdminModelForm):
    status = forms.ChoiceField(
        label=_("Ergebnis der Prüfung"),
        choices=[
            (SubmissionStatus.PASSED, SubmissionStatus.PASSED.label),
            (SubmissionStatus.NEEDS_REVISION, SubmissionStatus.NEEDS_REVISION.label),
        ],
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.status == SubmissionStatus.SUBMITTED:
            self.initial.pop("status", None)
        self.fields["feedback"].help_text = _("Die teilnehmende Person sieht diese Rückmeldung.")

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("status") == SubmissionStatus.NEEDS_REVISION
            and not cleaned.get("feedback", "").strip()
        ):
            self.add_error("feedback", _("Bitte schreiben Sie, was überarbeitet werden muss."))
        return cleaned

    def save(self, commit=True):
        self.instance.reviewed_by = self.for_user
        self.instance.reviewed_at = timezone.now()
        return super().save(commit=commit)


class AssessmentForm(WagtailAdminModelForm):
    enrolment = EnrolmentChoiceField(
        label=_("Teilnehmende Person"), queryset=Enrolment.objects.none()
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        enrolments = active_enrolments(self.for_user)
        if self.instance.pk:
            self.fields["enrolment"].queryset = enrolments.filter(pk=self.instance.enrolment_id)
            self.fields["enrolment"].disabled = True
        else:
            self.fields["enrolment"].queryset = enrolments.filter(assessment__isnull=True)
        self.fields["is_final"].help_text = _(
            "Ein endgültiges Ergebnis kann danach nicht mehr geändert werden."
        )

    def clean_held_on(self):
        held_on = self.cleaned_data["held_on"]
        if held_on > timezone.localdate():
            raise ValidationError(_("Das Kolloquium kann nicht in der Zukunft liegen."))
        return held_on

    def save(self, commit=True):
        self.instance.assessed_by = self.for_user
        return super().save(commit=commit)

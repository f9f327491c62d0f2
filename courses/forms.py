from django import forms
from django.utils.translation import gettext_lazy as _

from academy.enums import CMPhase

MAX_REFLECTION_CHARS = 20_000
MAX_PHASE_CHARS = 30_000
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024


class ReflectionForm(forms.Form):
    answer = forms.CharField(
        label=_("Ihre Antwort"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=MAX_REFLECTION_CHARS,
        error_messages={
            "required": _("Bitte schreiben Sie eine Antwort."),
            "max_length": _(
                "Die Antwort ist zu lang (höchstens %(limit_value)d Zeichen, "
                "Sie haben %(show_value)d)."
            ),
        },
    )


class QuizForm(forms.Form):
    """One radio group per question; choices are indexes into the question's answers."""

    def __init__(self, quiz, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.quiz = quiz
        for number, question in enumerate(quiz["questions"]):
            self.fields[f"frage_{number}"] = forms.TypedChoiceField(
                label=question["text"],
                choices=[(str(i), choice["text"]) for i, choice in enumerate(question["choices"])],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Bitte wählen Sie eine Antwort."),
                    "invalid_choice": _("Diese Antwort gibt es nicht."),
                },
            )

    def evaluate(self):
        """(score in percent, passed, per-question feedback)."""
        feedback = []
        correct = 0
        for number, question in enumerate(self.quiz["questions"]):
            chosen = self.cleaned_data[f"frage_{number}"]
            is_right = question["choices"][chosen]["correct"]
            correct += is_right
            feedback.append(
                {
                    "question": question["text"],
                    "correct": is_right,
                    "explanation": question["explanation"],
                }
            )
        score = round(correct * 100 / len(self.quiz["questions"]))
        return score, score >= self.quiz["pass_mark"], feedback

    def answers(self):
        return [self.cleaned_data[f"frage_{n}"] for n in range(len(self.quiz["questions"]))]


def is_pdf(upload):
    """Checked by content, not by name: a PDF starts with %PDF- in its first bytes."""
    head = upload.read(1024)
    upload.seek(0)
    return head.lstrip()[:5] == b"%PDF-"


class SubmissionForm(forms.Form):
    title = forms.CharField(label=_("Titel der Falldokumentation"), max_length=200)
    attachment = forms.FileField(
        label=_("PDF-Anhang (optional, höchstens 10 MB)"),
        required=False,
        error_messages={"empty": _("Die Datei ist leer.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for phase in CMPhase:
            self.fields[f"phase_{phase.value}"] = forms.CharField(
                label=phase.label,
                widget=forms.Textarea(attrs={"rows": 6}),
                required=False,
                max_length=MAX_PHASE_CHARS,
                error_messages={
                    "max_length": _(
                        "Dieser Abschnitt ist zu lang (höchstens %(limit_value)d Zeichen)."
                    )
                },
            )

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return upload
        if upload.size > MAX_ATTACHMENT_BYTES:
            raise forms.ValidationError(_("Die Datei ist größer als 10 MB."))
        if not is_pdf(upload):
            raise forms.ValidationError(
                _("Die Datei ist kein PDF. Bitte laden Sie ein PDF-Dokument hoch.")
            )
        return upload

    def clean(self):
        cleaned = super().clean()
        if not any(cleaned.get(f"phase_{phase.value}") for phase in CMPhase):
            raise forms.ValidationError(
                _("Bitte füllen Sie mindestens einen Abschnitt der Falldokumentation aus.")
            )
        return cleaned

    def phase_texts(self):
        return {
            phase.value: self.cleaned_data[f"phase_{phase.value}"]
            for phase in CMPhase
            if self.cleaned_data.get(f"phase_{phase.value}")
        }

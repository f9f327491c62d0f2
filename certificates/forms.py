"""The two forms of the public verification page: type a code, or upload the PDF."""

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.forms import is_pdf

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
#: Room for a whole pasted verification address, not only the code.
MAX_CODE_INPUT = 500


class ErrorsDescribedMixin:
    """Point each invalid control at its error message (``<id>_error``, see form_field.html).

    Django only links the help text (``aria-describedby``); a screen reader should also
    announce the error when the field gets focus.
    """

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name not in self.fields:
                continue
            bound = self[name]
            described_by = [f"{bound.auto_id}_error"]
            if bound.help_text:
                described_by.insert(0, f"{bound.auto_id}_helptext")
            self.fields[name].widget.attrs["aria-describedby"] = " ".join(described_by)


class CodeForm(ErrorsDescribedMixin, forms.Form):
    """A verification code as printed on the certificate, or the whole verification address."""

    code = forms.CharField(
        label=_("Prüfcode"),
        max_length=MAX_CODE_INPUT,
        help_text=_(
            "Der Prüfcode steht auf dem Zertifikat unter dem QR-Code. Sie können auch die "
            "ganze Prüfadresse einfügen."
        ),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "none", "spellcheck": "false"}
        ),
        error_messages={
            "required": _("Bitte geben Sie den Prüfcode ein."),
            "max_length": _("Der Prüfcode ist zu lang (höchstens %(limit_value)d Zeichen)."),
        },
    )

    def clean_code(self):
        # Codes contain no whitespace; copied from a PDF they often gain spaces or line breaks.
        value = "".join(self.cleaned_data["code"].split())
        # A pasted address (…/zertifikate/pruefen/<code>/): the code is its last path segment.
        value = value.split("#", 1)[0].split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
        if not value:
            raise forms.ValidationError(self.fields["code"].error_messages["required"])
        return value


class UploadForm(ErrorsDescribedMixin, forms.Form):
    """A certificate PDF to compare with the issued files; checked by content, not by name."""

    pdf = forms.FileField(
        label=_("Zertifikat als PDF-Datei"),
        help_text=_("Die Datei, die Sie erhalten haben, unverändert; höchstens 10 MB."),
        widget=forms.FileInput(attrs={"accept": "application/pdf,.pdf"}),
        error_messages={
            "required": _("Bitte wählen Sie eine PDF-Datei aus."),
            "empty": _("Die Datei ist leer."),
            "invalid": _("Es wurde keine Datei übermittelt. Bitte wählen Sie die Datei erneut."),
            "missing": _("Es wurde keine Datei übermittelt. Bitte wählen Sie die Datei erneut."),
        },
    )

    def clean_pdf(self):
        upload = self.cleaned_data["pdf"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("Die Datei ist größer als 10 MB. Ein Zertifikat ist viel kleiner.")
            )
        if not is_pdf(upload):
            raise forms.ValidationError(
                _("Die Datei ist kein PDF. Bitte laden Sie das Zertifikat als PDF-Datei hoch.")
            )
        return upload

    def content(self):
        """The uploaded bytes (at most 10 MB, so they fit in memory)."""
        upload = self.cleaned_data["pdf"]
        upload.seek(0)
        return b"".join(upload.chunks())

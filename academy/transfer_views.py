"""Admin screens for the Werkzeugkoffer transfer: export download and import form.

Only superusers may use them: an import creates pages in every section at once.
"""

import tempfile

from django import forms
from django.contrib import messages
from django.http import FileResponse, Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Site

from .transfer import (
    MAX_ARCHIVE_SIZE,
    TransferError,
    available_sections,
    default_parents,
    export_werkzeugkoffer,
    import_werkzeugkoffer,
    open_archive,
)


def require_superuser(request):
    if not request.user.is_superuser:
        raise Http404


class ParentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, page):
        site = next(
            (site for site in self.sites if page.path.startswith(site.root_page.path)), None
        )
        where = site.site_name or site.hostname if site else _("ohne Website")
        return f"{page.title} ({where})"


class ImportForm(forms.Form):
    archive = forms.FileField(
        label=gettext_lazy("Archiv"),
        help_text=gettext_lazy("Die ZIP-Datei, die eine Fallwerk-Installation exportiert hat."),
        error_messages={"required": gettext_lazy("Bitte wählen Sie ein Archiv aus.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        sites = list(Site.objects.select_related("root_page"))
        defaults = default_parents()
        for section in available_sections():
            field = ParentChoiceField(
                queryset=section.parent_class().objects.order_by("path"),
                label=_("Ziel für %(section)s") % {"section": section.label},
                initial=defaults.get(section.name),
                empty_label=None,
                error_messages={
                    "required": _("Bitte wählen Sie ein Ziel für %(section)s.")
                    % {"section": section.label},
                    "invalid_choice": _("Diese Seite gibt es nicht (mehr)."),
                },
            )
            field.sites = sites
            self.fields[f"parent_{section.name}"] = field

    def clean_archive(self):
        archive = self.cleaned_data["archive"]
        if archive.size > MAX_ARCHIVE_SIZE:
            raise forms.ValidationError(
                _("Das Archiv ist größer als 200 MB und wird nicht eingelesen.")
            )
        return archive

    def parents(self):
        return {
            section.name: self.cleaned_data[f"parent_{section.name}"]
            for section in available_sections()
        }

    def parent_fields(self):
        return [self[f"parent_{section.name}"] for section in available_sections()]


def transfer(request):
    """The overview: export button and import form; a POST imports."""
    require_superuser(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            with open_archive(form.cleaned_data["archive"]) as archive:
                result = import_werkzeugkoffer(archive, form.parents(), user=request.user)
        except TransferError as error:
            form.add_error("archive", error.message)
        else:
            if result.created:
                messages.success(
                    request,
                    _("%(count)d Seiten wurden als Entwurf angelegt.")
                    % {"count": len(result.created)},
                )
            else:
                messages.info(
                    request,
                    _("Alle Seiten des Archivs sind schon vorhanden; es wurde nichts geändert."),
                )
            return TemplateResponse(
                request,
                "academy/admin/transfer_result.html",
                {
                    "result": result,
                    "page_title": _("Werkzeugkoffer importiert"),
                    "header_icon": "download",
                },
            )
    if request.method == "POST" and not form.is_valid():
        messages.error(
            request, _("Das Archiv wurde nicht eingelesen. Bitte prüfen Sie die Angaben.")
        )
    return TemplateResponse(
        request,
        "academy/admin/transfer_index.html",
        {
            "form": form,
            "page_title": _("Werkzeugkoffer übertragen"),
            "header_icon": "download",
        },
    )


def export(request):
    """The Werkzeugkoffer as a ZIP download."""
    require_superuser(request)
    target = tempfile.TemporaryFile()  # noqa: SIM115 - FileResponse closes it
    export_werkzeugkoffer(target)
    target.seek(0)
    filename = f"werkzeugkoffer-{timezone.localdate():%Y-%m-%d}.zip"
    return FileResponse(
        target, as_attachment=True, filename=filename, content_type="application/zip"
    )

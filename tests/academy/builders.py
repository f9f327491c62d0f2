"""Builders for Werkzeugkoffer tests: names say the state they create."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText

from academy.models import FieldOfAction, InstrumentDownload, InstrumentPage, LegalDomain
from casestudies.models import CaseStudyInstrument
from tests.courses.builders import lesson

SUMMARY = "Ein Leitfaden für das erste Gespräch in der Klärungsphase."


def instrument(
    toolkit,
    title="Leitfaden Erstgespräch",
    *,
    kind="gespraechsleitfaden",
    phases=("klaerung",),
    field_of_action="sprache",
    legal_domain=None,
    licence="cc-by-4.0",
    summary=SUMMARY,
    text="<p>Fragen Sie zuerst nach dem Anliegen.</p>",
    live=True,
):
    """An instrument saved as a revision; published unless live=False."""
    page = InstrumentPage(
        title=title,
        kind=kind,
        summary=summary,
        phases=list(phases),
        version="1.2",
        licence=licence,
        body=[("paragraph", RichText(text))],
        live=False,
    )
    toolkit.add_child(instance=page)
    page.fields_of_action.set([FieldOfAction.objects.get(slug=field_of_action)])
    if legal_domain:
        page.legal_domains.set([LegalDomain.objects.get(slug=legal_domain)])
    page.full_clean()
    revision = page.save_revision()
    if live:
        revision.publish()
    return InstrumentPage.objects.get(pk=page.pk)


def many_instruments(toolkit, count, start=0):
    """Live instruments quickly (no revisions), for query counts."""
    field = FieldOfAction.objects.get(slug="wohnen")
    for number in range(start, start + count):
        page = InstrumentPage(
            title=f"Checkliste Wohnen {number}",
            slug=f"checkliste-{number}",
            kind="checkliste",
            summary=SUMMARY,
            phases=["assessment", "monitoring"],
            live=True,
        )
        toolkit.add_child(instance=page)
        page.fields_of_action.set([field])
        page.save()


def link_instruments(case, *instruments):
    """Link instruments to a case study and publish it (skipping the review, as tests may)."""
    draft = case.get_latest_revision_as_object()
    draft.instrument_links = [CaseStudyInstrument(instrument=i) for i in instruments]
    revision = draft.save_revision()
    if case.live:
        revision.publish(skip_permission_checks=True)
    return case


def lesson_using(module_page, title, instrument_page):
    page = lesson(module_page, title, activities=False)
    page.body = [("instrument", {"instrument": instrument_page, "note": "Üben Sie damit."})]
    page.save_revision().publish()
    return page


def with_download(page, title="Leitfaden als Text", content="Leitfaden: Anliegen klären"):
    """Attach a text document to the instrument."""
    document = get_document_model().objects.create(
        title=title, file=ContentFile(content.encode(), name="leitfaden.txt")
    )
    InstrumentDownload.objects.create(page=page, document=document, description="Zum Ausdrucken")
    return document

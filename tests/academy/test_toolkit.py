"""The Werkzeugkoffer: instrument pages, the filterable index and the links to them."""

from io import StringIO

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.blocks import StreamValue
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from academy import demo, demo_toolkit
from academy.demo import build_site
from academy.models import (
    FieldOfAction,
    InstrumentPage,
    ToolkitPage,
)
from casestudies.models import CaseStudyIndexPage, CaseStudyInstrument
from courses.blocks import InstrumentBlock
from courses.models import CourseCatalogPage
from tests.casestudies.builders import case_study, published_case_study
from tests.conftest import make_user
from tests.courses.builders import module

from .builders import (
    instrument,
    lesson_using,
    link_instruments,
    many_instruments,
    with_download,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


@pytest.fixture
def toolkit(db):
    build_site()
    return ToolkitPage.objects.get()


@pytest.fixture
def library(toolkit):
    return CaseStudyIndexPage.objects.get()


def titles(response):
    return [page.title for page in response.context["results"]]


# --- page tree and editor ------------------------------------------------------------------


class TestPageTree(WagtailPageTestCase):
    def test_instruments_live_in_the_toolkit_only(self):
        self.assertAllowedParentPageTypes(InstrumentPage, {ToolkitPage})
        self.assertAllowedSubpageTypes(InstrumentPage, set())
        self.assertAllowedSubpageTypes(ToolkitPage, {InstrumentPage})

    def test_editor_creates_an_instrument_with_a_file(self):
        toolkit = build_site().get_children().type(ToolkitPage).get().specific
        document = get_document_model().objects.create(
            title="Vorlage", file=ContentFile(b"Vorlage", name="vorlage.txt")
        )
        self.client.force_login(make_user("admin@example.org", superuser=True, totp=True))
        self.assertCanCreate(toolkit, InstrumentPage, self.form_data(document=document))
        page = InstrumentPage.objects.get(slug="checkliste-wohnen")
        assert page.phases == ["assessment", "monitoring"]
        assert [d.document for d in page.downloads.all()] == [document]

    def test_bad_version_and_unknown_phase_get_german_messages(self):
        toolkit = build_site().get_children().type(ToolkitPage).get().specific
        self.client.force_login(make_user("admin@example.org", superuser=True, totp=True))
        data = self.form_data(version="neueste", phases=["zauberei"])
        response = self.client.post(f"/admin/pages/add/academy/instrumentpage/{toolkit.pk}/", data)
        html = response.content.decode()
        assert response.status_code == 200
        assert "Bitte die Fassung als Nummer angeben" in html
        assert "zauberei ist keine gültige Auswahl" in html
        assert not InstrumentPage.objects.exists()

    def form_data(self, document=None, **overrides):
        downloads = [{"document": document.pk, "description": "Zum Ausfüllen"}] if document else []
        data = {
            "title": "Checkliste Wohnen",
            "slug": "checkliste-wohnen",
            "kind": "checkliste",
            "summary": "Was vor einem Umzug zu klären ist.",
            "version": "1.0",
            "licence": "cc-by-4.0",
            "body": streamfield([("paragraph", rich_text("<p>Mietvertrag prüfen.</p>"))]),
            "downloads": inline_formset(downloads),
        }
        phases = overrides.pop("phases", ["assessment", "monitoring"])
        data.update(overrides)
        form_data = nested_form_data(data)
        form_data["phases"] = phases
        form_data["fields_of_action"] = [str(FieldOfAction.objects.get(slug="wohnen").pk)]
        return form_data

    def test_pages_render(self):
        toolkit = build_site().get_children().type(ToolkitPage).get().specific
        page = instrument(toolkit)
        self.assertPageIsRenderable(toolkit)
        self.assertPageIsRenderable(page)


def test_case_study_editor_offers_linked_instruments(client, library):
    case = published_case_study(library, "Ein Fall")
    client.force_login(make_user("admin@example.org", superuser=True, totp=True))
    html = client.get(f"/admin/pages/{case.pk}/edit/").content.decode()
    assert "Instrumente aus dem Werkzeugkoffer" in html


# --- rendering -----------------------------------------------------------------------------


def test_instrument_page_shows_facts_body_and_download(client, toolkit):
    page = instrument(toolkit, legal_domain="asylblg")
    document = with_download(page)
    html = client.get(page.url).content.decode()
    assert html.count("<h1") == 1
    expected = [
        "Gesprächsleitfaden",
        "Fassung",
        "1.2",
        "Klärung (Intake)",
        "Sprache",
        "AsylbLG",
        "Fragen Sie zuerst nach dem Anliegen.",
        "Leitfaden als Text",
        "Zum Ausdrucken",
    ]
    for text in expected:
        assert text in html
    assert 'href="https://creativecommons.org/licenses/by/4.0/deed.de" rel="license"' in html
    assert f'href="{document.url}"' in html
    download = client.get(document.url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == "Leitfaden: Anliegen klären".encode()


def test_html_in_the_summary_is_escaped(client, toolkit):
    page = instrument(toolkit, summary="<script>alert(1)</script> Leitfaden")
    for url in (page.url, "/werkzeugkoffer/"):
        html = client.get(url).content.decode()
        assert "<script>alert(1)</script>" not in html
        assert "&lt;script&gt;" in html


def test_empty_toolkit_says_soon_available(client, toolkit):
    assert "bald verfügbar" in client.get("/werkzeugkoffer/").content.decode()


# --- index: filters, search, counts, pagination --------------------------------------------


@pytest.fixture
def three_instruments(toolkit):
    instrument(toolkit, "Leitfaden Erstgespräch", phases=["klaerung"], field_of_action="sprache")
    instrument(
        toolkit,
        "Checkliste Rechtskreiswechsel",
        kind="checkliste",
        phases=["leistungssteuerung", "monitoring"],
        field_of_action="existenzsicherung",
        legal_domain="asylblg",
        text="<p>Antrag beim Jobcenter rechtzeitig stellen.</p>",
    )
    instrument(
        toolkit,
        "Checkliste Umzug",
        kind="checkliste",
        phases=["monitoring"],
        field_of_action="wohnen",
        licence="cc0-1.0",
        text="<p>Mietvertrag und Jobcenter-Zustimmung prüfen.</p>",
    )


def test_only_published_public_instruments_are_listed(client, toolkit):
    instrument(toolkit, "Öffentlich")
    instrument(toolkit, "Entwurf", live=False)
    private = instrument(toolkit, "Nur intern")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    assert titles(client.get("/werkzeugkoffer/")) == ["Öffentlich"]
    assert titles(client.get("/werkzeugkoffer/?q=Entwurf")) == []
    assert client.get("/werkzeugkoffer/entwurf/").status_code == 404


def test_filters_and_search_combine(client, three_instruments):
    response = client.get("/werkzeugkoffer/?art=checkliste")
    assert sorted(titles(response)) == ["Checkliste Rechtskreiswechsel", "Checkliste Umzug"]
    assert response.context["result_count"] == 2
    assert "2 Instrumente" in response.content.decode()

    assert titles(client.get("/werkzeugkoffer/?art=checkliste&phase=leistungssteuerung")) == [
        "Checkliste Rechtskreiswechsel"
    ]
    assert titles(client.get("/werkzeugkoffer/?phase=monitoring&handlungsfeld=wohnen")) == [
        "Checkliste Umzug"
    ]
    assert titles(client.get("/werkzeugkoffer/?rechtskreis=asylblg")) == [
        "Checkliste Rechtskreiswechsel"
    ]
    assert titles(client.get("/werkzeugkoffer/?lizenz=cc0-1.0")) == ["Checkliste Umzug"]
    # Search runs among the filtered instruments only.
    assert sorted(titles(client.get("/werkzeugkoffer/?q=Jobcenter"))) == [
        "Checkliste Rechtskreiswechsel",
        "Checkliste Umzug",
    ]
    assert titles(client.get("/werkzeugkoffer/?q=Jobcenter&handlungsfeld=wohnen")) == [
        "Checkliste Umzug"
    ]
    response = client.get("/werkzeugkoffer/?q=Jobcenter&art=gespraechsleitfaden")
    assert titles(response) == []
    assert "Kein Instrument passt zu diesen Filtern" in response.content.decode()


def test_unknown_filter_values_get_a_german_message_and_the_rest_still_applies(
    client, three_instruments
):
    response = client.get("/werkzeugkoffer/?art=zauberstab&handlungsfeld=wohnen&phase=1")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Diesen Filterwert gibt es nicht: zauberstab." in html
    assert titles(response) == ["Checkliste Umzug"]
    assert client.get("/werkzeugkoffer/?seite=abc").status_code == 200
    assert client.get("/werkzeugkoffer/?seite=999").status_code == 200
    assert client.get("/werkzeugkoffer/?q=" + "x" * 500).status_code == 200


def test_pagination_keeps_the_filters(client, toolkit):
    many_instruments(toolkit, 12)
    first = client.get("/werkzeugkoffer/?art=checkliste")
    assert len(first.context["results"]) == 10
    assert first.context["result_count"] == 12
    assert "art=checkliste&amp;seite=2" in first.content.decode()
    second = client.get("/werkzeugkoffer/?art=checkliste&seite=2")
    assert len(second.context["results"]) == 2


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_index_uses_the_same_number_of_queries_for_3_and_30_instruments(client, toolkit):
    many_instruments(toolkit, 3)
    client.get("/impressum/")  # warm the page frame cache
    urls = ["/werkzeugkoffer/?handlungsfeld=wohnen", "/werkzeugkoffer/?q=Checkliste"]
    few = [count_queries(client, url) for url in urls]
    many_instruments(toolkit, 27, start=3)
    many = [count_queries(client, url) for url in urls]
    assert few == many
    assert max(many) <= 10


# --- links: case studies, lessons, "Verwendet in" ------------------------------------------


def test_used_in_lists_only_live_and_public_pages(client, toolkit, library):
    tool = instrument(toolkit, "Hilfeplan-Vorlage")
    link_instruments(published_case_study(library, "Öffentlicher Fall"), tool)
    link_instruments(case_study(library, "Entwurf eines Falls"), tool)
    private = link_instruments(published_case_study(library, "Interner Fall"), tool)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    basiskurs = module(CourseCatalogPage.objects.get())
    lesson_using(basiskurs, "Hilfeplanung üben", tool)
    draft_lesson = lesson_using(basiskurs, "Unveröffentlichte Lektion", tool)
    draft_lesson.unpublish()

    assert [page.title for page in tool.used_in()] == ["Hilfeplanung üben", "Öffentlicher Fall"]
    html = client.get(tool.url).content.decode()
    assert "Verwendet in" in html
    assert "Öffentlicher Fall" in html
    assert "(Fallstudie)" in html
    assert "Hilfeplanung üben" in html
    assert "(Lektion)" in html
    for hidden in ("Entwurf eines Falls", "Interner Fall", "Unveröffentlichte Lektion"):
        assert hidden not in html


def test_unlinking_removes_the_case_from_used_in(toolkit, library):
    tool = instrument(toolkit)
    case = link_instruments(published_case_study(library, "Ein Fall"), tool)
    assert [page.title for page in tool.used_in()] == ["Ein Fall"]
    link_instruments(case)
    assert list(tool.used_in()) == []


def test_case_study_page_shows_its_published_instruments_in_order(client, toolkit, library):
    first = instrument(toolkit, "Zielsystem")
    second = instrument(toolkit, "Netzwerkkarte")
    withdrawn = instrument(toolkit, "Zurückgezogen")
    case = link_instruments(published_case_study(library, "Ein Fall"), second, withdrawn, first)
    withdrawn.unpublish()

    html = client.get(case.url).content.decode()
    assert "Instrumente aus dem Werkzeugkoffer" in html
    assert html.index("Netzwerkkarte") < html.index("Zielsystem")
    assert f'href="{second.url}"' in html
    assert "Zurückgezogen" not in html


def test_a_draft_instrument_cannot_be_linked_to_a_case_study(toolkit, library):
    draft = instrument(toolkit, "Noch nicht fertig", live=False)
    link = CaseStudyInstrument(page=published_case_study(library), instrument=draft)
    with pytest.raises(ValidationError) as error:
        link.full_clean()
    assert "nicht veröffentlicht" in str(error.value)


def test_lesson_block_renders_a_published_instrument_as_a_card(toolkit):
    tool = instrument(toolkit, "Leitfaden Erstgespräch")
    block = InstrumentBlock()
    html = block.render(block.to_python({"instrument": tool.pk, "note": "Im Rollenspiel üben."}))
    assert "Leitfaden Erstgespräch" in html
    assert f'href="{tool.url}"' in html
    assert "Im Rollenspiel üben." in html
    tool.unpublish()
    assert block.render(block.to_python({"instrument": tool.pk, "note": ""})).strip() == ""


def test_lesson_block_refuses_a_draft_instrument(toolkit):
    draft = instrument(toolkit, "Entwurf", live=False)
    block = InstrumentBlock()
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python({"instrument": draft.pk, "note": ""}))
    assert "nicht veröffentlicht" in str(error.value.block_errors["instrument"])


def test_lesson_body_accepts_the_instrument_block(toolkit):
    tool = instrument(toolkit)
    basiskurs = module(CourseCatalogPage.objects.get())
    page = lesson_using(basiskurs, "Mit Instrument", tool)
    assert isinstance(page.body, StreamValue)
    assert page.body[0].block_type == "instrument"
    assert [p.title for p in tool.used_in()] == ["Mit Instrument"]


# --- demo content --------------------------------------------------------------------------


def test_demo_creates_instruments_with_files_idempotently(db):
    demo.load(StringIO())
    toolkit = ToolkitPage.objects.get()
    instruments = InstrumentPage.objects.child_of(toolkit).live()
    assert instruments.count() >= 8
    kinds = set(instruments.values_list("kind", flat=True))
    assert {"gespraechsleitfaden", "vorlage", "checkliste", "zielsystem", "vereinbarung",
            "leichte_sprache"} <= kinds  # fmt: skip
    for page in instruments:
        assert page.phases
        assert page.summary
        assert page.body
        downloads = list(page.downloads.all())
        assert downloads
        with downloads[0].document.file.open() as handle:
            text = handle.read().decode("utf-8")
        assert page.title in text
        assert f"Fassung {page.version}" in text
    documents = get_document_model().objects.count()

    demo_toolkit.load(StringIO())
    demo.load(StringIO())
    assert InstrumentPage.objects.count() == instruments.count()
    assert get_document_model().objects.count() == documents

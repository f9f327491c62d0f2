"""The Werkzeugkoffer through a real browser.

A visitor opens /werkzeugkoffer/, narrows the list with the filter form, opens an instrument,
downloads its file and follows "Verwendet in" to the case study that uses it. axe-core checks
every page on the way.
"""

import re

import pytest
from playwright.sync_api import expect

from academy.models import ToolkitPage
from casestudies.models import CaseStudyIndexPage

from ..academy.builders import instrument, link_instruments, with_download
from ..casestudies.builders import published_case_study
from .harness import field, submit_button

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

FILE_CONTENT = "Checkliste Rechtskreiswechsel\n[ ] Antrag beim Jobcenter gestellt."


@pytest.fixture
def instruments(demo_site):
    toolkit = ToolkitPage.objects.get()
    instrument(toolkit, "Leitfaden Erstgespräch", phases=["klaerung"])
    checklist = instrument(
        toolkit,
        "Checkliste Rechtskreiswechsel",
        kind="checkliste",
        phases=["leistungssteuerung"],
        field_of_action="existenzsicherung",
        legal_domain="asylblg",
    )
    with_download(checklist, "Checkliste als Text", FILE_CONTENT)
    case = published_case_study(CaseStudyIndexPage.objects.get(), "Vom AsylbLG ins SGB II")
    link_instruments(case, checklist)
    return checklist


def test_visitor_filters_opens_downloads_and_follows_used_in(
    page, assert_accessible, instruments, tmp_path
):
    page.goto("/werkzeugkoffer/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Werkzeugkoffer")
    expect(page.get_by_role("heading", name="2 Instrumente")).to_be_visible()
    assert_accessible(page)

    field(page, "Art").select_option("checkliste")
    field(page, "Phase").select_option("leistungssteuerung")
    submit_button(page, page.get_by_role("search")).click()
    expect(page).to_have_url(re.compile(r"art=checkliste&.*phase=leistungssteuerung"))
    expect(page.get_by_role("heading", name="1 Instrument", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name="Leitfaden Erstgespräch")).to_have_count(0)
    assert_accessible(page)

    page.get_by_role("link", name="Checkliste Rechtskreiswechsel").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Checkliste Rechtskreiswechsel")
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Checkliste als Text").click()
    saved = tmp_path / "checkliste.txt"
    download_info.value.save_as(saved)
    assert saved.read_text(encoding="utf-8") == FILE_CONTENT

    used_in = page.get_by_role("region", name="Verwendet in")
    used_in.get_by_role("link", name="Vom AsylbLG ins SGB II").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Vom AsylbLG ins SGB II")
    expect(page.get_by_role("link", name="Checkliste Rechtskreiswechsel")).to_be_visible()
    assert_accessible(page)

"""The Werkzeugkoffer transfer through a real browser.

An administrator downloads the archive in the Wagtail admin and imports it into a second
site: the form offers that site's sections as targets, the result lists the drafts, and
the explorer shows them as drafts under the second site's library. axe-core checks every
admin page on the way.
"""

import re
import zipfile

import pytest
from playwright.sync_api import expect

from academy.models import InstrumentPage
from casestudies.models import CaseStudyPage
from courses.models import LessonPage, ModulePage

from ..academy.test_transfer import second_site, werkzeugkoffer_content
from ..conftest import make_user
from .test_casestudies import admin_ready, assert_admin_accessible  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TRANSFER_URL = "/admin/werkzeugkoffer/uebertragen/"


def test_administrator_exports_the_werkzeugkoffer_and_imports_it_into_a_second_site(
    page,
    login_as,
    assert_admin_accessible,  # noqa: F811 - the fixture imported above
    demo_site,
    tmp_path,
):
    content = werkzeugkoffer_content()
    home, parents = second_site()
    administrator = make_user("admin@example.org", superuser=True, totp=True)
    login_as(administrator)

    page.goto(TRANSFER_URL)
    expect(page.get_by_role("heading", name="Werkzeugkoffer übertragen", level=1)).to_be_visible()
    assert_admin_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Archiv herunterladen").click()
    download = download_info.value
    assert re.fullmatch(r"werkzeugkoffer-\d{4}-\d{2}-\d{2}\.zip", download.suggested_filename)
    archive = tmp_path / download.suggested_filename
    download.save_as(archive)
    with zipfile.ZipFile(archive) as exported:
        assert "manifest.json" in exported.namelist()

    page.get_by_label("Archiv").set_input_files(archive)
    for label, title in [
        ("Ziel für Instrumente", "Werkzeugkoffer"),
        ("Ziel für Fallstudien", "Fallstudien"),
        ("Ziel für Module und Lektionen", "Kurse"),
    ]:
        page.get_by_label(label).select_option(label=f"{title} (Zweite Kommune)")
    page.get_by_role("button", name="Archiv einlesen").click()

    created = page.get_by_role("region", name="Als Entwurf angelegt")
    for title in [
        content["instrument"].title,
        content["case"].title,
        "Basiskurs",
        "Aufbaukurs",
        content["lesson"].title,
    ]:
        expect(created.get_by_role("link", name=re.compile(re.escape(title)))).to_be_visible()
    assert_admin_accessible(page)

    library = parents["fallstudien"]
    assert CaseStudyPage.objects.child_of(library).get().live is False
    assert InstrumentPage.objects.child_of(parents["werkzeugkoffer"]).filter(live=False).exists()
    assert ModulePage.objects.child_of(parents["kurse"]).filter(live=False).count() == 2
    assert LessonPage.objects.descendant_of(home).filter(live=False).count() == 1

    page.goto(f"/admin/pages/{library.pk}/")
    admin_ready(page)
    row = page.get_by_role("row", name=re.compile(re.escape(content["case"].title)))
    expect(row).to_contain_text("Entwurf")
    assert_admin_accessible(page)

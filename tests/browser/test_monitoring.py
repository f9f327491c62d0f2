"""Programme monitoring through a real browser.

An administrator of the certificate administration logs in with password and TOTP, opens every
monitoring report from the admin menu's group, switches to the aggregate-only mode and
downloads its CSV export, in which the municipality with four participants shows "< 5".
axe-core checks every report page.
"""

import csv
import io
import re

import pytest
from playwright.sync_api import expect

from academy import reports, roles

from ..academy.test_reports import Programme
from ..certificates import builders as certificate_builders
from ..conftest import TOTP_SECRET, make_user
from ..courses import builders
from .harness import AXE_FAILING_IMPACTS, format_violations, log_in, run_axe

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def assert_admin_accessible(axe_source):
    def check(page):
        expect(page.locator("body")).to_have_class(re.compile(r"\bready\b"))
        failing = [v for v in run_axe(page, axe_source) if v["impact"] in AXE_FAILING_IMPACTS]
        if failing:
            raise AssertionError(format_violations(page.url, failing))

    return check


def test_administrator_opens_every_report_and_exports_the_aggregate(
    page, assert_admin_accessible, koeln, moers, tmp_path
):
    trainer = make_user("trainerin@example.org", role=roles.TRAINERS, totp=True)
    programme = Programme(builders.module(builders.catalogue()), trainer)
    people = programme.participants(koeln, 5, completed=2)
    certificate_builders.certificate(people[0])
    programme.participants(moers, 4)
    administrator = make_user(
        "verwaltung@example.org", role=roles.CERTIFICATE_ADMINISTRATORS, totp=True
    )

    # The admin's report pages aggregate on every load; on a busy shared test machine they
    # take longer than the harness's 10 s default.
    page.set_default_timeout(30_000)
    log_in(page, administrator.email, totp_secret=TOTP_SECRET, next_url="/admin/")
    expect(page).to_have_url(re.compile(r"/admin/$"))

    for report in reports.REPORTS:
        page.goto(f"/admin/monitoring/{report.url_slug}/")
        expect(page.get_by_role("heading", level=1)).to_have_text(str(report.page_title))
        expect(page.locator("table.listing")).to_be_visible()
        assert_admin_accessible(page)

    page.goto("/admin/monitoring/teilnahme-kommunen/")
    table = page.locator("table.listing")
    expect(table.get_by_role("row").filter(has_text="Moers")).to_contain_text("4")
    page.get_by_role("link", name=re.compile("Auswertung ohne Personenbezug")).click()
    expect(page).to_have_url(re.compile(r"\?modus=aggregiert$"))
    expect(page.get_by_text("Gruppen mit weniger als 5 Personen sind unterdrückt")).to_be_visible()
    expect(table.get_by_role("row").filter(has_text="Moers")).to_contain_text("< 5")
    expect(table.get_by_role("row").filter(has_text="Köln")).to_contain_text("5")
    assert_admin_accessible(page)

    page.get_by_role("button", name="Aktionen").click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV herunterladen").click()
    download = download_info.value
    assert "aggregiert" in download.suggested_filename
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8"))))
    moers_row = next(row for row in rows if row["Kommune"] == "Moers")
    assert moers_row["Teilnehmende"] == "< 5"
    assert moers_row["Anmeldungen"] == ""

    # The register lists names: the aggregate-only mode does not lead there.
    page.goto("/admin/monitoring/zertifikatsregister/?modus=aggregiert")
    expect(page).to_have_url(re.compile(r"/teilnahme-kommunen/\?modus=aggregiert$"))
    expect(page.locator(".messages")).to_contain_text("nicht zur Verfügung")
    assert_admin_accessible(page)

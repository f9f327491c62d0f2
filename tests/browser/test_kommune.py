"""The Köln coordinator in a real browser: TOTP login, charts, the list, and no way into Moers.

The browser log fixture fails the test on any CSP violation, so the inline chart SVG must
not carry a single style attribute; axe-core checks every page visited.
"""

import re

import pytest
from playwright.sync_api import expect

from academy import roles
from academy.enums import AgencyType

from ..conftest import TOTP_SECRET, make_user
from .harness import log_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def colleague(email, municipality, first, last, agency=AgencyType.JOBCENTER):
    user = make_user(email, role=roles.PARTICIPANTS, municipality=municipality)
    user.first_name, user.last_name = first, last
    user.save(update_fields=["first_name", "last_name"])
    user.profile.certificate_name = f"{first} {last}"
    user.profile.agency_type = agency
    user.profile.save(update_fields=["certificate_name", "agency_type"])
    return user


def test_koeln_coordinator_sees_koeln_and_cannot_reach_moers(
    page, assert_accessible, demo_site, koeln, moers
):
    make_user(
        "koordination.koeln@example.org", role=roles.COORDINATORS, municipality=koeln, totp=True
    )
    colleague("aylin@example.org", koeln, "Aylin", "Demir")
    colleague("karl@example.org", koeln, "Karl", "Zander", AgencyType.SOZIALAMT)
    jonas = colleague("jonas@example.org", moers, "Jonas", "Becker")

    log_in(
        page,
        "koordination.koeln@example.org",
        totp_secret=TOTP_SECRET,
        next_url="/kommune/",
        check=assert_accessible,
    )
    expect(page).to_have_url(re.compile(r"/kommune/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Meine Kommune: Köln")
    expect(page.get_by_role("link", name="Meine Kommune")).to_be_visible()
    charts = page.locator("svg[role=img]")
    expect(charts).to_have_count(3)
    expect(page.get_by_role("img", name="Teilnehmende nach Einrichtung")).to_be_visible()
    box = charts.first.bounding_box()
    assert box
    assert box["width"] > 300
    assert box["height"] > 100
    page.get_by_text("Zahlen als Tabelle").first.click()
    table = page.locator("details table").first
    expect(table.get_by_role("row", name=re.compile("Sozialamt 1"))).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Zur Liste der Teilnehmenden").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Teilnehmende aus Köln")
    rows = page.locator("table.people-table tbody tr")
    expect(rows).to_have_count(3)  # Aylin, Karl and the coordinator
    expect(page.locator("main")).not_to_contain_text("Jonas")
    assert_accessible(page)

    page.get_by_label("Name").fill("Zander")
    page.get_by_role("button", name="Anwenden").click()
    expect(rows).to_have_count(1)
    page.get_by_role("link", name="Karl Zander").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Karl Zander")
    assert_accessible(page)

    response = page.goto(f"/kommune/teilnehmende/{jonas.pk}/")
    assert response.status == 404
    expect(page.locator("main")).not_to_contain_text("Jonas")
    assert_accessible(page)

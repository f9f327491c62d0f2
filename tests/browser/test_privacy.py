"""Privacy through a real browser: export, deletion request, processing, verification.

A participant with a certificate downloads their data as JSON and asks for their account to
be deleted; an administrator logs in with TOTP, processes the request in the Wagtail admin,
and the certificate still verifies with the name as certified. The barrier report form is
reached from the accessibility statement. axe-core checks every page on the way.
"""

import json
import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from academy import roles
from academy.enums import DeletionRequestStatus
from academy.models import BarrierReport, DeletionRequest, User

from ..certificates import builders
from ..conftest import PASSWORD, TOTP_SECRET, make_user
from .harness import AXE_FAILING_IMPACTS, field, format_violations, log_in, log_out, run_axe

HOLDER_NAME = "Dr. Erika Muster"


@pytest.fixture
def assert_admin_accessible(axe_source):
    """``assert_accessible`` for the Wagtail admin, once Wagtail's scripts are ready."""

    def check(page):
        expect(page.locator("body")).to_have_class(re.compile(r"\bready\b"))
        failing = [v for v in run_axe(page, axe_source) if v["impact"] in AXE_FAILING_IMPACTS]
        if failing:
            raise AssertionError(format_violations(page.url, failing))

    return check


def test_participant_exports_and_deletes_the_administrator_processes_the_certificate_verifies(
    page, login_as, assert_accessible, assert_admin_accessible, demo_site, participant, tmp_path
):
    certificate = builders.certificate(participant, holder_name=HOLDER_NAME)
    administrator = make_user(
        "verwaltung@example.org", role=roles.CERTIFICATE_ADMINISTRATORS, totp=True
    )
    login_as(participant)

    # 1. From the profile to the export page, and the JSON file.
    page.goto("/konto/profil/")
    assert_accessible(page)
    page.get_by_role("link", name="Meine Daten herunterladen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Meine Daten herunterladen")
    assert_accessible(page)
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Meine Daten als JSON-Datei herunterladen").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".json")
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["konto"]["e_mail"] == participant.email
    [exported] = data["zertifikate"]
    assert exported["nummer"] == certificate.number
    assert exported["pruefseite"].endswith(f"/zertifikate/pruefen/{certificate.verification_code}/")

    # 2. The deletion request: a wrong password first, then the right one.
    page.goto("/konto/profil/")
    page.get_by_role("link", name="Konto löschen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Konto löschen")
    assert_accessible(page)
    page.on("dialog", lambda dialog: dialog.accept())
    field(page, "Ihr Passwort").fill("falsches-Passwort")
    field(page, "Begründung (freiwillig)").fill("Ich wechsle zu einem anderen Träger.")
    page.get_by_role("button", name="Löschung beantragen").click()
    expect(page.get_by_text("Das Passwort ist nicht richtig.")).to_be_visible()
    expect(field(page, "Begründung (freiwillig)")).to_have_value(
        "Ich wechsle zu einem anderen Träger."
    )
    assert_accessible(page)
    field(page, "Ihr Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Löschung beantragen").click()
    expect(page.get_by_text("Ihr Löschantrag ist eingegangen.")).to_be_visible()
    deletion_request = DeletionRequest.objects.get(user=participant)
    expect(page.get_by_text(deletion_request.reference)).to_be_visible()
    assert_accessible(page)
    log_out(page)

    # 3. The administrator logs in with TOTP and processes the request in the admin.
    log_in(
        page,
        administrator.email,
        totp_secret=TOTP_SECRET,
        next_url="/admin/datenschutz/loeschantraege/",
        check=assert_accessible,
    )
    assert_admin_accessible(page)
    page.get_by_role("link", name=deletion_request.reference).click()
    expect(page.get_by_text(participant.email)).to_be_visible()
    assert_admin_accessible(page)
    page.get_by_label("Vermerk").fill("Löschung nach Art. 17 DSGVO durchgeführt.")
    mail.outbox.clear()
    page.get_by_role("button", name="Löschung durchführen").click()
    expect(
        page.get_by_text(f"Das Konto zu {deletion_request.reference} ist gelöscht.")
    ).to_be_visible()
    assert_admin_accessible(page)

    deletion_request.refresh_from_db()
    assert deletion_request.status == DeletionRequestStatus.COMPLETED
    user = User.objects.get(pk=participant.pk)
    assert not user.is_active
    assert user.email == ""
    assert [message.to for message in mail.outbox] == [["teilnehmerin@example.org"]]
    page.context.clear_cookies()  # the admin has no site header to log out from

    # 4. The certificate still verifies, with the name as certified.
    page.goto(f"/zertifikate/pruefen/{certificate.verification_code}/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_text(HOLDER_NAME)).to_be_visible()
    expect(page.get_by_text(certificate.number).first).to_be_visible()
    assert_accessible(page)

    # 5. The old account cannot log in any more.
    page.goto("/konto/login/")
    field(page, "E-Mail").fill("teilnehmerin@example.org")
    field(page, "Passwort").fill(PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/konto/login/"))
    assert_accessible(page)


def test_visitor_reports_a_barrier_from_the_accessibility_statement(
    page, assert_accessible, demo_site
):
    page.goto("/barrierefreiheit/")
    assert_accessible(page)
    page.get_by_role("main").get_by_role("link", name="Formular „Barriere melden“").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Barriere melden")
    expect(field(page, "Betroffene Seite (Adresse)")).to_have_value(
        re.compile(r"/barrierefreiheit/$")
    )
    assert_accessible(page)

    page.get_by_role("button", name="Meldung senden").click()
    expect(page.get_by_text("Bitte beschreiben Sie die Barriere.")).to_be_visible()
    assert_accessible(page)

    field(page, "Beschreibung der Barriere").fill("Die Tabelle hat keine Spaltenüberschriften.")
    page.get_by_role("button", name="Meldung senden").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Vielen Dank für Ihre Meldung")
    assert_accessible(page)
    assert BarrierReport.objects.get().description == "Die Tabelle hat keine Spaltenüberschriften."

"""Certificates through a real browser: download, verification by code and by file, revocation.

An attendance certificate is issued with issue() (the PDF is rendered and signed with the demo
key once the transaction commits). The participant downloads it from /zertifikate/; a visitor
verifies it by its code and by uploading exactly that file; the administrator revokes it
(issuing.revoke — the admin screen is tested elsewhere) and the verification page shows the
reason at once. axe-core checks every page on the way, the 404 and 429 pages included.
"""

import hashlib
import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connections
from playwright.sync_api import expect

from academy import roles
from certificates import issuing, views
from certificates.models import Certificate

from ..certificates import builders
from ..conftest import make_user
from .harness import field, log_out

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

REASON = "Die Anwesenheitsliste des dritten Tages war fehlerhaft."


def heading(page):
    return page.get_by_role("heading", level=1)


def code_form(page):
    return page.locator("main form[method=get]")


def upload_form(page):
    return page.locator("main form[method=post]")


def in_thread(function, *args, **kwargs):
    """Run ``function`` in a thread of its own, with its own database connection.

    pyHanko signs with asyncio.run(), which refuses to run in this thread while Playwright's
    event loop counts as running here.
    """

    def run():
        try:
            return function(*args, **kwargs)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result()


@pytest.fixture
def issued(participant, trainer_with_totp):
    builders.demo_signing_key()
    administrator = make_user(
        "verwaltung@example.org", role=roles.CERTIFICATE_ADMINISTRATORS, totp=True
    )
    certificate = in_thread(
        builders.issued_certificate, participant, trainer_with_totp, by=administrator
    )
    assert certificate.sha256, "the PDF is rendered once issue() commits"
    return certificate, administrator


def test_participant_downloads_a_visitor_verifies_the_administrator_revokes(
    page, login_as, assert_accessible, participant, issued, tmp_path
):
    certificate, administrator = issued
    login_as(participant)

    # 1. The participant finds the certificate and downloads its PDF.
    page.goto("/zertifikate/")
    expect(heading(page)).to_have_text("Meine Zertifikate")
    card = page.locator(f"#zertifikat-{certificate.number}")
    expect(card).to_contain_text("Teilnahmebescheinigung")
    expect(card).to_contain_text(f"Nr. {certificate.number}")
    expect(card).to_contain_text("gültig")
    assert_accessible(page)
    with page.expect_download() as download_info:
        card.get_by_role("link", name=re.compile(r"^PDF herunterladen")).click()
    download = download_info.value
    assert download.suggested_filename == f"{certificate.number}.pdf"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    content = saved.read_bytes()
    assert content.startswith(b"%PDF")
    assert hashlib.sha256(content).hexdigest() == certificate.sha256
    log_out(page)

    # 2. A visitor types the code (with the spaces a copy from the PDF may bring).
    page.goto("/zertifikate/pruefen/")
    expect(heading(page)).to_have_text("Zertifikat prüfen")
    assert_accessible(page)
    code = certificate.verification_code
    field(page, "Prüfcode").fill(f"  {code[:10]} {code[10:]} ")
    code_form(page).get_by_role("button", name="Code prüfen").click()
    expect(page).to_have_url(re.compile(rf"/zertifikate/pruefen/{re.escape(code)}/$"))
    expect(heading(page)).to_have_text("Dieses Zertifikat ist gültig")
    facts = page.locator("main dl.facts")
    expect(facts).to_contain_text("Erika Muster")
    expect(facts).to_contain_text("Teilnahmebescheinigung")
    expect(facts).to_contain_text(certificate.number)
    expect(page.locator("main")).not_to_contain_text("Köln")
    expect(page.locator('meta[name="robots"]')).to_have_attribute("content", "noindex, nofollow")
    assert_accessible(page)

    # 3. … and uploads the very file the participant downloaded.
    page.goto("/zertifikate/pruefen/")
    field(page, "Zertifikat als PDF-Datei").set_input_files(saved)
    upload_form(page).get_by_role("button", name="Datei prüfen").click()
    result = page.get_by_role("region", name="Ergebnis der Dateiprüfung")
    expect(result).to_contain_text(
        f"Diese Datei ist genau das ausgestellte Zertifikat {certificate.number}."
    )
    expect(result).to_contain_text("Status: gültig.")
    expect(result).to_contain_text("Die Signatur ist intakt und vertrauenswürdig")
    assert_accessible(page)

    # 4. A file with one byte changed matches nothing.
    changed = bytearray(content)
    changed[content.index(b"stream") + 20] ^= 0x01
    forged = tmp_path / "gefaelscht.pdf"
    forged.write_bytes(bytes(changed))
    field(page, "Zertifikat als PDF-Datei").set_input_files(forged)
    upload_form(page).get_by_role("button", name="Datei prüfen").click()
    expect(result).to_contain_text(
        "Diese Datei stimmt mit keinem ausgestellten Zertifikat überein."
    )
    expect(result).to_contain_text("Die Signatur ist nicht intakt")
    assert_accessible(page)

    # 5. The administrator revokes the certificate; the verification page says so at once.
    issuing.revoke(certificate, by=administrator, reason=REASON)
    page.goto(f"/zertifikate/pruefen/{code}/")
    expect(heading(page)).to_have_text("Dieses Zertifikat wurde widerrufen")
    expect(page.locator("main")).to_contain_text("Status: widerrufen am")
    expect(page.locator("main")).to_contain_text(REASON)
    assert_accessible(page)

    # 6. The participant sees the revocation too.
    login_as(participant)
    page.goto("/zertifikate/")
    expect(card).to_contain_text("widerrufen")
    expect(card).to_contain_text(REASON)
    assert_accessible(page)
    assert Certificate.objects.get(pk=certificate.pk).status == "revoked"


def test_wrong_code_wrong_file_and_the_rate_limit(page, assert_accessible, settings):
    # Room for one lookup and one upload, then the limit is reached.
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = f"{1 + views.UPLOAD_COST}/m"

    page.goto("/zertifikate/pruefen/")
    code_form(page).get_by_role("button", name="Code prüfen").click()
    code = field(page, "Prüfcode")
    expect(code).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_code_error")).to_have_text("Bitte geben Sie den Prüfcode ein.")
    assert_accessible(page)

    code.fill("gibt-es-nicht")
    code_form(page).get_by_role("button", name="Code prüfen").click()
    expect(heading(page)).to_have_text("Kein Zertifikat gefunden")
    expect(page.locator("main")).to_contain_text("Zu diesem Prüfcode gibt es kein Zertifikat.")
    assert_accessible(page)

    page.goto("/zertifikate/pruefen/")
    field(page, "Zertifikat als PDF-Datei").set_input_files(
        {"name": "zertifikat.pdf", "mimeType": "application/pdf", "buffer": b"GIF89a kein PDF"}
    )
    upload_form(page).get_by_role("button", name="Datei prüfen").click()
    expect(page.locator("#id_pdf_error")).to_contain_text("Die Datei ist kein PDF.")
    expect(field(page, "Zertifikat als PDF-Datei")).to_have_attribute("aria-invalid", "true")
    assert_accessible(page)

    response = page.goto("/zertifikate/pruefen/noch-einer/")
    assert response.status == 429
    assert int(response.headers["retry-after"]) <= 60
    expect(heading(page)).to_have_text("Zu viele Anfragen")
    assert_accessible(page)

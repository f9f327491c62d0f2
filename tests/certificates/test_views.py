"""The participant's certificates, the PDF download and the public verification pages."""

import hashlib
import re
import secrets

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape
from django.utils.timezone import localtime

from academy import roles
from certificates import views
from certificates.forms import MAX_UPLOAD_BYTES
from tests.conftest import make_user

from . import builders

pytestmark = pytest.mark.django_db

MINE = reverse("certificates:mine")
VERIFY_FORM = reverse("certificates:verify_form")
NOT_FOUND = "Zu diesem Prüfcode gibt es kein Zertifikat."
NO_MATCH = "Diese Datei stimmt mit keinem ausgestellten Zertifikat überein."


@pytest.fixture(autouse=True)
def _signing_key():
    builders.demo_signing_key()


@pytest.fixture
def other_participant(moers):
    return make_user("teilnehmer@example.org", role=roles.PARTICIPANTS, municipality=moers)


@pytest.fixture
def trainer(db):
    return make_user("trainerin@example.org", role=roles.TRAINERS, totp=True)


@pytest.fixture
def administrator(db):
    return make_user("verwaltung@example.org", role=roles.CERTIFICATE_ADMINISTRATORS, totp=True)


@pytest.fixture
def issued(participant, trainer, administrator):
    """An attendance certificate issued with issue(), its signed PDF stored."""
    return builders.issued_certificate(participant, trainer, by=administrator)


def verify_url(certificate_or_code):
    code = getattr(certificate_or_code, "verification_code", certificate_or_code)
    return reverse("certificates:verify", args=[code])


def download_url(certificate):
    return reverse("certificates:download", args=[certificate.number])


def text(response):
    return response.content.decode()


def upload(client, content, name="zertifikat.pdf"):
    return client.post(VERIFY_FORM, {"pdf": SimpleUploadedFile(name, content, "application/pdf")})


# --- /zertifikate/ ---------------------------------------------------------------------------


def test_my_certificates_needs_a_login(client):
    response = client.get(MINE)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_my_certificates_lists_only_my_own_in_every_status(
    client, participant, other_participant, administrator
):
    valid = builders.with_pdf(builders.certificate(participant))
    withdrawn = builders.revoked(builders.certificate(participant), by=administrator)
    old, replacement = builders.superseded(builders.certificate(participant), by=administrator)
    foreign = builders.certificate(other_participant, holder_name="Max Fremd")
    client.force_login(participant)

    response = client.get(MINE)

    assert response.status_code == 200
    page = text(response)
    for own in (valid, withdrawn, old, replacement):
        assert f'id="zertifikat-{own.number}"' in page
        assert verify_url(own) in page
    assert foreign.number not in page
    assert "Max Fremd" not in page
    assert "widerrufen" in page
    assert escape(builders.REVOCATION_REASON) in page
    assert f'Ersetzt durch <a href="#zertifikat-{replacement.number}">' in page
    # Only the rendered PDF has a download link; the others are still being made.
    assert download_url(valid) in page
    assert download_url(withdrawn) not in page
    assert "Das PDF wird gerade erstellt" in page


def test_my_certificates_without_any(client, participant):
    client.force_login(participant)

    assert "Sie haben noch keine Zertifikate." in text(client.get(MINE))


# --- /zertifikate/<number>/pdf/ --------------------------------------------------------------


def test_holder_downloads_the_signed_pdf_as_issued(client, participant, issued):
    client.force_login(participant)

    response = client.get(download_url(issued))

    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    assert content.startswith(b"%PDF")
    assert hashlib.sha256(content).hexdigest() == issued.sha256
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="{issued.number}.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    assert download_url(issued) in text(client.get(MINE))


def test_nobody_else_downloads_the_pdf(client, issued, other_participant, administrator):
    for user in (
        other_participant,
        administrator,
        make_user("root@example.org", superuser=True, totp=True),
    ):
        client.force_login(user)
        assert client.get(download_url(issued)).status_code == 404


def test_anonymous_download_goes_to_the_login(client, issued):
    response = client.get(download_url(issued))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_no_download_before_the_pdf_exists_or_for_unknown_numbers(client, participant):
    pending = builders.certificate(participant)
    client.force_login(participant)

    assert client.get(download_url(pending)).status_code == 404
    assert client.get("/zertifikate/TB-2026-999999/pdf/").status_code == 404


# --- /zertifikate/pruefen/<code>/ ------------------------------------------------------------


def test_valid_certificate_shows_the_public_facts_and_nothing_more(client, issued):
    response = client.get(verify_url(issued))

    assert response.status_code == 200
    page = text(response)
    assert "Dieses Zertifikat ist gültig" in page
    assert "Status: gültig." in page
    for fact in ("Erika Muster", "Teilnahmebescheinigung", "Fallwerk Akademie", issued.number):
        assert fact in page
    assert f"{issued.issued_on.day}. " in page
    # Not on the public page: municipality, modules, UE, e-mail, who issued it.
    main = page[page.index("<main") : page.index("</main>")]
    for private in ("Köln", "Basiskurs", "UE", issued.holder.email, "verwaltung@"):
        assert private not in main
    assert '<meta name="robots" content="noindex, nofollow">' in page
    assert response["X-Robots-Tag"] == "noindex"
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies  # nothing personal: no session, no CSRF cookie


def test_revoked_certificate_shows_date_and_reason(client, issued, administrator):
    revoked = builders.revoked(issued, by=administrator)

    page = text(client.get(verify_url(revoked)))

    assert "Dieses Zertifikat wurde widerrufen" in page
    assert f"Status: widerrufen am {localtime(revoked.revoked_at).day}. " in page
    assert escape(builders.REVOCATION_REASON) in page
    assert "Status: gültig" not in page


def test_a_revocation_shows_at_once(client, issued, administrator):
    assert "Status: gültig." in text(client.get(verify_url(issued)))
    builders.revoked(issued, by=administrator)
    assert "Status: widerrufen am" in text(client.get(verify_url(issued)))


def test_superseded_certificate_links_to_its_replacement(client, participant, administrator):
    old, new = builders.superseded(builders.certificate(participant), by=administrator)

    page = text(client.get(verify_url(old)))

    assert "Dieses Zertifikat wurde ersetzt" in page
    assert f'Status: ersetzt durch <a href="{verify_url(new)}">{new.number}</a>' in page
    assert "Status: gültig." in text(client.get(verify_url(new)))


def test_expired_certificate_is_not_called_valid(client, participant):
    expired = builders.expired(participant)

    page = text(client.get(verify_url(expired)))

    assert "Dieses Zertifikat ist abgelaufen" in page
    assert "Status: abgelaufen am" in page
    assert "Status: gültig" not in page


def unknown_codes(valid_code):
    return [
        secrets.token_urlsafe(24),
        valid_code[:-1] + ("A" if valid_code[-1] != "A" else "B"),  # one character off
        valid_code.swapcase(),
        valid_code[:-1],
        "x",
        "0" * 32,
        "a" * 64,
        "a" * 65,
        "K" * 10_000,
        "' OR '1'='1",
        "%",
        "<svg onload=alert(1)>",
        "Prüfcode mit Leerzeichen",
        "..",
        "\u202e\u0000",
    ]


def test_unknown_malformed_and_long_codes_all_get_the_same_404(client, settings, issued):
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = "100000/m"
    codes = unknown_codes(issued.verification_code)
    codes += [secrets.token_urlsafe(24) for _ in range(200)]

    bodies = set()
    for code in codes:
        response = client.get(verify_url(code))
        assert response.status_code == 404, code
        assert response["X-Robots-Tag"] == "noindex"
        assert "no-store" in response["Cache-Control"]
        bodies.add(response.content)

    assert len(bodies) == 1
    body = bodies.pop().decode()
    assert NOT_FOUND in body
    assert '<meta name="robots" content="noindex, nofollow">' in body
    assert "K" * 64 not in body


def test_ten_thousand_random_codes_find_nothing_with_one_query_each(issued):
    assert views.find_by_code(issued.verification_code).number == issued.number
    found = [views.find_by_code(secrets.token_urlsafe(24)) for _ in range(10_000)]
    assert found == [None] * 10_000

    with CaptureQueriesContext(connection) as queries:
        views.find_by_code(secrets.token_urlsafe(24))
        views.find_by_code(issued.verification_code)
    assert len(queries) == 2
    assert all("verification_code" in query["sql"] for query in queries)
    with CaptureQueriesContext(connection) as queries:
        assert views.find_by_code("x" * (views.MAX_CODE_LENGTH + 1)) is None
    assert len(queries) == 0


TRANSACTION_CONTROL = re.compile(r"^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)\b")


def statements(queries):
    """The SQL statements that do work: without the transaction control around cache writes."""
    return [q["sql"] for q in queries if not TRANSACTION_CONTROL.match(q["sql"])]


def test_verification_page_needs_at_most_six_queries(client, participant):
    """Page frame and rate-limit counter come in one cache round trip; the counter is written
    (DatabaseCache: count, select, update — plus BEGIN/COMMIT or a savepoint, not counted);
    the certificate and its replacement are read in one query."""
    old, new = builders.superseded(builders.certificate(participant))
    # The page frame is built once per cache generation (the first build may start a new one).
    client.get(verify_url(old))
    client.get(verify_url(old))

    with CaptureQueriesContext(connection) as queries:
        response = client.get(verify_url(old))
    assert response.status_code == 200
    assert new.number in text(response)
    sql = statements(queries)
    assert len(sql) <= 6, "\n".join(sql)
    assert len([q for q in sql if "certificates_certificate" in q]) == 1

    with CaptureQueriesContext(connection) as queries:
        assert client.get(verify_url(secrets.token_urlsafe(24))).status_code == 404
    assert len(statements(queries)) <= 6, "\n".join(statements(queries))


NAMES = [
    "Jürgen Müller-Lüdenscheidt",
    "José Ñúñez Gonçalves",
    "محمد عبد الله",
    "Siobhán O'Brien",
    ("Maria-Magdalena Friederike Alexandra Konstanze von und zu Müller-Lüdenscheidt-"
     "Hohenzollern-Wittelsbach-Schwarzenberg Öztürk")[:120],
    '<script>alert("x")</script> & <b>Eva</b>',
]  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
def test_names_are_shown_escaped_as_certified(client, participant, name):
    certificate = builders.certificate(participant, holder_name=name)

    page = text(client.get(verify_url(certificate)))

    assert f'<dd dir="auto">{escape(name)}</dd>' in page
    assert "<script>alert" not in page
    assert "<b>Eva</b>" not in page
    assert len(NAMES[4]) == 120


# --- rate limit ----------------------------------------------------------------------------


def test_guesses_are_rate_limited_per_client(client, settings, issued):
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = "3/m"

    known = [client.get(verify_url(issued)).status_code for _ in range(5)]
    guesses = [client.get(verify_url(f"geraten-{n}")).status_code for n in range(3)]
    limited = client.get(verify_url(issued))

    assert known == [200] * 5  # checking a real code is not a guess
    assert guesses == [404] * 3
    assert limited.status_code == 429
    assert "Zu viele Anfragen" in text(limited)
    assert "Bitte warten Sie eine Minute" in text(limited)
    assert 1 <= int(limited["Retry-After"]) <= 60
    assert issued.holder_name not in text(limited)
    # Another address is not affected; nor is the page with the forms.
    assert client.get(verify_url(issued), REMOTE_ADDR="192.0.2.7").status_code == 200
    assert client.get(VERIFY_FORM).status_code == 200


def test_default_limit_is_sixty_guesses_a_minute(client, issued):
    statuses = [client.get(verify_url(f"geraten-{n}")).status_code for n in range(61)]

    assert statuses == [404] * 60 + [429]
    assert client.get(verify_url(issued)).status_code == 429


def test_ipv6_clients_are_limited_by_their_network(client, settings, issued):
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = "2/m"
    guess = verify_url("geraten")

    assert client.get(guess, REMOTE_ADDR="2001:db8:1:2::1").status_code == 404
    assert client.get(guess, REMOTE_ADDR="2001:db8:1:2::ffff").status_code == 404
    assert client.get(guess, REMOTE_ADDR="2001:db8:1:2:aaaa::9").status_code == 429
    assert client.get(verify_url(issued), REMOTE_ADDR="2001:db8:1:2::7").status_code == 429
    assert client.get(guess, REMOTE_ADDR="2001:db8:1:3::1").status_code == 404


def test_uploads_count_against_the_same_limit(client, settings, issued):
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = f"{views.UPLOAD_COST + 1}/m"

    assert upload(client, b"%PDF-1.7 kein Zertifikat").status_code == 200
    assert client.get(verify_url("geraten")).status_code == 404
    assert upload(client, b"%PDF-1.7 kein Zertifikat").status_code == 429
    assert client.get(verify_url(issued)).status_code == 429


# --- /zertifikate/pruefen/ -------------------------------------------------------------------


def test_verify_form_page_offers_code_and_file(client):
    response = client.get(VERIFY_FORM)

    page = text(response)
    assert response.status_code == 200
    assert '<form method="get" action="/zertifikate/pruefen/"' in page
    assert 'enctype="multipart/form-data"' in page
    assert '<label for="id_code">Prüfcode' in page
    assert '<label for="id_pdf">Zertifikat als PDF-Datei' in page
    assert '<meta name="robots" content="noindex, nofollow">' in page
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("  K7Q2M4X9HZ3T6W8Y  ", "K7Q2M4X9HZ3T6W8Y"),
        ("K7Q2 M4X9\nHZ3T 6W8Y", "K7Q2M4X9HZ3T6W8Y"),
        ("https://fallwerk.example/zertifikate/pruefen/K7Q2M4X9HZ3T6W8Y/", "K7Q2M4X9HZ3T6W8Y"),
        ("/zertifikate/pruefen/Ab-_9?utm=x#oben", "Ab-_9"),
    ],
)
def test_typed_code_leads_to_its_page(client, typed, code):
    response = client.get(VERIFY_FORM, {"code": typed})

    assert response.status_code == 302
    assert response["Location"] == verify_url(code)


def test_empty_code_gets_a_german_error(client):
    response = client.get(VERIFY_FORM, {"code": "   "})

    assert response.status_code == 200
    page = text(response)
    assert "Bitte geben Sie den Prüfcode ein." in page
    assert 'aria-invalid="true"' in page
    assert 'aria-describedby="id_code_helptext id_code_error"' in page


def test_uploading_the_issued_pdf_confirms_it_and_its_status(client, issued):
    content = issued.pdf.open("rb").read()

    response = upload(client, content)

    assert response.status_code == 200
    page = text(response)
    assert f"Diese Datei ist genau das ausgestellte Zertifikat {issued.number}." in page
    assert "Status: gültig." in page
    assert "Die Signatur ist intakt und vertrauenswürdig" in page
    assert verify_url(issued) in page
    assert NO_MATCH not in page
    assert "no-store" in response["Cache-Control"]


def test_uploading_a_revoked_certificate_says_so(client, issued, administrator):
    content = issued.pdf.open("rb").read()
    builders.revoked(issued, by=administrator)

    page = text(upload(client, content))

    assert f"Diese Datei ist genau das ausgestellte Zertifikat {issued.number}." in page
    assert "Status: widerrufen am" in page
    assert escape(builders.REVOCATION_REASON) in page


def test_one_changed_byte_matches_no_certificate(client, issued):
    content = bytearray(issued.pdf.open("rb").read())
    # A byte of the page content, inside the part the signature covers.
    position = content.index(b"stream") + 20
    content[position] ^= 0x01

    page = text(upload(client, bytes(content)))

    assert NO_MATCH in page
    assert "Die Signatur ist nicht intakt" in page
    assert "vertrauenswürdig" not in page
    assert issued.number not in page


def test_appended_bytes_match_no_certificate(client, issued):
    content = issued.pdf.open("rb").read() + b"\n% appended later\n"

    page = text(upload(client, content))

    assert NO_MATCH in page
    assert "vertrauenswürdig:" not in page


def test_an_unsigned_pdf_is_neither_matched_nor_trusted(client):
    page = text(upload(client, b"%PDF-1.7\n%%EOF\n"))

    assert NO_MATCH in page
    assert "Die Datei enthält keine lesbare digitale Signatur." in page


@pytest.mark.parametrize(
    ("content", "name", "error"),
    [
        (b"GIF89a ein Bild", "zertifikat.pdf", "Die Datei ist kein PDF."),
        (b"<html>%PDF-</html>", "zertifikat.pdf", "Die Datei ist kein PDF."),
        (b"", "zertifikat.pdf", "Die Datei ist leer."),
        (b"%PDF-1.7\n" + b"0" * MAX_UPLOAD_BYTES, "gross.pdf", "Die Datei ist größer als 10 MB."),
    ],
)
def test_wrong_uploads_get_german_errors(client, content, name, error):
    response = upload(client, content, name)

    assert response.status_code == 200
    page = text(response)
    assert error in page
    assert 'aria-describedby="id_pdf_helptext id_pdf_error"' in page
    assert "Ergebnis der Dateiprüfung" not in page


def test_an_upload_without_a_file_gets_a_german_error(client):
    page = text(client.post(VERIFY_FORM, {}))

    assert "Bitte wählen Sie eine PDF-Datei aus." in page


def test_a_pdf_named_otherwise_is_still_checked_by_content(client, issued):
    page = text(upload(client, issued.pdf.open("rb").read(), name="scan.jpg"))

    assert f"Diese Datei ist genau das ausgestellte Zertifikat {issued.number}." in page


def test_verification_pages_use_the_site_layout(client, issued):
    page = text(client.get(verify_url(issued)))

    assert re.search(r"<title>Zertifikat TB-\d{4}-\d{6} prüfen – Fallwerk</title>", page)
    assert 'id="inhalt"' in page
    assert page.count("<h1") == 1

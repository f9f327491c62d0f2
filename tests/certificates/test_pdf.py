"""The certificate PDF: content, fonts, QR code, escaping and the no-fetch rule."""

import datetime
import io
import re
import socket
import unicodedata
from decimal import Decimal

import pytest
import segno
import zxingcpp
from pypdf import PdfReader
from pypdf.generic import ContentStream
from xhtml2pdf.config.resources import ResourceAccessError

from certificates import pdf
from certificates.pdf import CertificateDocument, ModuleLine, render_pdf

VERIFICATION_CODE = "K7Q2M4X9HZ3T6W8YB5N1RDCV"
VERIFICATION_URL = f"https://fallwerk.example/zertifikate/pruefen/{VERIFICATION_CODE}/"
A4 = (595.28, 841.89)


def certificate_document(**overrides):
    """A DGCC qualification certificate with seven modules, as the issuing code would build it."""
    modules = (
        *(
            ModuleLine(f"Modul {number}: Case Management im Einwanderungsmanagement", dates, ue)
            for number, dates, ue in [
                (1, "12.–14.03.2026", Decimal("24")),
                (2, "16.–18.04.2026", Decimal("24")),
                (3, "11.–13.05.2026", Decimal("24")),
                (4, "08.–10.06.2026", Decimal("24")),
                (5, "06.–08.07.2026", Decimal("24")),
                (6, "07.–09.09.2026", Decimal("24")),
            ]
        ),
        ModuleLine("Kolloquium", "05.10.2026", Decimal("2.5")),
    )
    values = {
        "number": "CM-2026-000042",
        "type_name": "Zertifizierte Case Managerin / zertifizierter Case Manager (DGCC)",
        "holder_name": "Erika Müller-Lüdenscheidt",
        "municipality": "Köln",
        "issued_on": datetime.date(2026, 11, 21),
        "modules": modules,
        "total_ue": Decimal("146.5"),
        "institute_name": "Fallwerk Akademie",
        "signatory": "Dr. Erika Muster, Leitung",
        "verification_url": VERIFICATION_URL,
        "verification_code": VERIFICATION_CODE,
        "valid_until": datetime.date(2029, 11, 20),
    }
    values.update(overrides)
    return CertificateDocument(**values)


def open_pdf(data):
    return PdfReader(io.BytesIO(data))


def text_of(data):
    return "\n".join(page.extract_text() for page in open_pdf(data).pages)


def squeezed(text):
    return re.sub(r"\s+", "", text)


def fonts_drawing_text(reader):
    """BaseFont name → font dictionary, for every font that shows at least one glyph."""
    drawing = {}
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        current = None
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                current = fonts[operands[0]].get_object()
            elif operator in (b"Tj", b"TJ", b"'", b'"') and current is not None:
                shown = operands[0] if operator == b"TJ" else operands[-1:]
                if any(isinstance(part, bytes | str) and len(part) for part in shown):
                    drawing[str(current["/BaseFont"])] = current
    return drawing


def font_of_text(data, needle):
    """The BaseFont that draws the text fragment containing `needle`."""
    found = []

    def visit(text, cm, tm, font, size):
        if needle in text and font is not None:
            found.append(str(font["/BaseFont"]))

    open_pdf(data).pages[0].extract_text(visitor_text=visit)
    return found


def test_a4_with_title_author_and_language():
    reader = open_pdf(render_pdf(certificate_document()))

    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4, abs=0.5)
    assert "CM-2026-000042" in reader.metadata.title
    assert "Erika Müller-Lüdenscheidt" in reader.metadata.title
    assert reader.metadata.author == "Fallwerk Akademie"
    assert reader.trailer["/Root"]["/Lang"] == "de"


def test_shows_everything_the_certificate_states():
    text = text_of(render_pdf(certificate_document()))

    for expected in [
        "Fallwerk Akademie",
        "Zertifizierte Case Managerin",
        "Erika Müller-Lüdenscheidt",
        "Kommune: Köln",
        "Modul 6: Case Management im",
        "07.–09.09.2026",
        "Kolloquium",
        "05.10.2026",
        "2,5",
        "146,5",
        "CM-2026-000042",
        "21. November 2026",
        "Gültig bis",
        "20. November 2029",
        "Dr. Erika Muster, Leitung",
        VERIFICATION_URL,
        f"Prüfcode: {VERIFICATION_CODE}",
    ]:
        assert expected in text


def test_optional_lines_are_left_out():
    text = text_of(render_pdf(certificate_document(municipality="", valid_until=None)))

    assert "Kommune" not in text
    assert "Gültig bis" not in text


def test_english_template():
    data = render_pdf(certificate_document(language="en", type_name="Certificate of attendance"))
    text = text_of(data)

    assert "issued to" in text
    assert "Municipality: Köln" in text
    assert "21 November 2026" in text
    assert "146.5" in text
    assert "Verification code: K7Q2M4X9HZ3T6W8YB5N1RDCV" in text
    assert open_pdf(data).trailer["/Root"]["/Lang"] == "en"


def test_unknown_language_or_template_version_is_refused():
    with pytest.raises(ValueError, match="language"):
        render_pdf(certificate_document(language="fr"))
    with pytest.raises(Exception, match="v99"):
        render_pdf(certificate_document(template_version="99"))


def test_bundled_fonts_are_embedded_and_draw_all_text():
    reader = open_pdf(render_pdf(certificate_document()))

    drawing = fonts_drawing_text(reader)
    assert {name.split("+")[-1] for name in drawing} == {"DejaVuSans", "DejaVuSans-Bold"}
    for name, font in drawing.items():
        descriptor = font["/FontDescriptor"]
        assert "/FontFile2" in descriptor, f"{name} is not embedded"
        assert "+" in name  # a subset, not the whole font


@pytest.mark.parametrize(
    "name",
    [
        "Jürgen Müller-Lüdenscheidt",
        "Ayşe Yılmaz",
        "Đorđe Đorđević",
        "Siobhán O'Brien",
        "José Ñúñez Gonçalves",
        "Łucja Żółkiewska",
        "Ærøskøbing Straße",
    ],
)
def test_names_with_diacritics_and_apostrophes_render(name):
    data = render_pdf(certificate_document(holder_name=name))

    assert name in text_of(data)
    assert {font.split("+")[-1] for font in font_of_text(data, name)} == {"DejaVuSans-Bold"}


def test_arabic_name_is_joined_without_losing_other_text():
    """xhtml2pdf reshapes Arabic to presentation forms and orders it right to left."""
    name = "محمد عبد الله (Mohammed Abdullah)"
    text = text_of(render_pdf(certificate_document(holder_name=name)))

    normalised = unicodedata.normalize("NFKC", text)
    for word in ["محمد", "عبد", "الله", "Mohammed", "Abdullah"]:
        assert word in normalised
    assert "\ufee3\ufea4\ufee4\ufeaa" in text  # محمد as joined initial, medial and final forms
    assert "CM-2026-000042" in text
    assert "Kommune: Köln" in text


def test_html_in_names_is_printed_literally():
    data = render_pdf(
        certificate_document(
            holder_name="<b>Eva</b> & <i>Adam</i>",
            municipality="<b>Köln</b><script>alert(1)</script>",
        )
    )
    text = text_of(data)

    assert "<b>Eva</b> & <i>Adam</i>" in text
    assert "Kommune: <b>Köln</b><script>alert(1)</script>" in text
    # Regular weight throughout: the tags were not interpreted.
    assert {font.split("+")[-1] for font in font_of_text(data, "<b>Köln</b>")} == {"DejaVuSans"}


def test_120_character_names_wrap_without_losing_characters():
    spaced = (
        "Maria-Magdalena Friederike Alexandra Konstanze von und zu "
        "Müller-Lüdenscheidt-Hohenzollern-Wittelsbach-Schwarzenberg Öztürk"
    )[:120]
    unbroken = "Ä" * 60 + "ß" * 60
    for name in (spaced, unbroken):
        assert len(name) == 120
        reader = open_pdf(render_pdf(certificate_document(holder_name=name)))
        text = reader.pages[0].extract_text()

        assert squeezed(name) in squeezed(text)
        name_lines = text[text.index("ausgestellt für") : text.index("Kommune")].strip()
        assert name_lines.count("\n") >= 2  # wrapped onto several lines of the page


def test_long_module_lists_continue_on_a_second_page():
    modules = tuple(
        ModuleLine(f"Modul {number}: Vertiefung", "01.02.2026", Decimal("8"))
        for number in range(1, 41)
    )
    data = render_pdf(certificate_document(modules=modules, total_ue=Decimal("320")))
    reader = open_pdf(data)

    assert len(reader.pages) == 2
    text = text_of(data)
    assert all(f"Modul {number}: Vertiefung" in text for number in range(1, 41))
    assert "Zertifikat Nr. CM-2026-000042 · Seite 2" in reader.pages[1].extract_text()


def test_qr_code_decodes_to_the_verification_url():
    reader = open_pdf(render_pdf(certificate_document()))

    decoded = [
        barcode.text
        for image in reader.pages[0].images
        for barcode in zxingcpp.read_barcodes(image.image)
    ]
    assert decoded == [VERIFICATION_URL]


def test_qr_code_is_segnos_symbol_for_the_url():
    qr = segno.make(VERIFICATION_URL, error="m", micro=False)

    assert pdf.qr_data_uri(VERIFICATION_URL) == qr.png_data_uri(scale=8, border=4)
    assert qr.designator.endswith("-M")


def test_custom_logo_replaces_the_bundled_one():
    png = (pdf.BUNDLE_DIR / "logo.png").read_bytes()
    reader = open_pdf(render_pdf(certificate_document(logo=png)))

    assert len(reader.pages[0].images) == 2  # logo and QR code
    with pytest.raises(pdf.RenderError, match="PNG or JPEG"):
        render_pdf(certificate_document(logo=b"<svg xmlns='http://www.w3.org/2000/svg'/>"))


def test_rendering_opens_no_network_connection(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("rendering tried to reach the network")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)

    assert render_pdf(certificate_document()).startswith(b"%PDF")
    html = (
        '<html><head><link rel="stylesheet" href="https://cdn.example.org/x.css"></head>'
        '<body><img src="http://169.254.169.254/latest/meta-data/"></body></html>'
    )
    with pytest.raises(pdf.ResourceRefused):
        pdf.html_to_pdf(html)


@pytest.mark.parametrize(
    "uri",
    [
        "http://example.org/logo.png",
        "https://example.org/DejaVuSans.ttf",
        "//example.org/logo.png",
        "file:///etc/passwd",
        "/etc/passwd",
        "certificates/../../academy/settings/base.py",
        "certificates/fonts/Missing.ttf",
        "fonts/DejaVuSans.ttf",
    ],
)
def test_link_callback_refuses_everything_outside_the_bundle(uri):
    with pytest.raises(pdf.ResourceRefused):
        pdf.link_callback(uri)


def test_link_callback_resolves_bundled_files_and_keeps_data_uris():
    resolved = pdf.link_callback("certificates/fonts/DejaVuSans.ttf")

    assert resolved == str(pdf.BUNDLE_DIR / "fonts" / "DejaVuSans.ttf")
    assert pdf.link_callback("data:image/png;base64,AAAA") is None


def test_resource_policy_forbids_remote_and_outside_reads_on_its_own():
    with pytest.raises(ResourceAccessError):
        pdf.RESOURCE_POLICY.check_url("https://example.org/font.ttf")
    with pytest.raises(ResourceAccessError):
        pdf.RESOURCE_POLICY.check_path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.RESOURCE_POLICY.check_path(pdf.BUNDLE_DIR / "fonts" / "DejaVuSans.ttf")


def test_a_template_without_the_bundled_font_fails_loudly():
    with pytest.raises(pdf.RenderError, match="not embedded"):
        pdf.html_to_pdf("<html><body><p>Helvetica ohne Umlaute</p></body></html>")


@pytest.mark.parametrize(
    ("value", "language", "printed"),
    [
        (Decimal("24"), "de", "24"),
        (Decimal("24.00"), "de", "24"),
        (Decimal("2.5"), "de", "2,5"),
        (Decimal("2.5"), "en", "2.5"),
        (Decimal("210"), "en", "210"),
    ],
)
def test_ue_are_printed_without_trailing_zeros(value, language, printed):
    assert pdf.format_ue(value, language) == printed

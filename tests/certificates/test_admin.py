"""The certificate administration under "Zertifikate": who reaches it and what it does."""

from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from academy import roles
from certificates.enums import CertificateStatus
from certificates.models import Certificate, CertificateEvent, CertificateType
from tests.certificates.test_issuing import attended_cohort
from tests.conftest import make_user
from tests.courses import builders

pytestmark = pytest.mark.django_db


# Builders -----------------------------------------------------------------------------------


def make_certificate(certificate_type, holder, number, *, pdf=False):
    certificate = Certificate.objects.create(
        certificate_type=certificate_type,
        holder=holder,
        # A year of its own, so that numbers allocated by `issuing` do not collide.
        number=f"{certificate_type.number_prefix}-1999-{number:06d}",
        holder_name=f"Erika Muster {number}",
        municipality_name="Köln",
        type_name=certificate_type.name,
        modules=[{"title": "Basiskurs", "dates": "01.03.2026 – 05.03.2026", "ue": "40"}],
        total_ue=Decimal("40"),
        issued_on=timezone.localdate(),
        issuer_name="Fallwerk Akademie",
        signatory=certificate_type.signatory,
        template_version="1",
        language="de",
    )
    CertificateEvent.objects.create(certificate=certificate, action=CertificateEvent.Action.ISSUED)
    if pdf:
        certificate.pdf.save(f"{certificate.number}.pdf", ContentFile(b"%PDF-1.7 signiert"))
        certificate.sha256 = "0" * 64
        certificate.save()
    return certificate


# Fixtures -----------------------------------------------------------------------------------


@pytest.fixture
def administrator(db):
    return make_user("verwaltung@example.org", role=roles.CERTIFICATE_ADMINISTRATORS, totp=True)


@pytest.fixture
def attendance_type(db):
    return CertificateType.objects.get(number_prefix="TB")


@pytest.fixture
def issued_certificate(attendance_type, participant):
    return make_certificate(attendance_type, participant, 1, pdf=True)


@pytest.fixture
def basiskurs(db):
    return builders.module(builders.catalogue())


@pytest.fixture
def trainer(db):
    return make_user("trainerin@example.org", role=roles.TRAINERS, totp=True)


def someone_without_certificate_rights(role, koeln):
    if role == "trainer":
        return make_user("t@example.org", role=roles.TRAINERS, totp=True)
    if role == "reviewer":
        return make_user("r@example.org", role=roles.ANONYMISATION_REVIEWERS, totp=True)
    if role == "coordinator":
        return make_user("k@example.org", role=roles.COORDINATORS, municipality=koeln, totp=True)
    return make_user("p@example.org", role=roles.PARTICIPANTS, municipality=koeln)


OBJECT_URLS = [
    "certificates_admin:inspect",
    "certificates_admin:pdf",
    "certificates_admin:revoke",
    "certificates_admin:reissue",
]
LIST_URLS = ["certificates_admin:index", "certificates_eligibility:index"]


def assert_refused(response, url_name):
    if response.status_code == 302:
        assert "/zertifikate/" not in urlsplit(response["Location"]).path, url_name
    else:
        assert response.status_code in (403, 404), url_name


# Permissions --------------------------------------------------------------------------------


def test_only_the_certificate_administration_holds_certificate_permissions():
    granted = set(
        Group.objects.get(name=roles.CERTIFICATE_ADMINISTRATORS)
        .permissions.filter(content_type__app_label="certificates")
        .values_list("codename", flat=True)
    )
    assert granted == {
        "add_certificatetype",
        "change_certificatetype",
        "view_certificatetype",
        "add_certificate",
        "change_certificate",
        "view_certificate",
        "view_certificateevent",
    }
    others = Permission.objects.filter(
        content_type__app_label="certificates",
        group__name__in=set(roles.ALL) - {roles.CERTIFICATE_ADMINISTRATORS},
    )
    assert not others.exists()


@pytest.mark.parametrize("role", ["trainer", "reviewer", "coordinator", "participant"])
def test_everyone_else_is_refused_every_screen(client, role, koeln, issued_certificate):
    client.force_login(someone_without_certificate_rights(role, koeln))
    data = {"reason": "Versehen", "name": "Neu", "certificate_type": issued_certificate.pk}
    for url_name in OBJECT_URLS:
        url = reverse(url_name, args=[issued_certificate.pk])
        assert_refused(client.get(url), url_name)
        assert_refused(client.post(url, data), url_name)
    for url_name in LIST_URLS:
        assert_refused(client.get(reverse(url_name)), url_name)
        assert_refused(client.post(reverse(url_name), data), url_name)
    type_url = reverse("certificate_types:edit", args=[issued_certificate.certificate_type_id])
    assert_refused(client.get(type_url), "certificate_types:edit")
    assert_refused(client.post(type_url, {"name": "Geändert"}), "certificate_types:edit")
    issued_certificate.refresh_from_db()
    assert issued_certificate.status == CertificateStatus.VALID
    assert Certificate.objects.count() == 1
    assert CertificateType.objects.filter(name="Geändert").count() == 0


def test_the_menu_group_is_shown_only_to_the_administration(client, administrator, trainer):
    client.force_login(administrator)
    assert "Ausgestellte Zertifikate" in client.get(reverse("wagtailadmin_home")).text
    client.force_login(trainer)
    assert "Ausgestellte Zertifikate" not in client.get(reverse("wagtailadmin_home")).text


# List, detail and download ------------------------------------------------------------------


def test_administrator_lists_filters_and_searches(client, administrator, attendance_type, koeln):
    holder = make_user("holder@example.org", municipality=koeln)
    valid = make_certificate(attendance_type, holder, 1)
    revoked = make_certificate(attendance_type, None, 2)
    revoked.status = CertificateStatus.REVOKED
    revoked.save()
    client.force_login(administrator)
    url = reverse("certificates_admin:index")
    page = client.get(url).text
    assert valid.number in page
    assert revoked.number in page
    page = client.get(url, {"status": "revoked"}).text
    assert revoked.number in page
    assert valid.number not in page
    page = client.get(url, {"municipality": koeln.pk}).text
    assert valid.number in page
    assert revoked.number not in page
    page = client.get(url, {"q": "000002"}).text
    assert revoked.number in page
    assert valid.number not in page
    page = client.get(url, {"certificate_type": attendance_type.pk}).text
    assert valid.number in page


def test_the_list_takes_the_same_queries_for_3_and_15(client, administrator, attendance_type):
    client.force_login(administrator)
    url = reverse("certificates_admin:index")

    def queries(count, start):
        for number in range(start, start + count):
            make_certificate(attendance_type, None, number)
        client.get(url)  # warm caches such as the site settings
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context.captured_queries)

    assert queries(3, 1) == queries(12, 4)


def test_detail_shows_snapshot_and_log_and_no_edit_form(client, administrator, issued_certificate):
    client.force_login(administrator)
    response = client.get(reverse("certificates_admin:inspect", args=[issued_certificate.pk]))
    assert response.status_code == 200
    page = response.text
    assert issued_certificate.holder_name in page
    assert "Basiskurs" in page
    assert "ausgestellt" in page
    assert reverse("certificates_admin:pdf", args=[issued_certificate.pk]) in page
    assert reverse("certificates_admin:revoke", args=[issued_certificate.pk]) in page
    edit = f"/admin/zertifikate/ausgestellt/edit/{issued_certificate.pk}/"
    assert client.get(edit).status_code == 404
    assert client.post(edit, {"holder_name": "Fälschung"}).status_code == 404


def test_administrator_downloads_the_pdf(client, administrator, issued_certificate):
    client.force_login(administrator)
    response = client.get(reverse("certificates_admin:pdf", args=[issued_certificate.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert f"{issued_certificate.number}.pdf" in response["Content-Disposition"]
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_a_missing_pdf_is_404(client, administrator, attendance_type):
    certificate = make_certificate(attendance_type, None, 7)
    client.force_login(administrator)
    assert client.get(reverse("certificates_admin:pdf", args=[certificate.pk])).status_code == 404


# Revocation and re-issue --------------------------------------------------------------------


def test_revocation_needs_a_reason(client, administrator, issued_certificate):
    client.force_login(administrator)
    url = reverse("certificates_admin:revoke", args=[issued_certificate.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"reason": "  "})
    assert response.status_code == 200
    assert "Bitte geben Sie einen Grund an." in response.text
    issued_certificate.refresh_from_db()
    assert issued_certificate.status == CertificateStatus.VALID


def test_administrator_revokes(client, administrator, issued_certificate):
    client.force_login(administrator)
    url = reverse("certificates_admin:revoke", args=[issued_certificate.pk])
    response = client.post(url, {"reason": "Teilnahme irrtümlich erfasst."})
    assert response.status_code == 302
    issued_certificate.refresh_from_db()
    assert issued_certificate.status == CertificateStatus.REVOKED
    assert issued_certificate.revocation_reason == "Teilnahme irrtümlich erfasst."
    event = issued_certificate.events.get(action=CertificateEvent.Action.REVOKED)
    assert event.user == administrator
    # A second revocation is refused with a message, not an error page.
    response = client.post(url, {"reason": "Noch einmal"}, follow=True)
    assert "Nur gültige Zertifikate können widerrufen werden." in response.text


def test_administrator_reissues_with_a_new_name(client, administrator, issued_certificate):
    client.force_login(administrator)
    url = reverse("certificates_admin:reissue", args=[issued_certificate.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"reason": "", "name": "Erika Neu"})
    assert "Bitte geben Sie einen Grund an." in response.text
    response = client.post(url, {"reason": "Namensänderung", "name": "Erika Neu"})
    issued_certificate.refresh_from_db()
    new = issued_certificate.superseded_by
    assert response.status_code == 302
    assert response["Location"] == reverse("certificates_admin:inspect", args=[new.pk])
    assert issued_certificate.status == CertificateStatus.SUPERSEDED
    assert new.holder_name == "Erika Neu"
    assert new.is_valid


# Eligibility --------------------------------------------------------------------------------


def test_eligibility_lists_and_issues_the_selection(
    client, administrator, attendance_type, basiskurs, trainer, koeln
):  # fmt: skip
    ready = make_user("bereit@example.org", role=roles.PARTICIPANTS, municipality=koeln)
    absent = make_user("abwesend@example.org", role=roles.PARTICIPANTS, municipality=koeln)
    ready_enrolment = attended_cohort(ready, basiskurs, trainer)
    absent_enrolment = attended_cohort(absent, basiskurs, trainer, present=2, absent=3)
    client.force_login(administrator)
    url = reverse("certificates_eligibility:index")
    assert client.get(url).status_code == 200
    filters = {"certificate_type": attendance_type.pk, "municipality": koeln.pk}
    page = client.get(url, filters).text
    assert f'value="{ready.pk}-{ready_enrolment.pk}"' in page
    assert f'value="{absent.pk}-{absent_enrolment.pk}"' not in page
    assert "Anwesenheit 40 % von mindestens 80 %" in page

    selection = [f"{ready.pk}-{ready_enrolment.pk}", f"{absent.pk}-{absent_enrolment.pk}"]
    response = client.post(url, {**filters, "selected": selection})
    assert response.status_code == 302
    certificate = Certificate.objects.get()
    assert certificate.holder == ready
    assert certificate.issued_by == administrator
    assert certificate.modules[0]["title"] == "Basiskurs"
    # Already issued: the row links to the certificate instead of offering a checkbox.
    page = client.get(url, filters).text
    assert certificate.number in page
    assert f'value="{ready.pk}-{ready_enrolment.pk}"' not in page


def test_the_selection_is_limited_to_the_filter(
    client, administrator, attendance_type, basiskurs, trainer, koeln, moers
):  # fmt: skip
    elsewhere = make_user("moers@example.org", role=roles.PARTICIPANTS, municipality=moers)
    enrolment = attended_cohort(elsewhere, basiskurs, trainer)
    client.force_login(administrator)
    client.post(
        reverse("certificates_eligibility:index"),
        {
            "certificate_type": attendance_type.pk,
            "municipality": koeln.pk,
            "selected": [f"{elsewhere.pk}-{enrolment.pk}"],
        },
    )
    assert not Certificate.objects.exists()


def test_qualification_eligibility_is_per_person(
    client, administrator, basiskurs, trainer, koeln
):  # fmt: skip
    person = make_user("qualifikation@example.org", role=roles.PARTICIPANTS, municipality=koeln)
    attended_cohort(person, basiskurs, trainer)
    client.force_login(administrator)
    dgcc = CertificateType.objects.get(number_prefix="CM")
    page = client.get(reverse("certificates_eligibility:index"), {"certificate_type": dgcc.pk})
    assert page.status_code == 200
    assert "qualifikation@example.org" in page.text
    assert "Bestandenes Kolloquium" in page.text
    assert f'id="select-{person.pk}"' not in page.text

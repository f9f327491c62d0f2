"""The automatic Teilnahmebescheinigung: the trainer closes a cohort ("Durchgang abschließen"),
everyone with the required attendance is completed, and the certificate is issued, rendered and
announced by e-mail after commit — once."""

import io

import pypdf
import pytest
from django.core import mail
from django.urls import reverse

from academy import roles
from certificates.enums import CertificateStatus
from certificates.models import Certificate
from courses.enums import AttendanceStatus, EnrolmentStatus
from courses.models import Enrolment
from tests.conftest import make_user
from tests.courses import builders as course_builders

from . import builders

pytestmark = pytest.mark.django_db

SESSIONS = 5


@pytest.fixture(autouse=True)
def _signing_key():
    builders.demo_signing_key()


@pytest.fixture
def cohort(trainer_with_totp):
    module = course_builders.module(course_builders.catalogue(), title="Basiskurs Case Management")
    cohort = course_builders.cohort(module, starts_in_days=-70, trainers=[trainer_with_totp])
    for day in range(SESSIONS):
        course_builders.session(cohort, days=day)
    return cohort


def enrolled(cohort, user, trainer, present):
    """An enrolment with ``present`` of the cohort's sessions attended, the others absent."""
    enrolment = course_builders.enrolment(user, cohort)
    for number, session in enumerate(cohort.sessions.order_by("date")):
        status = AttendanceStatus.PRESENT if number < present else AttendanceStatus.ABSENT
        course_builders.attended(enrolment, session, trainer, status=status)
    return enrolment


@pytest.fixture
def attending(cohort, participant, trainer_with_totp):
    """4 of 5 sessions: 80 %, exactly the Teilnahmebescheinigung's threshold."""
    return enrolled(cohort, participant, trainer_with_totp, present=4)


@pytest.fixture
def absent_often(cohort, moers, trainer_with_totp):
    user = make_user("teilnehmer@example.org", role=roles.PARTICIPANTS, municipality=moers)
    return enrolled(cohort, user, trainer_with_totp, present=3)


def complete_url(cohort):
    return reverse("courses_cohorts:complete", args=[cohort.pk])


def close(client, cohort, django_capture_on_commit_callbacks):
    """POST "Durchgang abschließen" and run what is queued after commit, as a worker would."""
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(complete_url(cohort))
    assert response.status_code == 302
    assert response["Location"] == complete_url(cohort)
    return response


def test_the_screen_shows_who_will_be_completed_and_why_not(
    client, cohort, attending, absent_often, trainer_with_totp, django_assert_max_num_queries
):
    client.force_login(trainer_with_totp)
    client.get(complete_url(cohort))  # the first request stores roles and user version

    with django_assert_max_num_queries(30):
        response = client.get(complete_url(cohort))

    assert response.status_code == 200
    rows = {row["enrolment"].pk: row for row in response.context["rows"]}
    assert response.context["threshold"] == 80
    assert rows[attending.pk]["rate"] == 80
    assert rows[attending.pk]["meets"]
    assert rows[absent_often.pk]["rate"] == 60
    assert not rows[absent_often.pk]["meets"]
    html = response.content.decode()
    assert "Anwesenheit 60 % von mindestens 80 %" in html
    assert "erfüllt – wird abgeschlossen" in html
    assert "1 Person abschließen" in html
    assert html.count("<h1") == 1


def test_closing_the_cohort_issues_the_certificate_and_sends_the_mail(
    client, cohort, attending, absent_often, participant, trainer_with_totp,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    client.force_login(trainer_with_totp)

    close(client, cohort, django_capture_on_commit_callbacks)

    attending.refresh_from_db()
    absent_often.refresh_from_db()
    assert attending.status == EnrolmentStatus.COMPLETED
    assert attending.completed_at is not None
    assert absent_often.status == EnrolmentStatus.ENROLLED
    certificate = Certificate.objects.get()
    assert certificate.holder == participant
    assert certificate.type_name == "Teilnahmebescheinigung"
    assert certificate.status == CertificateStatus.VALID
    assert certificate.modules[0]["title"] == "Basiskurs Case Management"
    assert certificate.sha256  # rendered and signed
    assert certificate.pdf
    assert [message.to for message in mail.outbox] == [[participant.email]]
    assert certificate.number in mail.outbox[0].subject
    assert certificate.verification_code in mail.outbox[0].body
    page = client.get(complete_url(cohort)).content.decode()
    assert "1 Anmeldung ist abgeschlossen." in page


def test_closing_again_issues_no_second_certificate(
    client, cohort, attending, trainer_with_totp, django_capture_on_commit_callbacks
):
    client.force_login(trainer_with_totp)
    close(client, cohort, django_capture_on_commit_callbacks)

    close(client, cohort, django_capture_on_commit_callbacks)
    # Completed again by another way (e.g. saved once more): still one certificate.
    attending.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        attending.save()

    assert Certificate.objects.count() == 1
    assert len(mail.outbox) == 1
    assert "Es wurde niemand abgeschlossen" in client.get(complete_url(cohort)).content.decode()


def test_the_threshold_of_the_certificate_type_decides(
    client, cohort, attending, absent_often, trainer_with_totp, django_capture_on_commit_callbacks
):
    attendance = builders.attendance_type()
    attendance.attendance_threshold = 60
    attendance.save()
    client.force_login(trainer_with_totp)

    close(client, cohort, django_capture_on_commit_callbacks)

    assert Enrolment.objects.filter(status=EnrolmentStatus.COMPLETED).count() == 2
    assert Certificate.objects.count() == 2
    assert len(mail.outbox) == 2


def test_an_enrolment_below_the_threshold_gets_nothing(
    cohort, absent_often, django_capture_on_commit_callbacks
):
    """Completed some other way without the attendance: the award rule still refuses."""
    absent_often.status = EnrolmentStatus.COMPLETED
    with django_capture_on_commit_callbacks(execute=True):
        absent_often.save()

    assert not Certificate.objects.exists()
    assert mail.outbox == []


def test_a_trainer_of_another_cohort_is_refused(
    client, cohort, attending, django_capture_on_commit_callbacks
):
    stranger = make_user("andere.trainerin@example.org", role=roles.TRAINERS, totp=True)
    client.force_login(stranger)

    assert client.get(complete_url(cohort)).status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(complete_url(cohort)).status_code == 404

    attending.refresh_from_db()
    assert attending.status == EnrolmentStatus.ENROLLED
    assert not Certificate.objects.exists()


@pytest.mark.parametrize("role", [roles.PARTICIPANTS, roles.COORDINATORS])
def test_participants_and_coordinators_are_refused(
    client, cohort, attending, role, koeln, django_capture_on_commit_callbacks
):
    user = make_user("jemand@example.org", role=role, municipality=koeln, totp=True)
    client.force_login(user)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(complete_url(cohort))

    assert response.status_code in (302, 403, 404)
    if response.status_code == 302:
        assert complete_url(cohort) not in response["Location"].split("?")[0]
    attending.refresh_from_db()
    assert attending.status == EnrolmentStatus.ENROLLED
    assert not Certificate.objects.exists()


def test_anonymous_visitors_go_to_the_login(client, cohort, attending):
    response = client.post(complete_url(cohort))

    assert response.status_code == 302
    attending.refresh_from_db()
    assert attending.status == EnrolmentStatus.ENROLLED


def test_the_cohort_list_and_form_link_to_the_completion(client, cohort, trainer_with_totp):
    client.force_login(trainer_with_totp)

    index = client.get(reverse("courses_cohorts:index")).content.decode()
    edit = client.get(reverse("courses_cohorts:edit", args=[cohort.pk])).content.decode()

    assert complete_url(cohort) in index
    assert complete_url(cohort) in edit


# --- the institute's logo on the PDF -------------------------------------------------------

LOGO_SIZE = (300, 120)
LOGO_COLOUR = (200, 30, 60)


def site_logo(image_format="PNG", name="logo.png"):
    """A real image as the site settings' logo: 300 by 120 px, one colour."""
    from django.core.files.images import ImageFile
    from PIL import Image as PillowImage
    from wagtail.images.models import Image
    from wagtail.models import Site

    from academy.models import SiteSettings

    buffer = io.BytesIO()
    PillowImage.new("RGB", LOGO_SIZE, LOGO_COLOUR).save(buffer, image_format)
    image = Image.objects.create(title="Logo des Instituts", file=ImageFile(buffer, name=name))
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.logo = image
    settings.save()
    return image


def pdf_images(certificate):
    with certificate.pdf.open("rb") as handle:
        reader = pypdf.PdfReader(io.BytesIO(handle.read()))
    return [
        (image.image.size, image.image.convert("RGB").getpixel((5, 5)))
        for image in reader.pages[0].images
    ]


@pytest.mark.parametrize(("image_format", "name"), [("PNG", "logo.png"), ("GIF", "logo.gif")])
def test_the_certificate_shows_the_institutes_logo(
    client, cohort, attending, trainer_with_totp, django_capture_on_commit_callbacks,
    image_format, name,
):  # fmt: skip
    site_logo(image_format, name)
    client.force_login(trainer_with_totp)

    close(client, cohort, django_capture_on_commit_callbacks)

    images = pdf_images(Certificate.objects.get())
    assert (LOGO_SIZE, LOGO_COLOUR) in images
    assert all(size != (160, 160) for size, _colour in images)  # not the bundled logo


def test_without_a_site_logo_the_bundled_logo_is_used(participant):
    certificate = builders.with_pdf(builders.certificate(participant))

    sizes = [size for size, _colour in pdf_images(certificate)]

    assert (160, 160) in sizes
    assert LOGO_SIZE not in sizes

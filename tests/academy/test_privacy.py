"""Privacy (DSGVO): data export, deletion requests and their processing, retention."""

import datetime
import io
import json
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.sessions.models import Session
from django.core import mail
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from academy import privacy, roles
from academy.enums import ConsentKind, DeletionRequestStatus
from academy.models import ConsentRecord, DeletionRequest, Profile, User
from certificates.models import Certificate
from courses.enums import AssessmentResult
from courses.models import (
    Assessment,
    Attendance,
    Enrolment,
    LessonCompletion,
    QuizAttempt,
    ReflectionAnswer,
    Submission,
    SupervisionAmendment,
    SupervisionRecord,
    private_storage,
)
from tests.certificates import builders as certificate_builders
from tests.conftest import PASSWORD, make_user
from tests.courses import builders

pytestmark = pytest.mark.django_db

EXPORT_URL = "/konto/daten/"
DELETE_URL = "/konto/loeschen/"
REFLECTION = "Ich kläre zuerst den Auftrag und wer ihn erteilt."
SUPERVISION_NOTES = "Schwierige Abstimmung mit der Ausländerbehörde besprochen."
SUBMISSION_TEXT = "<p>Die Klientin meldet sich beim Jobcenter.</p>"
ASSESSMENT_NOTES = "Sicher in der Hilfeplanung."


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()


@pytest.fixture
def administrator(db):
    return make_user("verwaltung@example.org", role=roles.CERTIFICATE_ADMINISTRATORS, totp=True)


def build_learning_record(user, trainer, *, title="Basiskurs"):
    """Every kind of course data for ``user``: one of each."""
    module = builders.module(builders.catalogue(), title=title)
    lesson = builders.lesson(module, title=f"Klärung ({title})")
    reflection_id = next(c.id for c in lesson.body if c.block_type == "reflection")
    quiz_id = next(c.id for c in lesson.body if c.block_type == "quiz")
    cohort = builders.cohort(module, starts_in_days=-30)
    enrolment = builders.enrolment(user, cohort)
    builders.attended(enrolment, builders.session(cohort), trainer)
    LessonCompletion.objects.create(user=user, lesson=lesson)
    QuizAttempt.objects.create(
        user=user, lesson=lesson, block_id=quiz_id, answers={"0": 0}, score=100, passed=True
    )
    ReflectionAnswer.objects.create(
        user=user, lesson=lesson, block_id=reflection_id, text=REFLECTION
    )
    record = SupervisionRecord.objects.create(
        enrolment=enrolment,
        date=timezone.localdate(),
        ue=Decimal(3),
        topic="Fallsupervision",
        notes=SUPERVISION_NOTES,
        supervisor=trainer,
    )
    record.sign_off()
    SupervisionAmendment.objects.create(
        record=record, ue=Decimal(2), reason="Eine Stunde fiel aus.", created_by=trainer
    )
    submission = Submission.objects.create(
        enrolment=enrolment,
        title="Falldokumentation: junge Geflüchtete",
        phases={"klaerung": SUBMISSION_TEXT},
        feedback="Gut strukturiert.",
    )
    submission.attachment.save("fall.pdf", ContentFile(b"%PDF-1.4 Falldokumentation"))
    Assessment.objects.create(
        enrolment=enrolment,
        held_on=timezone.localdate(),
        result=AssessmentResult.PASSED,
        notes=ASSESSMENT_NOTES,
        assessed_by=trainer,
        is_final=True,
    )
    return enrolment


@pytest.fixture
def trainer(db):
    return make_user("trainerin@example.org", role=roles.TRAINERS, totp=True)


@pytest.fixture
def full_participant(participant, trainer):
    """A participant with one of every kind of data, and a certificate."""
    build_learning_record(participant, trainer)
    ConsentRecord.objects.create(user=participant, kind=ConsentKind.PRIVACY, version="2026-11")
    Authenticator.objects.create(
        user=participant, type=Authenticator.Type.RECOVERY_CODES, data={"seed": "geheim-123"}
    )
    certificate_builders.certificate(participant, holder_name="Dr. Erika Muster")
    return participant


@pytest.fixture
def other_participant(moers, trainer):
    other = make_user("teilnehmer@example.org", role=roles.PARTICIPANTS, municipality=moers)
    build_learning_record(other, trainer, title="Aufbaukurs")
    certificate_builders.certificate(other, holder_name="Jonas Becker")
    return other


def download(client):
    response = client.post(EXPORT_URL)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith("attachment;")
    return json.loads(response.content)


# Export -------------------------------------------------------------------------------------


def test_export_page_explains_and_offers_the_download(client, participant):
    client.force_login(participant)

    response = client.get(EXPORT_URL)

    assert response.status_code == 200
    assert "Meine Daten als JSON-Datei herunterladen" in response.text


def test_export_needs_a_login(client):
    assert client.get(EXPORT_URL).status_code == 302
    assert client.post(EXPORT_URL).status_code == 302


def test_export_holds_every_kind_of_data_and_nothing_of_others(
    client, full_participant, other_participant
):
    client.force_login(full_participant)
    data = download(client)

    assert data["konto"]["e_mail"] == "teilnehmerin@example.org"
    assert data["e_mail_adressen"] == [
        {"adresse": "teilnehmerin@example.org", "bestaetigt": True, "primaer": True}
    ]
    assert data["profil"]["kommune"] == "Köln"
    assert data["profil"]["name_auf_zertifikaten"] == "Erika Muster"
    assert [c["fassung"] for c in data["einwilligungen"]] == ["2026-11"]
    [enrolment] = data["anmeldungen"]
    assert enrolment["modul"] == "Basiskurs"
    assert [c["lektion"] for c in data["abgeschlossene_lektionen"]] == ["Klärung (Basiskurs)"]
    assert data["quizversuche"][0]["ergebnis_prozent"] == 100
    [reflection] = data["reflexionen"]
    assert reflection["antwort"] == REFLECTION
    assert reflection["frage"] == "Wie klären Sie den Auftrag?"
    assert data["anwesenheit"][0]["status"] == "present"
    [record] = data["supervision"]
    assert record["notizen"] == SUPERVISION_NOTES
    assert record["korrekturen"][0]["reason"] == "Eine Stunde fiel aus."
    [submission] = data["falldokumentationen"]
    assert submission["abschnitte"] == {"klaerung": SUBMISSION_TEXT}
    assert submission["dateien"][0].endswith(".pdf")
    assert data["kolloquien"][0]["notizen"] == ASSESSMENT_NOTES
    [certificate] = data["zertifikate"]
    assert certificate["name_wie_zertifiziert"] == "Dr. Erika Muster"
    code = Certificate.objects.get(holder=full_participant).verification_code
    assert certificate["pruefseite"].endswith(f"/zertifikate/pruefen/{code}/")
    assert data["loeschantraege"] == []
    assert [a["verfahren"] for a in data["zwei_faktor_authentifizierung"]] == [
        "Wiederherstellungscodes"
    ]

    text = json.dumps(data)
    assert "geheim-123" not in text  # no MFA secrets
    for foreign in ("teilnehmer@example.org", "Moers", "Aufbaukurs", "Jonas Becker"):
        assert foreign not in text


def test_export_takes_the_same_queries_for_little_and_much_data(
    client, full_participant, trainer, django_assert_max_num_queries
):
    client.force_login(full_participant)
    with django_assert_max_num_queries(30) as few:
        download(client)
    build_learning_record(full_participant, trainer, title="Aufbaukurs")
    build_learning_record(full_participant, trainer, title="Supervision")
    with django_assert_max_num_queries(30) as many:
        data = download(client)
    assert len(data["anmeldungen"]) == 3
    assert len(many.captured_queries) == len(few.captured_queries)


# Requesting deletion ------------------------------------------------------------------------


def test_deletion_needs_a_login(client):
    assert client.get(DELETE_URL).status_code == 302


def test_wrong_password_is_refused_and_nothing_is_recorded(client, participant):
    client.force_login(participant)

    response = client.post(DELETE_URL, {"password": "falsch-falsch", "reason": "Stellenwechsel"})

    assert response.status_code == 200
    assert "Das Passwort ist nicht richtig." in response.text
    assert "Stellenwechsel" in response.text  # what the person typed stays
    assert not DeletionRequest.objects.exists()


def test_missing_password_is_refused(client, participant):
    client.force_login(participant)

    response = client.post(DELETE_URL, {"password": ""})

    assert "Bitte bestätigen Sie den Antrag mit Ihrem Passwort." in response.text
    assert not DeletionRequest.objects.exists()


def test_request_is_recorded_once_and_administrators_hear_of_it(
    client, participant, administrator, django_capture_on_commit_callbacks
):
    client.force_login(participant)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(DELETE_URL, {"password": PASSWORD, "reason": "Stellenwechsel"})

    assert response.status_code == 302
    request = DeletionRequest.objects.get()
    assert request.user == participant
    assert request.status == DeletionRequestStatus.PENDING
    assert request.reason == "Stellenwechsel"
    [message] = mail.outbox
    assert "verwaltung@example.org" in message.to
    assert request.reference in message.subject
    assert reverse("deletion_requests:process", args=[request.pk]) in message.body
    assert "teilnehmerin@example.org" not in message.body

    page = client.get(DELETE_URL)
    assert request.reference in page.text
    assert "offen" in page.text
    assert 'name="password"' not in page.text

    client.post(DELETE_URL, {"password": PASSWORD})
    assert DeletionRequest.objects.count() == 1


def test_a_second_pending_request_is_refused(participant):
    privacy.request_deletion(participant)
    with pytest.raises(privacy.DeletionError, match="bereits einen offenen Löschantrag"):
        privacy.request_deletion(participant)
    assert DeletionRequest.objects.count() == 1


def test_password_guessing_is_rate_limited(client, participant):
    client.force_login(participant)
    for _attempt in range(5):
        client.post(DELETE_URL, {"password": "falsch-falsch"})

    response = client.post(DELETE_URL, {"password": PASSWORD})

    assert response.status_code == 429
    assert "Zu viele Versuche" in response.text
    assert not DeletionRequest.objects.exists()


# Processing ---------------------------------------------------------------------------------


def process_url(deletion_request):
    return reverse("deletion_requests:process", args=[deletion_request.pk])


@pytest.mark.parametrize("role", [roles.TRAINERS, roles.ANONYMISATION_REVIEWERS, None])
def test_others_cannot_see_or_process_requests(client, participant, role):
    deletion_request = privacy.request_deletion(participant)
    someone = make_user("jemand@example.org", role=role, totp=role is not None)
    client.force_login(someone)

    for url in (reverse("deletion_requests:index"), process_url(deletion_request)):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert "loeschantraege" not in urlsplit(response["Location"]).path, url
    response = client.post(process_url(deletion_request), {"decision": "complete"})

    assert response.status_code in (302, 403)
    deletion_request.refresh_from_db()
    assert deletion_request.status == DeletionRequestStatus.PENDING
    assert User.objects.get(pk=participant.pk).is_active


def test_administrator_lists_pending_requests(client, participant, administrator):
    deletion_request = privacy.request_deletion(participant)
    client.force_login(administrator)

    response = client.get(reverse("deletion_requests:index"))

    assert response.status_code == 200
    assert deletion_request.reference in response.text
    assert process_url(deletion_request) in response.text
    detail = client.get(process_url(deletion_request))
    assert detail.status_code == 200
    assert "Löschung durchführen" in detail.text
    assert "teilnehmerin@example.org" in detail.text


def test_superuser_sees_the_requests_too(client, participant):
    deletion_request = privacy.request_deletion(participant)
    client.force_login(make_user("admin@example.org", superuser=True, totp=True))

    assert client.get(process_url(deletion_request)).status_code == 200


def test_rejection_needs_a_note_and_changes_nothing(client, participant, administrator):
    deletion_request = privacy.request_deletion(participant)
    client.force_login(administrator)

    response = client.post(process_url(deletion_request), {"decision": "reject", "note": " "})

    assert response.status_code == 400
    assert "Bitte begründen Sie die Ablehnung im Vermerk." in response.text
    deletion_request.refresh_from_db()
    assert deletion_request.status == DeletionRequestStatus.PENDING


def test_rejection_tells_the_person(
    client, participant, administrator, django_capture_on_commit_callbacks
):
    deletion_request = privacy.request_deletion(participant)
    client.force_login(administrator)
    note = "Ihr Kolloquium steht noch aus; bitte melden Sie sich danach erneut."

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(process_url(deletion_request), {"decision": "reject", "note": note})

    assert response.status_code == 302
    deletion_request.refresh_from_db()
    assert deletion_request.status == DeletionRequestStatus.REJECTED
    assert deletion_request.processed_by == administrator
    [message] = mail.outbox
    assert message.to == ["teilnehmerin@example.org"]
    assert note in message.body
    assert User.objects.get(pk=participant.pk).is_active


def test_completion_removes_everything_personal_and_the_certificate_still_verifies(
    client, full_participant, other_participant, administrator, django_capture_on_commit_callbacks
):
    participant = full_participant
    certificate = Certificate.objects.get(holder=participant)
    submission = Submission.objects.get(enrolment__user=participant)
    stored_file = submission.attachment.name
    assert private_storage().exists(stored_file)
    participant_session = Client()
    participant_session.force_login(participant)
    deletion_request = privacy.request_deletion(participant, "Ich wechsle die Stelle.")
    client.force_login(administrator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            process_url(deletion_request), {"decision": "complete", "note": "erledigt"}
        )

    assert response.status_code == 302
    # The person got a last e-mail, at the address that is now gone.
    [message] = mail.outbox
    assert message.to == ["teilnehmerin@example.org"]
    assert deletion_request.reference in message.subject

    user = User.objects.get(pk=participant.pk)
    assert user.username.startswith(privacy.PSEUDONYM_PREFIX)
    assert (user.email, user.first_name, user.last_name) == ("", "", "")
    assert not user.is_active
    assert not user.has_usable_password()
    assert not user.groups.exists()
    assert not EmailAddress.objects.filter(user=user).exists()
    assert not Authenticator.objects.filter(user=user).exists()
    assert not ConsentRecord.objects.filter(user=user).exists()
    assert not ReflectionAnswer.objects.filter(user=user).exists()
    profile = Profile.objects.get(user=user)
    assert (profile.municipality, profile.job_title) == (None, "")
    assert profile.certificate_name == "Gelöschtes Konto"
    assert not QuizAttempt.objects.filter(user=user).exclude(answers={}).exists()
    submission.refresh_from_db()
    assert (submission.phases, submission.feedback, submission.attachment.name) == ({}, "", "")
    assert not private_storage().exists(stored_file)
    record = SupervisionRecord.objects.get(enrolment__user=user)
    assert record.notes == ""
    assert record.is_locked
    assert SupervisionAmendment.objects.get(record=record).reason == privacy.REMOVED_TEXT
    assert Assessment.objects.get(enrolment__user=user).notes == ""
    # Kept for the statistics, without the person.
    assert Enrolment.objects.filter(user=user).count() == 1
    assert Attendance.objects.filter(enrolment__user=user).count() == 1
    assert LessonCompletion.objects.filter(user=user).count() == 1
    # The session of the account is gone.
    assert participant_session.get(EXPORT_URL).status_code == 302
    assert not [
        s for s in Session.objects.all() if s.get_decoded().get("_auth_user_id") == str(user.pk)
    ]
    # The request stays as a record with its reference, without the reason.
    deletion_request.refresh_from_db()
    assert deletion_request.status == DeletionRequestStatus.COMPLETED
    assert deletion_request.reason == ""
    assert deletion_request.processed_by == administrator

    # The register keeps what verification needs, and the verification page still works.
    certificate.refresh_from_db()
    assert certificate.holder is None
    assert certificate.holder_name == "Dr. Erika Muster"
    page = Client().get(f"/zertifikate/pruefen/{certificate.verification_code}/")
    assert page.status_code == 200
    assert "Dr. Erika Muster" in page.text
    assert certificate.number in page.text

    # The other participant keeps everything.
    assert User.objects.get(pk=other_participant.pk).email == "teilnehmer@example.org"
    assert ReflectionAnswer.objects.filter(user=other_participant).count() == 1
    assert Certificate.objects.get(holder=other_participant).holder_name == "Jonas Becker"


def test_a_processed_request_cannot_be_processed_again(client, participant, administrator):
    deletion_request = privacy.request_deletion(participant)
    privacy.complete_deletion(deletion_request, by=administrator)
    client.force_login(administrator)

    response = client.post(process_url(deletion_request), {"decision": "reject", "note": "x"})

    assert response.status_code == 302
    deletion_request.refresh_from_db()
    assert deletion_request.status == DeletionRequestStatus.COMPLETED
    with pytest.raises(privacy.DeletionError):
        privacy.reject_deletion(deletion_request, by=administrator, note="zu spät")


def test_nobody_processes_their_own_request(participant):
    superuser = make_user("admin@example.org", superuser=True, totp=True)
    deletion_request = privacy.request_deletion(superuser)

    with pytest.raises(privacy.DeletionError, match="eigenen Löschantrag"):
        privacy.complete_deletion(deletion_request, by=superuser)

    assert User.objects.get(pk=superuser.pk).is_active


# Retention ----------------------------------------------------------------------------------


def age(user, *, last_login_days=None, joined_days):
    now = timezone.now()
    user.date_joined = now - datetime.timedelta(days=joined_days)
    user.last_login = (
        None if last_login_days is None else now - datetime.timedelta(days=last_login_days)
    )
    user.save(update_fields=["date_joined", "last_login"])
    return user


def test_retention_pseudonymises_accounts_unused_beyond_the_period(settings, koeln):
    settings.ACCOUNT_RETENTION_DAYS = 100
    expired = age(make_user("alt@example.org", municipality=koeln), last_login_days=101,
                  joined_days=500)  # fmt: skip
    boundary = age(make_user("grenze@example.org", municipality=koeln), last_login_days=99,
                   joined_days=500)  # fmt: skip
    never_logged_in = age(make_user("nie@example.org", municipality=koeln), joined_days=101)
    new = age(make_user("neu@example.org", municipality=koeln), joined_days=99)
    staff = age(make_user("trainer@example.org", role=roles.TRAINERS, totp=True),
                last_login_days=400, joined_days=500)  # fmt: skip
    superuser = age(make_user("admin@example.org", superuser=True, totp=True),
                    last_login_days=400, joined_days=500)  # fmt: skip
    pending = privacy.request_deletion(expired)

    out = io.StringIO()
    call_command("apply_retention", "--dry-run", stdout=out)
    assert "2 Konten" in out.getvalue()
    assert User.objects.get(pk=expired.pk).email == "alt@example.org"  # dry run changes nothing

    out = io.StringIO()
    call_command("apply_retention", stdout=out)

    assert "2 Konten" in out.getvalue()
    for user in (expired, never_logged_in):
        user.refresh_from_db()
        assert privacy.is_pseudonymised(user)
        assert not user.is_active
        assert user.email == ""
    for user in (boundary, new, staff, superuser):
        user.refresh_from_db()
        assert user.is_active
        assert not privacy.is_pseudonymised(user)
    pending.refresh_from_db()
    assert pending.status == DeletionRequestStatus.COMPLETED

    # A second run finds nothing left to do.
    out = io.StringIO()
    call_command("apply_retention", stdout=out)
    assert out.getvalue().startswith("0 Konten")


def test_retention_period_comes_from_the_settings(settings):
    settings.ACCOUNT_RETENTION_DAYS = 10
    now = timezone.now()
    assert privacy.retention_cutoff(now) == now - datetime.timedelta(days=10)


# Profile ------------------------------------------------------------------------------------


def test_profile_links_to_export_and_deletion(client, participant):
    client.force_login(participant)

    response = client.get("/konto/profil/")

    assert f'href="{EXPORT_URL}"' in response.text
    assert f'href="{DELETE_URL}"' in response.text
    assert "Meine Daten herunterladen" in response.text
    assert "Konto löschen" in response.text

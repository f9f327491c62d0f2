"""Bulk issuing: a batch, its background task, its page, its ZIP, and recovery after a crash."""

import datetime
import hashlib
import io
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from academy import roles
from certificates import batches
from certificates.enums import CertificateStatus
from certificates.models import Certificate, CertificateType, IssuingBatch, IssuingBatchItem
from courses.enums import EnrolmentStatus
from tests.certificates import builders
from tests.conftest import make_user
from tests.courses import builders as course_builders

pytestmark = pytest.mark.django_db

REPO = Path(__file__).resolve().parents[2]
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
BATCH_URLS = [
    "certificate_batches:detail",
    "certificate_batches:progress",
    "certificate_batches:zip",
]


# Builders -----------------------------------------------------------------------------------


def cohort_group(module, trainer, municipality, size, *, prefix="person", absent=()):
    """One completed cohort of ``size`` people; those in ``absent`` missed its only day."""
    cohort = course_builders.cohort(module, starts_in_days=-30, capacity=max(size, 20))
    day = course_builders.session(cohort)
    enrolments = []
    for number in range(size):
        user = make_user(
            f"{prefix}{number}@example.org", role=roles.PARTICIPANTS, municipality=municipality
        )
        enrolment = course_builders.enrolment(user, cohort, EnrolmentStatus.COMPLETED)
        status = "absent" if number in absent else "present"
        course_builders.attended(enrolment, day, trainer, status=status)
        enrolments.append(enrolment)
    return cohort, enrolments


def numbers(certificates):
    return sorted(int(c.number.rsplit("-", 1)[1]) for c in certificates)


def assert_complete_and_gapless(batch, size):
    """The batch is done: one certificate per person, gapless numbers, every PDF intact."""
    batch.refresh_from_db()
    assert batch.status == IssuingBatch.Status.DONE
    certificates = list(Certificate.objects.all())
    assert len(certificates) == size
    assert len({c.holder_id for c in certificates}) == size
    assert numbers(certificates) == list(range(1, size + 1))
    for certificate in certificates:
        assert certificate.sha256, certificate.number
        with certificate.pdf.open("rb") as pdf:
            assert hashlib.sha256(pdf.read()).hexdigest() == certificate.sha256
    assert not batch.items.exclude(status=IssuingBatchItem.Status.ISSUED).exists()
    assert batch.progress()["percent"] == 100


# Fixtures -----------------------------------------------------------------------------------


@pytest.fixture
def administrator(db):
    return make_user("verwaltung@example.org", role=roles.CERTIFICATE_ADMINISTRATORS, totp=True)


@pytest.fixture
def trainer(db):
    return make_user("trainerin@example.org", role=roles.TRAINERS, totp=True)


@pytest.fixture
def attendance_type(db):
    builders.demo_signing_key()
    return CertificateType.objects.get(number_prefix="TB")


@pytest.fixture
def basiskurs(db):
    return course_builders.module(course_builders.catalogue())


@pytest.fixture
def group(basiskurs, trainer, koeln):
    """Five people of one cohort; the last one missed the session."""
    return cohort_group(basiskurs, trainer, koeln, 5, absent={4})


def selection_of(enrolments):
    return [f"{e.user_id}-{e.pk}" for e in enrolments]


def post_batch(client, certificate_type, cohort, *, selected=(), everyone=False):
    data = {"certificate_type": certificate_type.pk, "cohort": cohort.pk}
    data["batch_all" if everyone else "batch"] = "1"
    return client.post(
        reverse("certificates_eligibility:index"), {**data, "selected": list(selected)}
    )


# Starting a batch ---------------------------------------------------------------------------


def test_administrator_issues_a_selection_in_the_background(
    client, administrator, attendance_type, group, django_capture_on_commit_callbacks
):
    cohort, enrolments = group
    client.force_login(administrator)
    with django_capture_on_commit_callbacks(execute=True):
        response = post_batch(client, attendance_type, cohort, selected=selection_of(enrolments))
    batch = IssuingBatch.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("certificate_batches:detail", args=[batch.pk])
    assert batch.total == 5
    assert batch.created_by == administrator
    assert batch.status == IssuingBatch.Status.DONE
    issued = batch.items.filter(status=IssuingBatchItem.Status.ISSUED)
    assert issued.count() == 4
    assert numbers(Certificate.objects.all()) == [1, 2, 3, 4]
    assert all(c.sha256 and c.issued_by == administrator for c in Certificate.objects.all())
    refused = batch.items.get(status=IssuingBatchItem.Status.REFUSED)
    assert refused.holder == enrolments[4].user
    assert refused.message == (
        "Die Voraussetzungen sind nicht erfüllt: Anwesenheit 0 % von mindestens 80 %"
    )
    # The audit log stays with the certificates.
    assert all(c.events.filter(action="issued").count() == 1 for c in Certificate.objects.all())

    page = client.get(response["Location"]).text
    assert '<progress id="batch-progress" max="100" value="100"' in page
    assert "100 % erledigt: 4 von 5 ausgestellt, 4 PDFs erzeugt, 1 abgelehnt." in page
    assert "Status: abgeschlossen." in page
    assert "Anwesenheit 0 % von mindestens 80 %" in page
    assert reverse("certificate_batches:zip", args=[batch.pk]) in page


def test_everyone_eligible_under_the_filter_becomes_one_batch(
    client, administrator, attendance_type, group, basiskurs, trainer, moers
):
    cohort, enrolments = group
    cohort_group(basiskurs, trainer, moers, 2, prefix="anderer-durchgang")
    builders.certificate(enrolments[0].user)  # already holds one: not offered again
    client.force_login(administrator)
    post_batch(client, attendance_type, cohort, everyone=True)
    batch = IssuingBatch.objects.get()
    assert batch.status == IssuingBatch.Status.QUEUED  # the task runs after commit
    assert sorted(batch.items.values_list("enrolment", flat=True)) == sorted(
        e.pk for e in enrolments[1:4]
    )


def test_an_empty_selection_starts_nothing(client, administrator, attendance_type, group):
    cohort, _enrolments = group
    client.force_login(administrator)
    response = post_batch(client, attendance_type, cohort, selected=["x-1", "999999-1"])
    assert response.status_code == 302
    assert not IssuingBatch.objects.exists()
    page = client.get(response["Location"]).text
    assert "Bitte wählen Sie mindestens eine Person aus." in page


def test_a_person_who_holds_a_valid_certificate_keeps_it(
    administrator, attendance_type, group, django_capture_on_commit_callbacks
):
    _cohort, enrolments = group
    from certificates import issuing

    existing = issuing.issue(
        attendance_type, enrolments[0].user, enrolment=enrolments[0], by=administrator
    )
    pairs = [(e.user, e) for e in enrolments[:2]] * 2  # twice: the duplicate is dropped
    with django_capture_on_commit_callbacks(execute=True):
        batch = batches.start(attendance_type, pairs, by=administrator)
    assert batch.total == 2
    item = batch.items.get(holder=enrolments[0].user)
    assert item.certificate == existing
    assert item.message == "Die Person hatte bereits ein gültiges Zertifikat dieses Typs."
    assert Certificate.objects.count() == 2
    assert numbers(Certificate.objects.all()) == [1, 2]


# Progress, list and ZIP ---------------------------------------------------------------------


def test_progress_endpoint_and_list_while_the_batch_waits(
    client, administrator, attendance_type, group, django_assert_max_num_queries
):
    _cohort, enrolments = group
    batch = batches.start(attendance_type, [(e.user, e) for e in enrolments], by=administrator)
    client.force_login(administrator)
    url = reverse("certificate_batches:progress", args=[batch.pk])
    client.get(url)  # warm caches (site settings, permissions)
    with django_assert_max_num_queries(12):
        state = client.get(url).json()
    assert state == {
        "issued": 0,
        "refused": 0,
        "with_pdf": 0,
        "total": 5,
        "percent": 0,
        "status": "queued",
        "finished": False,
        "text": "0 % erledigt: 0 von 5 ausgestellt, 0 PDFs erzeugt, 0 abgelehnt. "
        "Status: wartet auf den Hintergrunddienst.",
    }
    page = client.get(reverse("certificate_batches:detail", args=[batch.pk])).text
    assert 'value="0"' in page
    assert "batch-progress.js" in page
    assert "Stand aktualisieren" in page  # without JavaScript: reload
    assert reverse("certificate_batches:zip", args=[batch.pk]) not in page
    # The ZIP exists only for a finished batch.
    assert client.get(reverse("certificate_batches:zip", args=[batch.pk])).status_code == 404

    index = reverse("certificate_batches:index")
    client.get(index)
    with CaptureQueriesContext(connection) as one_batch:
        client.get(index)
    for _ in range(3):
        batches.start(attendance_type, [(enrolments[0].user, enrolments[0])], by=administrator)
    with CaptureQueriesContext(connection) as four_batches:
        page = client.get(index).text
    assert len(four_batches.captured_queries) == len(one_batch.captured_queries)
    assert f"Stapel {batch.pk}" in page
    assert page.count("wartet auf den Hintergrunddienst") == 4


def test_the_zip_holds_every_pdf_named_by_number(
    client, administrator, attendance_type, group, django_capture_on_commit_callbacks
):
    _cohort, enrolments = group
    with django_capture_on_commit_callbacks(execute=True):
        batch = batches.start(
            attendance_type, [(e.user, e) for e in enrolments[:4]], by=administrator
        )
    client.force_login(administrator)
    response = client.get(reverse("certificate_batches:zip", args=[batch.pk]))
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "application/zip"
    assert f'filename="Zertifikate-Stapel-{batch.pk}.zip"' in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert archive.testzip() is None
    certificates = Certificate.objects.order_by("number")
    assert archive.namelist() == [f"{c.number}.pdf" for c in certificates]
    for certificate in certificates:
        content = archive.read(f"{certificate.number}.pdf")
        assert hashlib.sha256(content).hexdigest() == certificate.sha256


# Failure and recovery -----------------------------------------------------------------------


def test_a_batch_stopped_by_an_error_says_why_and_can_be_continued(
    client, administrator, attendance_type, group, django_capture_on_commit_callbacks
):
    _cohort, enrolments = group
    key = Path(django_settings.CERTIFICATE_SIGNING_KEY)
    saved = key.read_bytes()
    key.unlink()  # no signing key: rendering the PDFs fails
    try:
        # The immediate backend of the tests records the task's error as the worker does.
        with django_capture_on_commit_callbacks(execute=True):
            batch = batches.start(
                attendance_type, [(e.user, e) for e in enrolments[:3]], by=administrator
            )
    finally:
        key.write_bytes(saved)
    batch = IssuingBatch.objects.get()
    assert batch.status == IssuingBatch.Status.FAILED
    assert batch.error.startswith("Die Ausstellung wurde abgebrochen:")
    client.force_login(administrator)
    url = reverse("certificate_batches:detail", args=[batch.pk])
    assert batch.error in client.get(url).text.replace("&quot;", '"').replace("&#x27;", "'")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302
    assert_complete_and_gapless(batch, 3)
    # Only a failed batch is continued.
    client.post(url)
    assert "Nur abgebrochene Stapel können fortgesetzt werden." in client.get(url).text


def test_a_silent_batch_is_resumed_and_finishes_without_duplicates_or_gaps(
    client, administrator, attendance_type, group, settings, django_capture_on_commit_callbacks
):
    """What a killed worker leaves behind: RUNNING, some items issued, some PDFs missing."""
    _cohort, enrolments = group
    pairs = [(e.user, e) for e in enrolments[:4]]
    batch = batches.start(attendance_type, pairs, by=administrator)  # not run: no commit
    assert batches.take_lease(batch.pk, "toter-lauf")
    for item_id in batch.items.values_list("pk", flat=True)[:2]:
        batches.issue_item(batch, item_id)  # issued, PDF never rendered
    IssuingBatch.objects.filter(pk=batch.pk).update(
        heartbeat_at=timezone.now() - datetime.timedelta(seconds=61)
    )
    # A heartbeat younger than the limit is left alone; a second run cannot take the lease.
    settings.CERTIFICATE_BATCH_STALE_AFTER = 120
    assert batches.resume_stale() == 0
    assert batches.run(batch.pk) == "skipped"

    settings.CERTIFICATE_BATCH_STALE_AFTER = 60
    client.force_login(administrator)
    with django_capture_on_commit_callbacks(execute=True):
        # Opening the page resumes it, as does `manage.py resume_certificate_batches`.
        client.get(reverse("certificate_batches:detail", args=[batch.pk]))
    assert_complete_and_gapless(batch, 4)
    batch.refresh_from_db()
    assert batch.attempts == 2
    # The old runner has lost its lease.
    with pytest.raises(batches.LeaseLost):
        batches.beat(batch.pk, "toter-lauf")


def test_the_command_resumes_stale_batches(
    administrator, attendance_type, group, settings, django_capture_on_commit_callbacks
):
    _cohort, enrolments = group
    settings.CERTIFICATE_BATCH_STALE_AFTER = 0
    batch = batches.start(attendance_type, [(enrolments[0].user, enrolments[0])], by=administrator)
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("resume_certificate_batches", stdout=out)
    assert out.getvalue().strip() == "1 Ausstellungsstapel erneut eingereiht."
    assert_complete_and_gapless(batch, 1)


# Permissions --------------------------------------------------------------------------------


def someone_without_batch_rights(role, koeln):
    if role == "trainer":
        return make_user("t@example.org", role=roles.TRAINERS, totp=True)
    if role == "reviewer":
        return make_user("r@example.org", role=roles.ANONYMISATION_REVIEWERS, totp=True)
    if role == "coordinator":
        return make_user("k@example.org", role=roles.COORDINATORS, municipality=koeln, totp=True)
    return make_user("p@example.org", role=roles.PARTICIPANTS, municipality=koeln)


def assert_refused(response, what):
    if response.status_code == 302:
        assert "/zertifikate/" not in urlsplit(response["Location"]).path, what
    else:
        assert response.status_code in (403, 404), what


@pytest.mark.parametrize("role", ["trainer", "reviewer", "coordinator", "participant", "anonym"])
def test_everyone_else_is_refused_every_batch_url(
    client, role, koeln, administrator, attendance_type, group, django_capture_on_commit_callbacks
):
    cohort, enrolments = group
    with django_capture_on_commit_callbacks(execute=True):
        batch = batches.start(attendance_type, [(enrolments[0].user, enrolments[0])], by=None)
    IssuingBatch.objects.filter(pk=batch.pk).update(status=IssuingBatch.Status.FAILED)
    if role != "anonym":
        client.force_login(someone_without_batch_rights(role, koeln))
    for name in BATCH_URLS:
        url = reverse(name, args=[batch.pk])
        assert_refused(client.get(url), name)
        assert_refused(client.post(url), name)
    assert_refused(client.get(reverse("certificate_batches:index")), "index")
    response = post_batch(client, attendance_type, cohort, selected=selection_of(enrolments))
    assert_refused(response, "eligibility")
    assert IssuingBatch.objects.count() == 1
    assert IssuingBatch.objects.get().status == IssuingBatch.Status.FAILED
    assert Certificate.objects.count() == 1
    if role == "anonym":
        response = client.get(reverse("certificate_batches:zip", args=[batch.pk]))
        assert urlsplit(response["Location"]).path == "/konto/login/"


def test_the_menu_item_is_shown_only_to_the_administration(client, administrator, trainer):
    client.force_login(administrator)
    assert "Ausstellungsstapel" in client.get(reverse("wagtailadmin_home")).text
    client.force_login(trainer)
    assert "Ausstellungsstapel" not in client.get(reverse("wagtailadmin_home")).text


# A real worker, killed and started again (PostgreSQL) ---------------------------------------

WORKER_SETTINGS = """
from academy.settings.test import *  # noqa: F403

TASKS = {{"default": {{"BACKEND": "django_tasks_db.DatabaseBackend"}}}}
PRIVATE_MEDIA_ROOT = Path({private!r})
STORAGES["private"]["OPTIONS"]["location"] = PRIVATE_MEDIA_ROOT
MEDIA_ROOT = Path({media!r})
CERTIFICATE_SIGNING_DIR = Path({signing!r})
CERTIFICATE_SIGNING_KEY = {key!r}
CERTIFICATE_SIGNING_CERT = {cert!r}
CERTIFICATE_SIGNING_CHAIN = {chain!r}
"""


def worker_environment(tmp_path):
    """Settings for a `manage.py db_worker` subprocess on this test's database and folders."""
    (tmp_path / "batch_worker_settings.py").write_text(
        WORKER_SETTINGS.format(
            private=str(django_settings.STORAGES["private"]["OPTIONS"]["location"]),
            media=str(django_settings.MEDIA_ROOT),
            signing=str(django_settings.CERTIFICATE_SIGNING_DIR),
            key=django_settings.CERTIFICATE_SIGNING_KEY,
            cert=django_settings.CERTIFICATE_SIGNING_CERT,
            chain=list(django_settings.CERTIFICATE_SIGNING_CHAIN),
        )
    )
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "batch_worker_settings",
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(REPO)]),
        "DATABASE_URL": (
            f"postgresql://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:"
            f"{db['PORT'] or 5432}/{db['NAME']}"
        ),
    }


WORKER = [sys.executable, "manage.py", "db_worker", "--no-startup-delay", "--no-reload"]


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="a worker subprocess needs a database it can share: run with DATABASE_URL=postgresql…",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_killing_the_worker_mid_batch_and_starting_it_again_finishes_the_batch(
    tmp_path, settings, basiskurs, trainer, koeln, administrator, attendance_type
):
    size = 45
    _cohort, enrolments = cohort_group(basiskurs, trainer, koeln, size)
    settings.TASKS = DATABASE_QUEUE
    batch = batches.start(attendance_type, [(e.user, e) for e in enrolments], by=administrator)
    env = worker_environment(tmp_path)

    worker = subprocess.Popen(
        [*WORKER, "--interval", "0.1"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        issued = batch.items.filter(status=IssuingBatchItem.Status.ISSUED)
        while issued.count() < size // 3:
            assert worker.poll() is None, worker.stderr.read().decode()
            assert time.monotonic() < deadline, "the worker made no progress"
            time.sleep(0.05)
    finally:
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(10)

    batch.refresh_from_db()
    assert batch.status == IssuingBatch.Status.RUNNING
    progress = batch.progress()
    assert progress["with_pdf"] < size
    # django-tasks-db never runs the killed task again: it stays RUNNING.
    assert DBTaskResult.objects.filter(
        task_path="certificates.tasks.issue_batch", status="RUNNING"
    ).exists()

    # The deployment runs this before it starts the worker again.
    settings.CERTIFICATE_BATCH_STALE_AFTER = 0
    call_command("resume_certificate_batches", verbosity=0)
    restarted = subprocess.run(
        [*WORKER, "--batch"], cwd=REPO, env=env, capture_output=True, timeout=300, check=False
    )
    assert restarted.returncode == 0, restarted.stderr.decode()

    assert_complete_and_gapless(batch, size)
    batch.refresh_from_db()
    assert batch.attempts == 2
    assert set(Certificate.objects.values_list("status", flat=True)) == {CertificateStatus.VALID}

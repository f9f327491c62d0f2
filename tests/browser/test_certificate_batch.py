"""Bulk issuing through a real browser, processed by a real django-tasks-db worker.

The administrator logs in with TOTP, queues everyone eligible in a cohort as a batch, leaves
the batch page and finds it again in the list of batches; then django-tasks-db's worker starts
(in a thread: the live server's in-memory SQLite cannot be reached from another process; see
WorkerThread) and the page script's polling moves the progress bar to 100 %. The ZIP of the
batch holds every PDF. axe-core checks every admin page on the way.
"""

import contextlib
import hashlib
import re
import threading
import time
import zipfile

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.db import connections
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from playwright.sync_api import expect

from academy import roles
from certificates.models import Certificate, IssuingBatch

from ..certificates import builders
from ..certificates.test_batch import DATABASE_QUEUE, cohort_group
from ..conftest import TOTP_SECRET, make_user
from ..courses import builders as course_builders
from .harness import AXE_FAILING_IMPACTS, field, format_violations, log_in, run_axe
from .test_learning import admin_messages, admin_ready

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

GROUP_SIZE = 6


class WorkerThread:
    """django-tasks-db's worker in a thread of this process, one task at a time.

    On PostgreSQL the thread has its own connection and runs alongside the live server as
    a worker process would. The in-memory SQLite database of the default test settings lives
    in one connection, which the live server's threads already share; one more thread using
    it at the same time would interleave their transactions. There, requests and tasks take
    turns (``lock``): the bar then moves in the steps between tasks.
    """

    def __init__(self, monkeypatch):
        self.shared = connections["default"]
        self.in_memory = self.shared.vendor == "sqlite" and self.shared.is_in_memory_db()
        self.lock = threading.Lock() if self.in_memory else contextlib.nullcontext()
        self.stopping = threading.Event()
        self.errors = []
        self.thread = None
        if self.in_memory:
            handle = WSGIHandler.__call__

            def one_at_a_time(handler, environ, start_response):
                with self.lock:
                    return handle(handler, environ, start_response)

            monkeypatch.setattr(WSGIHandler, "__call__", one_at_a_time)

    def worker(self):
        return Worker(
            queue_names=["default"],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=1,
            worker_id="browser-test",
            excluded_queue_names=[],
        )

    def start(self):
        if self.in_memory:
            self.shared.inc_thread_sharing()

        def run():
            if self.in_memory:
                connections["default"] = self.shared
            try:
                while not self.stopping.is_set():
                    with self.lock:
                        self.worker().run()
                    time.sleep(0.1)
            except BaseException as error:  # reported by stop()
                self.errors.append(error)
            finally:
                if self.in_memory:
                    self.shared.dec_thread_sharing()
                else:
                    connections.close_all()

        self.thread = threading.Thread(target=run, name="db-worker", daemon=True)
        self.thread.start()

    def wait_until_idle(self, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists():
                    return
            time.sleep(0.2)
        raise AssertionError("the queue did not empty")

    def stop(self):
        if self.thread is None:
            return
        self.stopping.set()
        self.thread.join(60)
        assert not self.thread.is_alive(), "the worker did not stop"
        assert self.errors == []


@pytest.fixture
def worker(monkeypatch):
    running = WorkerThread(monkeypatch)
    yield running
    running.stop()


@pytest.fixture
def assert_admin_accessible(axe_source):
    """axe-core on an admin page once Wagtail's scripts are ready (as in test_learning.py)."""

    def check(page):
        admin_ready(page)
        failing = [v for v in run_axe(page, axe_source) if v["impact"] in AXE_FAILING_IMPACTS]
        if failing:
            raise AssertionError(format_violations(page.url, failing))

    return check


@pytest.fixture
def cohort_to_certify(koeln):
    builders.demo_signing_key()
    trainer = make_user("trainerin@example.org", role=roles.TRAINERS, totp=True)
    module = course_builders.module(course_builders.catalogue())
    cohort, _enrolments = cohort_group(module, trainer, koeln, GROUP_SIZE)
    return cohort


def progress(page):
    return page.get_by_label("Anteil der erledigten Personen")


def test_administrator_issues_a_cohort_as_a_batch_and_downloads_the_zip(
    page, settings, assert_admin_accessible, cohort_to_certify, worker, tmp_path
):
    settings.TASKS = DATABASE_QUEUE
    make_user("verwaltung@example.org", role=roles.CERTIFICATE_ADMINISTRATORS, totp=True)
    log_in(
        page,
        "verwaltung@example.org",
        totp_secret=TOTP_SECRET,
        next_url="/admin/zertifikate/berechtigt/",
    )

    # 1. Everyone eligible in the cohort, as one batch.
    expect(page).to_have_url(re.compile(r"/admin/zertifikate/berechtigt/$"), timeout=20_000)
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("Berechtigt"))
    assert_admin_accessible(page)
    field(page, "Zertifikatstyp").select_option(label="Teilnahmebescheinigung")
    field(page, "Durchgang").select_option(value=str(cohort_to_certify.pk))
    page.get_by_role("button", name="Anzeigen").click()
    expect(page.get_by_role("checkbox")).to_have_count(GROUP_SIZE)
    assert_admin_accessible(page)
    page.get_by_role("button", name="Alle Berechtigten dieser Auswahl im Hintergrund").click()

    batch = IssuingBatch.objects.get()
    expect(page).to_have_url(re.compile(rf"/admin/zertifikate/stapel/{batch.pk}/$"))
    expect(admin_messages(page)).to_contain_text(
        f"Der Stapel mit {GROUP_SIZE} Personen wird im Hintergrund ausgestellt."
    )
    expect(progress(page)).to_have_attribute("value", "0")
    status = page.locator("#batch-progress-text")
    expect(status).to_contain_text("Status: wartet auf den Hintergrunddienst.")
    assert_admin_accessible(page)

    # 2. The administrator leaves and comes back through the list of batches.
    page.goto("/admin/zertifikate/stapel/")
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("Ausstellungsstapel"))
    row = page.get_by_role("row").filter(has_text=f"Stapel {batch.pk}")
    expect(row).to_contain_text("wartet auf den Hintergrunddienst")
    assert_admin_accessible(page)
    row.get_by_role("link", name=f"Stapel {batch.pk}").click()

    # 3. The worker starts; the page's script follows the progress up to 100 %.
    expect(progress(page)).to_have_attribute("value", "0")
    worker.start()
    expect(progress(page)).to_have_attribute("value", "100", timeout=120_000)
    expect(status).to_contain_text(
        f"100 % erledigt: {GROUP_SIZE} von {GROUP_SIZE} ausgestellt, {GROUP_SIZE} PDFs "
        "erzeugt, 0 abgelehnt. Status: abgeschlossen."
    )
    assert_admin_accessible(page)

    # 4. The ZIP holds every certificate's PDF, named by its number.
    worker.wait_until_idle()
    worker.stop()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Alle PDFs als ZIP herunterladen").click()
    download = download_info.value
    assert download.suggested_filename == f"Zertifikate-Stapel-{batch.pk}.zip"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)

    certificates = Certificate.objects.order_by("number")
    assert certificates.count() == GROUP_SIZE
    with zipfile.ZipFile(saved) as archive:
        assert archive.namelist() == [f"{c.number}.pdf" for c in certificates]
        for certificate in certificates:
            content = archive.read(f"{certificate.number}.pdf")
            assert hashlib.sha256(content).hexdigest() == certificate.sha256
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}

"""Issuing many certificates at once: a batch, its background task and its recovery.

`start` records the selection and queues `tasks.issue_batch` after commit. The task (`run`)
takes the batch's lease, issues item after item through `issuing.issue` (each in its own
transaction together with the item's new state, so a killed worker leaves no gap and no
half-issued item), then renders the PDFs still missing — from the end of the batch, while
other workers render the ones `issue` queued from the front — and marks the batch done.

A worker killed with SIGKILL leaves its task RUNNING in django-tasks-db forever; nothing
re-runs it. So the batch has its own heartbeat: `resume_stale` queues the task again for a
batch whose heartbeat is older than CERTIFICATE_BATCH_STALE_AFTER seconds. It runs when the
batch page or its progress endpoint is opened and from `manage.py resume_certificate_batches`
(run it before `db_worker` starts, and from cron). A second task for the same batch is
harmless: the lease lets one run work, and each item is claimed with a conditional UPDATE.
"""

import io
import secrets
import zipfile
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from . import issuing
from .models import Certificate, IssuingBatch, IssuingBatchItem

STALE_AFTER = 60  # seconds without a heartbeat before a batch counts as abandoned


class LeaseLost(Exception):
    """Another run of the batch task has taken over."""


def stale_after():
    return getattr(settings, "CERTIFICATE_BATCH_STALE_AFTER", STALE_AFTER)


def start(certificate_type, selection, *, by):
    """A new batch for ``selection`` — (user, enrolment or None) pairs — queued after commit."""
    from .tasks import issue_batch

    pairs = list(dict.fromkeys((user, enrolment) for user, enrolment in selection))
    if not pairs:
        raise issuing.IssuingError(_("Bitte wählen Sie mindestens eine Person aus."))
    with transaction.atomic():
        batch = IssuingBatch.objects.create(
            certificate_type=certificate_type,
            created_by=by,
            total=len(pairs),
            heartbeat_at=timezone.now(),
        )
        IssuingBatchItem.objects.bulk_create(
            IssuingBatchItem(batch=batch, holder=user, enrolment=enrolment)
            for user, enrolment in pairs
        )
        transaction.on_commit(lambda: issue_batch.enqueue(batch.pk))
    return batch


def resume_stale(batches=None):
    """Queue the task again for abandoned batches; returns how many were queued."""
    from .tasks import issue_batch

    batches = IssuingBatch.objects.all() if batches is None else batches
    resumed = []
    for pk in batches.stale(stale_after()).values_list("pk", flat=True):
        # Only one caller wins a stale batch: the heartbeat moves on with the claim.
        claimed = (
            IssuingBatch.objects.stale(stale_after())
            .filter(pk=pk)
            .update(heartbeat_at=timezone.now(), status=IssuingBatch.Status.QUEUED, runner="")
        )
        if claimed:
            resumed.append(pk)
    for pk in resumed:
        transaction.on_commit(lambda pk=pk: issue_batch.enqueue(pk))
    return len(resumed)


def resume_failed(batch):
    """Queue a batch that was stopped by an error once more; False when it was not failed."""
    from .tasks import issue_batch

    restarted = IssuingBatch.objects.filter(pk=batch.pk, status=IssuingBatch.Status.FAILED).update(
        status=IssuingBatch.Status.QUEUED, error="", heartbeat_at=timezone.now(), runner=""
    )
    if restarted:
        transaction.on_commit(lambda: issue_batch.enqueue(batch.pk))
    return bool(restarted)


# The task ---------------------------------------------------------------------------------


def run(batch_id):
    """The body of tasks.issue_batch."""
    runner = secrets.token_hex(16)
    if not take_lease(batch_id, runner):
        return "skipped"
    batch = IssuingBatch.objects.select_related("certificate_type", "created_by").get(pk=batch_id)
    try:
        pending = batch.items.filter(status=IssuingBatchItem.Status.PENDING)
        for item_id in pending.values_list("pk", flat=True):
            issue_item(batch, item_id)
            beat(batch_id, runner)
        render_missing(batch, runner)
    except LeaseLost:
        return "taken over"
    except Exception as error:
        IssuingBatch.objects.filter(pk=batch_id, runner=runner).update(
            status=IssuingBatch.Status.FAILED,
            error=_("Die Ausstellung wurde abgebrochen: %(error)s") % {"error": error},
            finished_at=timezone.now(),
        )
        raise
    IssuingBatch.objects.filter(pk=batch_id, runner=runner).update(
        status=IssuingBatch.Status.DONE, finished_at=timezone.now(), heartbeat_at=timezone.now()
    )
    return "done"


def take_lease(batch_id, runner):
    """Become the batch's only runner: it is queued, or its last runner has gone silent."""
    now = timezone.now()
    silent = now - timedelta(seconds=stale_after())
    lease = IssuingBatch.objects.filter(pk=batch_id).filter(
        Q(status=IssuingBatch.Status.QUEUED)
        | Q(status=IssuingBatch.Status.RUNNING, heartbeat_at__lt=silent)
    )
    return bool(
        lease.update(
            status=IssuingBatch.Status.RUNNING,
            runner=runner,
            heartbeat_at=now,
            started_at=Coalesce(F("started_at"), now),
            attempts=F("attempts") + 1,
        )
    )


def beat(batch_id, runner):
    alive = IssuingBatch.objects.filter(pk=batch_id, runner=runner).update(
        heartbeat_at=timezone.now()
    )
    if not alive:
        raise LeaseLost


def issue_item(batch, item_id):
    """Issue one item; the certificate and the item's new state commit together."""
    now = timezone.now()
    with transaction.atomic():
        # The conditional UPDATE is the claim: it locks the row (PostgreSQL) or the database
        # (SQLite) before anything is read, and matches nothing once another run has done it.
        claimed = IssuingBatchItem.objects.filter(
            pk=item_id, status=IssuingBatchItem.Status.PENDING
        ).update(processed_at=now)
        if not claimed:
            return
        item = IssuingBatchItem.objects.select_related(
            "holder__profile__municipality", "enrolment__cohort__module"
        ).get(pk=item_id)
        if item.holder is None:
            refuse(item, _("Das Konto dieser Person gibt es nicht mehr."))
            return
        try:
            certificate = issuing.issue(
                batch.certificate_type, item.holder, by=batch.created_by, enrolment=item.enrolment
            )
        except issuing.IssuingError as error:
            refuse(item, str(error))
            return
        item.certificate = certificate
        item.status = IssuingBatchItem.Status.ISSUED
        if certificate.created_at < now:
            item.message = _("Die Person hatte bereits ein gültiges Zertifikat dieses Typs.")
        item.save(update_fields=["certificate", "status", "message"])


def refuse(item, message):
    item.status = IssuingBatchItem.Status.REFUSED
    item.message = message
    item.save(update_fields=["status", "message"])


def render_missing(batch, runner):
    """Render the PDFs not rendered yet, last first (the queued render tasks go first first)."""
    from .tasks import render_certificate

    missing = (
        batch.items.filter(status=IssuingBatchItem.Status.ISSUED, certificate__sha256="")
        .order_by("-certificate_id")
        .values_list("certificate_id", flat=True)
    )
    for certificate_id in list(missing):
        render_certificate.call(certificate_id)
        beat(batch.pk, runner)


# The ZIP ----------------------------------------------------------------------------------


class _Chunks(io.RawIOBase):
    """A write-only file that hands what was written to a generator."""

    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, data):
        self.chunks.append(bytes(data))
        return len(data)

    def take(self):
        chunks, self.chunks = self.chunks, []
        return b"".join(chunks)


def certificates_of(batch):
    return (
        Certificate.objects.filter(
            pk__in=batch.items.filter(status=IssuingBatchItem.Status.ISSUED).values("certificate")
        )
        .exclude(pdf="")
        .order_by("number")
    )


def zip_stream(batch):
    """The batch's PDFs as a ZIP, produced file by file (never the whole archive in memory)."""
    sink = _Chunks()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for certificate in certificates_of(batch).iterator(chunk_size=200):
            with certificate.pdf.open("rb") as source:
                archive.writestr(f"{certificate.number}.pdf", source.read())
            yield sink.take()
    yield sink.take()

"""Bulk issuing: does a batch of 1,000 certificates finish in ≤ 120 s with the workers on 2 cores?

    .venv/bin/python bench/certificates_batch.py [--size 1000] [--workers 2] [--runs 3]

Also run by `bench/run.py --certificates-batch` (so `make bench BENCH_ARGS=--certificates-batch`).

Steps: create a throw-away database `fallwerk_bench_<random>` on the PostgreSQL server of
DATABASE_URL (default `postgresql://postgres@127.0.0.1:5432/postgres`; only server and
credentials are used), migrate, build the site and one completed cohort of SIZE people with
full attendance (bulk inserts), and create the demo signing key in a temporary folder. Then
start WORKERS `manage.py db_worker` processes and, per run, a new attendance certificate type
(its own number prefix, so every run issues SIZE new certificates) and a batch of everyone in
the cohort through `certificates.batches.start`, as the "issue all eligible" button does.

A run's time is the batch's `finished_at - created_at` from the database: eligibility check,
gapless number, snapshot and audit entry per person, every PDF rendered and signed with the
demo key and stored, and the e-mail tasks the workers deliver in between (console backend).
The script prints each run, the median and PASS/FAIL against the budget (120 s); exit code 1 on
FAIL. Each run also shows the CPU time the workers used (without PostgreSQL's): on a shared,
busy machine the wall-clock time says more about the others' load than about the batch.
Settings: academy.settings.dev (the demo key is refused in production settings).
Workers, database and temporary folders are removed at the end, also on errors and Ctrl-C.
"""

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path
from urllib.parse import urlsplit

try:
    from bench import run as bench
except ImportError:  # started as a script: bench/ is on sys.path, the repository is not
    import run as bench

SIZE = 1000
BUDGET = 120.0  # seconds
SETTINGS = "academy.settings.dev"

# One completed Basiskurs cohort of SIZE people who attended its only day.
PREPARE_SNIPPET = """
import io
import sys
from decimal import Decimal

import django

django.setup()
from django.contrib.auth.models import Group
from django.core.management import call_command

from academy import roles
from academy.models import Municipality, Profile, User
from courses.enums import AttendanceStatus, EnrolmentStatus
from courses.models import Attendance, Enrolment
from tests.courses import builders

size = int(sys.argv[1])
call_command("create_demo_signing_key", stdout=io.StringIO())
koeln = Municipality.objects.get(slug="koeln")
administrator = User.objects.create_user("verwaltung@example.org", "verwaltung@example.org")
administrator.groups.add(Group.objects.get(name=roles.CERTIFICATE_ADMINISTRATORS))
module = builders.module(builders.catalogue())
cohort = builders.cohort(module, starts_in_days=-30, capacity=size)
day = builders.session(cohort)
users = User.objects.bulk_create(
    User(
        username=f"person{n}@example.org",
        email=f"person{n}@example.org",
        first_name="Erika",
        last_name=f"Müller-Lüdenscheidt {n}",
    )
    for n in range(size)
)
Profile.objects.bulk_create(
    Profile(user=u, municipality=koeln, certificate_name=f"{u.first_name} {u.last_name}")
    for u in users
)
enrolments = Enrolment.objects.bulk_create(
    Enrolment(user=u, cohort=cohort, status=EnrolmentStatus.COMPLETED) for u in users
)
Attendance.objects.bulk_create(
    Attendance(
        session=day,
        enrolment=e,
        status=AttendanceStatus.PRESENT,
        ue_credited=Decimal(8),
        recorded_by=administrator,
    )
    for e in enrolments
)
"""

# A new certificate type (prefix per run) and a batch of the whole cohort; prints its pk.
BATCH_SNIPPET = """
import sys

import django

django.setup()
from academy.models import User
from certificates import batches
from certificates.models import CertificateType
from courses.models import Enrolment

run = int(sys.argv[1])
template = CertificateType.objects.get(number_prefix="TB")
modules = list(template.modules.all())
template.pk, template.id = None, None
template.name = f"Teilnahmebescheinigung (Messlauf {run})"
template.number_prefix = f"B{run}"
template.save()
template.modules.set(modules)
administrator = User.objects.get(email="verwaltung@example.org")
enrolments = Enrolment.objects.select_related("user").order_by("pk")
batch = batches.start(template, [(e.user, e) for e in enrolments], by=administrator)
print(batch.pk)
"""


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=SIZE, help="Personen im Stapel")
    parser.add_argument("--workers", type=int, default=2, help="db_worker-Prozesse")
    parser.add_argument("--runs", type=int, default=3, help="Stapel nacheinander")
    parser.add_argument("--budget", type=float, default=BUDGET, help="Sekunden je Stapel")
    parser.add_argument("--timeout", type=float, default=900, help="Abbruch je Stapel (s)")
    return parser.parse_args(argv)


def server_url():
    return bench.postgres_server("Der Stapel")


def environment(workdir, database_url):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": SETTINGS,
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(workdir / "media"),
        "PRIVATE_MEDIA_ROOT": str(workdir / "private"),
        "CERTIFICATE_SIGNING_DIR": str(workdir / "signing"),
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(bench.REPO),
    }


@contextmanager
def workers(env, count, log_dir):
    """Start `count` db_worker processes; stop them by PID afterwards."""
    procs = []
    try:
        for number in range(count):
            log = open(log_dir / f"worker-{number}.log", "w")  # noqa: SIM115 (closed below)
            cmd = [
                sys.executable,
                "manage.py",
                "db_worker",
                "--no-reload",
                "--no-startup-delay",
                "--interval",
                "0.2",
                "--worker-id",
                f"bench-{number}",
            ]
            proc = subprocess.Popen(
                cmd,
                cwd=bench.REPO,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            procs.append((proc, log))
        yield [proc for proc, _log in procs]
    finally:
        for proc, _log in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc, log in procs:
            try:
                proc.wait(bench.STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            log.close()


def batch_state(database_url, batch_id):
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as connection:
        return connection.execute(
            "SELECT status, EXTRACT(EPOCH FROM finished_at - created_at), error,"
            " (SELECT count(*) FROM certificates_issuingbatchitem i"
            "  JOIN certificates_certificate c ON c.id = i.certificate_id"
            "  WHERE i.batch_id = b.id AND c.sha256 <> '')"
            " FROM certificates_issuingbatch b WHERE id = %s",
            [batch_id],
        ).fetchone()


def cpu_seconds(procs):
    """User + system CPU time the worker processes have used so far (Linux /proc)."""
    total = 0
    for proc in procs:
        fields = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


def one_run(env, run, args, procs, log_dir):
    output = bench.run_checked(
        [sys.executable, "-c", BATCH_SNIPPET, str(run)], env, f"Stapel {run} anlegen"
    )
    batch_id = int(output.strip().splitlines()[-1])
    deadline = time.monotonic() + args.timeout
    while True:
        status, seconds, error, with_pdf = batch_state(env["DATABASE_URL"], batch_id)
        if status == "done":
            break
        if status == "failed":
            raise bench.BenchError(f"Stapel {batch_id} abgebrochen: {error}")
        if any(proc.poll() is not None for proc in procs):
            logs = "\n".join(bench.tail(p.read_text(), 10) for p in log_dir.glob("*.log"))
            raise bench.BenchError(f"Ein Worker ist beendet:\n{logs}")
        if time.monotonic() > deadline:
            raise bench.BenchError(f"Stapel {batch_id} nach {args.timeout:.0f} s nicht fertig.")
        time.sleep(0.5)
    if with_pdf != args.size:
        raise bench.BenchError(f"Stapel {batch_id}: {with_pdf} von {args.size} PDFs.")
    return float(seconds)


def run(args, stack):
    (bench.REPO / ".bench").mkdir(exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="batch-", dir=bench.REPO / ".bench"))
    stack.callback(shutil.rmtree, workdir, ignore_errors=True)
    database_url = stack.enter_context(bench.throwaway_postgres(server_url()))
    env = environment(workdir, database_url)
    print(f"Datenbank {urlsplit(database_url).path[1:]}: Migrationen …", flush=True)
    bench.run_checked(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], env, "migrate"
    )
    print(f"{args.size} Teilnehmende eines Durchgangs …", flush=True)
    cmd = [sys.executable, "-c", PREPARE_SNIPPET, str(args.size)]
    bench.run_checked(cmd, env, "Daten anlegen")
    procs = stack.enter_context(workers(env, args.workers, workdir))
    print(f"{args.workers} db_worker auf {os.cpu_count()} Kernen gestartet.", flush=True)
    times = []
    for number in range(1, args.runs + 1):
        cpu_before = cpu_seconds(procs)
        seconds = one_run(env, number, args, procs, workdir)
        cpu = cpu_seconds(procs) - cpu_before
        times.append(seconds)
        print(
            f"Lauf {number}: {args.size} Zertifikate in {seconds:.1f} s "
            f"({args.size / seconds:.1f} je Sekunde); CPU der Worker {cpu:.1f} s "
            f"({cpu / args.size * 1000:.0f} ms je Zertifikat, ohne PostgreSQL)",
            flush=True,
        )
    return times


def main(argv=None):
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, bench.raise_interrupt)
    try:
        with ExitStack() as stack:
            times = run(args, stack)
    except bench.BenchError as error:
        print(f"\nFehler: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nAbgebrochen.", file=sys.stderr)
        return 130
    median = statistics.median(times)
    verdict = "PASS" if median <= args.budget else "FAIL"
    print(
        f"{verdict}: Median {median:.1f} s für {args.size} Zertifikate "
        f"({args.workers} Worker) bei einem Budget von {args.budget:.0f} s"
    )
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())

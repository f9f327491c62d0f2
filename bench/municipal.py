"""Coordinator overview, monitoring reports and CSV exports with 20,000 participants.

    .venv/bin/python bench/municipal.py [--participants 20000] [--runs 5] [--strict]

Also run by `bench/run.py --municipal` (and by default whenever DATABASE_URL points to
PostgreSQL; `--no-municipal` skips it).

Steps: create a throw-away database `fallwerk_bench_<random>` on the PostgreSQL server of
DATABASE_URL (default `postgresql://postgres@127.0.0.1:5432/postgres`; only server and
credentials are used), migrate, load the demo data, add the population of bench/population.py
(83 municipalities, 20,000 participants, ≈ 400,000 progress records, certificates), run VACUUM
ANALYZE, collect the static files and start gunicorn (2 workers, production settings, as
bench/run.py does).

Then every URL in URLS is requested one after the other, RUNS times after one warm-up request,
logged in as the demo coordinator of Köln (the largest municipality) or the demo certificate
administrator (both have TOTP set up, so the staff two-factor rule lets them in). The time is
measured until the last byte of the body, so a streamed CSV export counts in full. The table
shows status, size, median and maximum per URL and PASS/FAIL against the targets: ≤ 1 s per
page, ≤ 5 s per CSV export (median). A URL that answers 404 is reported as missing (the
coordinator area may not exist yet) and fails only with `--strict`.

The database is dropped and gunicorn stopped by PID at the end, also on errors and Ctrl-C.
Exit code 1 on errors; with `--strict` also when a URL misses its target or is missing.
"""

import argparse
import shutil
import signal
import statistics
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

try:
    from bench import run as bench
except ImportError:  # started as a script: bench/ is on sys.path, the repository is not
    import run as bench

PARTICIPANTS = 20_000
RUNS = 5
PAGE_TARGET = 1.0  # seconds, median
EXPORT_TARGET = 5.0  # seconds, median
COORDINATOR = "koordination.koeln@example.org"
ADMINISTRATOR = "verwaltung@example.org"
MONITORING = "/admin/monitoring"


@dataclass(frozen=True)
class Url:
    name: str
    path: str
    user: str
    export: bool = False

    @property
    def target(self):
        return EXPORT_TARGET if self.export else PAGE_TARGET


URLS = [
    Url("Kommune: Übersicht", "/kommune/", COORDINATOR),
    Url("Kommune: Teilnehmende", "/kommune/teilnehmende/", COORDINATOR),
    Url("Kommune: Export CSV", "/kommune/teilnehmende/export.csv", COORDINATOR, export=True),
    Url("Monitoring: nach Kommune", f"{MONITORING}/teilnahme-kommunen/", ADMINISTRATOR),
    Url(
        "Monitoring: nach Kommune, aggregiert",
        f"{MONITORING}/teilnahme-kommunen/?modus=aggregiert",
        ADMINISTRATOR,
    ),
    Url("Monitoring: nach Einrichtung", f"{MONITORING}/teilnahme-einrichtungen/", ADMINISTRATOR),
    Url("Monitoring: nach Monat", f"{MONITORING}/teilnahme-monate/", ADMINISTRATOR),
    Url("Monitoring: Anwesenheit", f"{MONITORING}/anwesenheit/", ADMINISTRATOR),
    Url("Monitoring: UE in Präsenz", f"{MONITORING}/praesenz-ue/", ADMINISTRATOR),
    Url("Monitoring: Zertifikatsregister", f"{MONITORING}/zertifikatsregister/", ADMINISTRATOR),
    Url(
        "Export: nach Kommune CSV",
        f"{MONITORING}/teilnahme-kommunen/?export=csv",
        ADMINISTRATOR,
        export=True,
    ),
    Url(
        "Export: Anwesenheit CSV",
        f"{MONITORING}/anwesenheit/?export=csv",
        ADMINISTRATOR,
        export=True,
    ),
    Url(
        "Export: Zertifikatsregister CSV",
        f"{MONITORING}/zertifikatsregister/?export=csv",
        ADMINISTRATOR,
        export=True,
    ),
    Url(
        "Export: Zertifikatsregister XLSX",
        f"{MONITORING}/zertifikatsregister/?export=xlsx",
        ADMINISTRATOR,
        export=True,
    ),
]


@dataclass
class Result:
    url: Url
    status: int
    size: int = 0
    median: float = 0.0
    slowest: float = 0.0

    @property
    def verdict(self):
        if self.status == 404:
            return "FEHLT"
        if self.status != 200:
            return f"FEHLER ({self.status})"
        return "PASS" if self.median <= self.url.target else "FAIL"


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        description="Kommunen-Übersicht, Monitoring und Exporte mit 20.000 Teilnehmenden."
    )
    parser.add_argument(
        "--participants", type=int, default=PARTICIPANTS, help="Anzahl Teilnehmende"
    )
    parser.add_argument("--runs", type=int, default=RUNS, help="gemessene Abrufe je URL")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="Exit-Code 1, wenn eine URL ihr Ziel verfehlt oder fehlt",
    )
    return parser.parse_args(argv)


def prepare(env, participants):
    steps = [
        ("Migrationen", "academy.settings.dev", ["manage.py", "migrate", "--noinput", "-v", "0"]),
        ("Demodaten", "academy.settings.dev", ["manage.py", "load_demo"]),
        (
            f"{participants} Teilnehmende",
            "bench.settings",
            ["bench/population.py", "--participants", str(participants)],
        ),
        (
            "Statische Dateien",
            "bench.settings",
            ["manage.py", "collectstatic", "--noinput", "-v", "0"],
        ),
    ]
    bench.run_steps(env, steps)
    bench.vacuum_analyze(env["DATABASE_URL"])


def fetch(url, cookie):
    """Status, body size and seconds until the last byte, without following redirects."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    # Only ever http://127.0.0.1:<port>/… built by this script.
    request = urllib.request.Request(url, headers={"Cookie": cookie})  # noqa: S310
    opener = urllib.request.build_opener(NoRedirect)
    started = time.perf_counter()
    try:
        with opener.open(request, timeout=120) as response:
            size = len(response.read())
            return response.status, size, time.perf_counter() - started
    except urllib.error.HTTPError as error:
        return error.code, 0, time.perf_counter() - started


def measure(base_url, url, cookie, runs):
    print(f"Messe {url.name} ({url.path}) …", flush=True)
    status, size, _seconds = fetch(base_url + url.path, cookie)  # warm-up
    if status != 200:
        return Result(url, status)
    times = []
    for _ in range(runs):
        status, size, seconds = fetch(base_url + url.path, cookie)
        if status != 200:
            return Result(url, status)
        times.append(seconds)
    return Result(url, 200, size, statistics.median(times), max(times))


def print_table(results):
    header = ("URL", "Pfad", "Status", "KB", "Median ms", "Max ms", "Ziel", "Ergebnis")
    rows = [
        (
            r.url.name,
            r.url.path,
            str(r.status),
            f"{r.size / 1000:.0f}",
            f"{r.median * 1000:.0f}" if r.status == 200 else "-",
            f"{r.slowest * 1000:.0f}" if r.status == 200 else "-",
            f"≤ {r.url.target:.0f} s",
            r.verdict,
        )
        for r in results
    ]
    bench.print_rows(header, rows)


def run(args, stack):
    url = bench.postgres_server("Die Kommunenübersicht")
    (bench.REPO / ".bench").mkdir(exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="municipal-", dir=bench.REPO / ".bench"))
    stack.callback(shutil.rmtree, workdir, ignore_errors=True)
    env = bench.bench_env(workdir)
    env["DATABASE_URL"] = stack.enter_context(bench.throwaway_postgres(url))
    database = urlsplit(env["DATABASE_URL"]).path[1:]
    print(
        f"\nKommunen und Monitoring mit {args.participants} Teilnehmenden, PostgreSQL "
        f"(Wegwerf-Datenbank {database})"
    )
    prepare(env, args.participants)
    cookies = {email: bench.session_cookie(env, email) for email in (COORDINATOR, ADMINISTRATOR)}

    port = bench.free_port()
    base_url = f"http://127.0.0.1:{port}"
    log_path = workdir / "gunicorn.log"
    proc = stack.enter_context(bench.gunicorn(env, port, log_path))
    bench.wait_until_ready(base_url, proc, log_path)
    print(
        f"gunicorn {bench.WORKERS} Worker auf {base_url}, {args.runs} Abrufe je URL nacheinander",
        flush=True,
    )
    results = [measure(base_url, u, cookies[u.user], args.runs) for u in URLS]
    print()
    print(f"Ziel: Median ≤ {PAGE_TARGET:.0f} s je Seite, ≤ {EXPORT_TARGET:.0f} s je Export")
    print()
    print_table(results)
    return results


def raise_interrupt(signum, frame):
    raise KeyboardInterrupt


def main(argv=None):
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, raise_interrupt)
    try:
        with ExitStack() as stack:
            results = run(args, stack)
    except bench.BenchError as error:
        print(f"\nFehler: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nAbgebrochen.", file=sys.stderr)
        return 130
    errors = [r for r in results if r.verdict.startswith("FEHLER")]
    missing = [r for r in results if r.verdict == "FEHLT"]
    failed = [r for r in results if r.verdict == "FAIL"]
    if missing:
        print(f"\n{len(missing)} URL(s) gibt es noch nicht (404).")
    if failed:
        print(f"\n{len(failed)} URL(s) über dem Ziel.")
    if errors:
        return 1
    if failed or missing:
        return 1 if args.strict else 0
    print("\nAlle URLs im Ziel.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

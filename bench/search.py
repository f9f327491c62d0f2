"""Library search with 1,000 case studies on PostgreSQL: does a search answer in ≤ 100 ms (p50)?

    .venv/bin/python bench/search.py [--cases 1000] [--duration 10] [--profile]

Also run by `bench/run.py` (so by `make bench`) after its own measurements whenever
DATABASE_URL points to PostgreSQL, or with `bench/run.py --search`; `--no-search` skips it.

Steps: create a throw-away database `fallwerk_bench_<random>` on the PostgreSQL server of
DATABASE_URL (default `postgresql://postgres@127.0.0.1:5432/postgres`; only server and
credentials are used, the database named in the URL is never touched), migrate, build the site
(`academy.demo.build_site()`), add CASES published case studies with varied German texts
(bench/build_cases.py), rebuild the search index with `manage.py update_index` (Wagtail 8
leaves index updates to the background worker, which the benchmark does not run), run VACUUM
ANALYZE (planner statistics, as autovacuum keeps them on a live database), collect the static
files and start gunicorn (2 workers, production settings, as bench/run.py does).

Then every query in QUERIES is loaded with wrk through gunicorn, by default over one connection:
p50 is then the time one search takes end to end (HTTP, Django, search, filters, pagination,
template), without waiting behind other requests. The table shows hits, requests/second, p50,
p99 and PASS/FAIL against TARGET_P50 at p50. `--connections 16` shows the behaviour under load.

`--profile` additionally renders each query once in a Django process on the same database and
prints the number of SQL queries, the SQL and total time, the slowest query with its EXPLAIN
ANALYZE, and how long the search step alone takes (Wagtail search, as casestudies/forms.py
calls it).

The database is dropped and gunicorn stopped by PID at the end, also on errors and Ctrl-C.
Exit code 1 on errors; with `--strict` also when a query misses the target.
"""

import argparse
import re
import shutil
import signal
import sys
import tempfile
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

try:
    from bench import run as bench
except ImportError:  # started as a script: bench/ is on sys.path, the repository is not
    import run as bench

CASES = 1000
TARGET_P50 = 0.100  # seconds


@dataclass(frozen=True)
class Query:
    name: str
    path: str


# Words that occur in the recombined texts of bench/build_cases.py, frequent and rare ones.
QUERIES = [
    Query("ein Wort", "/fallstudien/?q=Ausbildung"),
    Query("zwei Wörter", "/fallstudien/?q=Jobcenter+Wohnung"),
    Query("Wort aus einem Phasentext", "/fallstudien/?q=Anpassungsqualifizierung"),
    Query("Suche und Filter", "/fallstudien/?q=Ausbildung&handlungsfeld=arbeit&region=ruhrgebiet"),
]

RESULT_COUNT = re.compile(r'id="ergebnisse"[^>]*>\s*(\d+)')

# Renders each path once in a Django process and prints what the SQL costs (--profile).
PROFILE_SNIPPET = """
import sys
import time

import django

django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from casestudies.models import CaseStudyPage

client = Client(HTTP_HOST="127.0.0.1")
for path, query in zip(sys.argv[1::2], sys.argv[2::2]):
    client.get(path)  # warm up connection and caches
    with CaptureQueriesContext(connection) as captured:
        started = time.perf_counter()
        status = client.get(path).status_code
        total = time.perf_counter() - started
    queries = captured.captured_queries
    sql_time = sum(float(q["time"]) for q in queries)
    print(f"\\n== {path} (HTTP {status})")
    print(f"{len(queries)} SQL-Abfragen ({sql_time * 1000:.0f} ms), Antwort {total * 1000:.0f} ms")
    for q in sorted(queries, key=lambda q: -float(q["time"]))[:3]:
        print(f"  {float(q['time']) * 1000:7.1f} ms  {q['sql'][:160]}")

    started = time.perf_counter()
    hits = list(CaseStudyPage.objects.live().search(query, operator="and")[:1000])
    objects = time.perf_counter() - started
    started = time.perf_counter()
    pks = [
        page.pk
        for page in CaseStudyPage.objects.live().only("pk").search(query, operator="and")[:1000]
    ]
    only_pk = time.perf_counter() - started
    print(
        f"Suchschritt allein: {len(hits)} Treffer als ganze Seiten {objects * 1000:.1f} ms, "
        f"nur Primärschlüssel {only_pk * 1000:.1f} ms"
    )

    slowest = max(queries, key=lambda q: float(q["time"]))["sql"]
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + slowest)
        print("EXPLAIN ANALYZE der langsamsten Abfrage:")
        for (line,) in cursor.fetchall():
            print("   ", line)
"""


@dataclass
class Result:
    name: str
    path: str
    hits: int
    rps: float
    p50: float  # seconds
    p99: float  # seconds
    errors: int


def parse_args(argv=None):
    parser = argparse.ArgumentParser(
        description="Suche der Fallstudienbibliothek mit vielen Fallstudien auf PostgreSQL."
    )
    parser.add_argument("--cases", type=int, default=CASES, help="Anzahl Fallstudien")
    parser.add_argument("--duration", type=int, default=10, help="Sekunden je Messung")
    parser.add_argument("--warmup", type=int, default=2, help="Sekunden Aufwärmen je Suche")
    parser.add_argument(
        "--connections", type=int, default=1, help="offene Verbindungen (1: ohne Warteschlange)"
    )
    parser.add_argument(
        "--profile", action="store_true", help="SQL-Abfragen zählen und EXPLAIN ANALYZE zeigen"
    )
    parser.add_argument(
        "--strict", action="store_true", help="Exit-Code 1, wenn eine Suche das Ziel verfehlt"
    )
    return parser.parse_args(argv)


def server_url():
    return bench.postgres_server("Die Suche")


def prepare(env, cases):
    steps = [
        # bench/run.py migrates with the dev settings too (load_demo needs them there).
        ("Migrationen", "academy.settings.dev", ["manage.py", "migrate", "--noinput", "-v", "0"]),
        (f"{cases} Fallstudien", "bench.settings", ["bench/build_cases.py", str(cases)]),
        ("Suchindex", "bench.settings", ["manage.py", "update_index", "-v", "0"]),
        (
            "Statische Dateien",
            "bench.settings",
            ["manage.py", "collectstatic", "--noinput", "-v", "0"],
        ),
    ]
    bench.run_steps(env, steps)
    bench.vacuum_analyze(env["DATABASE_URL"])


def measure(base_url, query, args):
    print(f"Messe {query.name} ({query.path}) …", flush=True)
    html = page_text(base_url + query.path)
    found = RESULT_COUNT.search(html)
    if not found:
        raise bench.BenchError(f"{query.path}: keine Trefferzahl in der Antwort gefunden.")
    if args.warmup > 0:
        bench.wrk(base_url + query.path, args.warmup, args.connections)
    stats = bench.wrk(base_url + query.path, args.duration, args.connections)
    return Result(query.name, query.path, hits=int(found.group(1)), **stats)


def page_text(url):
    import urllib.error
    import urllib.request

    try:
        # Only ever http://127.0.0.1:<port>/… built by this script.
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310
            return response.read().decode()
    except urllib.error.HTTPError as error:
        raise bench.BenchError(f"{url} antwortet mit {error.code} statt 200.") from None


def verdict(result):
    if result.errors:
        return f"FEHLER ({result.errors})"
    return "PASS" if result.p50 <= TARGET_P50 else "FAIL"


def print_table(results):
    header = ("Suche", "Pfad", "Treffer", "Req/s", "p50 ms", "p99 ms", "Ergebnis")
    rows = [
        (
            r.name,
            r.path,
            str(r.hits),
            f"{r.rps:.1f}",
            f"{r.p50 * 1000:.1f}",
            f"{r.p99 * 1000:.1f}",
            verdict(r),
        )
        for r in results
    ]
    bench.print_rows(header, rows)


def profile(env):
    from urllib.parse import parse_qs

    argv = []
    for query in QUERIES:
        argv += [query.path, parse_qs(urlsplit(query.path).query)["q"][0]]
    cmd = [sys.executable, "-c", PROFILE_SNIPPET, *argv]
    profile_env = {**env, "DJANGO_SETTINGS_MODULE": "bench.settings"}
    print(bench.run_checked(cmd, profile_env, "Profil"), end="")


def run(args, stack):
    url = server_url()
    (bench.REPO / ".bench").mkdir(exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="search-", dir=bench.REPO / ".bench"))
    stack.callback(shutil.rmtree, workdir, ignore_errors=True)
    env = bench.bench_env(workdir)
    env["DATABASE_URL"] = stack.enter_context(bench.throwaway_postgres(url))
    database = urlsplit(env["DATABASE_URL"]).path[1:]
    print(f"\nSuche mit {args.cases} Fallstudien, PostgreSQL (Wegwerf-Datenbank {database})")
    prepare(env, args.cases)

    port = bench.free_port()
    base_url = f"http://127.0.0.1:{port}"
    log_path = workdir / "gunicorn.log"
    proc = stack.enter_context(bench.gunicorn(env, port, log_path))
    bench.wait_until_ready(base_url, proc, log_path)
    print(
        f"gunicorn {bench.WORKERS} Worker auf {base_url}, wrk {args.connections} "
        f"Verbindung(en), {args.duration} s je Suche",
        flush=True,
    )
    results = [measure(base_url, query, args) for query in QUERIES]
    print()
    print(f"Ziel: p50 ≤ {TARGET_P50 * 1000:.0f} ms je Suche mit {args.cases} Fallstudien")
    print()
    print_table(results)
    if args.profile:
        profile(env)
    return [r for r in results if verdict(r) != "PASS"]


def raise_interrupt(signum, frame):
    raise KeyboardInterrupt


def main(argv=None):
    args = parse_args(argv)
    if not Path(bench.WRK).exists():
        print(f"{bench.WRK} fehlt. Installieren mit: apt-get install wrk", file=sys.stderr)
        return 2
    # Stop everything on SIGTERM as on Ctrl-C.
    signal.signal(signal.SIGTERM, raise_interrupt)
    try:
        with ExitStack() as stack:
            failed = run(args, stack)
    except bench.BenchError as error:
        print(f"\nFehler: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nAbgebrochen.", file=sys.stderr)
        return 130
    if any(r.errors for r in failed):
        return 1
    if failed:
        print(f"\n{len(failed)} Suche(n) über {TARGET_P50 * 1000:.0f} ms (p50).")
        return 1 if args.strict else 0
    print(f"\nAlle Suchen mit p50 ≤ {TARGET_P50 * 1000:.0f} ms.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

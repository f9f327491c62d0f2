"""`make bench`: load the site under gunicorn with wrk and compare it with a constant view.

Starts gunicorn (2 workers, production settings plus bench/urls.py) on a free loopback port
against a throw-away database with the demo data, loads every URL in URLS with wrk and prints
requests per second, p50 and p99 latency and the ratio to a constant-response Django view
served by the same gunicorn. The constant view is measured first and last; the mean of both
runs is the baseline, because a small machine is noisy.

Database: a temporary SQLite file under .bench/ (git-ignored). When DATABASE_URL points to
PostgreSQL, only its server and credentials are used: the script creates a throw-away
database `fallwerk_bench_<random>` there and drops it afterwards, so the database named in
the URL is never touched. REDIS_URL, when set, is passed through (keys get the prefix
`fallwerk-bench`).

A path may contain `{fallstudie}` (the URL of a live, public case study) or `{lektion}` (the
first live lesson of the Basiskurs), looked up in the bench database after the demo data is
loaded (PLACEHOLDER_SNIPPET). The library search and filter URLs carry a query string, so they
always bypass the page cache and show the cost of the search.

A URL with `user` is measured logged in as that demo account: the script creates a session for
it in the bench database and sends its cookie (SESSION_COOKIE_SECURE=0 on plain HTTP). Such
requests carry a session cookie, so they never come from the page cache. Staff accounts only
reach /konto/ until TOTP is set up; use participant accounts.

A URL passes when its requests/second reach the share `target` of the constant view's and,
if it has a `p99` limit, its 99th percentile latency stays at or below that limit.

Library search with 1,000 case studies: after its own table the script runs bench/search.py
(its own throw-away PostgreSQL database, p50 ≤ 100 ms per search) whenever DATABASE_URL points
to PostgreSQL, or always with `--search`; `--no-search` skips it. See bench/search.py.

Coordinator overview and monitoring with 20,000 participants: then bench/municipal.py (its own
throw-away PostgreSQL database, ≤ 1 s per page, ≤ 5 s per CSV export), under the same rule:
`--municipal` / `--no-municipal`. See bench/municipal.py.

Bulk issuing (a batch of 1,000 certificates with 2 db_worker processes, ≤ 120 s): with
`--certificates-batch`, bench/certificates_batch.py (its own throw-away PostgreSQL database).

Everything the script starts is stopped by PID, also on errors and Ctrl-C.
"""

import argparse
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit


@dataclass(frozen=True)
class Url:
    name: str
    path: str
    target: float | None = None  # minimum share of the constant view's requests/second
    p99: float | None = None  # maximum 99th percentile latency in seconds
    user: str | None = None  # e-mail of a demo account: measure logged in as that user


# The demo participant who has just started: enrolled in the running Basiskurs (courses/demo.py).
PARTICIPANT = "teilnehmer@example.org"

# The measured URLs. Later issues add their pages here.
URLS = [
    Url("Startseite (anonym)", "/", target=0.25),
    Url("Anmeldeformular", "/konto/login/"),
    Url("Healthcheck", "/healthz"),
    Url("Bibliothek: Suche (anonym)", "/fallstudien/?q=Ausbildung"),
    Url("Bibliothek: Filter (anonym)", "/fallstudien/?handlungsfeld=arbeit&region=ruhrgebiet"),
    Url("Fallstudie (anonym)", "{fallstudie}"),
    Url("Kurskatalog (anonym)", "/kurse/"),
    Url("Lektion (angemeldet)", "{lektion}", target=0.08, p99=0.250, user=PARTICIPANT),
    Url("Lernstand (angemeldet)", "/lernstand/", target=0.08, p99=0.250, user=PARTICIPANT),
    Url("Zertifikatsprüfung (anonym)", "{pruefung}", target=0.30),
]

REPO = Path(__file__).resolve().parent.parent
WRK = "/usr/bin/wrk"
GUNICORN = Path(sys.executable).with_name("gunicorn")
CONSTANT_PATH = "/bench/constant/"
WORKERS = 2
WRK_THREADS = 2
READY_TIMEOUT = 30  # seconds gunicorn may take to answer /healthz
STOP_TIMEOUT = 10  # seconds between SIGTERM and SIGKILL
DEFAULT_POSTGRES_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres"

# Creates a session for a demo user in the bench database and prints the cookie.
SESSION_SNIPPET = """
import sys
from importlib import import_module

import django

django.setup()
from django.conf import settings
from django.contrib.auth import (
    BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model,
)

user = get_user_model().objects.get(email=sys.argv[1])
session = import_module(settings.SESSION_ENGINE).SessionStore()
session[SESSION_KEY] = user._meta.pk.value_to_string(user)
session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print(f"{settings.SESSION_COOKIE_NAME}={session.session_key}")
"""


# Prints the values of the placeholders in URLS as JSON, looked up in the bench database:
# {fallstudie}: a live, public case study; {lektion}: the first live lesson of the Basiskurs;
# {pruefung}: the verification page of a valid certificate.
PLACEHOLDER_SNIPPET = """
import json

import django

django.setup()
from casestudies.models import CaseStudyPage
from certificates.models import Certificate
from courses.models import LessonPage, ModulePage

case_study = CaseStudyPage.objects.published().order_by("path").first()
module = ModulePage.objects.live().filter(slug="basiskurs-case-management").first()
lesson = module and LessonPage.objects.live().child_of(module).order_by("path").first()
certificate = Certificate.objects.valid().order_by("number").first()
print(json.dumps({
    "pruefung": f"/zertifikate/pruefen/{certificate.verification_code}/" if certificate else "",
    "fallstudie": case_study.get_url() if case_study else "",
    "lektion": lesson.get_url() if lesson else "",
}))
"""


class BenchError(Exception):
    """A failure that ends the benchmark with a message instead of a traceback."""


@dataclass
class Result:
    name: str
    path: str
    rps: float
    p50: float  # seconds
    p99: float  # seconds
    errors: int
    target: float | None = None
    p99_limit: float | None = None  # seconds


def parse_args():
    parser = argparse.ArgumentParser(description="Lasttest mit gunicorn und wrk.")
    parser.add_argument("--duration", type=int, default=10, help="Sekunden je Messung")
    parser.add_argument("--warmup", type=int, default=2, help="Sekunden Aufwärmen je URL")
    parser.add_argument("--connections", type=int, default=16, help="offene Verbindungen")
    parser.add_argument(
        "--strict", action="store_true", help="Exit-Code 1, wenn ein Zielwert verfehlt wird"
    )
    parser.add_argument(
        "--search",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="danach bench/search.py ausführen (1.000 Fallstudien, PostgreSQL); "
        "Standard: ja, wenn DATABASE_URL auf PostgreSQL zeigt",
    )
    parser.add_argument(
        "--municipal",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="danach bench/municipal.py ausführen (20.000 Teilnehmende, PostgreSQL); "
        "Standard: ja, wenn DATABASE_URL auf PostgreSQL zeigt",
    )
    parser.add_argument(
        "--certificates-batch",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="danach bench/certificates_batch.py ausführen (Stapel mit 1.000 Zertifikaten, "
        "2 Worker, PostgreSQL; dauert einige Minuten); Standard: nein",
    )
    parser.add_argument(
        "--url",
        action="append",
        metavar="TEXT",
        help="nur die URLs messen, deren Name oder Pfad TEXT enthält (mehrfach möglich)",
    )
    args = parser.parse_args()
    on_postgres = urlsplit(os.environ.get("DATABASE_URL", "")).scheme in ("postgres", "postgresql")
    if args.search is None:
        args.search = on_postgres
    if args.municipal is None:
        args.municipal = on_postgres
    return args


def tail(text, lines=30):
    return "\n".join(text.strip().splitlines()[-lines:])


def run_checked(cmd, env, what):
    """Run a setup command quietly; on failure show the end of its output."""
    proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise BenchError(f"{what} fehlgeschlagen:\n{tail(proc.stdout + proc.stderr)}")
    return proc.stdout


def manage(env, settings, *args):
    cmd = [sys.executable, "manage.py", *args]
    return run_checked(cmd, {**env, "DJANGO_SETTINGS_MODULE": settings}, " ".join(args))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- database -----------------------------------------------------------------------------


@contextmanager
def throwaway_postgres(url):
    """Create a fresh database on the server of `url`, yield its URL, drop it afterwards."""
    import psycopg  # only needed for PostgreSQL
    from psycopg import sql

    parts = urlsplit(url)
    try:
        admin = psycopg.connect(url, autocommit=True)
    except psycopg.OperationalError:
        # The database in the URL may not exist; the maintenance database always does.
        admin = psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True)
    name = f"fallwerk_bench_{secrets.token_hex(4)}"
    with admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        try:
            yield urlunsplit(parts._replace(path=f"/{name}"))
        finally:
            drop = "DROP DATABASE IF EXISTS {} WITH (FORCE)"
            admin.execute(sql.SQL(drop).format(sql.Identifier(name)))


def postgres_server(what):
    """DATABASE_URL (or the local server) for a benchmark that only runs on PostgreSQL."""
    url = os.environ.get("DATABASE_URL") or DEFAULT_POSTGRES_SERVER
    if urlsplit(url).scheme not in ("postgres", "postgresql"):
        raise BenchError(f"{what} wird auf PostgreSQL gemessen: DATABASE_URL anpassen.")
    return url


def run_steps(env, steps):
    """Run (label, settings module, argv) steps with this Python, printing each one's time."""
    for what, settings, args in steps:
        print(f"{what} …", end=" ", flush=True)
        started = time.monotonic()
        step_env = {**env, "DJANGO_SETTINGS_MODULE": settings}
        run_checked([sys.executable, *args], step_env, what)
        print(f"{time.monotonic() - started:.0f} s", flush=True)


def vacuum_analyze(database_url):
    """A live database has planner statistics and no dead rows from a bulk load (autovacuum)."""
    import psycopg  # only needed for PostgreSQL

    with psycopg.connect(database_url, autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")


def database_url(stack, workdir):
    """The bench database's URL and a short description for the report."""
    url = os.environ.get("DATABASE_URL")
    if not url:
        return f"sqlite:///{workdir / 'bench.sqlite3'}", "SQLite (temporär)"
    if urlsplit(url).scheme not in ("postgres", "postgresql"):
        raise BenchError("DATABASE_URL muss auf PostgreSQL zeigen (oder leer sein für SQLite).")
    bench_url = stack.enter_context(throwaway_postgres(url))
    return bench_url, f"PostgreSQL (Wegwerf-Datenbank {urlsplit(bench_url).path[1:]})"


def prepare_site(env):
    """Schema, demo data and static files, as a deployment would have them."""
    print("Bereite Datenbank und statische Dateien vor …", flush=True)
    # load_demo is refused in production, so schema and data come from the dev settings.
    manage(env, "academy.settings.dev", "migrate", "--noinput", "-v", "0")
    manage(env, "academy.settings.dev", "load_demo")
    manage(env, "bench.settings", "collectstatic", "--noinput", "-v", "0")


PLACEHOLDER_LABELS = {
    "fallstudie": "veröffentlichte Fallstudie",
    "lektion": "veröffentlichte Lektion im Modul basiskurs-case-management",
}


def placeholders(env):
    """Values for the {…} placeholders in the paths of URLS."""
    cmd = [sys.executable, "-c", PLACEHOLDER_SNIPPET]
    settings_env = {**env, "DJANGO_SETTINGS_MODULE": "bench.settings"}
    output = run_checked(cmd, settings_env, "Seiten für die Platzhalter suchen")
    try:
        values = json.loads(output.strip().splitlines()[-1])
    except (IndexError, ValueError):
        raise BenchError(f"Platzhalter nicht verstanden:\n{tail(output)}") from None
    for name, label in PLACEHOLDER_LABELS.items():
        if not values.get(name, "").startswith("/"):
            raise BenchError(f"Keine {label} in den Demodaten ({values.get(name)!r}).")
    return values


def session_cookie(env, email):
    cmd = [sys.executable, "-c", SESSION_SNIPPET, email]
    settings_env = {**env, "DJANGO_SETTINGS_MODULE": "bench.settings"}
    return run_checked(cmd, settings_env, f"Sitzung für {email}").strip()


# --- gunicorn -----------------------------------------------------------------------------


@contextmanager
def gunicorn(env, port, log_path):
    """Run gunicorn for the duration of the block; stop it by PID afterwards."""
    cmd = [
        str(GUNICORN),
        "academy.wsgi:application",
        "--chdir",
        str(REPO),
        "--env",
        "DJANGO_SETTINGS_MODULE=bench.settings",
        "--workers",
        str(WORKERS),
        "--bind",
        f"127.0.0.1:{port}",
        "--graceful-timeout",
        "5",
        "--error-logfile",
        "-",
    ]
    with open(log_path, "w") as log:
        # A session of its own: Ctrl-C reaches only this script, which then stops gunicorn.
        proc = subprocess.Popen(
            cmd, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            yield proc
        finally:
            stop(proc)


def stop(proc):
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        # The group was created for this gunicorn above: its master and workers.
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def get(url, cookie=None):
    """Status code of one GET, without following redirects."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    # Only ever http://127.0.0.1:<port>/… built by this script.
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})  # noqa: S310
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def wait_until_ready(base_url, proc, log_path):
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        try:
            if get(base_url + "/healthz") == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise BenchError(
        f"gunicorn antwortet nicht auf /healthz:\n{tail(Path(log_path).read_text(), 40)}"
    )


# --- wrk ----------------------------------------------------------------------------------

TIME_UNITS = {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "h": 3600.0}


def parse_time(text):
    number = text.rstrip("usmh")
    return float(number) * TIME_UNITS[text[len(number) :]]


def parse_wrk(output):
    """Requests/sec, p50, p99 and error count from `wrk --latency` output."""
    stats = {"errors": 0}
    for line in output.splitlines():
        words = line.split()
        if line.startswith("Requests/sec:"):
            stats["rps"] = float(words[1])
        elif words[:1] == ["50%"]:
            stats["p50"] = parse_time(words[1])
        elif words[:1] == ["99%"]:
            stats["p99"] = parse_time(words[1])
        elif line.strip().startswith("Socket errors:"):
            # "Socket errors: connect 0, read 0, write 0, timeout 0"
            stats["errors"] += sum(int(word.rstrip(",")) for word in words[3::2])
        elif line.strip().startswith("Non-2xx or 3xx responses:"):
            stats["errors"] += int(words[-1])
    if not {"rps", "p50", "p99"} <= stats.keys():
        raise BenchError(f"wrk-Ausgabe nicht verstanden:\n{output}")
    return stats


def wrk(url, seconds, connections, cookie=None):
    cmd = [
        WRK,
        f"-t{min(WRK_THREADS, connections)}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "--latency",
    ]
    if cookie:
        cmd += ["-H", f"Cookie: {cookie}"]
    proc = subprocess.run([*cmd, url], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise BenchError(f"wrk fehlgeschlagen:\n{proc.stdout}{proc.stderr}")
    return parse_wrk(proc.stdout)


def measure(base_url, url, args, cookie=None):
    """Check that the URL answers 200, warm it up (fills the page cache), then measure."""
    print(f"Messe {url.name} ({url.path}) …", flush=True)
    status = get(base_url + url.path, cookie)
    if status != 200:
        who = f" (angemeldet als {url.user}: Konten von Mitarbeitenden brauchen TOTP)"
        raise BenchError(f"{url.path} antwortet mit {status} statt 200{who if url.user else ''}.")
    if args.warmup > 0:
        wrk(base_url + url.path, args.warmup, args.connections, cookie)
    stats = wrk(base_url + url.path, args.duration, args.connections, cookie)
    return Result(url.name, url.path, target=url.target, p99_limit=url.p99, **stats)


# --- report -------------------------------------------------------------------------------


def missed(result, baseline):
    """The targets a result misses: "Anteil" (requests/second) and/or "p99"."""
    misses = []
    if result.target is not None and result.rps / baseline < result.target:
        misses.append("Anteil")
    if result.p99_limit is not None and result.p99 > result.p99_limit:
        misses.append("p99")
    return misses


def verdict(result, baseline):
    if result.errors:
        return "FEHLER"
    if result.target is None and result.p99_limit is None:
        return ""
    return "FAIL" if missed(result, baseline) else "PASS"


def outcome(result, baseline):
    """The table's last column: the verdict with what failed."""
    text = verdict(result, baseline)
    if result.errors:
        return f"{text} ({result.errors} Fehler)"
    if text == "FAIL":
        return f"{text} ({', '.join(missed(result, baseline))})"
    return text


def print_table(results, baseline):
    header = ("URL", "Pfad", "Req/s", "p50 ms", "p99 ms", "Anteil", "Ziel", "p99-Ziel", "Ergebnis")
    rows = [
        (
            r.name,
            r.path,
            f"{r.rps:.0f}",
            f"{r.p50 * 1000:.1f}",
            f"{r.p99 * 1000:.1f}",
            f"{r.rps / baseline:.0%}",
            f"≥ {r.target:.0%}" if r.target is not None else "-",
            f"≤ {r.p99_limit * 1000:.0f} ms" if r.p99_limit is not None else "-",
            outcome(r, baseline),
        )
        for r in results
    ]
    print_rows(header, rows)


def print_rows(header, rows, numeric=(2, 3, 4, 5)):
    """A plain-text table: the columns in ``numeric`` right-aligned, the others left."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, None, *rows]:
        if row is None:
            print("  ".join("-" * width for width in widths))
            continue
        cells = [
            cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        print("  ".join(cells).rstrip())


# --- main ---------------------------------------------------------------------------------


def bench_env(workdir):
    """Production settings made to work on plain HTTP on loopback, with fresh secrets."""
    return {
        **os.environ,
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "SESSION_COOKIE_SECURE": "0",
        "CSRF_COOKIE_SECURE": "0",
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "CACHE_KEY_PREFIX": "fallwerk-bench",
        "LOG_LEVEL": "WARNING",
    }


def run(args, stack):
    (REPO / ".bench").mkdir(exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="run-", dir=REPO / ".bench"))
    stack.callback(shutil.rmtree, workdir, ignore_errors=True)
    env = bench_env(workdir)
    env["DATABASE_URL"], db_label = database_url(stack, workdir)
    prepare_site(env)
    values = placeholders(env)
    selected = [u for u in URLS if not args.url or any(t in u.name + u.path for t in args.url)]
    urls = [replace(url, path=url.path.format(**values)) for url in selected]
    cookies = {url.user: session_cookie(env, url.user) for url in urls if url.user}

    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    log_path = workdir / "gunicorn.log"
    proc = stack.enter_context(gunicorn(env, port, log_path))
    wait_until_ready(base_url, proc, log_path)
    for email, cookie in cookies.items():
        if get(base_url + "/konto/profil/", cookie) != 200:
            raise BenchError(f"Die Sitzung für {email} wird nicht angenommen.")

    print(
        f"gunicorn {WORKERS} Worker auf {base_url}, {db_label}, "
        f"wrk {args.connections} Verbindungen, {args.duration} s je URL",
        flush=True,
    )
    constant = Url("Konstante Antwort", CONSTANT_PATH)
    first = measure(base_url, constant, args)
    results = [measure(base_url, url, args, cookies.get(url.user)) for url in urls]
    last = measure(base_url, constant, args)
    baseline = (first.rps + last.rps) / 2

    first.name += " (Anfang)"
    last.name += " (Ende)"
    print()
    print(f"Basis: {baseline:.0f} Req/s (Anfang {first.rps:.0f}, Ende {last.rps:.0f})")
    print()
    print_table([first, *results, last], baseline)
    failed = [r for r in results if verdict(r, baseline) in ("FAIL", "FEHLER")]
    failed += [r for r in (first, last) if r.errors]
    return failed


def raise_interrupt(signum, frame):
    raise KeyboardInterrupt


def main():
    args = parse_args()
    if not Path(WRK).exists():
        print(f"{WRK} fehlt. Installieren mit: apt-get install wrk", file=sys.stderr)
        return 2
    # Stop everything on SIGTERM as on Ctrl-C.
    signal.signal(signal.SIGTERM, raise_interrupt)
    try:
        with ExitStack() as stack:
            failed = run(args, stack)
    except BenchError as error:
        print(f"\nFehler: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nAbgebrochen.", file=sys.stderr)
        return 130
    if any(r.errors for r in failed):
        code = 1
    elif failed:
        print(f"\n{len(failed)} Zielwert(e) verfehlt.")
        code = 1 if args.strict else 0
    else:
        code = 0
    if args.search:
        code = max(code, run_search(args))
    if args.municipal:
        code = max(code, run_municipal(args))
    if args.certificates_batch:
        code = max(code, run_certificates_batch())
    return code


def run_certificates_batch():
    """bench/certificates_batch.py (exit code 1 when the median misses 120 s); its exit code."""
    try:
        from bench import certificates_batch
    except ImportError:  # started as a script: bench/ is on sys.path, the repository is not
        import certificates_batch
    return certificates_batch.main([])


def run_municipal(args):
    """bench/municipal.py; its exit code."""
    try:
        from bench import municipal
    except ImportError:  # started as a script: bench/ is on sys.path, the repository is not
        import municipal
    return municipal.main(["--strict"] if args.strict else [])


def run_search(args):
    """bench/search.py with this run's measuring time; its exit code."""
    try:
        from bench import search
    except ImportError:  # started as a script: bench/ is on sys.path, the repository is not
        import search
    argv = ["--duration", str(args.duration), "--warmup", str(args.warmup)]
    return search.main([*argv, "--strict"] if args.strict else argv)


if __name__ == "__main__":
    sys.exit(main())

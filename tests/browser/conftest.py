"""Browser-test harness: Playwright (sync API) drives Debian's Chromium against live_server.

What every test in tests/browser gets:

* the ``browser`` marker and ``django_db(transaction=True, serialized_rollback=True)``
  (added automatically unless the test sets its own ``django_db`` marker), so the data of
  the migrations — Wagtail root, home page, Site, role groups, municipalities — is there in
  every test even though live_server tests are transactional and flushed afterwards;
* ``page``: a fresh browser context + page per test, ``base_url`` = the live server, so
  ``page.goto("/konto/login/")`` works; one Chromium per session;
* ``browser_log``: console messages and uncaught page errors; a CSP violation or page error
  fails the test at teardown (``browser_log.allow(pattern, reason)`` for known exceptions);
* ``assert_accessible(page)``: axe-core with the WCAG 2.0/2.1 A+AA rules, failing on
  serious and critical violations;
* ``login_as(user)``: a logged-in session without the login form (``harness.log_in`` uses
  the real form, with the TOTP step);
* ``demo_site``: the demo site tree (sections, legal pages, site settings) of academy.demo;
* an empty cache (page cache, allauth rate limits, used TOTP codes) at the start of each test.

Without /usr/bin/chromium or node_modules/axe-core/axe.min.js (``npm ci``) the browser tests
are skipped — or fail when ``CI`` or ``FALLWERK_REQUIRE_BROWSER`` is set.
"""

import os
from pathlib import Path

import pytest

from .harness import (
    AXE_SOURCE,
    CHROMIUM,
    CHROMIUM_ARGS,
    BrowserLog,
    check_accessible,
    force_login,
)

ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"
BROWSER_DIR = Path(__file__).resolve().parent
DEFAULT_TIMEOUT_MS = 10_000
EXPECT_TIMEOUT_MS = 5_000


def _browser_required():
    return bool(os.environ.get("CI") or os.environ.get("FALLWERK_REQUIRE_BROWSER"))


def _unavailable(reason):
    """Skip locally; in CI (or with FALLWERK_REQUIRE_BROWSER) a missing tool is an error."""
    if _browser_required():
        pytest.fail(f"{reason} (CI/FALLWERK_REQUIRE_BROWSER is set, so this is an error)")
    pytest.skip(reason)


def _is_browser_item(item):
    return item is not None and Path(str(item.path)).resolve().is_relative_to(BROWSER_DIR)


# --- collection and database ---------------------------------------------------------------


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    # tryfirst: the django_db marker must be in place before pytest-django orders the tests
    # and decides which databases to serialise.
    for item in items:
        if not _is_browser_item(item):
            continue
        item.add_marker(pytest.mark.browser)
        if item.get_closest_marker("django_db") is None:
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


_NEXT_ITEM = pytest.StashKey()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    item.stash[_NEXT_ITEM] = nextitem
    return (yield)


def pytest_fixture_post_finalizer(fixturedef, request):
    """After the last browser test in a row: restore the migration data, stop Chromium.

    serialized_rollback restores the data when a test *starts*; after a transactional test
    Django leaves the database empty. Without this, later tests of the session that do not
    restore it themselves — and, with --reuse-db on a kept database (PostgreSQL), the next
    run — would find no home page, groups or municipalities.
    """
    if fixturedef.argname != "_django_db_helper" or not _is_browser_item(request.node):
        return
    if _is_browser_item(request.node.stash.get(_NEXT_ITEM, None)):
        return  # the next browser test restores the data itself
    from django.db import DEFAULT_DB_ALIAS, connections
    from pytest_django.plugin import blocking_manager_key

    connection = connections[DEFAULT_DB_ALIAS]
    contents = getattr(connection, "_test_serialized_contents", None)
    if contents:
        with request.config.stash[blocking_manager_key].unblock():
            connection.creation.deserialize_db_from_string(contents)
    # Browser tests run in one block (pytest-django orders transactional tests together);
    # the next test is no browser test, so stop Chromium and unset DJANGO_ALLOW_ASYNC_UNSAFE.
    chromium = request.config.stash.get(_CHROMIUM, None)
    if chromium is not None:
        chromium.stop()


@pytest.fixture(autouse=True)
def _browser_test_state(request, settings):
    """Fresh cache and sane migration data for every browser test."""
    request.getfixturevalue("live_server")  # also sets up the transactional database
    from django.core.cache import cache
    from wagtail.models import Site

    from academy.models import HomePage

    # The database cache is not flushed between tests: without this, pages cached for
    # anonymous visitors, allauth's rate limits and its used-TOTP-code records would leak
    # from one test (and one run) into the next.
    cache.clear()
    # A code computed just before a 30 s step ends stays valid when the server checks it.
    settings.MFA_TOTP_TOLERANCE = 1
    # The journeys save explicitly and assert Wagtail's messages; its autosave (every 500 ms)
    # races those clicks on a loaded machine: it creates the page first, and the click then
    # updates it or fails on the taken slug.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    if not (HomePage.objects.filter(depth=2).exists() and Site.objects.exists()):
        pytest.fail(
            "The test database lacks the data of the migrations (home page, Site). "
            "Run once with --create-db."
        )


# --- Playwright ----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def axe_source():
    if not AXE_SOURCE.is_file():
        _unavailable(f"{AXE_SOURCE} is missing; run `npm ci` in the repository root")
    return AXE_SOURCE.read_text(encoding="utf-8")


class Chromium:
    """Playwright with one Chromium, started by the first browser test of the session.

    Playwright's sync API marks its asyncio event loop as running in the main thread
    between calls. Two things follow while it runs:

    * Django refuses ORM calls from test code ("SynchronousOnlyOperation") unless
      DJANGO_ALLOW_ASYNC_UNSAFE is set. So the variable is set exactly as long as Playwright
      runs, and Playwright is stopped after the last browser test (see
      pytest_fixture_post_finalizer): the variable must not leak into the rest of the suite,
      e.g. into a `manage.py check --deploy` subprocess, which warns about it.
    * ``django.db.connections`` keeps the main thread's connections in thread-local storage
      without a running loop and in context-variable storage with one, so the test code
      would get fresh connection objects: without the test database's serialised data
      (serialized_rollback stops working) and, with in-memory SQLite, apart from the one the
      live server shares. So the existing connection objects are carried over.

    Do not use the ORM inside Playwright event handlers (``page.on``, ``page.route``): they
    run in Playwright's own greenlet, which sees yet another set of connections.
    """

    def __init__(self):
        self._playwright = None
        self._browser = None
        self._env_set = False
        self._saved_env = None

    def browser(self):
        if self._browser is None:
            from django.db import connections
            from playwright.sync_api import sync_playwright

            self._saved_env = os.environ.get(ASYNC_UNSAFE)
            os.environ[ASYNC_UNSAFE] = "true"
            self._env_set = True
            main_thread_connections = {alias: connections[alias] for alias in connections}
            try:
                self._playwright = sync_playwright().start()
                # The loop now counts as running: this stores them for the "async" thread.
                for alias, connection in main_thread_connections.items():
                    connections[alias] = connection
                # Debian's Chromium; never `playwright install`.
                self._browser = self._playwright.chromium.launch(
                    executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
                )
            except BaseException:
                self.stop()
                raise
        return self._browser

    def stop(self):
        try:
            if self._browser is not None:
                self._browser.close()
            if self._playwright is not None:
                self._playwright.stop()
        finally:
            self._browser = self._playwright = None
            if self._env_set:
                if self._saved_env is None:
                    os.environ.pop(ASYNC_UNSAFE, None)
                else:
                    os.environ[ASYNC_UNSAFE] = self._saved_env
                self._env_set = False


_CHROMIUM = pytest.StashKey[Chromium]()


@pytest.fixture(scope="session")
def chromium(request):
    """The session's Playwright + Chromium (skipped/failed when Chromium is missing)."""
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing; install Debian's chromium package")
    holder = request.config.stash[_CHROMIUM] = Chromium()
    yield holder
    holder.stop()


@pytest.fixture
def browser(chromium):
    return chromium.browser()


@pytest.fixture
def context(browser, live_server):
    from playwright.sync_api import expect

    expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    context = browser.new_context(
        base_url=live_server.url,
        locale="de-DE",
        timezone_id="Europe/Berlin",
        viewport={"width": 1280, "height": 900},
    )
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    yield context
    context.close()


@pytest.fixture
def browser_log(context):
    """Records console messages and page errors; CSP violations and page errors fail."""
    log = BrowserLog()
    context.on("console", log.on_console)
    context.on("weberror", log.on_web_error)
    yield log
    log.assert_clean()


@pytest.fixture
def page(context, browser_log, axe_source):
    page = context.new_page()
    yield page
    page.close()


@pytest.fixture
def assert_accessible(axe_source):
    """``assert_accessible(page)``: fail on serious/critical WCAG 2.1 A/AA violations.

    Keyword arguments go to ``harness.run_axe`` (``context`` to limit the checked part of
    the page, ``disable_rules`` for a rule that must be switched off — say why).
    """

    def check(page, **kwargs):
        return check_accessible(page, axe_source, **kwargs)

    return check


@pytest.fixture
def login_as(context, live_server):
    """``login_as(user)``: a logged-in session without going through the login form."""

    def log_in_as(user):
        force_login(context, user, live_server.url)

    return log_in_as


@pytest.fixture
def demo_site(db):
    """The demo site tree: Kurse, Fallstudien, Werkzeugkoffer, legal pages, site settings."""
    from academy.demo import build_site

    return build_site()

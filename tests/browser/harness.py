"""Helpers for the browser tests: form fields, log-in, TOTP codes, axe-core, console log.

The fixtures that wire these up live in ``tests/browser/conftest.py``; import the helpers
from here (``from .harness import log_in, field``) in the test modules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from pathlib import Path

from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from playwright.sync_api import Locator, Page, expect

from ..conftest import PASSWORD, TOTP_SECRET

REPO_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_SOURCE = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_FAILING_IMPACTS = {"serious", "critical"}

LOGIN_URL = "/konto/login/"
TOTP_URL = re.compile(r"/konto/2fa/authenticate/$")


# --- form fields ---------------------------------------------------------------------------


def field(page: Page | Locator, label: str) -> Locator:
    """The form control labelled ``label``, ignoring the " *" that marks required fields.

    ``get_by_label("Passwort")`` would also match "Passwort (Wiederholung)", and
    ``exact=True`` fails on "Passwort *", hence the anchored pattern.
    """
    return page.get_by_label(re.compile(rf"^\s*{re.escape(label)}\s*\*?\s*$"))


def submit_button(page: Page, form: Locator | None = None) -> Locator:
    """The primary submit button of ``form`` (default: the first form in <main>).

    Found by structure rather than by its label, so wording changes in the translations do
    not break every test; buttons that belong to another form (``form="..."``, like the
    "Abbrechen" of the TOTP step) are left out.
    """
    form = form if form is not None else page.locator("main form").first
    return form.locator("button[type=submit]:not([form]), input[type=submit]:not([form])").first


# --- TOTP and log-in -----------------------------------------------------------------------


def totp_code(secret: str = TOTP_SECRET) -> str:
    """The TOTP code an authenticator app shows right now for ``secret``.

    allauth yields the counters of the accepted window (now ± MFA_TOTP_TOLERANCE); the
    middle one is the current time step.
    """
    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counters[len(counters) // 2]))


def submit_login_form(
    page: Page,
    email: str,
    password: str = PASSWORD,
    *,
    totp_secret: str | None = None,
    check=None,
) -> None:
    """Fill in the allauth login form the page shows, and the TOTP step if the user has one.

    ``check`` (e.g. the ``assert_accessible`` fixture) runs on every page of the flow.
    Returns once the browser has left the login pages.
    """
    expect(page).to_have_url(re.compile(r"/konto/login/"))
    if check:
        check(page)
    field(page, "E-Mail").fill(email)
    field(page, "Passwort").fill(password)
    submit_button(page).click()
    if totp_secret:
        expect(page).to_have_url(TOTP_URL)
        if check:
            check(page)
        field(page, "Code").fill(totp_code(totp_secret))
        submit_button(page).click()
        expect(page).not_to_have_url(TOTP_URL)
    else:
        expect(page).not_to_have_url(re.compile(r"/konto/login/"))


def log_in(
    page: Page,
    email: str,
    password: str = PASSWORD,
    *,
    totp_secret: str | None = None,
    next_url: str | None = None,
    check=None,
) -> None:
    """Log in through the real login form (and the TOTP form when ``totp_secret`` is given).

    Users built with ``make_user(..., totp=True)`` use ``TOTP_SECRET``. allauth refuses a
    code that was already used, so log the same TOTP user in at most once per 30 s.
    """
    page.goto(f"{LOGIN_URL}?next={next_url}" if next_url else LOGIN_URL)
    submit_login_form(page, email, password, totp_secret=totp_secret, check=check)


def log_out(page: Page) -> None:
    """Log out with the header's "Abmelden" button."""
    account_nav(page).get_by_role("button", name="Abmelden").click()
    expect(account_nav(page).get_by_role("link", name="Anmelden")).to_be_visible()


def force_login(context, user, base_url: str) -> None:
    """Give the browser context a logged-in session for ``user`` without the login form.

    For tests whose subject is not the log-in. No authentication is recorded in the
    session, so pages behind allauth's reauthentication still ask for the password.
    """
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    session_cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session_cookie.value, "url": base_url}]
    )


def account_nav(page: Page) -> Locator:
    return page.get_by_role("navigation", name="Benutzerkonto")


# --- axe-core --------------------------------------------------------------------------------

_AXE_LOADED = "() => typeof window.axe === 'object' && typeof window.axe.run === 'function'"

# Colour contrast measured in the middle of a fade-in is wrong (Wagtail's admin messages fade
# in over 0.5 s), so axe first waits for running CSS transitions to end. (Not for CSS
# animations: those may run for long or forever, like Wagtail's "ping" badge.)
_SETTLE = """
async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const transitions = document.getAnimations().filter(
        (animation) => animation instanceof CSSTransition
    );
    await Promise.all(transitions.map((transition) => transition.finished.catch(() => null)));
}
"""

_AXE_RUN = """
async ([context, options]) => {
    const result = await window.axe.run(context || document, options);
    return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({target: n.target, html: n.html, impact: n.impact})),
    }));
}
"""


def inject_axe(page: Page, source: str) -> None:
    """Load axe-core into the page without a <script> element.

    ``page.evaluate`` runs the source through the DevTools protocol (Runtime.evaluate),
    which a Content-Security-Policy does not govern, so this works on pages that forbid
    inline scripts — unlike ``add_script_tag(content=...)``, which CSP blocks.
    """
    if page.evaluate(_AXE_LOADED):
        return
    page.evaluate(source)
    if not page.evaluate(_AXE_LOADED):
        raise AssertionError(f"axe-core did not load into {page.url}")


def run_axe(
    page: Page,
    source: str,
    *,
    context: str | dict | None = None,
    disable_rules: tuple[str, ...] = (),
) -> list[dict]:
    """All WCAG 2.0/2.1 A and AA violations axe finds on the page, of any impact."""
    inject_axe(page, source)
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    if disable_rules:
        options["rules"] = {rule: {"enabled": False} for rule in disable_rules}
    page.evaluate(_SETTLE)
    return page.evaluate(_AXE_RUN, [context, options])


def format_violations(url: str, violations: list[dict]) -> str:
    lines = [f"axe-core: {len(violations)} serious/critical WCAG violation(s) on {url}"]
    for violation in violations:
        lines.append(f"- {violation['id']} [{violation['impact']}]: {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"][:10]:
            target = " ".join(str(part) for part in node["target"])
            html = node["html"] if len(node["html"]) <= 160 else node["html"][:157] + "..."
            lines.append(f"    at {target}  {html}")
        if len(violation["nodes"]) > 10:
            lines.append(f"    ... and {len(violation['nodes']) - 10} more elements")
    return "\n".join(lines)


def check_accessible(page: Page, source: str, **kwargs) -> list[dict]:
    """Fail on serious or critical violations; return the minor and moderate ones."""
    violations = run_axe(page, source, **kwargs)
    failing = [v for v in violations if v["impact"] in AXE_FAILING_IMPACTS]
    if failing:
        raise AssertionError(format_violations(page.url, failing))
    return violations


# --- console and page errors -----------------------------------------------------------------

CSP_MESSAGE = re.compile(r"Refused to|Content[- ]Security[- ]Policy", re.IGNORECASE)


@dataclass
class BrowserLog:
    """Console messages and uncaught page errors of one test's browser context."""

    messages: list[tuple[str, str, str]] = dataclass_field(default_factory=list)
    page_errors: list[tuple[str, str]] = dataclass_field(default_factory=list)
    allowed: list[tuple[re.Pattern, str]] = dataclass_field(default_factory=list)

    def on_console(self, message) -> None:
        page_url = message.page.url if message.page else "?"
        self.messages.append((message.type, message.text, page_url))

    def on_web_error(self, web_error) -> None:
        page_url = web_error.page.url if web_error.page else "?"
        self.page_errors.append((str(web_error.error), page_url))

    def allow(self, pattern: str, reason: str) -> None:
        """Tolerate console messages matching ``pattern``; say why in ``reason``."""
        self.allowed.append((re.compile(pattern), reason))

    def _is_allowed(self, text: str) -> bool:
        return any(pattern.search(text) for pattern, _reason in self.allowed)

    @property
    def csp_violations(self) -> list[tuple[str, str, str]]:
        return [
            entry
            for entry in self.messages
            if entry[0] in ("error", "warning") and CSP_MESSAGE.search(entry[1])
        ]

    def problems(self) -> list[str]:
        found = [
            f"CSP violation on {url}: {text}"
            for _type, text, url in self.csp_violations
            if not self._is_allowed(text)
        ]
        found += [
            f"Uncaught page error on {url}: {error}"
            for error, url in self.page_errors
            if not self._is_allowed(error)
        ]
        return found

    def assert_clean(self) -> None:
        problems = self.problems()
        if problems:
            other_errors = [
                f"  console.{kind} on {url}: {text}"
                for kind, text, url in self.messages
                if kind == "error" and not CSP_MESSAGE.search(text)
            ]
            details = "\n".join(f"- {problem}" for problem in problems)
            if other_errors:
                details += "\nOther console errors:\n" + "\n".join(other_errors)
            raise AssertionError(f"The browser reported problems:\n{details}")

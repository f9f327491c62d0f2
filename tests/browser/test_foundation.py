"""The foundation seen through a real browser: home, sign-up, log-in, admin log-in, 404."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from academy import roles
from academy.models import Profile

from ..conftest import PASSWORD, TOTP_SECRET
from .harness import (
    account_nav,
    field,
    inject_axe,
    log_in,
    log_out,
    submit_button,
    submit_login_form,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

User = get_user_model()

NEW_PERSON = {
    "E-Mail": "neu.person@example.org",
    "Vorname": "Ayşe",
    "Nachname": "Yılmaz",
    "Name auf Zertifikaten": "Dr. Ayşe Yılmaz",
    "Funktion": "Fallmanagerin",
}
NEW_PASSWORD = "Fallwerk-Lernen-2026!"
PRIVACY_CONSENT = "Ich habe die Datenschutzhinweise gelesen und willige in die Verarbeitung ein."
UNLABELLED_IMAGE = '<img src="/static/academy/img/favicon.svg">'


def fill_signup_form(page, *, municipality="Köln", email=NEW_PERSON["E-Mail"]):
    for label, value in {**NEW_PERSON, "E-Mail": email}.items():
        field(page, label).fill(value)
    if municipality:
        field(page, "Kommune").select_option(label=municipality)
    field(page, "Einrichtung").select_option(label="Jobcenter")
    field(page, "Passwort").fill(NEW_PASSWORD)
    field(page, "Passwort (Wiederholung)").fill(NEW_PASSWORD)
    field(page, PRIVACY_CONSENT).check()


def expect_signup_values_kept(page, *, email=NEW_PERSON["E-Mail"]):
    for label, value in {**NEW_PERSON, "E-Mail": email}.items():
        expect(field(page, label)).to_have_value(value)
    expect(field(page, "Einrichtung")).to_have_value("jobcenter")


# --- home and 404 --------------------------------------------------------------------------


def test_home_page_is_german_with_one_heading_and_a_working_skip_link(
    page, assert_accessible, demo_site
):
    response = page.goto("/")

    assert response.status == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator("h1")).to_have_text("Fallwerk")
    expect(page.get_by_role("navigation", name="Hauptnavigation")).to_contain_text("Kurse")
    assert_accessible(page)

    skip_link = page.get_by_role("link", name="Zum Inhalt springen")
    expect(skip_link).not_to_be_in_viewport()
    page.keyboard.press("Tab")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    assert_accessible(page)  # contrast of the focused skip link
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#inhalt$"))
    expect(page.locator("main#inhalt")).to_be_focused()


def test_unknown_url_shows_the_german_404_page(page, assert_accessible):
    response = page.goto("/gibt-es-nicht/")

    assert response.status == 404
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.get_by_role("heading", level=1)).to_have_text("Seite nicht gefunden")
    expect(page.get_by_role("link", name="Zur Startseite")).to_be_visible()
    assert_accessible(page)


def test_harness_runs_axe_under_the_csp_and_reports_csp_violations(
    page, browser_log, axe_source, assert_accessible
):
    """axe runs although the CSP forbids inline scripts; inline scripts are reported."""
    response = page.goto("/")
    assert "'unsafe-inline'" not in response.headers["content-security-policy"]

    inject_axe(page, axe_source)
    assert page.evaluate("typeof window.axe.run") == "function"
    page.locator("main").evaluate(
        "(main, html) => main.insertAdjacentHTML('beforeend', html)", UNLABELLED_IMAGE
    )
    with pytest.raises(AssertionError, match=r"(?s)image-alt \[critical\].*at img  <img"):
        assert_accessible(page)

    with (
        page.expect_console_message(lambda m: "Content Security Policy" in m.text) as message,
        pytest.raises(PlaywrightError, match="Content Security Policy"),
    ):
        page.add_script_tag(content="window.inlineRan = true")
    assert page.evaluate("window.inlineRan") is None
    assert any("Executing inline script" in p for p in browser_log.problems())
    assert message.value.type == "error"
    browser_log.allow("Executing inline script", "this test provokes the violation")


# --- sign-up -------------------------------------------------------------------------------


def test_new_person_signs_up_confirms_the_email_and_is_logged_in(
    page, assert_accessible, mailoutbox, koeln
):
    page.goto("/")
    account_nav(page).get_by_role("link", name="Registrieren").click()
    expect(page).to_have_url(re.compile(r"/konto/signup/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Registrieren")
    assert_accessible(page)

    fill_signup_form(page)
    submit_button(page).click()

    expect(page).to_have_url(re.compile(r"/konto/confirm-email/$"))
    assert_accessible(page)
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == [NEW_PERSON["E-Mail"]]
    assert mail.subject.startswith("[Fallwerk] ")
    link = re.search(r"https?://\S+/konto/confirm-email/\S+/", mail.body).group(0)

    page.goto(link)
    assert_accessible(page)
    submit_button(page).click()

    expect(account_nav(page).get_by_role("link", name="Mein Konto")).to_be_visible()
    expect(account_nav(page).get_by_role("button", name="Abmelden")).to_be_visible()
    assert_accessible(page)
    user = User.objects.get(email=NEW_PERSON["E-Mail"])
    assert user.emailaddress_set.get().verified
    assert user.groups.filter(name=roles.PARTICIPANTS).exists()
    profile = Profile.objects.get(user=user)
    assert profile.municipality == koeln
    assert profile.agency_type == "jobcenter"
    assert profile.certificate_name == "Dr. Ayşe Yılmaz"


def test_signup_without_municipality_shows_a_german_error_and_keeps_the_input(
    page, assert_accessible, mailoutbox
):
    page.goto("/konto/signup/")
    fill_signup_form(page, municipality=None)
    submit_button(page).click()

    municipality = field(page, "Kommune")
    expect(page.get_by_text("Bitte wählen Sie Ihre Kommune aus.")).to_be_visible()
    expect(municipality).to_have_attribute("aria-invalid", "true")
    expect(municipality).to_have_accessible_description("Bitte wählen Sie Ihre Kommune aus.")
    expect_signup_values_kept(page)
    assert_accessible(page)
    assert not User.objects.filter(email=NEW_PERSON["E-Mail"]).exists()
    assert mailoutbox == []


def test_signup_with_a_taken_email_creates_no_account(
    page, assert_accessible, mailoutbox, participant
):
    page.goto("/konto/signup/")
    fill_signup_form(page, email=participant.email)
    submit_button(page).click()

    # ACCOUNT_PREVENT_ENUMERATION: the page does not reveal that the address is taken; the
    # owner of the address is told by e-mail instead.
    expect(page).to_have_url(re.compile(r"/konto/confirm-email/$"))
    assert_accessible(page)
    assert User.objects.filter(email__iexact=participant.email).count() == 1
    assert not User.objects.filter(first_name=NEW_PERSON["Vorname"]).exists()
    assert [mail.to for mail in mailoutbox] == [[participant.email]]
    assert "/konto/confirm-email/" not in mailoutbox[0].body
    assert "/konto/password/reset/" in mailoutbox[0].body


# --- log-in --------------------------------------------------------------------------------


def test_participant_logs_in_and_out_through_the_header(page, assert_accessible, participant):
    page.goto("/")
    account_nav(page).get_by_role("link", name="Anmelden").click()
    submit_login_form(page, participant.email, check=assert_accessible)

    expect(page).to_have_url(re.compile(r"/$"))
    expect(account_nav(page).get_by_role("link", name="Mein Konto")).to_be_visible()
    assert_accessible(page)

    log_out(page)
    expect(page).to_have_url(re.compile(r"/$"))
    expect(account_nav(page).get_by_role("link", name="Mein Konto")).to_have_count(0)
    assert_accessible(page)
    page.goto("/konto/profil/")
    expect(page).to_have_url(re.compile(r"/konto/login/\?next=/konto/profil/$"))


def test_trainer_logs_into_the_admin_with_password_and_totp(
    page, assert_accessible, browser_log, trainer_with_totp
):
    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/konto/login/\?next=/admin/$"))
    submit_login_form(
        page, trainer_with_totp.email, totp_secret=TOTP_SECRET, check=assert_accessible
    )

    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page).to_have_title(re.compile(r"Wagtail$"))
    expect(page.locator("html")).to_have_attribute("lang", "de")
    # Wagtail fades its messages in once its scripts mark the body "ready"; axe then waits
    # for the fade-in (harness._SETTLE) before it measures the colour contrast.
    expect(page.locator("body")).to_have_class(re.compile(r"\bready\b"))
    assert_accessible(page)  # Wagtail's own dashboard passes as well


def test_admin_loads_no_third_party_images(page, browser_log, login_as, trainer_with_totp):
    login_as(trainer_with_totp)
    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/admin/$"))

    assert "gravatar" not in page.content()
    assert browser_log.csp_violations == []


def test_trainer_without_totp_is_sent_to_the_totp_setup(
    page, assert_accessible, trainer_without_totp
):
    log_in(page, trainer_without_totp.email, check=assert_accessible)
    # allauth asks for the password again before it lets anyone set up TOTP.
    expect(page).to_have_url(
        re.compile(r"/konto/reauthenticate/\?next=%2Fkonto%2F2fa%2Ftotp%2Factivate%2F$")
    )
    expect(page.get_by_text("Bitte richten Sie sie jetzt ein.")).to_be_visible()
    assert_accessible(page)
    field(page, "Passwort").fill(PASSWORD)
    submit_button(page).click()
    expect(page).to_have_url(re.compile(r"/konto/2fa/totp/activate/$"))
    assert_accessible(page)

    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/konto/2fa/totp/activate/$"))
    expect(page.get_by_text("Bitte richten Sie sie jetzt ein.")).to_be_visible()
    assert_accessible(page)

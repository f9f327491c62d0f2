import re

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core import mail
from django.core.cache import cache

from academy import roles
from academy.enums import ConsentKind
from academy.models import ConsentRecord, Municipality, Profile, User
from tests.conftest import PASSWORD, TOTP_SECRET

pytestmark = pytest.mark.django_db

SIGNUP_URL = "/konto/signup/"
LOGIN_URL = "/konto/login/"


@pytest.fixture(autouse=True)
def clear_rate_limits():
    cache.clear()


def signup_data(**overrides):
    data = {
        "email": "neu@example.org",
        "first_name": "Fatima",
        "last_name": "Haddad",
        "certificate_name": "Fatima Haddad",
        "municipality": str(Municipality.objects.get(slug="bielefeld").pk),
        "agency_type": "sozialamt",
        "job_title": "Sachbearbeiterin",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "privacy_consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def current_totp_code():
    import time

    return format_hotp_value(hotp_value(TOTP_SECRET, int(time.time()) // 30))


class TestSignup:
    def test_creates_profile_consent_and_role_and_sends_german_confirmation(self, client):
        response = client.post(SIGNUP_URL, signup_data())

        assert response.status_code == 302
        user = User.objects.get(email="neu@example.org")
        profile = Profile.objects.get(user=user)
        assert profile.municipality.slug == "bielefeld"
        assert profile.agency_type == "sozialamt"
        assert profile.certificate_name == "Fatima Haddad"
        assert user.groups.filter(name=roles.PARTICIPANTS).exists()
        assert ConsentRecord.objects.get(user=user).kind == ConsentKind.PRIVACY
        [message] = mail.outbox
        assert message.to == ["neu@example.org"]
        assert message.subject.startswith("[Fallwerk]")
        assert "bestätigen Sie" in message.subject

    def test_verification_is_mandatory_before_login(self, client):
        client.post(SIGNUP_URL, signup_data())
        response = client.get("/lernstand-gibt-es-noch-nicht/")
        assert "_auth_user_id" not in client.session
        assert response.status_code == 404

    def test_confirmation_link_logs_the_person_in(self, client):
        client.post(SIGNUP_URL, signup_data())
        link = re.search(r"https?://[^\s]+/konto/confirm-email/[^\s]+", mail.outbox[0].body)
        path = link.group(0).split("testserver", 1)[1]
        client.get(path)
        response = client.post(path)
        assert response.status_code == 302
        assert client.session["_auth_user_id"] == str(User.objects.get().pk)

    @pytest.mark.parametrize(
        ("overrides", "field", "message"),
        [
            ({"password1": "kurz", "password2": "kurz"}, "password1", "mindestens 10 Zeichen"),
            ({"password1": "qwertzuiop", "password2": "qwertzuiop"}, "password1", "üblich"),
            ({"municipality": ""}, "municipality", "Bitte wählen Sie Ihre Kommune aus."),
            ({"municipality": "999999"}, "municipality", "Kommune aus der Liste"),
            ({"municipality": "Köln'; DROP TABLE"}, "municipality", "Kommune aus der Liste"),
            ({"agency_type": "geheimdienst"}, "agency_type", "Einrichtung aus der Liste"),
            ({"privacy_consent": None}, "privacy_consent", "Ohne Ihre Einwilligung"),
            ({"email": "keine-adresse"}, "email", "gültige E-Mail-Adresse"),
        ],
    )
    def test_bad_input_gets_german_message_and_creates_nothing(
        self, client, overrides, field, message
    ):
        response = client.post(SIGNUP_URL, signup_data(**overrides))

        assert response.status_code == 200
        errors = " ".join(response.context["form"].errors[field])
        assert message in errors
        assert message in response.content.decode()
        assert not User.objects.exists()
        assert not Profile.objects.exists()
        assert mail.outbox == []

    def test_entered_values_survive_an_error(self, client):
        response = client.post(SIGNUP_URL, signup_data(municipality=""))
        html = response.content.decode()
        assert 'value="Fatima Haddad"' in html
        assert 'value="neu@example.org"' in html

    def test_existing_email_creates_no_second_account(self, client, participant):
        response = client.post(SIGNUP_URL, signup_data(email=participant.email))
        # allauth does not reveal that the address is taken: it says an e-mail was sent,
        # and the owner of the address is told instead.
        assert response.status_code == 302
        assert User.objects.filter(email=participant.email).count() == 1
        assert User.objects.count() == 1
        assert mail.outbox[0].to == [participant.email]


class TestLogin:
    def test_participant_logs_in_with_email(self, client, participant):
        response = client.post(LOGIN_URL, {"login": participant.email, "password": PASSWORD})
        assert response.status_code == 302
        assert client.session["_auth_user_id"] == str(participant.pk)

    def test_wrong_password_gets_german_message(self, client, participant):
        response = client.post(LOGIN_URL, {"login": participant.email, "password": "falsch"})
        assert response.status_code == 200
        html = response.content.decode()
        assert "Die E-Mail-Adresse und/oder das Passwort sind leider falsch." in html

    def test_ten_wrong_passwords_hit_the_rate_limit_without_disclosing_the_account(
        self, client, participant
    ):
        def attempts(email):
            return [
                client.post(LOGIN_URL, {"login": email, "password": f"falsch-{i}"})
                for i in range(10)
            ]

        def errors(response):
            return response.context["form"].non_field_errors()

        known = attempts(participant.email)
        cache.clear()
        unknown = attempts("niemand@example.org")

        assert [errors(r) for r in known] == [errors(r) for r in unknown]
        assert "Zu viele fehlgeschlagene Anmeldeversuche" in known[-1].content.decode()
        # Even the right password is refused while the limit holds.
        response = client.post(LOGIN_URL, {"login": participant.email, "password": PASSWORD})
        assert "Zu viele fehlgeschlagene Anmeldeversuche" in response.content.decode()
        assert "_auth_user_id" not in client.session

    def test_staff_login_asks_for_the_totp_code(self, client, trainer_with_totp):
        response = client.post(LOGIN_URL, {"login": trainer_with_totp.email, "password": PASSWORD})
        assert response["Location"].startswith("/konto/2fa/authenticate/")
        assert "_auth_user_id" not in client.session

        response = client.post("/konto/2fa/authenticate/", {"code": "000000"})
        assert "_auth_user_id" not in client.session

        client.post("/konto/2fa/authenticate/", {"code": current_totp_code()})
        assert client.session["_auth_user_id"] == str(trainer_with_totp.pk)


class TestAdminAccess:
    def test_admin_login_goes_through_allauth(self, client):
        response = client.get("/admin/login/?next=/admin/pages/")
        assert response.status_code == 302
        assert response["Location"] == "/konto/login/?next=/admin/pages/"

    def test_anonymous_admin_request_is_sent_to_allauth(self, client):
        response = client.get("/admin/")
        assert response["Location"].startswith("/konto/login/")

    def test_staff_without_totp_must_set_it_up_first(self, client, trainer_without_totp):
        client.force_login(trainer_without_totp)
        response = client.get("/admin/")
        assert response.status_code == 302
        assert response["Location"] == "/konto/2fa/totp/activate/"

    def test_staff_with_totp_reaches_the_admin(self, client, trainer_with_totp):
        client.force_login(trainer_with_totp)
        assert client.get("/admin/").status_code == 200

    def test_participant_is_refused_by_the_admin(self, client, participant):
        client.force_login(participant)
        response = client.get("/admin/")
        assert response.status_code == 302
        assert not response["Location"].startswith("/admin/")
        assert client.get("/admin/pages/").status_code == 302

    def test_participant_needs_no_second_factor(self, client, participant):
        client.force_login(participant)
        assert client.get("/konto/profil/").status_code == 200


class TestProfile:
    def test_anonymous_is_sent_to_login(self, client):
        response = client.get("/konto/profil/")
        assert response["Location"].startswith("/konto/login/")

    def test_participant_edits_own_profile(self, client, participant, moers):
        client.force_login(participant)
        response = client.post(
            "/konto/profil/",
            {
                "first_name": "Erika",
                "last_name": "Muster-Yılmaz",
                "certificate_name": "Erika Muster-Yılmaz",
                "municipality": moers.pk,
                "agency_type": "jugendamt",
                "job_title": "",
            },
        )
        assert response.status_code == 302
        participant.refresh_from_db()
        assert participant.last_name == "Muster-Yılmaz"
        assert participant.profile.municipality == moers

    def test_bad_input_changes_nothing_and_keeps_the_entries(self, client, participant):
        client.force_login(participant)
        response = client.post(
            "/konto/profil/",
            {
                "first_name": "Erika",
                "last_name": "Neu",
                "certificate_name": "Erika Neu",
                "municipality": "424242",
                "agency_type": "jobcenter",
            },
        )
        assert response.status_code == 200
        html = response.content.decode()
        assert "Bitte wählen Sie eine Kommune aus der Liste." in html
        assert 'value="Erika Neu"' in html
        participant.refresh_from_db()
        assert participant.last_name == "Muster"
        assert participant.profile.certificate_name == "Erika Muster"

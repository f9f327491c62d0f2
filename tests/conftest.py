"""Builders shared by the whole suite. Names say the state they create."""

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Group

from academy import roles
from academy.enums import AgencyType
from academy.models import Municipality, Profile, User

PASSWORD = "sicheres-Passwort-2026"
TOTP_SECRET = "JBSWY3DPEHPK3PXP"


def make_user(email, *, role=None, municipality=None, totp=False, superuser=False):
    user = User.objects.create_user(
        username=email, email=email, password=PASSWORD, first_name="Erika", last_name="Muster"
    )
    if superuser:
        user.is_superuser = user.is_staff = True
        user.save()
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    Profile.objects.create(
        user=user,
        municipality=municipality,
        agency_type=AgencyType.JOBCENTER if municipality else "",
        certificate_name="Erika Muster",
    )
    if role:
        user.groups.add(Group.objects.get(name=role))
    if totp:
        TOTP.activate(user, TOTP_SECRET)
    return user


@pytest.fixture
def koeln(db):
    return Municipality.objects.get(slug="koeln")


@pytest.fixture
def moers(db):
    return Municipality.objects.get(slug="moers")


@pytest.fixture
def participant(koeln):
    return make_user("teilnehmerin@example.org", role=roles.PARTICIPANTS, municipality=koeln)


@pytest.fixture
def trainer_with_totp(db):
    return make_user("trainerin@example.org", role=roles.TRAINERS, totp=True)


@pytest.fixture
def trainer_without_totp(db):
    return make_user("neu.trainer@example.org", role=roles.TRAINERS)

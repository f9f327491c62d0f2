import pytest

from academy import roles
from tests.conftest import make_user

from .builders import library as build_library


@pytest.fixture
def library(db):
    return build_library()


@pytest.fixture
def reviewer(db):
    return make_user("pruefung@example.org", role=roles.ANONYMISATION_REVIEWERS, totp=True)


@pytest.fixture
def superuser(db):
    return make_user("admin@example.org", superuser=True, totp=True)

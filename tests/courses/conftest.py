import pytest

from . import builders


@pytest.fixture
def catalogue(db):
    return builders.catalogue()


@pytest.fixture
def basiskurs(catalogue):
    return builders.module(catalogue)

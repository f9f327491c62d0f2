import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission

from academy import roles
from academy.models import HomePage, Municipality
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


def test_every_role_group_exists_after_migrating():
    assert set(Group.objects.values_list("name", flat=True)) == set(roles.ALL)


def test_twelve_model_municipalities_with_official_keys():
    municipalities = Municipality.objects.model_municipalities()
    assert municipalities.count() == 12
    assert municipalities.get(slug="koeln").official_key == "05315000"
    assert municipalities.get(slug="kreis-lippe").kind == "kreis"
    assert all(len(m.official_key) == 8 for m in municipalities)


@pytest.mark.parametrize(
    ("role", "admin_access"),
    [
        (roles.PARTICIPANTS, False),
        (roles.COORDINATORS, False),
        (roles.TRAINERS, True),
        (roles.ANONYMISATION_REVIEWERS, True),
        (roles.CERTIFICATE_ADMINISTRATORS, True),
    ],
)
def test_admin_access_per_role(client, role, admin_access):
    user = make_user("person@example.org", role=role, totp=True)
    client.force_login(user)
    response = client.get("/admin/")
    if admin_access:
        assert response.status_code == 200
    else:
        assert response.status_code == 302
        assert "/admin/" not in response["Location"].split("?")[0]


def test_only_trainers_edit_pages():
    home = HomePage.objects.get()
    editing = GroupPagePermission.objects.filter(
        page=home, permission__codename="change_page"
    ).values_list("group__name", flat=True)
    assert list(editing) == [roles.TRAINERS]


@pytest.mark.parametrize("role", [roles.ANONYMISATION_REVIEWERS, roles.CERTIFICATE_ADMINISTRATORS])
def test_reviewers_and_administrators_cannot_edit_the_home_page(client, role):
    home = HomePage.objects.get()
    client.force_login(make_user("person@example.org", role=role, totp=True))
    response = client.get(f"/admin/pages/{home.pk}/edit/")
    assert response.status_code in (302, 403)


def test_trainer_edits_the_home_page(client, trainer_with_totp):
    home = HomePage.objects.get()
    client.force_login(trainer_with_totp)
    assert client.get(f"/admin/pages/{home.pk}/edit/").status_code == 200


@pytest.mark.parametrize(
    ("role", "allowed"),
    [(roles.TRAINERS, False), (roles.CERTIFICATE_ADMINISTRATORS, True)],
)
def test_municipalities_are_maintained_by_certificate_administration(client, role, allowed):
    client.force_login(make_user("person@example.org", role=role, totp=True))
    response = client.get("/admin/snippets/academy/municipality/")
    assert (response.status_code == 200) is allowed

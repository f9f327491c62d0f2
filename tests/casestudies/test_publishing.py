"""No role can publish a case study except through the anonymisation review."""

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from casestudies.models import CaseStudyPage

from .builders import admin_form_data, case_study, published_case_study

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["trainer", "superuser"])
def editor(request, trainer_with_totp, superuser):
    return {"trainer": trainer_with_totp, "superuser": superuser}[request.param]


def test_create_and_publish_in_one_go_only_saves_a_draft(client, library, editor):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=("casestudies", "casestudypage", library.pk))
    client.post(url, {**admin_form_data(), "action-publish": "publish"})

    page = CaseStudyPage.objects.get(slug="uebergang-in-ausbildung")
    assert not page.live
    assert page.first_published_at is None


def test_publish_button_in_the_editor_does_not_publish(client, library, editor):
    page = case_study(library)
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    html = client.get(url).content.decode()
    assert 'name="action-publish"' not in html

    client.post(url, {**admin_form_data(slug=page.slug), "action-publish": "publish"})
    page.refresh_from_db()
    assert not page.live


def test_editing_a_published_case_does_not_change_the_live_version(client, library, editor):
    page = published_case_study(library, "Alter Titel")
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    client.post(url, {**admin_form_data("Neuer Titel", slug=page.slug), "action-publish": "1"})

    page.refresh_from_db()
    assert page.live
    assert page.title == "Alter Titel"
    assert page.has_unpublished_changes
    assert "Alter Titel" in client.get(page.url).content.decode()


def test_bulk_publish_refuses_case_studies(client, library, editor):
    page = case_study(library)
    client.force_login(editor)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    client.post(f"{url}?id={page.pk}")

    page.refresh_from_db()
    assert not page.live


def test_scheduled_publishing_is_not_possible(client, library, editor):
    page = case_study(library)
    client.force_login(editor)
    tomorrow = timezone.now() + timezone.timedelta(days=1)
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    client.post(
        url,
        {
            **admin_form_data(slug=page.slug),
            "go_live_at": tomorrow.strftime("%Y-%m-%d %H:%M"),
            "action-publish": "1",
        },
    )
    assert not page.revisions.filter(approved_go_live_at__isnull=False).exists()

    call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert not page.live


def test_copying_a_published_case_gives_a_draft(client, library, editor):
    page = published_case_study(library)
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:copy", args=(page.pk,))
    data = {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": str(library.pk)}

    refused = client.post(url, {**data, "publish_copies": "on"})
    assert "keine Berechtigung" in str(refused.context["form"].errors)
    assert not CaseStudyPage.objects.filter(slug="kopie").exists()

    client.post(url, data)
    copy = CaseStudyPage.objects.get(slug="kopie")
    assert not copy.live
    assert copy.pk != page.pk


def test_copy_method_never_keeps_a_case_live(library):
    page = published_case_study(library)
    copy = page.copy(update_attrs={"slug": "kopie", "title": "Kopie"}, keep_live=True)
    assert not copy.live


def test_moving_a_draft_does_not_publish_it(client, library, editor):
    page = case_study(library)
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:move_confirm", args=(page.pk, library.pk))
    client.post(url)
    page.refresh_from_db()
    assert not page.live


def test_revision_revert_cannot_publish(client, library, editor):
    page = case_study(library)
    revision = page.latest_revision
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:revisions_revert", args=(page.pk, revision.pk))
    client.post(url, {**admin_form_data(slug=page.slug), "action-publish": "1"})
    page.refresh_from_db()
    assert not page.live


def test_nobody_has_publish_permission_on_case_studies(library, editor):
    page = case_study(library)
    assert not page.permissions_for_user(editor).can_publish()
    assert not library.permissions_for_user(editor).can_publish_subpage()

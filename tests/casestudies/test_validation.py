import pytest
from django.urls import reverse

from casestudies.models import CaseStudyPage

from .builders import CLEAN_TEXT, admin_form_data

pytestmark = pytest.mark.django_db


def create(client, library, trainer, data):
    client.force_login(trainer)
    url = reverse("wagtailadmin_pages:add", args=("casestudies", "casestudypage", library.pk))
    return client.post(url, data)


def test_empty_phase_is_refused_with_a_message(client, library, trainer_with_totp):
    response = create(client, library, trainer_with_totp,
                      admin_form_data(sections=[("klaerung", "<p></p>")]))  # fmt: skip
    assert response.status_code == 200
    html = response.content.decode()
    assert "Dieser Abschnitt ist leer" in html or "erforderlich" in html
    assert not CaseStudyPage.objects.exists()


def test_a_phase_twice_is_refused(client, library, trainer_with_totp):
    data = admin_form_data(sections=[("klaerung", CLEAN_TEXT), ("klaerung", CLEAN_TEXT)])
    response = create(client, library, trainer_with_totp, data)
    assert "kommt mehrfach vor" in response.content.decode()
    assert not CaseStudyPage.objects.exists()


def test_500_kb_of_text_is_refused(client, library, trainer_with_totp):
    long_text = "<p>" + ("Die Klientin spricht mit dem Jobcenter. " * 13000) + "</p>"
    response = create(client, library, trainer_with_totp,
                      admin_form_data(sections=[("klaerung", long_text)]))  # fmt: skip
    assert "zu lang" in response.content.decode()
    assert not CaseStudyPage.objects.exists()


def test_taxonomy_value_that_does_not_exist_is_refused(client, library, trainer_with_totp):
    data = admin_form_data()
    data["target_groups"] = ["999999"]
    response = create(client, library, trainer_with_totp, data)
    assert response.status_code == 200
    assert "gültige" in response.content.decode()
    assert not CaseStudyPage.objects.exists()


def test_participant_cannot_reach_the_editor(client, library, participant):
    client.force_login(participant)
    url = reverse("wagtailadmin_pages:add", args=("casestudies", "casestudypage", library.pk))
    assert client.get(url).status_code == 302

"""Catalogue, module page, enrolment through the page, /lernstand/ and query budgets."""

import pytest
from django.core.cache import cache

from courses.models import Enrolment, LessonCompletion
from tests.conftest import make_user

from . import builders

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


def test_catalogue_lists_modules_with_open_cohorts(client, catalogue, basiskurs):
    builders.cohort(basiskurs, "Frühjahr 2027", capacity=3)
    html = client.get("/kurse/").content.decode()
    assert "Basiskurs" in html
    assert "72 UE (48 Theorie, 24 Praxis), davon 56 in Präsenz" in html
    assert "Frühjahr 2027" in html
    assert "3 freie Plätze" in html


def test_module_page_enrols_and_shows_waiting_list(client, participant, basiskurs, koeln):
    cohort = builders.cohort(basiskurs, capacity=1)
    builders.enrolment(make_user("erste@example.org", municipality=koeln), cohort)
    client.force_login(participant)
    html = client.get(basiskurs.url).content.decode()
    assert "ausgebucht – Warteliste" in html
    assert "Auf die Warteliste" in html

    response = client.post(f"/kurse/anmelden/{cohort.pk}/", follow=True)
    assert "Sie stehen auf der Warteliste" in response.content.decode()
    assert Enrolment.objects.get(user=participant).status == "waitlisted"

    again = client.post(f"/kurse/anmelden/{cohort.pk}/", follow=True)
    assert "bereits angemeldet" in again.content.decode()
    assert Enrolment.objects.filter(user=participant).count() == 1


def test_module_page_explains_missing_prerequisite(client, participant, catalogue, basiskurs):
    aufbau = builders.module(catalogue, "Aufbaukurs", kind="aufbau", prerequisites=[basiskurs])
    cohort = builders.cohort(aufbau)
    client.force_login(participant)
    html = client.get(aufbau.url).content.decode()
    assert "Vor der Anmeldung zu diesem Modul müssen Sie abschließen" in html
    response = client.post(f"/kurse/anmelden/{cohort.pk}/", follow=True)
    assert "Vor diesem Modul müssen Sie abschließen: Basiskurs." in response.content.decode()
    assert not Enrolment.objects.exists()


def test_enrolment_needs_a_login_and_a_post(client, basiskurs):
    cohort = builders.cohort(basiskurs)
    assert client.post(f"/kurse/anmelden/{cohort.pk}/")["Location"].startswith("/konto/login/")
    assert not Enrolment.objects.exists()


def test_dashboard_shows_progress_and_what_is_missing(client, participant, basiskurs):
    lesson = builders.lesson(basiskurs)
    builders.enrolment(participant, builders.cohort(basiskurs))
    LessonCompletion.objects.create(user=participant, lesson=lesson)
    client.force_login(participant)
    html = client.get("/lernstand/").content.decode()
    assert "1 von 1 Lektionen abgeschlossen" in html
    assert "Was für das Zertifikat noch fehlt" in html
    assert "Grundlagen: noch 144 UE" in html
    assert "Bestandene Falldokumentation" in html


def test_dashboard_needs_a_login(client):
    assert client.get("/lernstand/")["Location"].startswith("/konto/login/")


@pytest.mark.parametrize("enrolments", [1, 30])
def test_dashboard_queries_do_not_grow_with_enrolments(
    client, participant, catalogue, enrolments, django_assert_max_num_queries
):
    for number in range(enrolments):
        module = builders.module(catalogue, f"Modul {number}")
        builders.lesson(module, f"Lektion {number}")
        cohort = builders.cohort(module)
        builders.session(cohort)
        builders.enrolment(participant, cohort)
    client.force_login(participant)
    client.get("/impressum/")
    # The first view stores the person's entry: five queries in the database cache.
    with django_assert_max_num_queries(15 + 5):
        assert client.get("/lernstand/").status_code == 200


@pytest.mark.parametrize("lessons", [1, 40])
def test_lesson_page_queries_do_not_grow_with_lessons(
    client, participant, basiskurs, lessons, django_assert_max_num_queries
):
    pages = [builders.lesson(basiskurs, f"Lektion {n}") for n in range(lessons)]
    builders.enrolment(participant, builders.cohort(basiskurs))
    client.force_login(participant)
    client.get("/impressum/")
    url = pages[-1].url
    # The first view stores the route and the person's entry: five queries each in the
    # database cache (progress_cache.py).
    with django_assert_max_num_queries(15 + 10):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("modules", [1, 12])
def test_catalogue_queries_do_not_grow_with_modules(
    client, catalogue, modules, django_assert_max_num_queries
):
    for number in range(modules):
        module = builders.module(catalogue, f"Modul {number}")
        builders.cohort(module)
    client.get("/impressum/")
    with django_assert_max_num_queries(15):
        assert client.get("/kurse/?seite=1").status_code == 200


def test_free_places_on_the_cached_catalogue_follow_enrolments(client, catalogue, basiskurs, koeln):
    cohort = builders.cohort(basiskurs, capacity=2)
    assert "2 freie Plätze" in client.get("/kurse/").content.decode()
    builders.enrolment(make_user("eine@example.org", municipality=koeln), cohort)
    assert "1 freier Platz" in client.get("/kurse/").content.decode()

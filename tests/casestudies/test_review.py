"""The workflow task "Anonymisierungsprüfung": blocking findings, false positives, audit."""

import pytest
from django.urls import reverse

from academy import roles
from casestudies.models import CaseStudyPage, FalsePositive, ReviewDecision
from tests.conftest import make_user

from .builders import CLEAN_TEXT, PLANTED_TEXT, admin_form_data, case_study

REFUSED = (302, 403)  # Wagtail's admin answers PermissionDenied with a redirect

pytestmark = pytest.mark.django_db


def submit(client, page, user, text=CLEAN_TEXT):
    """Submit for review through the editor, as the trainer's "Zur Prüfung einreichen"."""
    client.force_login(user)
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    data = admin_form_data(page.title, slug=page.slug, sections=[("klaerung", text)])
    client.post(url, {**data, "action-submit": "1"})
    page.refresh_from_db()
    return page


def act(client, page, user, action, **data):
    client.force_login(user)
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
    return client.post(url, data)


def test_trainer_sees_blocking_findings_after_saving(client, library, trainer_with_totp):
    client.force_login(trainer_with_totp)
    url = reverse("wagtailadmin_pages:add", args=("casestudies", "casestudypage", library.pk))
    response = client.post(url, admin_form_data(sections=[("klaerung", PLANTED_TEXT)]), follow=True)
    page = CaseStudyPage.objects.get().get_latest_revision_as_object()
    categories = {f["category"] for f in page.blocking_findings}
    assert {"name", "date"} <= categories
    html = response.content.decode()
    assert "Ayşe Demir" in html
    assert "blockierende Befunde" in html


def test_submission_is_recorded_with_the_findings(client, library, trainer_with_totp):
    page = case_study(library, owner=trainer_with_totp)
    page = submit(client, page, trainer_with_totp, PLANTED_TEXT)
    assert page.workflow_in_progress
    decision = ReviewDecision.objects.get(decision=ReviewDecision.Decision.SUBMITTED)
    assert decision.user == trainer_with_totp
    assert any(f["severity"] == "block" for f in decision.findings)


def test_blocking_findings_stop_the_approval(client, library, trainer_with_totp, reviewer):
    page = submit(client, case_study(library), trainer_with_totp, PLANTED_TEXT)
    task = page.current_workflow_task
    assert [name for name, *_ in task.get_actions(page, reviewer)] == ["reject"]

    response = act(client, page, reviewer, "approve")
    assert response.status_code in REFUSED
    page.refresh_from_db()
    assert not page.live


def test_reviewer_marks_each_finding_as_false_positive_then_approves(
    client, library, trainer_with_totp, reviewer
):
    page = submit(client, case_study(library), trainer_with_totp, PLANTED_TEXT)
    client.force_login(reviewer)
    url = reverse("casestudies:false_positives", args=(page.pk,))
    keys = [row["key"] for row in client.get(url).context["rows"]]
    assert keys

    short = client.post(url, {"finding": keys[0], "reason": "passt"})
    assert "mindestens 15 Zeichen" in short.content.decode()
    assert not FalsePositive.objects.exists()

    for key in keys:
        client.post(url, {"finding": key, "reason": "Fiktive Angabe aus einer Übungsvorlage."})
    assert FalsePositive.objects.count() == len(keys)

    act(client, page, reviewer, "approve")
    page.refresh_from_db()
    assert page.live
    decisions = list(ReviewDecision.objects.order_by("created_at").values_list("decision", "user"))
    assert decisions[0] == (ReviewDecision.Decision.SUBMITTED, trainer_with_totp.pk)
    assert decisions[-1] == (ReviewDecision.Decision.APPROVED, reviewer.pk)
    false_positives = ReviewDecision.objects.filter(decision=ReviewDecision.Decision.FALSE_POSITIVE)
    assert false_positives.count() == len(keys)


def test_clean_case_is_approved_and_goes_live(client, library, trainer_with_totp, reviewer):
    page = submit(client, case_study(library), trainer_with_totp)
    act(client, page, reviewer, "approve")
    page.refresh_from_db()
    assert page.live
    approval = ReviewDecision.objects.get(decision=ReviewDecision.Decision.APPROVED)
    assert approval.findings == [] or all(f["severity"] == "warn" for f in approval.findings)


def test_reviewer_requests_changes(client, library, trainer_with_totp, reviewer):
    page = submit(client, case_study(library), trainer_with_totp)
    act(client, page, reviewer, "reject", comment="Bitte die Region gröber fassen.")
    page.refresh_from_db()
    assert not page.live
    assert ReviewDecision.objects.filter(
        decision=ReviewDecision.Decision.CHANGES_REQUESTED, comment__contains="Region"
    ).exists()


def test_author_cannot_approve_their_own_case(client, library):
    author = make_user("autorin@example.org", role=roles.ANONYMISATION_REVIEWERS, totp=True)
    author.groups.add(*make_user("x@example.org", role=roles.TRAINERS).groups.all())
    page = submit(client, case_study(library, owner=author), author)
    assert page.current_workflow_task.get_actions(page, author) == []
    assert act(client, page, author, "approve").status_code in REFUSED
    url = reverse("casestudies:false_positives", args=(page.pk,))
    assert client.get(url).status_code in REFUSED
    page.refresh_from_db()
    assert not page.live


@pytest.mark.parametrize("role", [roles.TRAINERS, roles.CERTIFICATE_ADMINISTRATORS])
def test_only_reviewers_mark_false_positives(client, library, trainer_with_totp, role):
    page = submit(client, case_study(library), trainer_with_totp, PLANTED_TEXT)
    other = make_user("andere@example.org", role=role, totp=True)
    client.force_login(other)
    url = reverse("casestudies:false_positives", args=(page.pk,))
    assert client.get(url).status_code in REFUSED
    key = "name:Phase Klärung (Intake):Frau Ayşe Demir"
    client.post(url, {"finding": key, "reason": "Ich finde das unbedenklich, ehrlich."})
    assert not FalsePositive.objects.exists()
    assert act(client, page, other, "approve").status_code in REFUSED
    page.refresh_from_db()
    assert not page.live


def test_changes_to_a_published_case_go_through_the_review_again(
    client, library, trainer_with_totp, reviewer
):
    page = submit(client, case_study(library, "Erste Fassung"), trainer_with_totp)
    act(client, page, reviewer, "approve")

    client.force_login(trainer_with_totp)
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    client.post(
        url,
        {
            **admin_form_data(
                "Zweite Fassung", slug=page.slug, sections=[("klaerung", PLANTED_TEXT)]
            ),
            "action-submit": "1",
        },
    )
    page.refresh_from_db()
    assert page.title == "Erste Fassung"
    assert page.workflow_in_progress
    assert [n for n, *_ in page.current_workflow_task.get_actions(page, reviewer)] == ["reject"]


def test_review_log_lists_decisions_for_reviewers_only(
    client, library, trainer_with_totp, reviewer
):
    page = submit(client, case_study(library), trainer_with_totp)
    act(client, page, reviewer, "approve")

    client.force_login(reviewer)
    url = reverse("casestudies:review_log")
    html = client.get(url).content.decode()
    assert "freigegeben" in html
    assert "zur Prüfung eingereicht" in html
    export = client.get(url, {"export": "csv"})
    assert export.status_code == 200
    assert "freigegeben" in b"".join(export.streaming_content).decode()

    client.force_login(trainer_with_totp)
    response = client.get(url)
    assert response.status_code in REFUSED
    assert "freigegeben" not in response.content.decode()


def test_combination_rule_sees_facts_spread_over_several_phases(library):
    from wagtail.rich_text import RichText

    page = case_study(library, text="<p>Die Klientin ist 23 Jahre alt.</p>")
    page.body = [
        (
            "section",
            {"phase": "klaerung", "text": RichText("<p>Die Klientin ist 23 Jahre alt.</p>")},
        ),
        ("section", {"phase": "assessment", "text": RichText("<p>Sie spricht Hazaragi.</p>")}),
        (
            "section",
            {
                "phase": "monitoring",
                "text": RichText("<p>Sie arbeitet bei der Bäckerei Sonnenschein GmbH.</p>"),
            },
        ),
    ]
    findings = page.check_anonymisation()
    combination = [f for f in findings if f["category"] == "combination"]
    assert [f["location"] for f in combination] == ["gesamter Fall"]
    assert all(f["severity"] == "warn" for f in combination)


def test_resubmission_after_changes_is_recorded_too(client, library, trainer_with_totp, reviewer):
    page = submit(client, case_study(library), trainer_with_totp, PLANTED_TEXT)
    act(client, page, reviewer, "reject", comment="Bitte anonymisieren.")
    page = submit(client, page, trainer_with_totp)
    submissions = ReviewDecision.objects.filter(decision=ReviewDecision.Decision.SUBMITTED)
    assert submissions.count() == 2
    latest = submissions.order_by("-created_at", "-pk").first()
    assert not any(f["severity"] == "block" for f in latest.findings)

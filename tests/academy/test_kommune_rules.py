"""The set-based progress of courses.rules agrees with the per-user functions; the charts'
SVG is accessible and free of inline styles."""

import re
from decimal import Decimal

import pytest
from django.utils import timezone

from academy import charts, roles
from academy.models import User
from courses import rules
from courses.enums import AssessmentResult, EnrolmentStatus, SubmissionStatus
from courses.models import (
    Assessment,
    LessonCompletion,
    Qualification,
    Submission,
    SupervisionAmendment,
    SupervisionRecord,
)
from tests.conftest import make_user
from tests.courses import builders


@pytest.fixture
def trainer(db):
    return make_user("trainerin@example.org", role=roles.TRAINERS, totp=True)


@pytest.mark.django_db
def test_set_based_progress_equals_per_user_progress(koeln, trainer, django_assert_num_queries):
    catalogue = builders.catalogue()
    basis = builders.module(catalogue)
    supervision = builders.module(
        catalogue, "Supervision", kind="supervision", component="supervision"
    )
    final = builders.module(catalogue, "Abschluss", kind="abschluss", component="")
    lesson = builders.lesson(basis, ue=Decimal("2.5"), activities=False)
    people = [
        make_user(f"p{number}@example.org", role=roles.PARTICIPANTS, municipality=koeln)
        for number in range(4)
    ]
    first, second, third, _nothing = people

    cohort = builders.cohort(basis)
    for user, days in ((first, 3), (second, 1)):
        enrolment = builders.enrolment(user, cohort)
        for day in range(days):
            builders.attended(
                enrolment,
                builders.session(cohort, days=day, kind="practice" if day else "theory"),
                trainer,
            )
    withdrawn = builders.enrolment(third, cohort, EnrolmentStatus.WITHDRAWN)
    builders.attended(withdrawn, builders.session(cohort, days=9), trainer)
    LessonCompletion.objects.create(user=first, lesson=lesson)
    LessonCompletion.objects.create(user=third, lesson=lesson)

    supervised = builders.enrolment(second, builders.cohort(supervision))
    record = SupervisionRecord.objects.create(
        enrolment=supervised, date=timezone.localdate(), ue=Decimal(8), topic="Fall",
        supervisor=trainer, signed_off_at=timezone.now(),
    )  # fmt: skip
    SupervisionAmendment.objects.create(
        record=record, ue=Decimal(6), reason="Korrektur", created_by=trainer
    )
    closing = builders.enrolment(first, builders.cohort(final))
    Submission.objects.create(enrolment=closing, title="Fall", status=SubmissionStatus.PASSED)
    Assessment.objects.create(
        enrolment=closing, held_on=timezone.localdate(), result=AssessmentResult.PASSED,
        assessed_by=trainer, is_final=True,
    )  # fmt: skip

    qualification = Qualification.objects.prefetch_related("components").get()
    list(qualification.components.all())
    users = User.objects.filter(pk__in=[user.pk for user in people])
    # attendance, supervision, lessons, their modules, documentation and colloquium
    with django_assert_num_queries(5):
        together = rules.qualification_progress_by_user(users, qualification)
    for user in people:
        alone = rules.qualification_progress(user, qualification)
        assert summary(together[user.pk]) == summary(alone)

    assert summary(together[first.pk])["grundlagen"] == (Decimal("26.5"), 24, Decimal("10.5"))
    assert together[first.pk].documentation_passed
    assert together[first.pk].colloquium_passed
    assert summary(together[second.pk])["supervision"] == (6, 6, 0)
    assert summary(together[third.pk])["grundlagen"] == (Decimal("2.5"), 0, Decimal("2.5"))
    assert summary(together[_nothing.pk])["total"] == 0
    assert "Bestandene Falldokumentation" in together[_nothing.pk].missing


def summary(progress):
    result = {
        component.component: (
            component.credit.total,
            component.credit.presence,
            component.credit.theory,
        )
        for component in progress.components
    }
    result["total"] = progress.total_ue
    result["missing"] = progress.missing
    result["passed"] = (progress.documentation_passed, progress.colloquium_passed)
    return result


def test_chart_svg_uses_presentation_attributes_and_is_labelled():
    chart = charts.Chart(
        slug="probe",
        title="Teilnehmende nach Einrichtung",
        description="Jobcenter: 3; Sozialamt: 5.",
        labels=["Jobcenter", "Sozialamt"],
        values=[3, 5],
        category_label="Einrichtung",
        value_label="Personen",
        horizontal=True,
    )
    svg = charts.accessible_svg(
        charts.draw(chart), prefix="chart-probe", title=chart.title, desc=chart.description
    )
    assert "style" not in svg
    assert svg.startswith("<svg ")
    assert 'role="img"' in svg
    assert 'aria-labelledby="chart-probe-title chart-probe-desc"' in svg
    assert '<title id="chart-probe-title">Teilnehmende nach Einrichtung</title>' in svg
    assert '<desc id="chart-probe-desc">Jobcenter: 3; Sozialamt: 5.</desc>' in svg
    assert ">Sozialamt</text>" in svg  # real text, not glyph outlines
    assert 'fill="#0b4f6c"' in svg
    for element_id in re.findall(r'\sid="([^"]+)"', svg):
        assert element_id.startswith("chart-probe-")
    for reference in re.findall(r'(?:url\(#|href="#)([^)"]+)', svg):
        assert f'id="{reference}"' in svg
    assert "xlink:" not in svg


def test_chart_text_is_escaped():
    chart = charts.Chart(
        slug="x", title="<script>", description="a & b", labels=["<b>"], values=[1],
        category_label="", value_label="n",
    )  # fmt: skip
    svg = charts.accessible_svg(charts.draw(chart), prefix="x", title="<script>", desc="a & b")
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    assert "<b>" not in svg

"""Lessons embed case studies through CaseStudyEmbedBlock; only published cases show."""

import pytest
from wagtail.models import PageViewRestriction

from casestudies.blocks import CaseStudyEmbedBlock

from .builders import case_study, published_case_study

pytestmark = pytest.mark.django_db


def render(page):
    block = CaseStudyEmbedBlock()
    value = block.to_python({"case_study": page.pk, "task": "Ordnen Sie die Phasen zu."})
    return block.render(value)


def test_published_case_is_embedded_with_its_task(library):
    page = published_case_study(library, "Ein veröffentlichter Fall")
    html = render(page)
    assert "Ein veröffentlichter Fall" in html
    assert "Ordnen Sie die Phasen zu." in html


def test_draft_is_never_embedded(library):
    assert render(case_study(library, "Geheimer Entwurf")).strip() == ""


def test_private_case_is_never_embedded(library):
    page = published_case_study(library, "Privater Fall")
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert render(page).strip() == ""


def test_unpublished_case_disappears_from_the_embed(library):
    page = published_case_study(library, "Zurückgezogen")
    page.unpublish()
    assert render(page).strip() == ""

"""Builders for case-study tests: names say the state they create."""

from wagtail.rich_text import RichText

from academy.demo import build_site
from academy.models import FieldOfAction, LegalDomain, TargetGroup
from casestudies.models import CaseStudyIndexPage, CaseStudyPage

CLEAN_TEXT = (
    "<p>Die Klientin, Anfang 20, kommt Anfang 2019 aus Westafrika in eine Großstadt im "
    "Rheinland. Das Jobcenter und die Ausländerbehörde klären gemeinsam die Zuständigkeit.</p>"
)
SUMMARY = "Eine junge Frau findet mit Unterstützung mehrerer Stellen einen Ausbildungsplatz."
PLANTED_TEXT = (
    "<p>Frau Ayşe Demir, geboren am 03.04.1998, wohnt in der Lindenstraße 12 "
    "und meldet sich beim Jobcenter.</p>"
)


def library():
    build_site()
    return CaseStudyIndexPage.objects.get()


def case_study(
    parent,
    title="Übergang in Ausbildung",
    *,
    text=CLEAN_TEXT,
    kind="fallanalyse",
    region="rheinland",
    target_group="junge-gefluechtete",
    legal_domain="sgb-ii",
    field_of_action="ausbildung",
    phase="klaerung",
    summary=None,
    owner=None,
):
    """A draft case study with one section, saved as a revision."""
    page = CaseStudyPage(
        title=title,
        kind=kind,
        region=region,
        summary=summary or SUMMARY,
        body=[("section", {"phase": phase, "text": RichText(text)})],
        live=False,
        owner=owner,
    )
    parent.add_child(instance=page)
    page.target_groups.set([TargetGroup.objects.get(slug=target_group)])
    page.legal_domains.set([LegalDomain.objects.get(slug=legal_domain)])
    page.fields_of_action.set([FieldOfAction.objects.get(slug=field_of_action)])
    page.full_clean()
    page.save_revision(user=owner)
    return page


def published_case_study(parent, title="Übergang in Ausbildung", **kwargs):
    """Published the way a test may: straight from the revision, skipping the review."""
    page = case_study(parent, title, **kwargs)
    page.get_latest_revision().publish(skip_permission_checks=True)
    return CaseStudyPage.objects.get(pk=page.pk)


def admin_form_data(title="Übergang in Ausbildung", *, sections=None, **overrides):
    """POST data of the Wagtail editor for a case study."""
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    sections = sections if sections is not None else [("klaerung", CLEAN_TEXT)]
    data = {
        "title": title,
        "slug": overrides.pop("slug", "uebergang-in-ausbildung"),
        "kind": "fallanalyse",
        "summary": SUMMARY,
        "region": "rheinland",
        "body": streamfield(
            [("section", {"phase": phase, "text": rich_text(text)}) for phase, text in sections]
        ),
        "system_level": streamfield([]),
        "discussion_questions": streamfield([]),
        "instrument_links": inline_formset([]),
    }
    data.update(overrides)
    form_data = nested_form_data(data)
    form_data.setdefault("target_groups", [str(TargetGroup.objects.get(slug="uma").pk)])
    form_data.setdefault("legal_domains", [str(LegalDomain.objects.get(slug="sgb-viii").pk)])
    form_data.setdefault("fields_of_action", [str(FieldOfAction.objects.get(slug="bildung").pk)])
    return form_data


def many_published_cases(parent, count, title="Fall zur Ausbildung"):
    """Many live cases quickly: no revisions and no checker run (data for query counts)."""
    groups = {
        "target_groups": TargetGroup.objects.get(slug="junge-gefluechtete"),
        "legal_domains": LegalDomain.objects.get(slug="sgb-ii"),
        "fields_of_action": FieldOfAction.objects.get(slug="ausbildung"),
    }
    for number in range(count):
        page = CaseStudyPage(
            title=f"{title} {number}",
            slug=f"fall-{number}",
            kind="fallanalyse",
            region="rheinland",
            summary=SUMMARY,
            body=[("section", {"phase": "klaerung", "text": RichText(CLEAN_TEXT)})],
            phases=",klaerung,",
            live=True,
        )
        parent.add_child(instance=page)
        for field, term in groups.items():
            getattr(page, field).set([term])
        page.save()

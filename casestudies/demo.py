"""Demo content for the case-study library: twelve published cases and one draft in review.

Nobody may publish a case study directly, so the demo goes the real way: the demo trainer saves
each case as a draft and submits it to the review workflow, and the demo reviewer approves it,
which publishes it. The draft with planted identifiers stays in review. Idempotent: a case whose
slug already exists in the library is left alone.
"""

from html import escape

from django.core.management.base import CommandError
from wagtail.rich_text import RichText

from academy.models import FieldOfAction, InstrumentPage, LegalDomain, TargetGroup, User

from .demo_content import CASES, DRAFT_WITH_IDENTIFIERS
from .models import CaseStudyIndexPage, CaseStudyInstrument, CaseStudyPage

LIBRARY_SLUG = "fallstudien"
TRAINER_EMAIL = "trainerin@example.org"
REVIEWER_EMAIL = "pruefung@example.org"


def load(stdout):
    library = CaseStudyIndexPage.objects.filter(slug=LIBRARY_SLUG).order_by("path").first()
    if library is None:
        raise CommandError(f"Die Fallstudienbibliothek „/{LIBRARY_SLUG}/“ fehlt.")
    trainer = User.objects.get(email=TRAINER_EMAIL)
    reviewer = User.objects.get(email=REVIEWER_EMAIL)

    published = 0
    for case in CASES:
        if not exists(library, case["slug"]):
            page = create_draft(library, case, trainer)
            approve(submit(page, trainer), page, reviewer)
            published += 1
    in_review = 0
    if not exists(library, DRAFT_WITH_IDENTIFIERS["slug"]):
        submit(create_draft(library, DRAFT_WITH_IDENTIFIERS, trainer), trainer)
        in_review = 1
    stdout.write(
        f"Fallstudien: {published} neu veröffentlicht, {in_review} Entwurf zur Prüfung "
        f"eingereicht ({len(CASES) + 1} insgesamt)."
    )


def exists(library, slug):
    return CaseStudyPage.objects.child_of(library).filter(slug=slug).exists()


def create_draft(library, case, trainer):
    """The case as a never-published page owned by the trainer, with one revision."""
    page = CaseStudyPage(
        title=text(case["title"]),
        slug=case["slug"],
        kind=case["kind"],
        region=case["region"],
        summary=text(case["summary"]),
        body=[
            ("section", {"phase": phase, "text": rich_text(section)})
            for phase, section in case["body"].items()
        ],
        system_level=[
            ("finding", {"kind": kind, "text": rich_text(finding)})
            for kind, finding in case["system_level"]
        ],
        discussion_questions=[("question", text(q)) for q in case["discussion_questions"]],
        live=False,
        owner=trainer,
    )
    page.target_groups.set(terms(TargetGroup, case["target_groups"]))
    page.legal_domains.set(terms(LegalDomain, case["legal_domains"]))
    page.fields_of_action.set(terms(FieldOfAction, case["fields_of_action"]))
    page.instrument_links = [
        CaseStudyInstrument(instrument=instrument)
        for instrument in instruments(case.get("instruments", []))
    ]
    library.add_child(instance=page)
    page.save_revision(user=trainer, log_action=True)
    return page


def submit(page, trainer):
    workflow = page.get_workflow()
    if workflow is None:
        raise CommandError("Der Freigabe-Workflow für Fallstudien fehlt (Migrationen ausführen).")
    return workflow.start(page, trainer)


def approve(workflow_state, page, reviewer):
    """Approve as the reviewer; the end of the workflow publishes the page."""
    draft = page.get_latest_revision_as_object()
    if draft.blocking_findings:
        found = "; ".join(
            f"{f['location']}: {f.get('text', '')} ({f.get('category', '')})"
            for f in draft.blocking_findings
        )
        raise CommandError(f"„{page.title}“ hat blockierende Befunde: {found}")
    task_state = workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, reviewer, "approve")
    page.refresh_from_db()
    if not page.live:
        raise CommandError(f"„{page.title}“ wurde freigegeben, ist aber nicht veröffentlicht.")


def terms(model, slugs):
    found = list(model.objects.filter(slug__in=slugs))
    missing = set(slugs) - {term.slug for term in found}
    if missing:
        raise CommandError(f"{model._meta.verbose_name_plural}: unbekannt {sorted(missing)}")
    return found


def instruments(slugs):
    """Published Werkzeugkoffer instruments, in the order given."""
    found = {page.slug: page for page in InstrumentPage.objects.live().filter(slug__in=slugs)}
    missing = set(slugs) - set(found)
    if missing:
        raise CommandError(f"Instrumente: unbekannt {sorted(missing)}")
    return [found[slug] for slug in slugs]


def text(value):
    """Join the wrapped lines of demo_content into one line of plain text."""
    return " ".join(value.split())


def rich_text(value):
    return RichText(f"<p>{escape(text(value), quote=False)}</p>")

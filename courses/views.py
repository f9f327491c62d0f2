import re
from html import unescape

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy import caching
from academy.sanitise import sanitise_text_as_html
from casestudies.anonymisation import check

from . import progress_cache, rules
from .enrolment import EnrolmentError, can_learn, enrol, withdraw
from .enums import EnrolmentStatus
from .forms import QuizForm, ReflectionForm, SubmissionForm
from .models import (
    Cohort,
    Enrolment,
    LessonCompletion,
    Qualification,
    QuizAttempt,
    ReflectionAnswer,
    Submission,
)


def serve_lesson(lesson, request, *args, **kwargs):
    """Lessons are for enrolled participants, the module's trainers and superusers.

    A person's lesson content comes from the cache while their records and the published
    pages are unchanged (progress_cache.py); it is only ever stored after the access check,
    and every change that could revoke access starts a new stamp.
    """
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if fragment := caching.cached_personal(request):
        return render_lesson(request, lesson, fragment)
    module = lesson.module
    if not can_learn(request.user, module):
        return TemplateResponse(
            request, "courses/not_enrolled.html", {"page": lesson, "module": module}, status=403
        )
    forms = {}
    if request.method == "POST":
        response, forms = handle_activity(lesson, request)
        if response:
            return response
    if forms:  # a form with errors: shown once, never kept
        fragment = progress_cache.render_fragment(
            LESSON_FRAGMENT, lesson_context(lesson, request, forms)
        )
        return render_lesson(request, lesson, fragment)
    fragment = progress_cache.personal_fragment(
        request, LESSON_FRAGMENT, lambda: lesson_context(lesson, request, forms)
    )
    if caching.cached_route(request) is None:
        # With the blocks rendered above, for everyone's next request in this generation.
        caching.store_route(request, lesson)
    return render_lesson(request, lesson, fragment)


LESSON_FRAGMENT = "courses/includes/lesson.html"


def render_lesson(request, lesson, fragment):
    return TemplateResponse(
        request,
        lesson.get_template(request),
        {
            "page": lesson,
            "self": lesson,
            "lesson_content": progress_cache.with_csrf_token(request, fragment),
        },
    )


def handle_activity(lesson, request):
    """A reflection, a quiz or "Lektion abschließen"; returns (redirect or None, bound forms)."""
    action = request.POST.get("action")
    block_id = request.POST.get("block_id", "")
    blocks = {child.id: child for child in lesson.activities()}
    if action == "complete":
        if lesson.required_activity_ids() - done_activity_ids(lesson, request.user):
            messages.error(request, _("Bitte erledigen Sie zuerst alle Pflichtaufgaben."))
        else:
            LessonCompletion.objects.get_or_create(user=request.user, lesson=lesson)
            messages.success(request, _("Die Lektion ist abgeschlossen."))
        return redirect(lesson.url), {}
    block = blocks.get(block_id)
    if block is None or block.block_type != action:
        return HttpResponseBadRequest(_("Diese Aufgabe gibt es in der Lektion nicht.")), {}

    if action == "reflection":
        form = ReflectionForm(request.POST, prefix=block_id)
        if not form.is_valid():
            return None, {block_id: form}
        ReflectionAnswer.objects.update_or_create(
            user=request.user,
            lesson=lesson,
            block_id=block_id,
            defaults={"text": sanitise_text_as_html(form.cleaned_data["answer"])},
        )
        messages.success(request, _("Ihre Antwort ist gespeichert."))
    else:
        form = QuizForm(block.value, request.POST, prefix=block_id)
        if not form.is_valid():
            return None, {block_id: form}
        score, passed, _feedback = form.evaluate()
        QuizAttempt.objects.create(
            user=request.user,
            lesson=lesson,
            block_id=block_id,
            answers=form.answers(),
            score=score,
            passed=passed,
        )
        if passed:
            messages.success(request, _("Bestanden: %(score)d %% richtig.") % {"score": score})
        else:
            messages.warning(
                request,
                _(
                    "Noch nicht bestanden: %(score)d %% richtig, nötig sind %(mark)d %%. "
                    "Sie können es gleich noch einmal versuchen."
                )
                % {"score": score, "mark": block.value["pass_mark"]},
            )
    complete_if_done(lesson, request.user)
    return redirect(f"{lesson.url}#aufgabe-{block_id}"), {}


def done_activity_ids(lesson, user):
    reflections = ReflectionAnswer.objects.filter(user=user, lesson=lesson).values_list(
        "block_id", flat=True
    )
    quizzes = QuizAttempt.objects.filter(user=user, lesson=lesson, passed=True).values_list(
        "block_id", flat=True
    )
    return set(reflections) | set(quizzes)


def complete_if_done(lesson, user):
    required = lesson.required_activity_ids()
    if required and not required - done_activity_ids(lesson, user):
        LessonCompletion.objects.get_or_create(user=user, lesson=lesson)


def lesson_context(lesson, request, forms):
    user = request.user
    reflections = {
        answer.block_id: answer
        for answer in ReflectionAnswer.objects.filter(user=user, lesson=lesson)
    }
    attempts = {}
    for attempt in QuizAttempt.objects.filter(user=user, lesson=lesson).order_by("created_at"):
        attempts[attempt.block_id] = attempt
    activities = {}
    for child in lesson.activities():
        if child.block_type == "reflection":
            answer = reflections.get(child.id)
            form = forms.get(child.id) or ReflectionForm(
                prefix=child.id, initial={"answer": html_to_text(answer.text) if answer else ""}
            )
            activities[child.id] = {"form": form, "answer": answer}
        else:
            attempt = attempts.get(child.id)
            form = forms.get(child.id) or QuizForm(child.value, prefix=child.id)
            activities[child.id] = {
                "form": form,
                "attempt": attempt,
                "feedback": quiz_feedback(child.value, attempt),
            }
    rendered = rendered_blocks(lesson, request)
    siblings = list(
        lesson.module.lessons()
        .only("pk", "title", "url_path", "path", "depth")
        .annotate(
            completed=Exists(LessonCompletion.objects.filter(user=user, lesson=OuterRef("pk")))
        )
    )
    position = next(i for i, sibling in enumerate(siblings) if sibling.pk == lesson.pk)
    return {
        "request": request,
        "page": lesson,
        "self": lesson,
        "module": lesson.module,
        "sections": [
            (child, activities.get(child.id), rendered.get(child.id)) for child in lesson.body
        ],
        "completed": siblings[position].completed,
        "previous_lesson": siblings[position - 1] if position > 0 else None,
        "next_lesson": siblings[position + 1] if position + 1 < len(siblings) else None,
        "lesson_number": position + 1,
        "lesson_count": len(siblings),
    }


def rendered_blocks(lesson, request):
    """The lesson's blocks that look the same for everyone, as HTML.

    Rendered once per cache generation: the lesson instance that carries them is kept with
    the cached route (caching.store_route), and every publish starts a new generation.
    """
    if "_rendered_blocks" not in lesson.__dict__:
        context = {"request": request, "page": lesson, "self": lesson}
        lesson._rendered_blocks = {
            child.id: child.render(context)
            for child in lesson.body
            if child.block_type not in ("reflection", "quiz")
        }
    return lesson._rendered_blocks


def html_to_text(html):
    """The stored (sanitised) answer back as the plain text the participant typed."""
    text = re.sub(r"<br\s*/?>", "\n", html)
    text = re.sub(r"</p>\s*<p>", "\n\n", text)
    return unescape(strip_tags(text)).strip()


def quiz_feedback(quiz, attempt):
    if attempt is None:
        return None
    return [
        {
            "question": question["text"],
            "chosen": question["choices"][chosen]["text"],
            "correct": question["choices"][chosen]["correct"],
            "explanation": question["explanation"],
        }
        for question, chosen in zip(quiz["questions"], attempt.answers, strict=False)
    ]


@login_required
def dashboard(request):
    """/lernstand/: the participant's own progress, from the cache while it is unchanged."""
    fragment = progress_cache.personal_fragment(
        request, "courses/includes/dashboard.html", lambda: dashboard_context(request)
    )
    return TemplateResponse(
        request,
        "courses/dashboard.html",
        {"dashboard_content": progress_cache.with_csrf_token(request, fragment)},
    )


def dashboard_context(request):
    qualification = Qualification.objects.prefetch_related("components").order_by("pk").first()
    return {
        "request": request,
        "enrolments": rules.enrolment_progress(request.user),
        "qualification": qualification
        and rules.qualification_progress(request.user, qualification),
        "upcoming_sessions": list(rules.upcoming_sessions(request.user)),
    }


@login_required
@require_POST
def enrol_view(request, cohort_id):
    cohort = get_object_or_404(Cohort.objects.select_related("module"), pk=cohort_id)
    try:
        enrolment = enrol(request.user, cohort)
    except EnrolmentError as error:
        messages.error(request, str(error))
    except IntegrityError:
        messages.error(request, _("Sie sind für diesen Durchgang bereits angemeldet."))
    else:
        if enrolment.status == EnrolmentStatus.WAITLISTED:
            messages.info(
                request,
                _(
                    "Der Durchgang ist voll. Sie stehen auf der Warteliste und rücken automatisch "
                    "nach, sobald ein Platz frei wird."
                ),
            )
        else:
            messages.success(request, _("Sie sind angemeldet."))
    return redirect(cohort.module.url)


@login_required
@require_POST
def withdraw_view(request, enrolment_id):
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("cohort__module"), pk=enrolment_id, user=request.user
    )
    try:
        withdraw(enrolment)
    except EnrolmentError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Sie haben sich abgemeldet."))
    return redirect("courses:dashboard")


@login_required
def submission_view(request, enrolment_id):
    """Submit the case documentation (Falldokumentation) for an enrolment."""
    enrolment = get_object_or_404(
        Enrolment.objects.active().select_related("cohort__module"),
        pk=enrolment_id,
        user=request.user,
    )
    form = SubmissionForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if form.is_valid():
            phases = {
                phase: sanitise_text_as_html(text) for phase, text in form.phase_texts().items()
            }
            findings = [
                {**finding.as_dict(), "location": phase}
                for phase, text in form.phase_texts().items()
                for finding in check(text)
            ]
            with transaction.atomic():
                Submission.objects.create(
                    enrolment=enrolment,
                    title=form.cleaned_data["title"],
                    phases=phases,
                    attachment=form.cleaned_data.get("attachment") or "",
                    anonymisation_findings=findings,
                )
            if any(f["severity"] == "block" for f in findings):
                messages.warning(
                    request,
                    _(
                        "Eingereicht. Die Anonymisierungsprüfung hat mögliche personenbezogene "
                        "Angaben gefunden; bitte prüfen Sie Ihre Dokumentation."
                    ),
                )
            else:
                messages.success(request, _("Ihre Falldokumentation ist eingereicht."))
            return redirect("courses:submission", enrolment_id=enrolment.pk)
        messages.error(request, _("Bitte prüfen Sie die markierten Angaben."))
    return TemplateResponse(
        request,
        "courses/submission.html",
        {"form": form, "enrolment": enrolment, "submissions": enrolment.submissions.all()},
    )

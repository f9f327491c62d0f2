from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Prefetch, Q
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager, PageQuerySet
from wagtail.search import index

from academy.caching import CachedPageMixin, bump_user_versions
from academy.models import SectionIndexPage, SpecificChildRouteMixin

from .blocks import LessonStreamBlock
from .enums import (
    AssessmentResult,
    AttendanceStatus,
    Component,
    EnrolmentStatus,
    ModuleKind,
    SessionKind,
    SubmissionStatus,
)

MAX_GROUP_SIZE = 20


def private_storage():
    """Personal uploads live outside MEDIA_ROOT and are served only by checked views."""
    return storages["private"]


class CourseCatalogPage(SpecificChildRouteMixin, SectionIndexPage):
    """The course catalogue at /kurse/."""

    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("Kurskatalog")

    @property
    def child_page_model(self):
        return ModulePage

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["modules"] = ModulePage.objects.catalogue(self)
        return context


class ModulePageQuerySet(PageQuerySet):
    def catalogue(self, catalogue):
        """Published modules of a catalogue with their open cohorts, in fixed queries."""
        open_cohorts = (
            Cohort.objects.open_for_enrolment()
            .with_places()
            .prefetch_related("trainers")
            .order_by("starts_on")
        )
        return (
            self.live()
            .public()
            .child_of(catalogue)
            .prefetch_related(
                Prefetch("cohorts", queryset=open_cohorts, to_attr="open_cohorts"),
                "prerequisites",
            )
        )


class ModulePage(SpecificChildRouteMixin, CachedPageMixin, Page):
    kind = models.CharField(_("Art"), max_length=30, choices=ModuleKind.choices)
    component = models.CharField(
        _("DGCC-Baustein"),
        max_length=30,
        choices=Component.choices,
        blank=True,
        help_text=_("Auf welchen Baustein der Zertifizierung die UE angerechnet werden."),
    )
    summary = models.TextField(_("Kurzbeschreibung"), max_length=600)
    audience = models.CharField(_("Zielgruppe"), max_length=300)
    ue_theory = models.PositiveSmallIntegerField(_("UE Theorie"), default=0)
    ue_practice = models.PositiveSmallIntegerField(_("UE Praxis"), default=0)
    ue_presence = models.PositiveSmallIntegerField(_("davon UE in Präsenz"), default=0)
    learning_objectives = RichTextField(_("Lernziele"), features=["ul", "bold", "italic"])
    prerequisites = ParentalManyToManyField(
        "self",
        verbose_name=_("Voraussetzungen"),
        symmetrical=False,
        blank=True,
        related_name="required_for",
        help_text=_("Module, die vor der Anmeldung abgeschlossen sein müssen."),
    )

    objects = PageManager.from_queryset(ModulePageQuerySet)()

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_objectives"),
    ]

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("component")]),
                FieldPanel("summary"),
                FieldPanel("audience"),
            ],
            heading=_("Überblick"),
        ),
        FieldRowPanel(
            [FieldPanel("ue_theory"), FieldPanel("ue_practice"), FieldPanel("ue_presence")],
            heading=_("Unterrichtseinheiten (1 UE = 45 Minuten)"),
        ),
        FieldPanel("learning_objectives"),
        FieldPanel("prerequisites"),
    ]

    parent_page_types = ["courses.CourseCatalogPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("Modul")
        verbose_name_plural = _("Module")

    @property
    def child_page_model(self):
        return LessonPage

    def adopt(self, child):
        child.module = self

    @property
    def ue_total(self):
        return self.ue_theory + self.ue_practice

    def clean(self):
        super().clean()
        if self.ue_presence > self.ue_total:
            raise ValidationError(
                {"ue_presence": _("Die UE in Präsenz können nicht mehr sein als alle UE.")}
            )

    def lessons(self):
        return LessonPage.objects.live().child_of(self)

    def get_context(self, request, *args, **kwargs):
        from .enrolment import enrolment_options

        context = super().get_context(request, *args, **kwargs)
        context.update(enrolment_options(self, request.user))
        return context


class LessonPage(Page):
    ue = models.DecimalField(
        _("UE für das Selbstlernen"),
        max_digits=4,
        decimal_places=1,
        default=0,
        help_text=_("Werden bei Abschluss der Lektion als Theorie angerechnet (nicht Präsenz)."),
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("Inhalt"))

    search_fields = [*Page.search_fields, index.SearchField("body")]

    content_panels = [*Page.content_panels, FieldPanel("ue"), FieldPanel("body")]

    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Lektion")
        verbose_name_plural = _("Lektionen")

    @cached_property
    def module(self):
        return self.get_parent().specific

    def activities(self, kind=None):
        """The blocks a participant answers, by type: reflections and quizzes."""
        return [
            child
            for child in self.body
            if child.block_type in ("reflection", "quiz")
            and (kind is None or child.block_type == kind)
        ]

    def required_activity_ids(self):
        return {
            child.id
            for child in self.activities()
            if child.block_type == "quiz" or child.value["required"]
        }

    def serve(self, request, *args, **kwargs):
        from .views import serve_lesson

        return serve_lesson(self, request, *args, **kwargs)


class Qualification(ClusterableModel):
    """A qualification's requirements per component — data, editable, never code."""

    name = models.CharField(_("Bezeichnung"), max_length=200, unique=True)
    presence_ue = models.PositiveSmallIntegerField(_("UE in Präsenz insgesamt (mindestens)"))
    max_group_size = models.PositiveSmallIntegerField(
        _("Höchste Gruppengröße"), default=MAX_GROUP_SIZE
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("presence_ue"), FieldPanel("max_group_size")]),
        InlinePanel("components", heading=_("Bausteine"), label=_("Baustein"), min_num=1),
    ]

    class Meta:
        verbose_name = _("Qualifikation")
        verbose_name_plural = _("Qualifikationen")

    def __str__(self):
        return self.name


class QualificationComponent(Orderable):
    qualification = ParentalKey(Qualification, on_delete=models.CASCADE, related_name="components")
    component = models.CharField(_("Baustein"), max_length=30, choices=Component.choices)
    ue = models.PositiveSmallIntegerField(_("UE insgesamt"))
    presence_ue = models.PositiveSmallIntegerField(_("davon mindestens in Präsenz"))
    theory_ue = models.PositiveSmallIntegerField(_("davon mindestens Theorie"), default=0)

    panels = [
        FieldPanel("component"),
        FieldRowPanel([FieldPanel("ue"), FieldPanel("presence_ue"), FieldPanel("theory_ue")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Baustein")
        constraints = [
            models.UniqueConstraint(
                fields=["qualification", "component"], name="unique_component_per_qualification"
            )
        ]


class CohortQuerySet(models.QuerySet):
    def open_for_enrolment(self):
        return self.filter(enrolment_open=True, starts_on__gte=timezone.localdate())

    def with_places(self):
        return self.annotate(
            enrolled_count=Count(
                "enrolments", filter=Q(enrolments__status=EnrolmentStatus.ENROLLED)
            )
        )

    def taught_by(self, user):
        if user.is_superuser:
            return self
        return self.filter(trainers=user)


class Cohort(models.Model):
    """A Durchgang of a module: dates, place, trainers, capacity and a waiting list."""

    module = models.ForeignKey(
        ModulePage, verbose_name=_("Modul"), on_delete=models.PROTECT, related_name="cohorts"
    )
    title = models.CharField(_("Bezeichnung"), max_length=200)
    starts_on = models.DateField(_("Beginn"))
    ends_on = models.DateField(_("Ende"))
    place = models.CharField(_("Ort"), max_length=200, blank=True)
    online = models.BooleanField(_("online"), default=False)
    capacity = models.PositiveSmallIntegerField(
        _("Plätze"),
        default=MAX_GROUP_SIZE,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_GROUP_SIZE)],
        help_text=_("Die DGCC-Richtlinien erlauben höchstens 20 Personen je Gruppe."),
    )
    enrolment_open = models.BooleanField(_("Anmeldung offen"), default=True)
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Trainerinnen und Trainer"),
        related_name="taught_cohorts",
        blank=True,
    )

    objects = CohortQuerySet.as_manager()

    class Meta:
        ordering = ["starts_on", "pk"]
        verbose_name = _("Durchgang")
        verbose_name_plural = _("Durchgänge")

    def __str__(self):
        return f"{self.module.title}: {self.title}"

    def clean(self):
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("Das Ende liegt vor dem Beginn.")})
        if not self.online and not self.place:
            raise ValidationError({"place": _("Bitte einen Ort angeben oder „online“ wählen.")})

    @property
    def location(self):
        return _("online") if self.online else self.place

    @property
    def has_started(self):
        return self.starts_on <= timezone.localdate()

    def free_places(self):
        """Needs with_places(); never below zero."""
        return max(self.capacity - self.enrolled_count, 0)


class Session(models.Model):
    cohort = models.ForeignKey(
        Cohort, verbose_name=_("Durchgang"), on_delete=models.CASCADE, related_name="sessions"
    )
    date = models.DateField(_("Datum"))
    starts_at = models.TimeField(_("Beginn"))
    ends_at = models.TimeField(_("Ende"))
    topic = models.CharField(_("Thema"), max_length=200, blank=True)
    ue = models.DecimalField(
        _("UE"), max_digits=4, decimal_places=1, validators=[MinValueValidator(0)]
    )
    in_presence = models.BooleanField(_("in Präsenz"), default=True)
    kind = models.CharField(
        _("Art"), max_length=20, choices=SessionKind.choices, default=SessionKind.THEORY
    )

    class Meta:
        ordering = ["date", "starts_at"]
        verbose_name = _("Termin")
        verbose_name_plural = _("Termine")

    def __str__(self):
        return f"{self.date:%d.%m.%Y} {self.starts_at:%H:%M} – {self.topic or self.cohort}"

    def clean(self):
        if self.ends_at and self.starts_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("Das Ende liegt vor dem Beginn.")})


class EnrolmentQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=[EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED])


class Enrolment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Teilnehmende Person"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    cohort = models.ForeignKey(
        Cohort, verbose_name=_("Durchgang"), on_delete=models.PROTECT, related_name="enrolments"
    )
    status = models.CharField(
        _("Status"), max_length=20, choices=EnrolmentStatus.choices, db_index=True
    )
    created_at = models.DateTimeField(_("angemeldet am"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("abgemeldet am"), null=True, blank=True)
    completed_at = models.DateTimeField(_("abgeschlossen am"), null=True, blank=True)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("Anmeldung")
        verbose_name_plural = _("Anmeldungen")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "cohort"],
                condition=~Q(status=EnrolmentStatus.WITHDRAWN),
                name="one_active_enrolment_per_cohort",
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.cohort} ({self.get_status_display()})"


class LessonCompletion(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions"
    )
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="completions")
    completed_at = models.DateTimeField(_("abgeschlossen am"), default=timezone.now)

    class Meta:
        verbose_name = _("abgeschlossene Lektion")
        verbose_name_plural = _("abgeschlossene Lektionen")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="one_completion_per_lesson")
        ]

    def __str__(self):
        return f"{self.user} – {self.lesson}"


class QuizAttempt(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="quiz_attempts")
    block_id = models.CharField(max_length=64)
    answers = models.JSONField(_("Antworten"))
    score = models.PositiveSmallIntegerField(_("Ergebnis in Prozent"))
    passed = models.BooleanField(_("bestanden"))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Quizversuch")
        verbose_name_plural = _("Quizversuche")

    def __str__(self):
        return f"{self.user} – {self.lesson}: {self.score} %"


class ReflectionAnswer(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Teilnehmende Person"),
        on_delete=models.CASCADE,
        related_name="reflections",
    )
    lesson = models.ForeignKey(
        LessonPage, verbose_name=_("Lektion"), on_delete=models.CASCADE, related_name="reflections"
    )
    block_id = models.CharField(_("Frage"), max_length=64)
    text = models.TextField(_("Antwort (bereinigt)"))
    updated_at = models.DateTimeField(_("gespeichert am"), auto_now=True)

    class Meta:
        verbose_name = _("Reflexion")
        verbose_name_plural = _("Reflexionen")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson", "block_id"], name="one_reflection_per_question"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.lesson}"


class Attendance(models.Model):
    session = models.ForeignKey(
        Session, verbose_name=_("Termin"), on_delete=models.CASCADE, related_name="attendances"
    )
    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("Anmeldung"),
        on_delete=models.CASCADE,
        related_name="attendances",
    )
    status = models.CharField(_("Anwesenheit"), max_length=20, choices=AttendanceStatus.choices)
    ue_credited = models.DecimalField(
        _("angerechnete UE"), max_digits=4, decimal_places=1, default=0
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("erfasst von"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("erfasst am"), auto_now=True)

    class Meta:
        verbose_name = _("Anwesenheit")
        verbose_name_plural = _("Anwesenheiten")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "enrolment"], name="one_attendance_per_session"
            )
        ]

    def __str__(self):
        return f"{self.enrolment.user} – {self.session}: {self.get_status_display()}"

    def clean(self):
        if self.ue_credited > self.session.ue:
            raise ValidationError(
                {"ue_credited": _("Es können höchstens die UE des Termins angerechnet werden.")}
            )
        if self.status != AttendanceStatus.PRESENT and self.ue_credited:
            raise ValidationError({"ue_credited": _("UE werden nur bei Anwesenheit angerechnet.")})


class LockedRecordError(Exception):
    """A change to a record that is locked (signed or final); the message is German."""


class SupervisionRecord(models.Model):
    """A supervision session of one participant; locked once the supervisor signs it off."""

    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("Anmeldung"),
        on_delete=models.PROTECT,
        related_name="supervision_records",
    )
    date = models.DateField(_("Datum"))
    ue = models.DecimalField(_("UE"), max_digits=4, decimal_places=1)
    in_presence = models.BooleanField(_("in Präsenz"), default=True)
    topic = models.CharField(_("Thema"), max_length=300)
    notes = models.TextField(_("Notizen"), blank=True)
    supervisor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Supervisor/in"),
        on_delete=models.PROTECT,
        related_name="supervised_records",
    )
    signed_off_at = models.DateTimeField(_("abgezeichnet am"), null=True, blank=True)

    class Meta:
        ordering = ["date", "pk"]
        verbose_name = _("Supervisionsnachweis")
        verbose_name_plural = _("Supervisionsnachweise")

    def __str__(self):
        return f"{self.enrolment.user} – {self.date:%d.%m.%Y} ({number_format(self.ue)} UE)"

    def save(self, *args, **kwargs):
        if self.pk and type(self).objects.filter(pk=self.pk, signed_off_at__isnull=False).exists():
            raise LockedRecordError(
                _(
                    "Ein abgezeichneter Supervisionsnachweis ändert sich nicht mehr; "
                    "bitte eine Korrektur erfassen."
                )
            )
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if self.is_locked:
            raise LockedRecordError(
                _("Ein abgezeichneter Supervisionsnachweis kann nicht gelöscht werden.")
            )
        return super().delete(*args, **kwargs)

    @property
    def is_locked(self):
        return self.signed_off_at is not None

    def sign_off(self):
        """Lock the record; False when it was already signed (also under concurrency)."""
        signed_at = timezone.now()
        updated = (
            type(self)
            .objects.filter(pk=self.pk, signed_off_at__isnull=True)
            .update(signed_off_at=signed_at)
        )
        if updated:
            self.signed_off_at = signed_at
            # update() sends no signals: the participant's learning pages must update now.
            bump_user_versions(
                Enrolment.objects.filter(pk=self.enrolment_id).values_list("user_id", flat=True)
            )
        return bool(updated)

    @property
    def effective_ue(self):
        latest = self.amendments.order_by("-created_at", "-pk").first()
        return latest.ue if latest else self.ue


class SupervisionAmendment(models.Model):
    """A correction of a signed record: who, when, why — the record itself never changes."""

    record = models.ForeignKey(
        SupervisionRecord,
        verbose_name=_("Supervisionsnachweis"),
        on_delete=models.PROTECT,
        related_name="amendments",
    )
    ue = models.DecimalField(_("korrigierte UE"), max_digits=4, decimal_places=1)
    reason = models.TextField(_("Begründung"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("erfasst von"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(_("erfasst am"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("Korrektur")
        verbose_name_plural = _("Korrekturen")

    def __str__(self):
        return f"{self.record}: {number_format(self.ue)} UE ({self.created_at:%d.%m.%Y})"


class Submission(models.Model):
    """The participant's case documentation (Falldokumentation), structured by CM phase."""

    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("Anmeldung"),
        on_delete=models.PROTECT,
        related_name="submissions",
    )
    title = models.CharField(_("Titel"), max_length=200)
    phases = models.JSONField(_("Abschnitte nach Phasen (bereinigt)"), default=dict)
    attachment = models.FileField(
        _("PDF-Anhang"), upload_to="falldokumentation/%Y/", storage=private_storage, blank=True
    )
    anonymisation_findings = models.JSONField(_("Befunde der Anonymisierungsprüfung"), default=list)
    status = models.CharField(
        _("Status"),
        max_length=20,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.SUBMITTED,
    )
    feedback = models.TextField(_("Rückmeldung"), blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("geprüft von"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("geprüft am"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("eingereicht am"), default=timezone.now)

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("Falldokumentation")
        verbose_name_plural = _("Falldokumentationen")

    def __str__(self):
        return self.title


class Assessment(models.Model):
    """The colloquium result; final records are locked."""

    enrolment = models.OneToOneField(
        Enrolment, verbose_name=_("Anmeldung"), on_delete=models.PROTECT, related_name="assessment"
    )
    held_on = models.DateField(_("Datum des Kolloquiums"))
    result = models.CharField(_("Ergebnis"), max_length=20, choices=AssessmentResult.choices)
    notes = models.TextField(_("Notizen"), blank=True)
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("bewertet von"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    is_final = models.BooleanField(_("endgültig"), default=False)

    class Meta:
        verbose_name = _("Kolloquium")
        verbose_name_plural = _("Kolloquien")

    def __str__(self):
        return f"{self.enrolment.user}: {self.get_result_display()}"

    def save(self, *args, **kwargs):
        if self.pk and type(self).objects.filter(pk=self.pk, is_final=True).exists():
            raise LockedRecordError(
                _("Ein endgültiges Kolloquiumsergebnis ändert sich nicht mehr.")
            )
        super().save(*args, **kwargs)

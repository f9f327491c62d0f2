from html import unescape

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import (
    Orderable,
    Page,
    PageManager,
    PagePermissionTester,
    Task,
    TaskState,
    Workflow,
)
from wagtail.search import index

from academy.caching import CachedPageMixin
from academy.chrome import site_chrome
from academy.enums import CMPhase, Region
from academy.listing import PublishedPageQuerySet
from academy.models import InstrumentPage, SectionIndexPage, SpecificChildRouteMixin

from . import anonymisation
from .blocks import CaseStudyBodyBlock, DiscussionBlock, SystemLevelBlock
from .enums import CaseStudyKind
from .forms import LibraryFilterForm
from .panels import AnonymisationPanel

MAX_CASE_TEXT_LENGTH = 100_000
REVIEW_WORKFLOW_NAME = "Fallstudien-Freigabe"


class CaseStudyIndexPage(SpecificChildRouteMixin, SectionIndexPage):
    """The case-study library at /fallstudien/."""

    subpage_types = ["casestudies.CaseStudyPage"]

    class Meta:
        verbose_name = _("Fallstudienbibliothek")

    @property
    def child_page_model(self):
        return CaseStudyPage

    def permissions_for_user(self, user):
        return LibraryPermissionTester(user, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = LibraryFilterForm(
            request.GET or None, vocabularies=site_chrome(request)["vocabularies"]
        )
        context.update(form.results(CaseStudyPage.objects.child_of(self), request))
        context["filter_form"] = form
        return context


class CaseStudyQuerySet(PublishedPageQuerySet):
    pass


class CaseStudyPage(CachedPageMixin, Page):
    kind = models.CharField(_("Art"), max_length=30, choices=CaseStudyKind.choices)
    summary = models.TextField(_("Zusammenfassung"), max_length=1500)
    region = models.CharField(
        _("Region"),
        max_length=30,
        choices=Region.choices,
        help_text=_("Eine grobe Region statt eines Ortes, der den Fall erkennbar machen würde."),
    )
    target_groups = ParentalManyToManyField(
        "academy.TargetGroup", verbose_name=_("Zielgruppen"), related_name="case_studies"
    )
    legal_domains = ParentalManyToManyField(
        "academy.LegalDomain", verbose_name=_("Rechtskreise"), related_name="case_studies"
    )
    fields_of_action = ParentalManyToManyField(
        "academy.FieldOfAction", verbose_name=_("Handlungsfelder"), related_name="case_studies"
    )
    body = StreamField(
        CaseStudyBodyBlock(),
        verbose_name=_("Fallverlauf nach Phasen"),
        help_text=_("Ein Abschnitt je Phase des Case Managements, jede Phase höchstens einmal."),
    )
    system_level = StreamField(
        SystemLevelBlock(),
        verbose_name=_("Systemebene"),
        blank=True,
        help_text=_(
            "Schnittstellen, Lücken und Optimierungsbedarfe (zweite Phase der Fallkonferenz)."
        ),
    )
    discussion_questions = StreamField(
        DiscussionBlock(), verbose_name=_("Fragen für die Lehre"), blank=True
    )
    phases = models.CharField(_("Phasen"), max_length=200, editable=False, default="")
    anonymisation_findings = models.JSONField(
        _("Befunde der Anonymisierungsprüfung"), default=list, editable=False
    )

    objects = PageManager.from_queryset(CaseStudyQuerySet)()

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("system_level"),
        index.SearchField("discussion_questions"),
        index.FilterField("kind"),
        index.FilterField("region"),
    ]

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("summary"), FieldPanel("region")],
            heading=_("Überblick"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("legal_domains", widget=forms.CheckboxSelectMultiple),
                FieldPanel("fields_of_action", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Einordnung"),
        ),
        FieldPanel("body"),
        FieldPanel("system_level"),
        FieldPanel("discussion_questions"),
        InlinePanel(
            "instrument_links",
            heading=_("Instrumente aus dem Werkzeugkoffer"),
            label=_("Instrument"),
            help_text=_(
                "Leitfäden, Vorlagen oder Checklisten, mit denen in diesem Fall gearbeitet wird."
            ),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList([AnonymisationPanel(), *content_panels], heading=_("Inhalt")),
            ObjectList(Page.promote_panels, heading=_("Veröffentlichung")),
        ]
    )

    parent_page_types = ["casestudies.CaseStudyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Fallstudie")
        verbose_name_plural = _("Fallstudien")

    def clean(self):
        super().clean()
        length = sum(len(text) for _location, text in self.anonymisation_texts())
        if length > MAX_CASE_TEXT_LENGTH:
            raise ValidationError(
                _(
                    "Die Fallstudie ist mit %(length)s Zeichen zu lang; erlaubt sind höchstens "
                    "%(limit)s. Bitte kürzen oder in mehrere Fallstudien aufteilen."
                )
                % {"length": f"{length:,}".replace(",", "."), "limit": "100.000"}
            )
        self.phases = "".join(f",{child.value['phase']}" for child in self.body) + ","
        self.anonymisation_findings = self.check_anonymisation()

    def anonymisation_texts(self):
        """Every text a reader sees, as (location, plain text)."""
        yield str(_("Titel")), self.title
        yield str(_("Zusammenfassung")), self.summary
        for child in self.body:
            phase = CMPhase(child.value["phase"]).label
            yield f"{_('Phase')} {phase}", plain_text(child.value["text"].source)
        for number, child in enumerate(self.system_level, start=1):
            yield f"{_('Systemebene')} {number}", plain_text(child.value["text"].source)
        for number, child in enumerate(self.discussion_questions, start=1):
            yield f"{_('Frage')} {number}", child.value

    def check_anonymisation(self):
        """Findings per text, plus the combination rule over the whole case.

        Quasi-identifiers spread over several phases identify a person as well as those in
        one paragraph, so the combination warning looks at all texts together.
        """
        texts = list(self.anonymisation_texts())
        findings = [
            {**finding.as_dict(), "location": location}
            for location, text in texts
            for finding in anonymisation.check(text)
        ]
        if not any(f["category"] == "combination" for f in findings):
            whole = "\n\n".join(text for _location, text in texts)
            findings += [
                {**finding.as_dict(), "location": str(_("gesamter Fall"))}
                for finding in anonymisation.check(whole)
                if finding.category == "combination"
            ]
        return findings

    @property
    def blocking_findings(self):
        return [f for f in self.anonymisation_findings if f["severity"] == "block"]

    def linked_instruments(self):
        """The linked instruments that visitors may see, in the editor's order."""
        ids = [link.instrument_id for link in self.instrument_links.all()]
        found = InstrumentPage.objects.published().in_bulk(ids)
        return [found[pk] for pk in ids if pk in found]

    @cached_property
    def phase_sections(self):
        return sorted(self.body, key=lambda child: list(CMPhase.values).index(child.value["phase"]))

    def get_workflow(self):
        """Every case study, wherever it sits, goes through the anonymisation review."""
        return Workflow.objects.filter(name=REVIEW_WORKFLOW_NAME, active=True).first()

    @property
    def has_workflow(self):
        return self.get_workflow() is not None

    def permissions_for_user(self, user):
        return CaseStudyPermissionTester(user, self)

    def copy(self, *args, **kwargs):
        # A copy is a new case: it has to pass the review before it goes live.
        kwargs["keep_live"] = False
        return super().copy(*args, **kwargs)


class CaseStudyInstrument(Orderable):
    """A Werkzeugkoffer instrument used in a case study (found by "Verwendet in")."""

    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="instrument_links")
    instrument = models.ForeignKey(
        "academy.InstrumentPage",
        verbose_name=_("Instrument"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("instrument")]

    class Meta(Orderable.Meta):
        verbose_name = _("Verknüpftes Instrument")
        verbose_name_plural = _("Verknüpfte Instrumente")

    def __str__(self):
        return str(self.instrument)

    def clean(self):
        super().clean()
        if self.instrument_id and not self.instrument.live:
            raise ValidationError(
                {
                    "instrument": _(
                        "Das Instrument „%(title)s“ ist nicht veröffentlicht. Bitte wählen Sie "
                        "ein veröffentlichtes Instrument."
                    )
                    % {"title": self.instrument.title}
                }
            )


def plain_text(html):
    return unescape(strip_tags(html.replace("</p>", "</p>\n").replace("<br/>", "\n")))


class CaseStudyPermissionTester(PagePermissionTester):
    """Nobody publishes a case study directly; only the review workflow does."""

    def can_publish(self):
        return False

    def can_publish_subpage(self):
        return False


class LibraryPermissionTester(PagePermissionTester):
    def can_publish_subpage(self):
        return False


class AnonymisationReviewTask(Task):
    """Approval by the group "Anonymisierungsprüfung"; blocking findings stop the approval."""

    groups = models.ManyToManyField(
        "auth.Group",
        verbose_name=_("Prüfgruppen"),
        help_text=_("Mitglieder dieser Gruppen dürfen Fallstudien freigeben."),
    )

    admin_form_fields = [*Task.admin_form_fields, "groups"]

    class Meta:
        verbose_name = _("Anonymisierungsprüfung")
        verbose_name_plural = _("Anonymisierungsprüfungen")

    def is_reviewer(self, user):
        return user.is_superuser or self.groups.filter(user=user).exists()

    def is_author(self, obj, user):
        obj = obj.specific
        state = obj.current_workflow_state
        return user.pk in {
            obj.owner_id,
            state.requested_by_id if state else None,
            obj.latest_revision.user_id if obj.latest_revision else None,
        }

    def user_can_access_editor(self, obj, user):
        return self.is_reviewer(user)

    def locked_for_user(self, obj, user):
        return False

    def get_actions(self, obj, user):
        obj = obj.specific
        if not self.is_reviewer(user) or self.is_author(obj, user):
            return []
        revision_findings = obj.get_latest_revision_as_object().check_anonymisation()
        blocking = [f for f in revision_findings if f["severity"] == "block"]
        unresolved = unresolved_findings(obj, blocking)
        actions = [("reject", _("Änderungen anfordern"), True)]
        if unresolved:
            return actions
        return [
            *actions,
            ("approve", _("Freigeben"), False),
            ("approve", _("Freigeben mit Kommentar"), True),
        ]

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if self.is_reviewer(user):
            return self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        return TaskState.objects.none()

    def on_action(self, task_state, user, action_name, **kwargs):
        page = task_state.revision.content_object.specific
        if action_name in ("approve", "reject") and (
            not self.is_reviewer(user) or self.is_author(page, user)
        ):
            raise PermissionError("Nur Prüfende, die nicht selbst Autorin oder Autor sind.")
        # The approval publishes the latest revision, so that is the one checked.
        revision = page.get_latest_revision()
        findings = revision.as_object().check_anonymisation()
        if action_name == "approve" and unresolved_findings(
            page, [f for f in findings if f["severity"] == "block"]
        ):
            raise PermissionError("Blockierende Befunde sind nicht als Fehlalarm markiert.")
        ReviewDecision.objects.create(
            page=page,
            revision=revision,
            user=user,
            decision=ReviewDecision.Decision.APPROVED
            if action_name == "approve"
            else ReviewDecision.Decision.CHANGES_REQUESTED,
            comment=kwargs.get("comment", ""),
            findings=findings,
        )
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _(
            "Prüfende geben Fallstudien frei, wenn die automatische Prüfung nichts Blockierendes "
            "findet oder jeder Befund begründet als Fehlalarm markiert ist."
        )


def finding_key(finding):
    return f"{finding['category']}:{finding['location']}:{finding['text']}"


def unresolved_findings(page, blocking):
    marked = set(page.false_positives.values_list("finding_key", flat=True))
    return [f for f in blocking if finding_key(f) not in marked]


class FalsePositive(models.Model):
    """A reviewer's reasoned decision that a blocking finding does not identify anyone."""

    page = models.ForeignKey(
        CaseStudyPage, on_delete=models.CASCADE, related_name="false_positives"
    )
    finding_key = models.CharField(_("Befund"), max_length=500)
    finding = models.JSONField(_("Befund zum Zeitpunkt der Entscheidung"))
    reason = models.TextField(_("Begründung"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("Prüfer/in"), on_delete=models.PROTECT
    )
    created_at = models.DateTimeField(_("am"), auto_now_add=True)

    class Meta:
        verbose_name = _("Fehlalarm")
        verbose_name_plural = _("Fehlalarme")
        constraints = [
            models.UniqueConstraint(fields=["page", "finding_key"], name="unique_false_positive")
        ]

    def __str__(self):
        return self.finding_key


class ReviewDecision(models.Model):
    """Audit trail: every decision with who, when and the checker's findings at that moment."""

    class Decision(models.TextChoices):
        SUBMITTED = "submitted", _("zur Prüfung eingereicht")
        FALSE_POSITIVE = "false_positive", _("Befund als Fehlalarm markiert")
        APPROVED = "approved", _("freigegeben")
        CHANGES_REQUESTED = "changes_requested", _("Änderungen angefordert")

    page = models.ForeignKey(
        CaseStudyPage, on_delete=models.CASCADE, related_name="review_decisions"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    decision = models.CharField(_("Entscheidung"), max_length=30, choices=Decision.choices)
    comment = models.TextField(_("Kommentar"), blank=True)
    findings = models.JSONField(_("Befunde zu diesem Zeitpunkt"), default=list)
    created_at = models.DateTimeField(_("am"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Prüfentscheidung")
        verbose_name_plural = _("Prüfentscheidungen")

    def __str__(self):
        return f"{self.get_decision_display()} – {self.page} ({self.created_at:%d.%m.%Y %H:%M})"

    def finding_summary(self):
        blocking = sum(1 for f in self.findings if f["severity"] == "block")
        return _("%(blocking)d blockierend, %(warnings)d Warnungen") % {
            "blocking": blocking,
            "warnings": len(self.findings) - blocking,
        }

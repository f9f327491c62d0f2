from django import forms
from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.contrib.contenttypes.models import ContentType
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Cast
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager, ReferenceIndex
from wagtail.search import index

from .blocks import ContentStreamBlock, HomeStreamBlock, InstrumentStreamBlock
from .caching import CachedPageMixin
from .chrome import site_chrome
from .enums import (
    AgencyType,
    BarrierReportStatus,
    CMPhase,
    ConsentKind,
    DeletionRequestStatus,
    InstrumentKind,
    Licence,
    MunicipalityKind,
)
from .fields import MultipleChoiceField
from .listing import PublishedPageQuerySet, ToolkitFilterForm, published


class User(AbstractUser):
    """The platform's user; people sign in with their e-mail address (django-allauth)."""

    class Meta(AbstractUser.Meta):
        verbose_name = _("Benutzerkonto")
        verbose_name_plural = _("Benutzerkonten")

    def __str__(self):
        return self.get_full_name() or self.email or self.username


def user_display(user):
    profile = getattr(user, "profile", None)
    return (profile and profile.certificate_name) or user.get_full_name() or user.email


class MunicipalityQuerySet(models.QuerySet):
    def model_municipalities(self):
        return self.filter(is_model_municipality=True)


class Municipality(models.Model):
    name = models.CharField(_("Name"), max_length=120, unique=True)
    slug = models.SlugField(_("Kurzname"), max_length=120, unique=True)
    kind = models.CharField(_("Art"), max_length=40, choices=MunicipalityKind.choices)
    official_key = models.CharField(
        _("Amtlicher Gemeindeschlüssel (AGS)"),
        max_length=8,
        unique=True,
        validators=[RegexValidator(r"^\d{8}$", _("Der AGS besteht aus genau 8 Ziffern."))],
        help_text=_("8 Ziffern; bei Kreisen der Kreisschlüssel mit 000, z. B. 05766000."),
    )
    is_model_municipality = models.BooleanField(
        _("Modellkommune"),
        default=False,
        help_text=_("Eine der 12 Modellkommunen von „Einwanderung gestalten NRW“."),
    )

    objects = MunicipalityQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("official_key"),
        FieldPanel("is_model_municipality"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("Kommune")
        verbose_name_plural = _("Kommunen")

    def __str__(self):
        return self.name


class Profile(models.Model):
    """What the platform knows about a person besides their login."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Benutzerkonto"),
        on_delete=models.CASCADE,
        related_name="profile",
    )
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("Kommune"),
        on_delete=models.PROTECT,
        related_name="profiles",
        null=True,
        blank=True,
        help_text=_("Leer nur bei Mitarbeitenden des Instituts."),
    )
    agency_type = models.CharField(
        _("Einrichtung"), max_length=40, choices=AgencyType.choices, blank=True
    )
    job_title = models.CharField(_("Funktion / Stellenbezeichnung"), max_length=150, blank=True)
    certificate_name = models.CharField(
        _("Name auf Zertifikaten"),
        max_length=150,
        help_text=_("So, wie der Name auf Bescheinigungen und Zertifikaten stehen soll."),
    )
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)

    class Meta:
        verbose_name = _("Profil")
        verbose_name_plural = _("Profile")

    def __str__(self):
        return self.certificate_name


class ConsentRecord(models.Model):
    """One consent a person gave, with the version of the text they agreed to."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Benutzerkonto"),
        on_delete=models.CASCADE,
        related_name="consents",
    )
    kind = models.CharField(_("Art"), max_length=40, choices=ConsentKind.choices)
    version = models.CharField(_("Fassung"), max_length=40)
    given_at = models.DateTimeField(_("erteilt am"), auto_now_add=True)

    class Meta:
        ordering = ["-given_at"]
        verbose_name = _("Einwilligung")
        verbose_name_plural = _("Einwilligungen")

    def __str__(self):
        return f"{self.get_kind_display()} ({self.version})"


class DeletionRequest(models.Model):
    """A participant's request to delete their account (Art. 17 DSGVO)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Konto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="deletion_requests",
    )
    reference = models.CharField(
        _("Kennung"),
        max_length=40,
        help_text=_("Bleibt nach der Löschung erhalten, ohne die Person zu nennen."),
    )
    requested_at = models.DateTimeField(_("beantragt am"), auto_now_add=True)
    reason = models.TextField(_("Begründung"), blank=True)
    status = models.CharField(
        _("Status"),
        max_length=20,
        choices=DeletionRequestStatus.choices,
        default=DeletionRequestStatus.PENDING,
    )
    processed_at = models.DateTimeField(_("bearbeitet am"), null=True, blank=True)
    processed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("bearbeitet von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("Vermerk"), blank=True)

    class Meta:
        verbose_name = _("Löschantrag")
        verbose_name_plural = _("Löschanträge")
        ordering = ["-requested_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(status="pending"),
                name="one_pending_deletion_request_per_user",
            )
        ]

    def __str__(self):
        return self.reference


class BarrierReport(models.Model):
    """A barrier reported through the form of the accessibility statement (BITV NRW)."""

    page_url = models.CharField(_("Betroffene Seite"), max_length=500, blank=True)
    description = models.TextField(_("Beschreibung der Barriere"), max_length=5000)
    name = models.CharField(_("Name"), max_length=200, blank=True)
    email = models.EmailField(_("E-Mail-Adresse für Rückfragen"), blank=True)
    created_at = models.DateTimeField(_("gemeldet am"), auto_now_add=True)
    status = models.CharField(
        _("Status"),
        max_length=20,
        choices=BarrierReportStatus.choices,
        default=BarrierReportStatus.OPEN,
    )
    note = models.TextField(_("Vermerk"), blank=True)

    class Meta:
        verbose_name = _("Barriere-Meldung")
        verbose_name_plural = _("Barriere-Meldungen")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.created_at:%d.%m.%Y} – {self.page_url or _('ohne Seitenangabe')}"


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    institute_name = models.CharField(
        _("Name des Instituts"), max_length=200, default="Fallwerk Akademie"
    )
    contact_email = models.EmailField(_("Kontakt-E-Mail"), default="kontakt@fallwerk.example")
    privacy_policy_version = models.CharField(
        _("Fassung der Datenschutzhinweise"),
        max_length=40,
        default="2026-11",
        help_text=_("Wird bei jeder Registrierung mit der Einwilligung gespeichert."),
    )
    imprint_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Impressum"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Datenschutz"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Erklärung zur Barrierefreiheit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Erscheint auf Zertifikaten und Bescheinigungen (PNG oder JPEG)."),
    )

    select_related = ["imprint_page", "privacy_page", "accessibility_page", "logo"]

    panels = [
        MultiFieldPanel(
            [FieldPanel("institute_name"), FieldPanel("contact_email"), FieldPanel("logo")],
            heading=_("Institut"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("imprint_page"),
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("privacy_policy_version"),
            ],
            heading=_("Pflichtseiten"),
        ),
    ]

    class Meta:
        verbose_name = _("Website-Einstellungen")


class HomePage(CachedPageMixin, Page):
    intro = RichTextField(_("Einleitung"), features=["bold", "italic", "link"], blank=True)
    body = StreamField(HomeStreamBlock(), verbose_name=_("Inhalt"), blank=True)

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("Startseite")

    def route(self, request, path_components):
        # A section on the way to a deeper page only routes onwards: load it as its
        # specific type with deferred fields instead of a second query.
        if len(path_components) > 1:
            section = (
                self.get_children().filter(slug=path_components[0]).specific(defer=True).first()
            )
            if section is None:
                raise Http404
            return section.route(request, path_components[1:])
        return super().route(request, path_components)


class StandardPage(CachedPageMixin, Page):
    """Impressum, Datenschutz, Barrierefreiheit and other plain pages."""

    intro = models.TextField(_("Einleitung"), blank=True)
    body = StreamField(ContentStreamBlock(), verbose_name=_("Inhalt"), blank=True)

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["academy.HomePage", "academy.StandardPage"]
    subpage_types = ["academy.StandardPage"]

    class Meta:
        verbose_name = _("Standardseite")


class SpecificChildRouteMixin:
    """Routes to children of one page type with one query instead of two (child, specific)."""

    child_page_model = None

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        model = self.child_page_model
        try:
            child = model.objects.child_of(self).get(slug=path_components[0])
        except model.DoesNotExist:
            raise Http404 from None
        self.adopt(child)
        return child.route(request, path_components[1:])

    def adopt(self, child):
        """A hook to hand the already loaded parent to the child."""


class SectionIndexPage(CachedPageMixin, Page):
    """Base of the top-level sections (catalogue, library, toolkit) below the home page."""

    intro = RichTextField(_("Einleitung"), features=["bold", "italic", "link"], blank=True)

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["academy.HomePage"]
    max_count = 1

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["entries"] = self.entries
        return context

    def entries(self):
        """The published pages of this section (called by the template, only when shown)."""
        return self.get_children().live().public()


class ToolkitPage(SpecificChildRouteMixin, SectionIndexPage):
    """The Werkzeugkoffer: instruments other municipalities can take over."""

    subpage_types = ["academy.InstrumentPage"]

    class Meta:
        verbose_name = _("Werkzeugkoffer")

    @property
    def child_page_model(self):
        return InstrumentPage

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = ToolkitFilterForm(
            request.GET or None, vocabularies=site_chrome(request)["vocabularies"]
        )
        context.update(form.results(InstrumentPage.objects.child_of(self), request))
        context["filter_form"] = form
        return context


LICENCE_URLS = {
    Licence.CC_BY_4: "https://creativecommons.org/licenses/by/4.0/deed.de",
    Licence.CC_BY_SA_4: "https://creativecommons.org/licenses/by-sa/4.0/deed.de",
    Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/deed.de",
}


class InstrumentPage(CachedPageMixin, Page):
    """A Werkzeugkoffer instrument: guide, template, checklist … with files to download."""

    kind = models.CharField(_("Art"), max_length=30, choices=InstrumentKind.choices)
    summary = models.TextField(
        _("Kurzbeschreibung"),
        max_length=1000,
        help_text=_("Wofür das Instrument da ist und wann es hilft (für Übersicht und Suche)."),
    )
    phases = MultipleChoiceField(
        _("Phasen des Case Managements"),
        choices_list=CMPhase.choices,
        help_text=_("In welchen Phasen das Instrument eingesetzt wird."),
    )
    fields_of_action = ParentalManyToManyField(
        "academy.FieldOfAction",
        verbose_name=_("Handlungsfelder"),
        related_name="instruments",
        blank=True,
    )
    legal_domains = ParentalManyToManyField(
        "academy.LegalDomain",
        verbose_name=_("Rechtskreise"),
        related_name="instruments",
        blank=True,
    )
    version = models.CharField(
        _("Fassung"),
        max_length=20,
        default="1.0",
        validators=[
            RegexValidator(
                r"^\d{1,3}(\.\d{1,3}){0,2}$",
                _("Bitte die Fassung als Nummer angeben, z. B. 1.0 oder 2.1."),
            )
        ],
    )
    licence = models.CharField(
        _("Lizenz"),
        max_length=30,
        choices=Licence.choices,
        default=Licence.CC_BY_4,
        help_text=_("Unter welchen Bedingungen andere Kommunen das Instrument übernehmen dürfen."),
    )
    body = StreamField(InstrumentStreamBlock(), verbose_name=_("Inhalt"), blank=True)

    objects = PageManager.from_queryset(PublishedPageQuerySet)()

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("licence"),
    ]

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("summary"),
                FieldPanel("version"),
                FieldPanel("licence"),
            ],
            heading=_("Überblick"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("phases"),
                FieldPanel("fields_of_action", widget=forms.CheckboxSelectMultiple),
                FieldPanel("legal_domains", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Einordnung"),
        ),
        FieldPanel("body"),
        InlinePanel("downloads", heading=_("Dateien zum Herunterladen"), label=_("Datei")),
    ]

    parent_page_types = ["academy.ToolkitPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Instrument")
        verbose_name_plural = _("Instrumente")

    def phase_labels(self):
        return [CMPhase(phase).label for phase in self.phases if phase in CMPhase.values]

    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")

    def used_in(self):
        """The published pages that use this instrument: lessons, case studies …

        Found through Wagtail's reference index, so the base layer needs to know nothing about
        the apps above it.
        """
        referring = (
            ReferenceIndex.get_references_to(self)
            .filter(base_content_type=ContentType.objects.get_for_model(Page))
            .annotate(page_id=Cast("object_id", models.IntegerField()))
            .values("page_id")
        )
        return (
            published(Page.objects.filter(pk__in=referring).exclude(pk=self.pk))
            .select_related("content_type")
            .order_by("title")
        )


class InstrumentDownload(Orderable):
    """A file of an instrument (Vorlage, Leitfaden …) as a Wagtail document."""

    page = ParentalKey(InstrumentPage, on_delete=models.CASCADE, related_name="downloads")
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("Dokument"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    description = models.CharField(
        _("Beschreibung"),
        max_length=300,
        blank=True,
        help_text=_("Zum Beispiel: „Vorlage zum Ausfüllen“ oder „Fassung in Leichter Sprache“."),
    )

    panels = [FieldPanel("document"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("Datei")
        verbose_name_plural = _("Dateien")

    def __str__(self):
        return str(self.document)


class TaxonomyTerm(models.Model):
    """A term of one of the shared vocabularies (Rechtskreise, Handlungsfelder, Zielgruppen)."""

    name = models.CharField(_("Bezeichnung"), max_length=100, unique=True)
    slug = models.SlugField(_("Kurzname"), max_length=100, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class LegalDomain(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Rechtskreis")
        verbose_name_plural = _("Rechtskreise")


class FieldOfAction(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Handlungsfeld")
        verbose_name_plural = _("Handlungsfelder")


class TargetGroup(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Zielgruppe")
        verbose_name_plural = _("Zielgruppen")

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from courses.models import private_storage

from .enums import CertificateKind, CertificateStatus, Language


def new_verification_code():
    """192 random bits, URL-safe."""
    return secrets.token_urlsafe(24)


class CertificateType(models.Model):
    """An editable certificate type with its award rule — the numbers are data."""

    name = models.CharField(_("Bezeichnung"), max_length=200, unique=True)
    kind = models.CharField(_("Art"), max_length=20, choices=CertificateKind.choices)
    number_prefix = models.CharField(
        _("Nummernkreis"),
        max_length=6,
        help_text=_("Kürzel vor der Nummer, z. B. „CM“ für CM-2026-000042."),
    )
    qualification = models.ForeignKey(
        "courses.Qualification",
        verbose_name=_("Qualifikation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        help_text=_("Bei Qualifikationen: UE je Baustein und in Präsenz."),
    )
    modules = models.ManyToManyField(
        "courses.ModulePage",
        verbose_name=_("Erforderliche Module"),
        blank=True,
        related_name="certificate_types",
    )
    attendance_threshold = models.PositiveSmallIntegerField(
        _("Mindestanwesenheit in Prozent"), default=80
    )
    requires_documentation = models.BooleanField(_("Falldokumentation bestanden"), default=False)
    requires_colloquium = models.BooleanField(_("Kolloquium bestanden"), default=False)
    validity_months = models.PositiveSmallIntegerField(
        _("Gültigkeit in Monaten"), null=True, blank=True, help_text=_("Leer: unbefristet.")
    )
    signatory = models.CharField(_("Unterzeichnet von"), max_length=200)
    template_version = models.CharField(_("Vorlagenversion"), max_length=10, default="1")
    language = models.CharField(
        _("Sprache"), max_length=2, choices=Language.choices, default=Language.DE
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("kind"), FieldPanel("number_prefix")]),
        MultiFieldPanel(
            [
                FieldPanel("qualification"),
                FieldPanel("modules"),
                FieldPanel("attendance_threshold"),
                FieldPanel("requires_documentation"),
                FieldPanel("requires_colloquium"),
            ],
            heading=_("Vergaberegel"),
        ),
        FieldRowPanel(
            [FieldPanel("validity_months"), FieldPanel("template_version"), FieldPanel("language")]
        ),
        FieldPanel("signatory"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("Zertifikatstyp")
        verbose_name_plural = _("Zertifikatstypen")

    def __str__(self):
        return self.name


class NumberSequence(models.Model):
    """The last number issued per prefix and year; its row lock keeps numbers gapless."""

    prefix = models.CharField(max_length=6)
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["prefix", "year"], name="one_sequence_per_year")
        ]

    def __str__(self):
        return f"{self.prefix}-{self.year}: {self.last}"


class CertificateQuerySet(models.QuerySet):
    def valid(self):
        return self.filter(status=CertificateStatus.VALID)

    def for_holder(self, user):
        return self.filter(holder=user)


class Certificate(models.Model):
    """An immutable snapshot at issue; status changes are the only later changes."""

    certificate_type = models.ForeignKey(
        CertificateType,
        verbose_name=_("Zertifikatstyp"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Inhaber/in (Konto)"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    number = models.CharField(_("Nummer"), max_length=30, unique=True)
    verification_code = models.CharField(
        _("Prüfcode"), max_length=64, unique=True, default=new_verification_code, editable=False
    )
    # The snapshot: what the certificate says, as it was at issue.
    holder_name = models.CharField(_("Name wie zertifiziert"), max_length=150)
    municipality_name = models.CharField(_("Kommune"), max_length=120, blank=True)
    type_name = models.CharField(_("Bezeichnung"), max_length=200)
    modules = models.JSONField(_("Module"), default=list)
    total_ue = models.DecimalField(_("UE insgesamt"), max_digits=6, decimal_places=1)
    issued_on = models.DateField(_("ausgestellt am"))
    valid_until = models.DateField(_("gültig bis"), null=True, blank=True)
    issuer_name = models.CharField(_("Aussteller"), max_length=200)
    signatory = models.CharField(_("Unterzeichnet von"), max_length=200)
    template_version = models.CharField(_("Vorlagenversion"), max_length=10)
    language = models.CharField(_("Sprache"), max_length=2, choices=Language.choices)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ausgestellt von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Filled once by the background task that renders and signs the PDF.
    pdf = models.FileField(
        _("PDF"), upload_to="zertifikate/%Y/", storage=private_storage, blank=True
    )
    sha256 = models.CharField(_("SHA-256 des PDF"), max_length=64, blank=True, db_index=True)
    # Status.
    status = models.CharField(
        _("Status"),
        max_length=20,
        choices=CertificateStatus.choices,
        default=CertificateStatus.VALID,
        db_index=True,
    )
    revoked_at = models.DateTimeField(_("widerrufen am"), null=True, blank=True)
    revocation_reason = models.TextField(_("Grund des Widerrufs"), blank=True)
    superseded_by = models.OneToOneField(
        "self",
        verbose_name=_("ersetzt durch"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="supersedes",
    )
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_on", "-number"]
        verbose_name = _("Zertifikat")
        verbose_name_plural = _("Zertifikate")

    def __str__(self):
        return f"{self.number} – {self.holder_name}"

    @property
    def is_valid(self):
        return self.status == CertificateStatus.VALID


class CertificateEvent(models.Model):
    """Audit log: every issue, revocation and re-issue."""

    class Action(models.TextChoices):
        ISSUED = "issued", _("ausgestellt")
        REVOKED = "revoked", _("widerrufen")
        REISSUED = "reissued", _("neu ausgestellt")
        PDF_CREATED = "pdf_created", _("PDF erzeugt und signiert")

    certificate = models.ForeignKey(Certificate, on_delete=models.PROTECT, related_name="events")
    action = models.CharField(_("Vorgang"), max_length=20, choices=Action.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    details = models.TextField(_("Einzelheiten"), blank=True)
    created_at = models.DateTimeField(_("am"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("Zertifikatsvorgang")
        verbose_name_plural = _("Zertifikatsvorgänge")

    def __str__(self):
        return f"{self.certificate.number}: {self.get_action_display()}"


class IssuingBatchQuerySet(models.QuerySet):
    def unfinished(self):
        return self.filter(status__in=[IssuingBatch.Status.QUEUED, IssuingBatch.Status.RUNNING])

    def stale(self, seconds):
        """Unfinished batches whose task has shown no sign of life for ``seconds``."""
        cutoff = timezone.now() - datetime.timedelta(seconds=seconds)
        return self.unfinished().filter(heartbeat_at__lt=cutoff)

    def with_counts(self):
        done = IssuingBatchItem.Status
        return self.annotate(
            issued_count=Count("items", filter=Q(items__status=done.ISSUED)),
            refused_count=Count("items", filter=Q(items__status=done.REFUSED)),
        )


class IssuingBatch(models.Model):
    """Many certificates of one type issued at once by a background task.

    The items carry the progress; the audit log stays in CertificateEvent. ``runner`` and
    ``heartbeat_at`` are the task's lease: a batch whose heartbeat stops is resumed
    (see certificates.batches.resume_stale).
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("wartet auf den Hintergrunddienst")
        RUNNING = "running", _("wird ausgestellt")
        DONE = "done", _("abgeschlossen")
        FAILED = "failed", _("abgebrochen")

    certificate_type = models.ForeignKey(
        CertificateType,
        verbose_name=_("Zertifikatstyp"),
        on_delete=models.PROTECT,
        related_name="batches",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("angelegt von"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.QUEUED
    )
    total = models.PositiveIntegerField(_("Anzahl Personen"), default=0)
    error = models.TextField(_("Fehler"), blank=True)
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    started_at = models.DateTimeField(_("begonnen am"), null=True, blank=True)
    finished_at = models.DateTimeField(_("abgeschlossen am"), null=True, blank=True)
    heartbeat_at = models.DateTimeField(_("letztes Lebenszeichen"), null=True, blank=True)
    runner = models.CharField(_("Lauf"), max_length=32, blank=True, editable=False)
    attempts = models.PositiveSmallIntegerField(_("Anläufe"), default=0)

    objects = IssuingBatchQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("Ausstellungsstapel")
        verbose_name_plural = _("Ausstellungsstapel")

    def __str__(self):
        return _("Stapel %(pk)s: %(type)s") % {"pk": self.pk, "type": self.certificate_type}

    @property
    def is_finished(self):
        return self.status in (self.Status.DONE, self.Status.FAILED)

    def progress(self):
        """Counts of the items and the share done (issued with PDF, or refused), in percent."""
        item = IssuingBatchItem.Status
        counts = self.items.aggregate(
            issued=Count("pk", filter=Q(status=item.ISSUED)),
            refused=Count("pk", filter=Q(status=item.REFUSED)),
            with_pdf=Count("pk", filter=Q(status=item.ISSUED) & ~Q(certificate__sha256="")),
        )
        finished = counts["with_pdf"] + counts["refused"]
        if self.status == self.Status.DONE or not self.total:
            percent = 100
        else:
            percent = min(99, finished * 100 // self.total)
        return {**counts, "total": self.total, "percent": percent}


class IssuingBatchItem(models.Model):
    """One person (and, for per-module types, one enrolment) of a batch."""

    class Status(models.TextChoices):
        PENDING = "pending", _("offen")
        ISSUED = "issued", _("ausgestellt")
        REFUSED = "refused", _("abgelehnt")

    batch = models.ForeignKey(IssuingBatch, on_delete=models.CASCADE, related_name="items")
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Person"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    enrolment = models.ForeignKey(
        "courses.Enrolment",
        verbose_name=_("Anmeldung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    certificate = models.ForeignKey(
        Certificate,
        verbose_name=_("Zertifikat"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    message = models.TextField(_("Hinweis"), blank=True)
    processed_at = models.DateTimeField(_("bearbeitet am"), null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("Stapeleintrag")
        verbose_name_plural = _("Stapeleinträge")
        indexes = [models.Index(fields=["batch", "status"])]

    def __str__(self):
        return f"{self.batch_id}/{self.pk}: {self.get_status_display()}"

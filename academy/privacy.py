"""Privacy (DSGVO) across all apps: data export, deletion requests and retention.

This module sits on top of the apps (like the cross-app reports): it reads and changes the
personal data of courses and certificates, which the base layer itself never imports.

* `export_user_data(user)` collects everything the platform holds about a person (Art. 15
  and 20 DSGVO) with a fixed number of queries, whatever the amount of data.
* `request_deletion(user, reason)` records a request (at most one pending per person);
  `complete_deletion(request, by)` and `reject_deletion(request, by, note)` are the
  administrators' decisions.
* `pseudonymise(user)` deletes or pseudonymises everything personal, keeping the rows that
  statistics and the legal record need: the account row becomes an inactive pseudonym, the
  certificate register keeps its snapshot (name as certified, type, number, date, status),
  so the public verification page keeps working.
* `inactive_accounts(now)` and the command ``apply_retention`` apply
  ``ACCOUNT_RETENTION_DAYS`` to accounts nobody has used for that long.
"""

import datetime
import secrets
from collections import defaultdict
from pathlib import PurePosixPath

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.apps import apps
from django.conf import settings
from django.core.mail import EmailMessage, send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Site

from certificates.models import Certificate
from courses.models import (
    Assessment,
    Attendance,
    Enrolment,
    LessonCompletion,
    LessonPage,
    QuizAttempt,
    ReflectionAnswer,
    Submission,
    SupervisionAmendment,
    SupervisionRecord,
    private_storage,
)

from . import roles
from .enums import DeletionRequestStatus
from .models import ConsentRecord, DeletionRequest, Profile, SiteSettings, User

EXPORT_FORMAT = "fallwerk-datenauskunft/1"
#: Usernames of pseudonymised accounts start with this; nothing else uses the prefix.
PSEUDONYM_PREFIX = "geloescht-"
REMOVED_TEXT = "[entfernt nach Löschung des Kontos]"


class DeletionError(Exception):
    """A deletion request that cannot be made or processed; the message is German."""


def is_administrator(user):
    """Who processes deletion requests and barrier reports: superusers and certificate admins."""
    return user.is_authenticated and (
        user.is_superuser or roles.has_role(user, roles.CERTIFICATE_ADMINISTRATORS)
    )


def administrators():
    """Active administrators with an e-mail address."""
    return (
        User.objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__name=roles.CERTIFICATE_ADMINISTRATORS))
        .exclude(email="")
        .distinct()
    )


def administrator_addresses():
    """The contact address of the site settings and every administrator's address."""
    site = Site.objects.filter(is_default_site=True).first()
    addresses = [SiteSettings.for_site(site).contact_email] if site else []
    addresses += administrators().values_list("email", flat=True)
    return list(dict.fromkeys(address for address in addresses if address))


def site_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


# --- export ------------------------------------------------------------------------------


def export_user_data(user):
    """Everything the platform holds about ``user``, as a JSON-serialisable dict.

    One query per kind of data (plus one for the questions of the reflections), so the
    number of queries does not grow with the amount of data.
    """
    enrolments = list(
        Enrolment.objects.filter(user=user)
        .order_by("created_at", "pk")
        .values(
            "id",
            "cohort__title",
            "cohort__module__title",
            "cohort__starts_on",
            "cohort__ends_on",
            "status",
            "created_at",
            "withdrawn_at",
            "completed_at",
        )
    )
    reflections = list(
        ReflectionAnswer.objects.filter(user=user)
        .order_by("lesson_id", "block_id")
        .values("lesson_id", "lesson__title", "block_id", "text", "updated_at")
    )
    questions = reflection_questions({answer["lesson_id"] for answer in reflections})
    records = list(
        SupervisionRecord.objects.filter(enrolment__user=user)
        .order_by("date", "pk")
        .values(
            "id",
            "enrolment_id",
            "date",
            "ue",
            "in_presence",
            "topic",
            "notes",
            "supervisor__first_name",
            "supervisor__last_name",
            "signed_off_at",
        )
    )
    amendments = defaultdict(list)
    for amendment in (
        SupervisionAmendment.objects.filter(record__enrolment__user=user)
        .order_by("created_at", "pk")
        .values("record_id", "ue", "reason", "created_at")
    ):
        amendments[amendment.pop("record_id")].append(amendment)
    profile = Profile.objects.filter(user=user).select_related("municipality").first()

    return {
        "format": EXPORT_FORMAT,
        "erstellt_am": timezone.now(),
        "konto": {
            "benutzername": user.username,
            "e_mail": user.email,
            "vorname": user.first_name,
            "nachname": user.last_name,
            "registriert_am": user.date_joined,
            "letzte_anmeldung": user.last_login,
            "aktiv": user.is_active,
            "rollen": sorted(user.groups.values_list("name", flat=True)),
        },
        "e_mail_adressen": [
            {"adresse": a.email, "bestaetigt": a.verified, "primaer": a.primary}
            for a in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
        "profil": profile
        and {
            "kommune": profile.municipality and profile.municipality.name,
            "einrichtung": profile.get_agency_type_display() if profile.agency_type else "",
            "funktion": profile.job_title,
            "name_auf_zertifikaten": profile.certificate_name,
            "angelegt_am": profile.created_at,
            "geaendert_am": profile.updated_at,
        },
        "einwilligungen": [
            {"art": c.get_kind_display(), "fassung": c.version, "erteilt_am": c.given_at}
            for c in ConsentRecord.objects.filter(user=user).order_by("given_at", "pk")
        ],
        "anmeldungen": [
            {
                "id": e["id"],
                "modul": e["cohort__module__title"],
                "durchgang": e["cohort__title"],
                "beginn": e["cohort__starts_on"],
                "ende": e["cohort__ends_on"],
                "status": e["status"],
                "angemeldet_am": e["created_at"],
                "abgemeldet_am": e["withdrawn_at"],
                "abgeschlossen_am": e["completed_at"],
            }
            for e in enrolments
        ],
        "abgeschlossene_lektionen": [
            {"lektion": c["lesson__title"], "abgeschlossen_am": c["completed_at"]}
            for c in LessonCompletion.objects.filter(user=user)
            .order_by("completed_at", "pk")
            .values("lesson__title", "completed_at")
        ],
        "quizversuche": [
            {
                "lektion": q["lesson__title"],
                "antworten": q["answers"],
                "ergebnis_prozent": q["score"],
                "bestanden": q["passed"],
                "am": q["created_at"],
            }
            for q in QuizAttempt.objects.filter(user=user)
            .order_by("created_at", "pk")
            .values("lesson__title", "answers", "score", "passed", "created_at")
        ],
        "reflexionen": [
            {
                "lektion": r["lesson__title"],
                "frage": questions.get((r["lesson_id"], r["block_id"]), ""),
                "antwort": r["text"],
                "gespeichert_am": r["updated_at"],
            }
            for r in reflections
        ],
        "anwesenheit": [
            {
                "anmeldung": a["enrolment_id"],
                "datum": a["session__date"],
                "thema": a["session__topic"],
                "ue_des_termins": a["session__ue"],
                "in_praesenz": a["session__in_presence"],
                "status": a["status"],
                "angerechnete_ue": a["ue_credited"],
                "erfasst_am": a["recorded_at"],
            }
            for a in Attendance.objects.filter(enrolment__user=user)
            .order_by("session__date", "pk")
            .values(
                "enrolment_id",
                "session__date",
                "session__topic",
                "session__ue",
                "session__in_presence",
                "status",
                "ue_credited",
                "recorded_at",
            )
        ],
        "supervision": [
            {
                "anmeldung": r["enrolment_id"],
                "datum": r["date"],
                "ue": r["ue"],
                "in_praesenz": r["in_presence"],
                "thema": r["topic"],
                "notizen": r["notes"],
                "supervisor": f"{r['supervisor__first_name']} {r['supervisor__last_name']}",
                "abgezeichnet_am": r["signed_off_at"],
                "korrekturen": amendments.get(r["id"], []),
            }
            for r in records
        ],
        "falldokumentationen": [
            {
                "anmeldung": s["enrolment_id"],
                "titel": s["title"],
                "abschnitte": s["phases"],
                "dateien": [PurePosixPath(s["attachment"]).name] if s["attachment"] else [],
                "status": s["status"],
                "rueckmeldung": s["feedback"],
                "eingereicht_am": s["submitted_at"],
                "geprueft_am": s["reviewed_at"],
            }
            for s in Submission.objects.filter(enrolment__user=user)
            .order_by("submitted_at", "pk")
            .values(
                "enrolment_id",
                "title",
                "phases",
                "attachment",
                "status",
                "feedback",
                "submitted_at",
                "reviewed_at",
            )
        ],
        "kolloquien": [
            {
                "anmeldung": a["enrolment_id"],
                "datum": a["held_on"],
                "ergebnis": a["result"],
                "notizen": a["notes"],
                "endgueltig": a["is_final"],
            }
            for a in Assessment.objects.filter(enrolment__user=user)
            .order_by("held_on", "pk")
            .values("enrolment_id", "held_on", "result", "notes", "is_final")
        ],
        "zertifikate": [
            {
                "nummer": c["number"],
                "bezeichnung": c["type_name"],
                "name_wie_zertifiziert": c["holder_name"],
                "kommune": c["municipality_name"],
                "module": c["modules"],
                "ue_insgesamt": c["total_ue"],
                "ausgestellt_am": c["issued_on"],
                "gueltig_bis": c["valid_until"],
                "aussteller": c["issuer_name"],
                "unterzeichnet_von": c["signatory"],
                "status": c["status"],
                "widerrufen_am": c["revoked_at"],
                "grund_des_widerrufs": c["revocation_reason"],
                "pruefseite": site_url(
                    reverse("certificates:verify", args=[c["verification_code"]])
                ),
            }
            for c in Certificate.objects.filter(holder=user)
            .order_by("issued_on", "number")
            .values(
                "number",
                "type_name",
                "holder_name",
                "municipality_name",
                "modules",
                "total_ue",
                "issued_on",
                "valid_until",
                "issuer_name",
                "signatory",
                "status",
                "revoked_at",
                "revocation_reason",
                "verification_code",
            )
        ],
        "loeschantraege": [
            {
                "kennung": d.reference,
                "beantragt_am": d.requested_at,
                "begruendung": d.reason,
                "status": d.get_status_display(),
                "bearbeitet_am": d.processed_at,
                "vermerk": d.note,
            }
            for d in DeletionRequest.objects.filter(user=user).order_by("requested_at", "pk")
        ],
        # What the login needs to know, never the secrets themselves.
        "zwei_faktor_authentifizierung": [
            {
                "verfahren": a.get_type_display(),
                "eingerichtet_am": a.created_at,
                "zuletzt_verwendet_am": a.last_used_at,
            }
            for a in Authenticator.objects.filter(user=user)
            .only("type", "created_at", "last_used_at")
            .order_by("created_at", "pk")
        ],
    }


def data_summary(user):
    """What the administrators see before deciding: how much is held, and what stays."""
    return [
        (_("Anmeldungen"), Enrolment.objects.filter(user=user).count()),
        (_("Reflexionen"), ReflectionAnswer.objects.filter(user=user).count()),
        (_("Falldokumentationen"), Submission.objects.filter(enrolment__user=user).count()),
        (_("Zertifikate (bleiben im Register)"), Certificate.objects.filter(holder=user).count()),
    ]


def reflection_questions(lesson_ids):
    """{(lesson id, block id): question text} for the given lessons, in one query."""
    if not lesson_ids:
        return {}
    questions = {}
    for lesson in LessonPage.objects.filter(pk__in=lesson_ids).only("pk", "body"):
        for child in lesson.body:
            if child.block_type == "reflection":
                questions[(lesson.pk, child.id)] = child.value["question"]
    return questions


# --- deletion requests -------------------------------------------------------------------


def new_reference():
    return f"LA-{timezone.localdate().year}-{secrets.token_hex(4).upper()}"


def pending_request(user):
    return DeletionRequest.objects.filter(user=user, status=DeletionRequestStatus.PENDING).first()


def request_deletion(user, reason=""):
    """Record the person's request; the administrators hear of it by e-mail."""
    try:
        with transaction.atomic():
            if pending_request(user):
                raise DeletionError(_("Sie haben bereits einen offenen Löschantrag."))
            deletion_request = DeletionRequest.objects.create(
                user=user, reference=new_reference(), reason=reason.strip()
            )
            transaction.on_commit(lambda: notify_administrators(deletion_request))
    except IntegrityError:
        # The unique constraint: a second request arrived at the same moment.
        raise DeletionError(_("Sie haben bereits einen offenen Löschantrag.")) from None
    return deletion_request


def complete_deletion(deletion_request, *, by, note=""):
    """Pseudonymise the requester's account and close the request; the person gets an e-mail."""
    with transaction.atomic():
        locked = lock_pending(deletion_request, by)
        user = locked.user
        address, name = user.email, user.get_full_name()
        pseudonymise(user)
        delete_sessions(user)
        locked.status = DeletionRequestStatus.COMPLETED
        locked.processed_at = timezone.now()
        locked.processed_by = by
        locked.note = note.strip()
        locked.reason = ""
        locked.save()
        if address:
            transaction.on_commit(
                lambda: send_to_requester(locked, address, name, "academy/privacy_completed")
            )
    return locked


def reject_deletion(deletion_request, *, by, note):
    """Close the request without deleting; the note says why and goes to the person."""
    note = note.strip()
    if not note:
        raise DeletionError(_("Bitte begründen Sie die Ablehnung im Vermerk."))
    with transaction.atomic():
        locked = lock_pending(deletion_request, by)
        locked.status = DeletionRequestStatus.REJECTED
        locked.processed_at = timezone.now()
        locked.processed_by = by
        locked.note = note
        locked.save()
        user = locked.user
        if user.email:
            address, name = user.email, user.get_full_name()
            transaction.on_commit(
                lambda: send_to_requester(locked, address, name, "academy/privacy_rejected")
            )
    return locked


def lock_pending(deletion_request, by):
    locked = (
        DeletionRequest.objects.select_for_update(of=("self",))
        .select_related("user")
        .get(pk=deletion_request.pk)
    )
    if locked.status != DeletionRequestStatus.PENDING or locked.user is None:
        raise DeletionError(_("Dieser Löschantrag ist bereits bearbeitet."))
    if locked.user_id == by.pk:
        raise DeletionError(
            _("Ihren eigenen Löschantrag muss eine andere Administratorin oder ein anderer "
              "Administrator bearbeiten.")
        )  # fmt: skip
    return locked


def notify_administrators(deletion_request):
    recipients = administrator_addresses()
    if not recipients:
        return
    context = {
        "reference": deletion_request.reference,
        "url": site_url(reverse("deletion_requests:process", args=[deletion_request.pk])),
    }
    send_mail(
        _("Neuer Löschantrag %(reference)s") % context,
        render_to_string("academy/privacy_new_request_email.txt", context),
        None,
        recipients,
    )


def send_to_requester(deletion_request, address, name, template):
    context = {"request": deletion_request, "name": name}
    send_mail(
        render_to_string(f"{template}_subject.txt", context).strip(),
        render_to_string(f"{template}_email.txt", context),
        None,
        [address],
    )


# --- pseudonymisation --------------------------------------------------------------------


def pseudonymise(user):
    """Delete or pseudonymise everything personal about ``user``; call inside a transaction.

    Kept, without the person: the account row (as an inactive pseudonym, so enrolments,
    attendance and results still count in the statistics), the certificate register's
    snapshot (the legal record; unlinked from the account) and the staff records that
    point to the account (PROTECT: attendance recorded, submissions reviewed, ...).
    Signed supervision records and final colloquium results are locked against edits in
    the models; the erasure empties their free texts with a queryset update on purpose.
    """
    enrolments = Enrolment.objects.filter(user=user)
    files = list(
        Submission.objects.filter(enrolment__in=enrolments)
        .exclude(attachment="")
        .values_list("attachment", flat=True)
    )
    Submission.objects.filter(enrolment__in=enrolments).update(
        title=REMOVED_TEXT,
        phases={},
        attachment="",
        anonymisation_findings=[],
        feedback="",
    )
    SupervisionRecord.objects.filter(enrolment__in=enrolments).update(notes="")
    SupervisionAmendment.objects.filter(record__enrolment__in=enrolments).update(
        reason=REMOVED_TEXT
    )
    Assessment.objects.filter(enrolment__in=enrolments).update(notes="")
    ReflectionAnswer.objects.filter(user=user).delete()
    QuizAttempt.objects.filter(user=user).update(answers={})
    Certificate.objects.filter(holder=user).update(holder=None)
    ConsentRecord.objects.filter(user=user).delete()
    DeletionRequest.objects.filter(user=user).update(reason="")
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    if apps.is_installed("allauth.socialaccount"):
        apps.get_model("socialaccount", "SocialAccount").objects.filter(user=user).delete()
    apps.get_model("wagtailusers", "UserProfile").objects.filter(user=user).delete()
    Profile.objects.filter(user=user).update(
        municipality=None, agency_type="", job_title="", certificate_name=_("Gelöschtes Konto")
    )

    user.username = f"{PSEUDONYM_PREFIX}{secrets.token_hex(8)}"
    user.email = ""
    user.first_name = user.last_name = ""
    user.is_active = user.is_staff = user.is_superuser = False
    # A new password hash also ends every session of the account (session auth hash).
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()

    if files:
        storage = private_storage()
        transaction.on_commit(lambda: [storage.delete(name) for name in files])


def delete_sessions(user):
    """Delete the stored sessions of ``user`` (database sessions only).

    Sessions are already dead once the password hash changed; this removes the rows too.
    """
    if settings.SESSION_ENGINE != "django.contrib.sessions.backends.db":
        return
    from django.contrib.auth import SESSION_KEY
    from django.contrib.sessions.models import Session

    stale = [
        session.pk
        for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if session.get_decoded().get(SESSION_KEY) == str(user.pk)
    ]
    Session.objects.filter(pk__in=stale).delete()


def is_pseudonymised(user):
    return user.username.startswith(PSEUDONYM_PREFIX)


# --- retention ---------------------------------------------------------------------------


def retention_cutoff(now=None):
    now = now or timezone.now()
    return now - datetime.timedelta(days=settings.ACCOUNT_RETENTION_DAYS)


def inactive_accounts(now=None):
    """Accounts unused for longer than the retention period; never staff or superusers.

    Unused means: last log-in (or, for accounts that never logged in, the sign-up) before
    the cut-off. Accounts that are already pseudonymised are left alone.
    """
    cutoff = retention_cutoff(now)
    return (
        User.objects.filter(is_staff=False, is_superuser=False)
        .exclude(username__startswith=PSEUDONYM_PREFIX)
        .filter(Q(last_login__lt=cutoff) | Q(last_login__isnull=True, date_joined__lt=cutoff))
        .exclude(groups__name__in=roles.PRIVILEGED)
        .order_by("pk")
    )


def apply_retention(now=None):
    """Pseudonymise every inactive account, each in its own transaction; returns the count."""
    count = 0
    for user in inactive_accounts(now).iterator():
        with transaction.atomic():
            pending = DeletionRequest.objects.filter(
                user=user, status=DeletionRequestStatus.PENDING
            )
            pending.update(
                status=DeletionRequestStatus.COMPLETED,
                processed_at=timezone.now(),
                note=_("Durch Ablauf der Aufbewahrungsfrist gelöscht."),
            )
            pseudonymise(user)
        count += 1
    return count


# --- barrier reports (BITV NRW feedback mechanism) -----------------------------------------


def report_barrier(form):
    """Store a valid BarrierReportForm; the administrators get an e-mail after the commit."""
    with transaction.atomic():
        report = form.save()
        transaction.on_commit(lambda: notify_barrier_report(report))
    return report


def notify_barrier_report(report):
    recipients = administrator_addresses()
    if not recipients:
        return
    context = {
        "report": report,
        "url": site_url(reverse("barrier_reports:edit", args=[report.pk])),
    }
    EmailMessage(
        _("Neue Barriere-Meldung vom %(date)s")
        % {"date": f"{timezone.localtime(report.created_at):%d.%m.%Y}"},
        render_to_string("academy/barrier_report_email.txt", context),
        to=recipients,
        reply_to=[report.email] if report.email else None,
    ).send()

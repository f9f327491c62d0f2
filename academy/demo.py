"""Demo content for the base layer: site tree, legal pages and the accounts of DESIGN.md."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Group
from wagtail.models import Site
from wagtail.rich_text import RichText

from casestudies.models import CaseStudyIndexPage
from courses.models import CourseCatalogPage

from . import roles
from .enums import AgencyType
from .models import HomePage, Municipality, Profile, SiteSettings, StandardPage, ToolkitPage, User

DEMO_PASSWORD = "demo-passwort"  # noqa: S105 - documented in DESIGN.md and the README
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXP"  # noqa: S105 - the well-known demo secret

ACCOUNTS = [
    # email, first, last, role, municipality slug, agency, job title, superuser
    ("teilnehmerin@example.org", "Aylin", "Demir", roles.PARTICIPANTS, "koeln",
     AgencyType.JOBCENTER, "Fallmanagerin U25", False),
    ("teilnehmer@example.org", "Jonas", "Becker", roles.PARTICIPANTS, "moers",
     AgencyType.AUSLAENDERBEHOERDE, "Sachbearbeiter Aufenthalt", False),
    ("trainerin@example.org", "Miriam", "Hoffmann", roles.TRAINERS, None,
     "", "Trainerin für Case Management (DGCC)", False),
    ("koordination.koeln@example.org", "Stefan", "Krüger", roles.COORDINATORS, "koeln",
     AgencyType.KOMMUNALES_INTEGRATIONSZENTRUM, "Kommunale Koordination", False),
    ("pruefung@example.org", "Lea", "Schäfer", roles.ANONYMISATION_REVIEWERS, None,
     "", "Datenschutz und Anonymisierungsprüfung", False),
    ("verwaltung@example.org", "Dirk", "Wagner", roles.CERTIFICATE_ADMINISTRATORS, None,
     "", "Zertifikatsverwaltung", False),
    ("admin@example.org", "Admin", "Fallwerk", None, None, "", "Systemadministration", True),
]  # fmt: skip

HOME_INTRO = (
    "<p>Fallwerk ist die Lernplattform des Programms „Einwanderung gestalten NRW“. "
    "Beschäftigte aus Jobcenter, Sozialamt, Ausländerbehörde, Jugendamt, Schulamt, "
    "Kommunalem Integrationszentrum und ihren Partnern lernen hier "
    "<b>rechtskreisübergreifendes Case Management</b> – online und in Präsenz, an "
    "anonymisierten Fällen aus den Modellkommunen, mit Zertifikaten, die jede und jeder "
    "prüfen kann.</p>"
)

SECTIONS = [
    (CourseCatalogPage, "Kurse", "kurse",
     "Vom Informationstag bis zur Zertifizierung als Case Managerin oder Case Manager (DGCC).",
     "<p>Das Kursprogramm folgt den Richtlinien der DGCC: 210 Unterrichtseinheiten in "
     "Grundlagen, Kollegialer Beratung und Supervision.</p>"),
    (CaseStudyIndexPage, "Fallstudien", "fallstudien",
     "Anonymisierte Fälle aus den zwölf Modellkommunen – geprüft, bevor sie erscheinen.",
     "<p>Jede Fallstudie durchläuft eine Anonymisierungsprüfung, bevor sie veröffentlicht "
     "wird.</p>"),
    (ToolkitPage, "Werkzeugkoffer", "werkzeugkoffer",
     "Leitfäden, Vorlagen und Checklisten, die andere Kommunen übernehmen können.",
     "<p>Instrumente aus den Modellkommunen zum Übernehmen und Anpassen.</p>"),
]  # fmt: skip

LEGAL_PAGES = {
    "impressum": (
        "Impressum",
        "Angaben gemäß § 5 DDG.",
        [
            ("heading", {"text": "Anbieter", "level": "h2"}),
            (
                "paragraph",
                RichText(
                    "<p>Fallwerk Akademie (Demo)<br>Musterstraße 1<br>40213 Düsseldorf</p>"
                    "<p>E-Mail: kontakt@fallwerk.example</p>"
                ),
            ),
            ("heading", {"text": "Verantwortlich für den Inhalt", "level": "h2"}),
            (
                "paragraph",
                RichText(
                    "<p>Die Leitung der Fallwerk Akademie. Dies ist eine Demonstrationsinstanz; "
                    "alle Personen und Fälle sind frei erfunden.</p>"
                ),
            ),
        ],
    ),
    "datenschutz": (
        "Datenschutz",
        "Wie Fallwerk mit Ihren Daten umgeht.",
        [
            ("heading", {"text": "Welche Daten wir verarbeiten", "level": "h2"}),
            (
                "paragraph",
                RichText(
                    "<p>Für Ihr Benutzerkonto speichern wir Ihre E-Mail-Adresse, Ihren Namen, den "
                    "Namen für Zertifikate, Ihre Kommune, Ihre Einrichtung und Ihre Funktion. "
                    "Während der Kurse kommen Ihr Lernstand, Ihre Anwesenheit und Ihre "
                    "Einreichungen hinzu.</p>"
                ),
            ),
            ("heading", {"text": "Wer Ihre Daten sieht", "level": "h2"}),
            (
                "paragraph",
                RichText(
                    "<ul><li>Ihre Trainerinnen und Trainer sehen die Daten der Durchgänge, "
                    "die sie leiten.</li><li>Die Koordination Ihrer Kommune sieht Lernstand "
                    "und Zertifikate der Beschäftigten ihrer Kommune, nie die anderer "
                    "Kommunen.</li><li>Die "
                    "Zertifikatsverwaltung sieht, was für die Ausstellung nötig ist.</li></ul>"
                ),
            ),
            ("heading", {"text": "Ihre Rechte", "level": "h2"}),
            (
                "paragraph",
                RichText(
                    "<p>Sie haben das Recht auf Auskunft, Berichtigung, Löschung, "
                    "Einschränkung der Verarbeitung und Datenübertragbarkeit (Art. 15–20 DSGVO) "
                    "sowie das Recht auf "
                    "Beschwerde bei der Landesbeauftragten für Datenschutz und "
                    "Informationsfreiheit Nordrhein-Westfalen.</p>"
                ),
            ),
            (
                "callout",
                {
                    "title": "Anonymisierte Fälle",
                    "text": RichText(
                        "<p>Fallstudien enthalten keine Sozialdaten: Sie werden vor der "
                        "Veröffentlichung automatisch und von Menschen auf Personenbezug "
                        "geprüft.</p>"
                    ),
                },
            ),
        ],
    ),
    "barrierefreiheit": (
        "Erklärung zur Barrierefreiheit",
        "Fallwerk soll für alle nutzbar sein (BITV 2.0, BITV NRW).",
        [
            ("heading", {"text": "Stand der Vereinbarkeit", "level": "h2"}),
            (
                "paragraph",
                RichText(
                    "<p>Diese Website soll die Anforderungen der WCAG 2.1 auf Stufe AA "
                    "erfüllen. Jede Seite wird vor der Veröffentlichung automatisch auf "
                    "Barrieren geprüft.</p>"
                ),
            ),
            ("heading", {"text": "Barriere melden", "level": "h2"}),
            (
                "paragraph",
                RichText(
                    "<p>Sind Ihnen Barrieren aufgefallen? Schreiben Sie uns an "
                    '<a href="mailto:barrierefreiheit@fallwerk.example">'
                    "barrierefreiheit@fallwerk.example</a>. Wir antworten innerhalb von zwei "
                    "Wochen.</p>"
                ),
            ),
            ("heading", {"text": "Durchsetzungsverfahren", "level": "h2"}),
            (
                "paragraph",
                RichText(
                    "<p>Erhalten Sie keine zufriedenstellende Antwort, können Sie sich an die "
                    "Ombudsstelle für barrierefreie Informationstechnik des Landes "
                    "Nordrhein-Westfalen wenden.</p>"
                ),
            ),
        ],
    ),
}


def load(stdout):
    home = build_site()
    build_accounts()
    stdout.write(f"Website unter „{home.title}“ und {len(ACCOUNTS)} Demokonten angelegt.")


def build_site():
    home = HomePage.objects.get(depth=2)
    home.title = "Fallwerk"
    home.intro = HOME_INTRO
    home.seo_title = "Case Management lernen"
    home.save_revision().publish()

    for model, title, slug, teaser, intro in SECTIONS:
        upsert_child(home, model, slug, title=title, search_description=teaser, intro=intro,
                     show_in_menus=True)  # fmt: skip
    legal = {
        slug: upsert_child(home, StandardPage, slug, title=title, intro=intro, body=body)
        for slug, (title, intro, body) in LEGAL_PAGES.items()
    }

    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    site_settings.imprint_page = legal["impressum"]
    site_settings.privacy_page = legal["datenschutz"]
    site_settings.accessibility_page = legal["barrierefreiheit"]
    site_settings.save()
    return home


def upsert_child(parent, model, slug, **fields):
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    page.save_revision().publish()
    return page


def build_accounts():
    groups = {group.name: group for group in Group.objects.filter(name__in=roles.ALL)}
    municipalities = {m.slug: m for m in Municipality.objects.all()}
    for email, first, last, role, municipality, agency, job, superuser in ACCOUNTS:
        user = User.objects.filter(email=email).first() or User(username=email, email=email)
        user.first_name, user.last_name = first, last
        user.is_superuser = user.is_staff = superuser
        user.set_password(DEMO_PASSWORD)
        user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        Profile.objects.update_or_create(
            user=user,
            defaults={
                "municipality": municipalities.get(municipality),
                "agency_type": agency,
                "job_title": job,
                "certificate_name": f"{first} {last}",
            },
        )
        user.groups.set([groups[role]] if role else [])
        if (
            roles.requires_two_factor(user)
            and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        ):
            TOTP.activate(user, DEMO_TOTP_SECRET)

"""Demo content for the base layer: site tree, legal pages and the accounts of DESIGN.md."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Group
from wagtail.models import Site
from wagtail.rich_text import RichText

from casestudies.models import CaseStudyIndexPage
from courses.models import CourseCatalogPage

from . import demo_toolkit, roles
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


def _section(title, html):
    """A heading and its paragraph(s) of a legal page."""
    return [("heading", {"text": title, "level": "h2"}), ("paragraph", RichText(html))]


PRIVACY_BODY = [
    *_section(
        "Verantwortliche Stelle",
        "<p>Fallwerk Akademie (Demo)<br>Musterstraße 1<br>40213 Düsseldorf<br>"
        "E-Mail: kontakt@fallwerk.example</p>",
    ),
    *_section(
        "Behördliche Datenschutzbeauftragte",
        "<p>[Name der oder des Datenschutzbeauftragten], Anschrift wie oben, "
        "E-Mail: datenschutz@fallwerk.example. Sie können sich mit allen Fragen zum "
        "Datenschutz vertraulich an die Datenschutzbeauftragte oder den "
        "Datenschutzbeauftragten wenden.</p>",
    ),
    *_section(
        "Welche Daten wir verarbeiten",
        "<p>Für Ihr Benutzerkonto speichern wir Ihre E-Mail-Adresse, Ihren Namen, den "
        "Namen für Zertifikate, Ihre Kommune, Ihre Einrichtung und Ihre Funktion sowie die "
        "Fassung der Datenschutzhinweise, die Sie bei der Registrierung bestätigt haben. "
        "Während der Kurse kommen Ihre Anmeldungen, Ihr Lernstand (abgeschlossene "
        "Lektionen, Quizergebnisse, Antworten auf Reflexionsfragen), Ihre Anwesenheit, "
        "Supervisionsnachweise, Falldokumentationen, Kolloquiumsergebnisse und Zertifikate "
        "hinzu. Wenn Sie die Zwei-Faktor-Authentifizierung nutzen, speichern wir den dafür "
        "nötigen geheimen Schlüssel verschlüsselt.</p>",
    ),
    *_section(
        "Zwecke und Rechtsgrundlagen",
        "<ul>"
        "<li><b>Benutzerkonto und Teilnahme an der Qualifizierung</b> (Anmeldung, Lernstand, "
        "Anwesenheit, Supervision, Falldokumentation, Kolloquium): Art. 6 Abs. 1 Buchstabe b "
        "DSGVO, soweit Sie selbst teilnehmen, und Art. 6 Abs. 1 Buchstabe e DSGVO in "
        "Verbindung mit § 3 DSG NRW, soweit wir die Qualifizierung kommunaler Beschäftigter "
        "im Programm „Einwanderung gestalten NRW“ als öffentliche Aufgabe durchführen.</li>"
        "<li><b>Zertifikate und Zertifikatsregister</b>: Art. 6 Abs. 1 Buchstabe c und e "
        "DSGVO in Verbindung mit § 3 DSG NRW. Damit jede Stelle ein Zertifikat prüfen kann, "
        "zeigt die öffentliche Prüfseite Nummer, Art, Ausstellungsdatum, Status und den "
        "Namen wie zertifiziert – nur wer den Prüfcode kennt, gelangt dorthin.</li>"
        "<li><b>Koordination durch Ihre Kommune</b>: Art. 6 Abs. 1 Buchstabe e DSGVO in "
        "Verbindung mit § 3 DSG NRW. Die Koordination Ihrer Kommune sieht Lernstand und "
        "Zertifikate der Beschäftigten ihrer Kommune, nie die anderer Kommunen.</li>"
        "<li><b>Auswertung des Programms</b>: nur in zusammengefasster Form; Gruppen mit "
        "weniger als fünf Personen werden nicht ausgewiesen (Art. 6 Abs. 1 Buchstabe e DSGVO "
        "in Verbindung mit § 3 DSG NRW).</li>"
        "<li><b>Sicherheit des Angebots</b> (Anmeldeschutz, Begrenzung wiederholter "
        "Versuche, Zwei-Faktor-Authentifizierung für Mitarbeitende): Art. 6 Abs. 1 "
        "Buchstabe c DSGVO in Verbindung mit Art. 32 DSGVO.</li>"
        "<li><b>Meldungen von Barrieren</b>: Art. 6 Abs. 1 Buchstabe c DSGVO in Verbindung "
        "mit dem Behindertengleichstellungsgesetz NRW und der BITV NRW.</li>"
        "</ul>",
    ),
    *_section(
        "Wer Ihre Daten sieht",
        "<ul><li>Ihre Trainerinnen und Trainer sehen die Daten der Durchgänge, die sie "
        "leiten.</li><li>Die Koordination Ihrer Kommune sieht Lernstand und Zertifikate der "
        "Beschäftigten ihrer Kommune, nie die anderer Kommunen.</li><li>Die "
        "Zertifikatsverwaltung sieht, was für die Ausstellung und Prüfung nötig ist.</li>"
        "<li>Unser technischer Dienstleister betreibt die Server in Deutschland im Auftrag "
        "der Akademie (Art. 28 DSGVO). Eine Übermittlung in Drittländer findet nicht "
        "statt.</li></ul>",
    ),
    *_section(
        "Speicherdauer",
        "<ul><li>Die Daten Ihres Kontos speichern wir, bis Sie die Löschung beantragen. "
        "Konten, die drei Jahre lang nicht genutzt wurden (keine Anmeldung), werden "
        "automatisch gelöscht und nur noch ohne Bezug zu Ihrer Person in Statistiken "
        "geführt; Konten von Mitarbeitenden sind davon ausgenommen.</li>"
        "<li>Das Zertifikatsregister bewahrt Nummer, Art, Datum, Status und den Namen wie "
        "zertifiziert auf, solange das Zertifikat geprüft werden kann – auch nach der "
        "Löschung Ihres Kontos.</li>"
        "<li>Meldungen von Barrieren löschen wir, sobald sie bearbeitet sind und nicht mehr "
        "für den Bericht zur Barrierefreiheit gebraucht werden.</li></ul>",
    ),
    *_section(
        "Cookies und eingebundene Inhalte",
        "<p>Fallwerk setzt nur technisch notwendige Cookies: eines für Ihre Anmeldung und "
        "eines zum Schutz der Formulare. Es gibt keine Analyse- oder Werbedienste, keine "
        "Schriften oder Bilder von fremden Servern. Eingebettete Videos laden wir erst, "
        "wenn Sie sie abspielen, über youtube-nocookie.com oder Vimeo.</p>",
    ),
    *_section(
        "Ihre Rechte",
        "<p>Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16 DSGVO), "
        "Löschung (Art. 17 DSGVO), Einschränkung der Verarbeitung (Art. 18 DSGVO), "
        "Datenübertragbarkeit (Art. 20 DSGVO) und Widerspruch gegen Verarbeitungen im "
        "öffentlichen Interesse (Art. 21 DSGVO).</p>"
        "<p>Angemeldet können Sie unter „Mein Profil“ "
        '<a href="/konto/daten/">alle Ihre Daten herunterladen</a> und '
        '<a href="/konto/loeschen/">die Löschung Ihres Kontos beantragen</a>.</p>'
        "<p>Sie haben außerdem das Recht, sich bei der Aufsichtsbehörde zu beschweren: "
        "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen, "
        "Kavalleriestraße 2–4, 40213 Düsseldorf.</p>",
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
    *_section("Stand", "<p>Fassung 2026-11 dieser Datenschutzhinweise.</p>"),
]

IMPRINT_BODY = [
    *_section(
        "Anbieter",
        "<p>Fallwerk Akademie (Demo)<br>[Rechtsform, z. B. Einrichtung in öffentlicher "
        "Trägerschaft]<br>Musterstraße 1<br>40213 Düsseldorf</p>",
    ),
    *_section(
        "Vertreten durch",
        "<p>[Name der Leitung], Leitung der Fallwerk Akademie</p>",
    ),
    *_section(
        "Kontakt",
        "<p>Telefon: [0211 000000]<br>E-Mail: kontakt@fallwerk.example</p>",
    ),
    *_section(
        "Aufsichtsbehörde und Register",
        "<p>Aufsichtsbehörde: [zuständige Aufsichtsbehörde]<br>"
        "Registereintrag: [Register und Registernummer, falls vorhanden]<br>"
        "Umsatzsteuer-Identifikationsnummer nach § 27a Umsatzsteuergesetz: [DE000000000]</p>",
    ),
    *_section(
        "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV",
        "<p>[Name der Leitung], Anschrift wie oben.</p>",
    ),
    *_section(
        "Hinweise",
        "<p>Dies ist eine Demonstrationsinstanz; alle Personen und Fälle sind frei "
        "erfunden. Die Fallstudien und Instrumente des Werkzeugkoffers stehen unter der "
        "jeweils angegebenen Lizenz. Für die Inhalte verlinkter fremder Seiten sind "
        "ausschließlich deren Anbieter verantwortlich.</p>",
    ),
]

ACCESSIBILITY_BODY = [
    (
        "paragraph",
        RichText(
            "<p>Die Fallwerk Akademie ist bemüht, ihre Website im Einklang mit dem "
            "Behindertengleichstellungsgesetz Nordrhein-Westfalen (BGG NRW) und der "
            "Barrierefreie-Informationstechnik-Verordnung Nordrhein-Westfalen (BITV NRW) "
            "barrierefrei zugänglich zu machen. Diese Erklärung gilt für die Website "
            "Fallwerk mit Kurskatalog, Lernbereich, Fallstudien, Werkzeugkoffer und "
            "Zertifikatsprüfung.</p>"
        ),
    ),
    *_section(
        "Stand der Vereinbarkeit mit den Anforderungen",
        "<p>Diese Website ist wegen der unten genannten Ausnahmen <b>teilweise</b> mit den "
        "Anforderungen der BITV NRW, der Web Content Accessibility Guidelines (WCAG) 2.1 "
        "auf Stufe AA und der Norm EN 301 549 vereinbar.</p>",
    ),
    *_section(
        "Nicht barrierefreie Inhalte",
        "<ul>"
        "<li>Die PDF-Dateien der Zertifikate und Bescheinigungen sind noch nicht als "
        "getaggtes PDF (PDF/UA) erstellt; Screenreader lesen sie nur eingeschränkt vor. Alle "
        "Angaben eines Zertifikats stehen barrierefrei auf seiner Prüfseite.</li>"
        "<li>Ältere Downloads im Werkzeugkoffer (Word- und PDF-Vorlagen aus den "
        "Modellkommunen) sind teilweise nicht barrierefrei. Wir überarbeiten sie nach und "
        "nach und senden Ihnen auf Anfrage eine zugängliche Fassung.</li>"
        "<li>Eingebettete Lernvideos haben nicht durchgängig Untertitel und "
        "Audiodeskription.</li>"
        "<li>Informationen zu den Inhalten dieser Website in Deutscher Gebärdensprache und "
        "in Leichter Sprache fehlen noch.</li>"
        "<li>Die Verwaltungsoberfläche für Mitarbeitende (Wagtail) ist Software eines "
        "Dritten und erfüllt einzelne Anforderungen nicht vollständig.</li>"
        "</ul>",
    ),
    *_section(
        "Erstellung dieser Erklärung",
        "<p>Diese Erklärung wurde am 21. November 2026 erstellt. Grundlage ist eine "
        "Selbstbewertung: Jede Seite wird bei jeder Änderung automatisch mit axe-core auf die "
        "Kriterien der WCAG 2.1 (Stufen A und AA) geprüft, ergänzt um manuelle Prüfungen mit "
        "Tastatur und Screenreader. Die Erklärung wird jährlich überprüft.</p>",
    ),
    *_section(
        "Barriere melden: Feedback-Mechanismus",
        "<p>Sind Ihnen Mängel in der Barrierefreiheit aufgefallen, oder benötigen Sie "
        "Informationen aus einem nicht barrierefreien Inhalt in zugänglicher Form? Nutzen "
        'Sie unser <a href="/barriere-melden/">Formular „Barriere melden“</a> oder schreiben '
        "Sie uns an barrierefreiheit@fallwerk.example. Wir antworten innerhalb eines "
        "Monats.</p>",
    ),
    *_section(
        "Durchsetzungsverfahren",
        "<p>Erhalten Sie auf Ihre Meldung innerhalb von sechs Wochen keine oder keine "
        "zufriedenstellende Antwort, können Sie sich an die Ombudsstelle für barrierefreie "
        "Informationstechnik des Landes Nordrhein-Westfalen wenden. Sie ist bei der "
        "Landesbeauftragten für Menschen mit Behinderung des Landes Nordrhein-Westfalen "
        "angesiedelt und vermittelt kostenlos zwischen Ihnen und uns; ein Rechtsbeistand "
        "ist nicht nötig.</p>"
        "<p>Ombudsstelle für barrierefreie Informationstechnik des Landes "
        "Nordrhein-Westfalen<br>bei der Landesbeauftragten für Menschen mit Behinderung "
        "<br>Fürstenwall 25<br>40219 Düsseldorf<br>Website: www.lbb.nrw.de</p>",
    ),
]

LEGAL_PAGES = {
    "impressum": ("Impressum", "Angaben gemäß § 5 DDG.", IMPRINT_BODY),
    "datenschutz": (
        "Datenschutz",
        "Wie Fallwerk mit Ihren Daten umgeht: Zwecke, Rechtsgrundlagen, Speicherdauer und "
        "Ihre Rechte.",
        PRIVACY_BODY,
    ),
    "barrierefreiheit": (
        "Erklärung zur Barrierefreiheit",
        "Fallwerk soll für alle nutzbar sein (BGG NRW, BITV NRW).",
        ACCESSIBILITY_BODY,
    ),
}


def load(stdout):
    home = build_site()
    build_accounts()
    stdout.write(f"Website unter „{home.title}“ und {len(ACCOUNTS)} Demokonten angelegt.")
    demo_toolkit.load(stdout)


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

"""Demo content for the Werkzeugkoffer: instruments from the practice of the model municipalities.

Each instrument gets a text file to download (generated from its content, so it can be copied
into the municipality's own templates). Idempotent: an instrument whose slug exists under the
Werkzeugkoffer is left alone, a document with the same title is reused.
"""

from html import unescape

from django.core.files.base import ContentFile
from django.utils.html import strip_tags
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.rich_text import RichText

from .enums import InstrumentKind, Licence
from .models import FieldOfAction, InstrumentDownload, InstrumentPage, LegalDomain, ToolkitPage


def heading(text):
    return ("heading", text)


def paragraph(html):
    return ("paragraph", html)


def callout(title, html):
    return ("callout", (title, html))


def checklist(title, intro, items):
    return ("checklist", (title, intro, items))


def questions(title, intro, items):
    return ("questions", (title, intro, items))


INSTRUMENTS = [
    {
        "slug": "leitfaden-erstgespraech",
        "title": "Leitfaden für das Erstgespräch",
        "kind": InstrumentKind.GESPRAECHSLEITFADEN,
        "summary": (
            "Ein Gesprächsleitfaden für das erste Gespräch in der Klärungsphase: Rollen und "
            "Datenschutz klären, das Anliegen verstehen, Dringendes erkennen und gemeinsam "
            "entscheiden, ob ein Case Management passt."
        ),
        "phases": ["klaerung", "assessment"],
        "fields_of_action": ["sprache", "existenzsicherung", "teilhabe"],
        "legal_domains": [],
        "version": "2.1",
        "licence": Licence.CC_BY_4,
        "body": [
            paragraph(
                "<p>Das Erstgespräch entscheidet oft darüber, ob eine Zusammenarbeit gelingt. Der "
                "Leitfaden hilft, in 45 bis 60 Minuten das Wesentliche zu klären, ohne die Person "
                "mit Fragen zu überrollen. Er ist kein Fragebogen: Wählen Sie die Fragen aus, die "
                "zur Situation passen, und folgen Sie dem, was die Person erzählen möchte.</p>"
            ),
            checklist(
                "Vor dem Gespräch",
                "",
                [
                    "Sprachmittlung geklärt: Welche Sprache, welche Person, persönlich oder per "
                    "Video? Keine Kinder als Sprachmittler.",
                    "Ruhiger Raum und ausreichend Zeit eingeplant (mindestens 60 Minuten mit "
                    "Sprachmittlung).",
                    "Bekannte Unterlagen gesichtet; nur das angefordert, was wirklich gebraucht "
                    "wird.",
                    "Informationsblatt zum Datenschutz in passender Sprache oder in Leichter "
                    "Sprache bereitgelegt.",
                ],
            ),
            questions(
                "1. Ankommen und Rahmen klären",
                "Stellen Sie sich, Ihre Stelle und Ihre Rolle vor. Erklären Sie, was mit den "
                "Angaben geschieht und dass die Teilnahme freiwillig ist.",
                [
                    "Wie möchten Sie angesprochen werden, und in welcher Sprache sprechen wir am "
                    "besten miteinander?",
                    "Wissen Sie schon, warum Sie zu mir geschickt wurden – oder sind Sie von "
                    "sich aus gekommen?",
                    "Haben Sie Fragen dazu, was ich mit Ihren Angaben mache und wer davon erfährt?",
                ],
            ),
            questions(
                "2. Anliegen und Lebenslage",
                "",
                [
                    "Was ist für Sie im Moment das Wichtigste?",
                    "Was beschäftigt Sie außerdem – bei Wohnen, Geld, Arbeit, Sprache, "
                    "Gesundheit, Kindern, Aufenthalt?",
                    "Was haben Sie selbst schon versucht, und was hat geholfen?",
                    "Wer unterstützt Sie bereits – Familie, Bekannte, Beratungsstellen, Ämter?",
                ],
            ),
            checklist(
                "3. Dringendes erkennen",
                "Diese Punkte klären Sie noch im Erstgespräch, weil Fristen oder Gefahren "
                "nicht warten:",
                [
                    "Laufen Fristen ab (Widerspruch, Aufenthaltstitel, Mitwirkung, "
                    "Weiterbewilligung)?",
                    "Droht der Verlust der Wohnung oder eine Stromsperre?",
                    "Ist der Lebensunterhalt für die nächsten Wochen gesichert?",
                    "Gibt es Hinweise auf Gefährdung (Kinderschutz, Gewalt, akute "
                    "Erkrankung)? Wenn ja: nach dem Verfahren Ihrer Stelle handeln.",
                ],
            ),
            questions(
                "4. Passt ein Case Management?",
                "Case Management ist angezeigt, wenn mehrere Bedarfe zusammenkommen, mehrere "
                "Stellen beteiligt sind und die Person die Hilfen derzeit nicht selbst "
                "abstimmen kann – und wenn sie es will.",
                [
                    "Wie viele Stellen sind beteiligt, und sprechen sie miteinander?",
                    "Kann die Person die Schritte mit etwas Unterstützung selbst gehen, oder "
                    "braucht es eine verbindliche Begleitung?",
                    "Möchte die Person eine längere Zusammenarbeit mit Ihnen?",
                ],
            ),
            checklist(
                "5. Abschluss des Gesprächs",
                "",
                [
                    "Ergebnis zusammengefasst, in einfachen Worten und mit Rückfrage, ob es "
                    "stimmt.",
                    "Nächste Schritte vereinbart: Wer macht was bis wann?",
                    "Einwilligung in den Austausch mit anderen Stellen besprochen – nur für "
                    "die Stellen, die wirklich gebraucht werden.",
                    "Nächster Termin und Erreichbarkeit geklärt.",
                ],
            ),
        ],
        "file": (
            "Leitfaden Erstgespräch (Textvorlage)",
            "leitfaden-erstgespraech.txt",
            "Zum Ausdrucken oder zum Übernehmen in Ihre eigene Vorlage",
        ),
    },
    {
        "slug": "fallkonferenz-in-zwei-phasen",
        "title": "Vorlage: Fallkonferenz in zwei Phasen (Fall- und Systemebene)",
        "kind": InstrumentKind.VORLAGE,
        "summary": (
            "Ablauf, Einladung und Ergebnisprotokoll für eine Fallkonferenz, die erst mit der "
            "Person den Fall bespricht und danach ohne sie die Lücken und Schnittstellen im "
            "Hilfesystem auswertet."
        ),
        "phases": ["assessment", "hilfeplanung", "evaluation"],
        "fields_of_action": ["wohnen", "arbeit", "bildung", "teilhabe"],
        "legal_domains": ["sgb-ii", "sgb-viii", "sgb-xii", "aufenthg-asylg"],
        "version": "1.3",
        "licence": Licence.CC_BY_SA_4,
        "body": [
            paragraph(
                "<p>Die zweiphasige Fallkonferenz wurde in mehreren Modellkommunen erprobt. In "
                "der <b>ersten Phase</b> arbeiten die Person und die beteiligten Stellen am "
                "Fall. In der <b>zweiten Phase</b> beraten nur die Fachkräfte, was der Fall "
                "über das Hilfesystem verrät. So wird aus vielen Einzelfällen Wissen für die "
                "Steuerung.</p>"
            ),
            checklist(
                "Vorbereitung",
                "",
                [
                    "Anlass und Leitfrage der Konferenz in einem Satz formuliert.",
                    "Einwilligung der Person in den Austausch mit allen eingeladenen Stellen "
                    "liegt schriftlich vor.",
                    "Die Person entscheidet mit, wer teilnimmt, und kann eine Vertrauensperson "
                    "mitbringen.",
                    "Sprachmittlung organisiert.",
                    "Moderation und Protokoll verteilt – nicht bei der fallführenden Fachkraft.",
                    "Zeitrahmen: 60 Minuten Phase 1, 30 Minuten Phase 2.",
                ],
            ),
            heading("Phase 1: Fallebene (mit der Person)"),
            questions(
                "Ablauf der ersten Phase",
                "",
                [
                    "Begrüßung, Vorstellungsrunde, Ziel und Regeln der Konferenz (10 Minuten).",
                    "Die Person schildert ihre Sicht und ihre Anliegen (10 Minuten).",
                    "Jede Stelle nennt kurz ihren Auftrag, ihre Möglichkeiten und ihre "
                    "Grenzen (15 Minuten).",
                    "Gemeinsame Ziele und Beiträge der Stellen vereinbaren (20 Minuten).",
                    "Zusammenfassung, nächster Termin, Verabschiedung der Person (5 Minuten).",
                ],
            ),
            heading("Phase 2: Systemebene (ohne die Person)"),
            questions(
                "Leitfragen der zweiten Phase",
                "Die Ergebnisse werden anonymisiert an die Steuerungsgruppe weitergegeben.",
                [
                    "An welchen Schnittstellen ist der Fall ins Stocken geraten?",
                    "Welche Hilfe hat gefehlt oder kam zu spät (Lücke im Hilfesystem)?",
                    "Welche Regel, welches Formular oder welche Zuständigkeit hat den Verlauf "
                    "erschwert?",
                    "Was müsste sich ändern, damit der nächste ähnliche Fall leichter läuft?",
                    "Wer bringt das Ergebnis in welches Gremium, bis wann?",
                ],
            ),
            checklist(
                "Ergebnisprotokoll",
                "Das Protokoll hat zwei getrennte Teile: Teil 1 geht an die Beteiligten der "
                "ersten Phase, Teil 2 enthält keine Angaben zur Person.",
                [
                    "Teil 1: Vereinbarte Ziele, Maßnahmen, Verantwortliche, Fristen, nächster "
                    "Überprüfungstermin.",
                    "Teil 2: Schnittstellen, Lücken und Optimierungsbedarfe mit Adressat und "
                    "Frist.",
                    "Verteiler und Aufbewahrungsfrist festgelegt.",
                ],
            ),
        ],
        "file": (
            "Fallkonferenz in zwei Phasen – Einladung und Protokoll",
            "fallkonferenz-zwei-phasen.txt",
            "Ablauf und Protokollvorlage zum Anpassen",
        ),
    },
    {
        "slug": "checkliste-rechtskreiswechsel",
        "title": "Checkliste: Übergänge zwischen Rechtskreisen",
        "kind": InstrumentKind.CHECKLISTE,
        "summary": (
            "Damit beim Wechsel der Zuständigkeit keine Lücke im Lebensunterhalt oder in der "
            "Begleitung entsteht: Prüfpunkte für die häufigsten Übergänge – AsylbLG zu SGB II "
            "nach der Anerkennung, SGB VIII zu SGB II mit 18 oder 21 und SGB II zu SGB III "
            "oder SGB XII."
        ),
        "phases": ["leistungssteuerung", "monitoring"],
        "fields_of_action": ["existenzsicherung", "wohnen", "ausbildung", "arbeit"],
        "legal_domains": ["asylblg", "sgb-ii", "sgb-iii", "sgb-viii", "sgb-xii"],
        "version": "1.2",
        "licence": Licence.CC_BY_4,
        "body": [
            paragraph(
                "<p>Übergänge zwischen Rechtskreisen sind die Stellen, an denen Fälle am "
                "häufigsten abreißen: Die eine Stelle schließt die Akte, die andere kennt die "
                "Person noch nicht. Die Checkliste nennt, was die abgebende und die aufnehmende "
                "Stelle vorher klären sollten. Sie ersetzt keine Rechtsberatung im "
                "Einzelfall.</p>"
            ),
            checklist(
                "Für jeden Übergang",
                "",
                [
                    "Übergang mindestens drei Monate vorher im Hilfeplan vermerkt.",
                    "Einwilligung in die Weitergabe der nötigen Unterlagen an die aufnehmende "
                    "Stelle liegt vor.",
                    "Gemeinsames Übergabegespräch mit der Person vereinbart (warme Übergabe).",
                    "Antrag bei der aufnehmenden Stelle rechtzeitig gestellt; Eingang bestätigt.",
                    "Laufende Maßnahmen (Sprachkurs, Ausbildung, Therapie) gesichert und der "
                    "aufnehmenden Stelle bekannt.",
                ],
            ),
            checklist(
                "AsylbLG → SGB II nach der Anerkennung",
                "",
                [
                    "Bescheid des BAMF und Aufenthaltstitel oder Fiktionsbescheinigung "
                    "vorhanden; Kopie für den Antrag vorbereitet.",
                    "Antrag beim Jobcenter gestellt – er wirkt auf den Monatsersten zurück "
                    "(§ 37 Abs. 2 SGB II).",
                    "Ende der Leistungen nach dem AsylbLG und Beginn der Leistungen nach dem "
                    "SGB II abgestimmt, damit kein Monat ohne Leistung bleibt.",
                    "Wohnsitzregelung (§ 12a AufenthG) und Unterkunft geklärt: Auszug aus der "
                    "Gemeinschaftsunterkunft, Angemessenheit der Kosten.",
                    "Krankenversicherung: Anmeldung bei einer gesetzlichen Krankenkasse erledigt.",
                    "Zugang zum Integrationskurs und zur Beratung im Jobcenter besprochen.",
                ],
            ),
            checklist(
                "SGB VIII → SGB II mit 18 oder 21 (Care Leaver)",
                "",
                [
                    "Übergangsplanung spätestens ein Jahr vor dem geplanten Hilfeende begonnen "
                    "(§ 41 Abs. 3, § 36b SGB VIII).",
                    "Geprüft, ob Hilfe für junge Volljährige (§ 41 SGB VIII) fortgesetzt werden "
                    "muss – ein fehlender Ausbildungsplatz allein beendet den Bedarf nicht.",
                    "Nachbetreuung nach § 41a SGB VIII vereinbart: Wer ist nach dem Hilfeende "
                    "ansprechbar?",
                    "Jobcenter und Jugendberufsagentur frühzeitig einbezogen; Antrag vor dem "
                    "Auszug gestellt.",
                    "Wohnung gesichert: Zustimmung zum Umzug (unter 25 Jahren, § 22 Abs. 5 "
                    "SGB II) eingeholt.",
                    "Aufenthaltsrechtliche Folgen des Hilfeendes mit der Ausländerbehörde geklärt.",
                ],
            ),
            checklist(
                "SGB II → SGB III oder SGB XII",
                "",
                [
                    "Bei Aufnahme einer Ausbildung: Berufsausbildungsbeihilfe (SGB III) oder "
                    "BAföG beantragt; ergänzende Leistungen nach dem SGB II geprüft.",
                    "Bei Arbeitslosigkeit nach Beschäftigung: Arbeitslosengeld bei der Agentur "
                    "für Arbeit beantragt, ergänzend SGB II geprüft.",
                    "Bei Zweifeln an der Erwerbsfähigkeit: Feststellung nach § 44a SGB II "
                    "eingeleitet; bis zur Entscheidung zahlt das Jobcenter weiter.",
                    "Bei voller Erwerbsminderung oder Erreichen der Altersgrenze: Antrag auf "
                    "Grundsicherung beim Sozialamt gestellt (4. Kapitel SGB XII).",
                ],
            ),
        ],
        "file": (
            "Checkliste Rechtskreiswechsel",
            "checkliste-rechtskreiswechsel.txt",
            "Zum Abhaken in der Fallakte",
        ),
    },
    {
        "slug": "zielsystem-grundsatz-rahmen-ergebnisziele",
        "title": "Zielsystem: Grundsatz-, Rahmen- und Ergebnisziele",
        "kind": InstrumentKind.ZIELSYSTEM,
        "summary": (
            "Ein Arbeitsblatt, mit dem Fachkraft und Person Ziele auf drei Ebenen entwickeln: "
            "vom langfristigen Grundsatzziel in den Worten der Person über Rahmenziele je "
            "Handlungsfeld bis zu überprüfbaren Ergebniszielen."
        ),
        "phases": ["hilfeplanung", "monitoring", "evaluation"],
        "fields_of_action": ["sprache", "arbeit", "ausbildung", "wohnen", "gesundheit"],
        "legal_domains": [],
        "version": "1.0",
        "licence": Licence.CC_BY_4,
        "body": [
            paragraph(
                "<p>Ziele tragen eine Hilfeplanung nur, wenn sie von der Person mitgetragen "
                "werden und sich überprüfen lassen. Das Zielsystem ordnet sie auf drei "
                "Ebenen:</p><ul>"
                "<li><b>Grundsatzziel</b>: die Richtung, langfristig und in den Worten der "
                "Person – zum Beispiel „Ich möchte mit meiner Familie unabhängig von "
                "Sozialleistungen leben.“</li>"
                "<li><b>Rahmenziele</b>: mittelfristige Etappen je Handlungsfeld, die zusammen "
                "zum Grundsatzziel führen – zum Beispiel „Ich habe einen anerkannten "
                "Berufsabschluss.“</li>"
                "<li><b>Ergebnisziele</b>: konkrete, überprüfbare Schritte mit Zuständigkeit "
                "und Termin – zum Beispiel „Bis Ende März sind die Zeugnisse übersetzt und der "
                "Antrag auf Anerkennung ist gestellt.“</li></ul>"
            ),
            checklist(
                "Ergebnisziele prüfen (SMART)",
                "",
                [
                    "Spezifisch: Es ist klar, was genau erreicht sein soll.",
                    "Messbar: Woran erkennen alle, dass das Ziel erreicht ist?",
                    "Attraktiv: Die Person will das Ziel erreichen, nicht nur die Stelle.",
                    "Realistisch: Das Ziel ist mit den vorhandenen Mitteln erreichbar.",
                    "Terminiert: Es gibt ein Datum für die Überprüfung.",
                ],
            ),
            questions(
                "Fragen für die Zielentwicklung",
                "",
                [
                    "Wie soll Ihr Leben in zwei oder drei Jahren aussehen?",
                    "Was muss dafür in den einzelnen Bereichen passieren – Sprache, Arbeit, "
                    "Wohnen, Familie, Gesundheit?",
                    "Was ist der erste Schritt, den Sie in den nächsten vier Wochen gehen können?",
                    "Wer kann Sie dabei unterstützen, und was brauchen Sie von mir?",
                    "Woran merken wir beim nächsten Termin, dass es vorangegangen ist?",
                ],
            ),
            callout(
                "Im Monitoring",
                "<p>Überprüfen Sie in jedem Folgetermin die Ergebnisziele, nicht das "
                "Grundsatzziel. Wird ein Ergebnisziel zweimal verfehlt, passen Sie es an – "
                "das ist kein Scheitern der Person, sondern ein Hinweis auf ein Hindernis.</p>",
            ),
        ],
        "file": (
            "Arbeitsblatt Zielsystem",
            "zielsystem-arbeitsblatt.txt",
            "Arbeitsblatt für das Gespräch zur Zielvereinbarung",
        ),
    },
    {
        "slug": "vereinbarung-datenaustausch",
        "title": "Vereinbarung zum Datenaustausch zwischen Behörden",
        "kind": InstrumentKind.VEREINBARUNG,
        "summary": (
            "Muster für eine Einwilligung und Schweigepflichtentbindung, mit der eine Person "
            "dem Austausch ihrer Daten zwischen den beteiligten Stellen zustimmt – bestimmt, "
            "informiert, freiwillig und jederzeit widerrufbar (§ 67 ff. SGB X, DSGVO)."
        ),
        "phases": ["klaerung", "leistungssteuerung"],
        "fields_of_action": ["existenzsicherung", "teilhabe"],
        "legal_domains": ["sgb-ii", "sgb-viii", "sgb-xii", "asylblg", "aufenthg-asylg"],
        "version": "2.0",
        "licence": Licence.CC0,
        "body": [
            paragraph(
                "<p>Sozialdaten dürfen nur übermittelt werden, wenn ein Gesetz es erlaubt oder "
                "die Person einwilligt (§ 35 SGB I, § 67b SGB X). Im Case Management ist die "
                "Einwilligung der Regelfall, weil mehrere Stellen aus verschiedenen "
                "Rechtskreisen zusammenarbeiten. Eine pauschale Einwilligung „für alle Ämter“ "
                "ist unwirksam: Die Erklärung muss die Stellen, die Daten und den Zweck "
                "nennen.</p>"
            ),
            checklist(
                "Was die Erklärung enthalten muss",
                "",
                [
                    "Die Stellen, die Daten austauschen – jeweils mit Name der Behörde oder "
                    "Einrichtung.",
                    "Die Arten von Daten (zum Beispiel Aufenthaltsstatus, Leistungsbezug, "
                    "Schulbesuch, Gesundheitsangaben nur, wenn nötig und ausdrücklich genannt).",
                    "Den Zweck: die Abstimmung der Hilfen im Case Management.",
                    "Die Dauer: bis zum Abschluss des Case Managements, höchstens zwölf Monate, "
                    "danach neu erklären.",
                    "Den Hinweis, dass die Einwilligung freiwillig ist und Leistungen nicht "
                    "davon abhängen.",
                    "Den Hinweis auf den jederzeitigen Widerruf für die Zukunft (Art. 7 Abs. 3 "
                    "DSGVO) und an wen er zu richten ist.",
                    "Bei Berufsgeheimnisträgern (Ärztinnen, Beratungsstellen): ausdrückliche "
                    "Entbindung von der Schweigepflicht.",
                ],
            ),
            heading("Mustertext"),
            paragraph(
                "<p>Ich bin damit einverstanden, dass die unten genannten Stellen die unten "
                "genannten Angaben über mich [und meine minderjährigen Kinder] austauschen, "
                "soweit das für die Abstimmung der Hilfen im Case Management erforderlich "
                "ist.</p>"
                "<p>Stellen: ______________________________</p>"
                "<p>Angaben: ______________________________</p>"
                "<p>Diese Einwilligung gilt bis zum Abschluss des Case Managements, längstens "
                "bis zum ____________. Ich weiß, dass die Einwilligung freiwillig ist. Wenn ich "
                "nicht einwillige, entstehen mir keine Nachteile bei den Leistungen. Ich kann "
                "die Einwilligung jederzeit ganz oder teilweise widerrufen; der Widerruf gilt "
                "für die Zukunft. Ich entbinde die oben genannten Stellen insoweit von ihrer "
                "Schweigepflicht.</p>"
                "<p>Ort, Datum, Unterschrift: ______________________________</p>"
            ),
            callout(
                "Besonderer Schutz im Jugendamt",
                "<p>Daten, die einer Fachkraft der Kinder- und Jugendhilfe anvertraut wurden, "
                "dürfen nur unter den engen Voraussetzungen des § 65 SGB VIII weitergegeben "
                "werden. Klären Sie das vor der Fallkonferenz.</p>",
            ),
        ],
        "file": (
            "Muster Einwilligung und Schweigepflichtentbindung",
            "einwilligung-datenaustausch.txt",
            "Mustertext zum Anpassen an Ihre Stellen",
        ),
    },
    {
        "slug": "leichte-sprache-was-ist-case-management",
        "title": "Handreichung in Leichter Sprache: Was ist Case Management?",
        "kind": InstrumentKind.LEICHTE_SPRACHE,
        "summary": (
            "Ein Informationsblatt in Leichter Sprache für Klientinnen und Klienten: Was eine "
            "Fall-Managerin oder ein Fall-Manager macht, was die Person selbst entscheidet und "
            "wie die Zusammenarbeit abläuft."
        ),
        "phases": ["klaerung"],
        "fields_of_action": ["sprache", "teilhabe"],
        "legal_domains": [],
        "version": "1.1",
        "licence": Licence.CC_BY_4,
        "body": [
            heading("Was ist Case Management?"),
            paragraph(
                "<p>Sie haben viele Fragen.<br/>Zum Beispiel zu Geld, zur Wohnung oder zur "
                "Arbeit.<br/>Viele Ämter sind für Sie zuständig.</p>"
                "<p>Eine Person hilft Ihnen dabei.<br/>Diese Person heißt: "
                "Fall-Managerin oder Fall-Manager.<br/>Sie hat den Überblick.</p>"
            ),
            heading("Was macht die Fall-Managerin?"),
            paragraph(
                "<ul><li>Sie hört Ihnen zu.</li>"
                "<li>Sie fragt: Was ist Ihnen wichtig?</li>"
                "<li>Sie macht mit Ihnen einen Plan.</li>"
                "<li>Sie spricht mit den Ämtern.<br/>Aber nur, wenn Sie das erlauben.</li>"
                "<li>Sie trifft sich regelmäßig mit Ihnen.</li></ul>"
            ),
            heading("Was entscheiden Sie?"),
            paragraph(
                "<ul><li>Sie entscheiden mit über Ihre Ziele.</li>"
                "<li>Sie entscheiden: Wer darf Ihre Daten bekommen?</li>"
                "<li>Sie können jederzeit Fragen stellen.</li>"
                "<li>Sie können jederzeit aufhören.</li></ul>"
            ),
            callout(
                "Wichtig",
                "<p>Sie verstehen etwas nicht?<br/>Dann sagen Sie es.<br/>Wir erklären es noch "
                "einmal.<br/>Sie können auch eine Person mitbringen, der Sie vertrauen.</p>",
            ),
        ],
        "file": (
            "Was ist Case Management? (Leichte Sprache)",
            "leichte-sprache-case-management.txt",
            "Informationsblatt zum Mitgeben",
        ),
    },
    {
        "slug": "leichte-sprache-ihre-daten",
        "title": "Handreichung in Leichter Sprache: Ihre Daten – wer darf was wissen?",
        "kind": InstrumentKind.LEICHTE_SPRACHE,
        "summary": (
            "Erklärt die Einwilligung in den Datenaustausch in Leichter Sprache – als "
            "Begleitblatt zur Vereinbarung zum Datenaustausch, damit die Zustimmung wirklich "
            "informiert ist."
        ),
        "phases": ["klaerung"],
        "fields_of_action": ["teilhabe"],
        "legal_domains": [],
        "version": "1.0",
        "licence": Licence.CC_BY_4,
        "body": [
            heading("Ihre Daten gehören Ihnen"),
            paragraph(
                "<p>Daten sind Angaben über Sie.<br/>Zum Beispiel: Ihr Name.<br/>Ihre "
                "Adresse.<br/>Oder wie viel Geld Sie bekommen.</p>"
                "<p>Die Ämter müssen Ihre Daten schützen.<br/>Das steht im Gesetz.</p>"
            ),
            heading("Warum fragen wir Sie?"),
            paragraph(
                "<p>Manchmal sollen die Ämter miteinander sprechen.<br/>Dann geht es "
                "schneller.<br/>Dafür brauchen wir Ihre Erlaubnis.<br/>Die Erlaubnis heißt: "
                "Einwilligung.</p>"
            ),
            checklist(
                "Das steht in der Einwilligung",
                "",
                [
                    "Welche Ämter miteinander sprechen.",
                    "Welche Angaben die Ämter austauschen.",
                    "Wofür die Angaben gebraucht werden.",
                    "Wie lange die Einwilligung gilt.",
                ],
            ),
            callout(
                "Sie entscheiden",
                "<p>Sie müssen nicht unterschreiben.<br/>Sie bekommen trotzdem Ihr Geld.<br/>"
                "Sie können die Einwilligung später zurücknehmen.<br/>Sagen Sie es einfach "
                "Ihrer Fall-Managerin.</p>",
            ),
        ],
        "file": (
            "Ihre Daten – wer darf was wissen? (Leichte Sprache)",
            "leichte-sprache-ihre-daten.txt",
            "Begleitblatt zur Einwilligung",
        ),
    },
    {
        "slug": "ressourcen-und-netzwerkkarte",
        "title": "Ressourcen- und Netzwerkkarte",
        "kind": InstrumentKind.ARBEITSBLATT,
        "summary": (
            "Ein Arbeitsblatt für das Assessment: Die Person zeichnet mit der Fachkraft, wer "
            "zu ihrem Netz gehört – Familie, Community, Ämter, Arbeit, Schule, Vereine – und "
            "welche Stärken sie selbst mitbringt."
        ),
        "phases": ["assessment", "leistungssteuerung"],
        "fields_of_action": ["teilhabe", "arbeit", "bildung", "gesundheit"],
        "legal_domains": [],
        "version": "1.4",
        "licence": Licence.CC_BY_SA_4,
        "body": [
            paragraph(
                "<p>Defizite stehen in jeder Akte, Ressourcen selten. Die Netzwerkkarte macht "
                "sichtbar, worauf ein Hilfeplan bauen kann. In die Mitte kommt die Person, "
                "darum vier Bereiche: Familie und Freunde, Community und Vereine, Arbeit und "
                "Schule, Fachdienste und Ämter. Je näher ein Name an der Mitte steht, desto "
                "wichtiger ist die Beziehung.</p>"
            ),
            questions(
                "Fragen zum Netzwerk",
                "",
                [
                    "Wen rufen Sie an, wenn Sie schnell Hilfe brauchen?",
                    "Wer hilft Ihnen bei Briefen von Ämtern?",
                    "Mit wem verbringen Sie gern Zeit?",
                    "Zu welchen Stellen haben Sie Vertrauen – und zu welchen nicht?",
                    "Welche Kontakte aus dem Herkunftsland oder aus der Community sind Ihnen "
                    "wichtig?",
                ],
            ),
            questions(
                "Fragen zu den eigenen Stärken",
                "",
                [
                    "Was können Sie gut? Was haben Sie schon geschafft, seit Sie hier sind?",
                    "Welche Sprachen sprechen Sie?",
                    "Welche Arbeit haben Sie früher gemacht, welche Ausbildung haben Sie?",
                    "Was gibt Ihnen Kraft, wenn es schwierig wird?",
                ],
            ),
            callout(
                "Auswerten",
                "<p>Markieren Sie belastende Beziehungen mit einer gestrichelten Linie und "
                "Lücken mit einem Fragezeichen. Fehlt ein ganzer Bereich, ist das ein Hinweis "
                "für die Leistungssteuerung: Welche Stelle oder welches Angebot könnte ihn "
                "füllen?</p>",
            ),
        ],
        "file": (
            "Arbeitsblatt Ressourcen- und Netzwerkkarte",
            "netzwerkkarte.txt",
            "Mit Anleitung zum Zeichnen der Karte",
        ),
    },
    {
        "slug": "hilfeplan-vorlage",
        "title": "Hilfeplan-Vorlage",
        "kind": InstrumentKind.VORLAGE,
        "summary": (
            "Eine schlanke Vorlage für den gemeinsamen Hilfeplan: Ausgangslage, Ziele auf drei "
            "Ebenen, Maßnahmen mit Zuständigkeit und Frist, beteiligte Stellen und "
            "Überprüfungstermine – von der Person und der Fallmanagerin unterschrieben."
        ),
        "phases": ["hilfeplanung", "leistungssteuerung", "monitoring"],
        "fields_of_action": ["existenzsicherung", "arbeit", "wohnen", "sprache"],
        "legal_domains": ["sgb-ii", "sgb-xii", "sgb-viii"],
        "version": "3.0",
        "licence": Licence.CC_BY_4,
        "body": [
            paragraph(
                "<p>Der Hilfeplan ist die Vereinbarung zwischen der Person und allen "
                "beteiligten Stellen. Er passt auf zwei Seiten, wird in verständlicher Sprache "
                "geschrieben und bei jedem Überprüfungstermin fortgeschrieben. Im SGB II kann "
                "er als Grundlage des Kooperationsplans (§ 15 SGB II) dienen, im SGB VIII "
                "ergänzt er den Hilfeplan nach § 36 SGB VIII.</p>"
            ),
            questions(
                "Aufbau des Hilfeplans",
                "",
                [
                    "Ausgangslage: Was ist die Situation, was ist der Person wichtig? (in ihren "
                    "Worten)",
                    "Grundsatzziel und Rahmenziele (siehe Instrument Zielsystem).",
                    "Ergebnisziele mit Maßnahmen: Was – wer – bis wann – woran erkennbar?",
                    "Beteiligte Stellen mit Ansprechperson und Erreichbarkeit.",
                    "Was die Person selbst übernimmt und welche Unterstützung sie dafür bekommt.",
                    "Überprüfungstermin und Form (Einzelgespräch oder Fallkonferenz).",
                    "Unterschriften der Person und der Fallmanagerin oder des Fallmanagers; "
                    "Kopie für die Person.",
                ],
            ),
            checklist(
                "Vor dem Unterschreiben",
                "",
                [
                    "Die Person hat den Plan verstanden (bei Bedarf mit Sprachmittlung oder in "
                    "Leichter Sprache erklärt).",
                    "Jede Maßnahme hat eine verantwortliche Stelle und eine Frist.",
                    "Keine Maßnahme hängt von einer Stelle ab, die nicht beteiligt wurde.",
                    "Die Einwilligung deckt alle Stellen, die im Plan stehen.",
                ],
            ),
        ],
        "file": (
            "Hilfeplan-Vorlage",
            "hilfeplan-vorlage.txt",
            "Vorlage für zwei Seiten, zum Übernehmen in Ihr Fachverfahren",
        ),
    },
]


def load(stdout):
    toolkit = ToolkitPage.objects.order_by("path").first()
    created = 0
    for spec in INSTRUMENTS:
        if not InstrumentPage.objects.child_of(toolkit).filter(slug=spec["slug"]).exists():
            create_instrument(toolkit, spec)
            created += 1
    stdout.write(
        f"Werkzeugkoffer: {created} Instrumente neu angelegt ({len(INSTRUMENTS)} insgesamt)."
    )


def create_instrument(toolkit, spec):
    page = InstrumentPage(
        slug=spec["slug"],
        title=spec["title"],
        kind=spec["kind"],
        summary=spec["summary"],
        search_description=spec["summary"],
        phases=spec["phases"],
        version=spec["version"],
        licence=spec["licence"],
        body=[stream_block(kind, value) for kind, value in spec["body"]],
    )
    page.fields_of_action = list(FieldOfAction.objects.filter(slug__in=spec["fields_of_action"]))
    page.legal_domains = list(LegalDomain.objects.filter(slug__in=spec["legal_domains"]))
    title, filename, description = spec["file"]
    page.downloads = [
        InstrumentDownload(document=document(title, filename, spec), description=description)
    ]
    toolkit.add_child(instance=page)
    page.save_revision().publish()
    return page


def stream_block(kind, value):
    if kind == "heading":
        return ("heading", {"text": value, "level": "h2"})
    if kind == "paragraph":
        return ("paragraph", RichText(value))
    if kind == "callout":
        title, text = value
        return ("callout", {"title": title, "text": RichText(text)})
    title, intro, items = value
    return (kind, {"title": title, "intro": intro, "items": items})


def document(title, filename, spec):
    """The instrument as a text file, reused when a document with this title exists."""
    model = get_document_model()
    existing = model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    doc = model(
        title=title,
        collection=Collection.get_first_root_node(),
        file=ContentFile(document_text(spec).encode("utf-8"), name=filename),
    )
    doc._set_document_file_metadata()
    doc.save()
    return doc


def document_text(spec):
    """A plain-text version of the instrument to copy into the municipality's own templates."""
    licence = Licence(spec["licence"]).label
    lines = [
        spec["title"],
        "=" * len(spec["title"]),
        "",
        f"Fassung {spec['version']} · Lizenz: {licence} · Werkzeugkoffer der Fallwerk Akademie",
        "",
        spec["summary"],
        "",
    ]
    for kind, value in spec["body"]:
        if kind == "heading":
            lines += [value, "-" * len(value), ""]
        elif kind == "paragraph":
            lines += [plain(value), ""]
        elif kind == "callout":
            title, text = value
            lines += [f"{title}: {plain(text)}", ""]
        else:
            title, intro, items = value
            lines += [title, "-" * len(title)]
            if intro:
                lines.append(intro)
            for number, item in enumerate(items, start=1):
                if kind == "checklist":
                    lines.append(f"[ ] {item}")
                else:
                    lines += [f"{number}. {item}", "   Notizen: ________________________________"]
            lines.append("")
    return "\n".join(lines)


def plain(html):
    html = html.replace("<br/>", "\n").replace("</p>", "</p>\n").replace("<li>", "<li>- ")
    html = html.replace("</li>", "</li>\n")
    return unescape(strip_tags(html)).strip()

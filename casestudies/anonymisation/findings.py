"""The result type of the checker and the German texts attached to each category."""

from dataclasses import asdict, dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class Severity(models.TextChoices):
    BLOCK = "block", _("Blockiert die Veröffentlichung")
    WARN = "warn", _("Hinweis zur Prüfung")


@dataclass(frozen=True)
class Category:
    label: str
    severity: Severity
    message: str
    suggestion: str


CATEGORIES = {
    "name": Category(
        _("Personenname"),
        Severity.BLOCK,
        _(
            "Namen von Klientinnen, Klienten, Angehörigen oder Fachkräften machen Personen "
            "unmittelbar identifizierbar (§ 67 Abs. 2 SGB X)."
        ),
        _("„[Name]“ oder ein frei gewähltes Kürzel wie „Frau A.“ (nicht die echte Initiale)"),
    ),
    "date": Category(
        _("Genaues Datum"),
        Severity.BLOCK,
        _(
            "Genaue Daten (Geburt, Einreise, Termine) lassen sich mit Akten und Registern "
            "abgleichen und führen so zur Person."
        ),
        _("eine grobe Zeitangabe wie „Anfang 2019“ oder „nach drei Monaten“"),
    ),
    "address": Category(
        _("Anschrift"),
        Severity.BLOCK,
        _("Eine Straße mit oder ohne Hausnummer führt direkt zum Haushalt."),
        _("„eine Wohnung in einem Stadtteil“ ohne Straßennamen"),
    ),
    "shelter": Category(
        _("Benannte Unterkunft"),
        Severity.BLOCK,
        _(
            "Eine benannte Unterkunft grenzt den Personenkreis auf wenige Bewohnerinnen und "
            "Bewohner ein."
        ),
        _("„eine Unterkunft“"),
    ),
    "postal_code": Category(
        _("Postleitzahl mit Ort"),
        Severity.BLOCK,
        _("Postleitzahl und Ort beschreiben den Wohnort genauer als nötig."),
        _("eine Regionsangabe wie „eine Großstadt im Rheinland“"),
    ),
    "phone": Category(
        _("Telefonnummer"),
        Severity.BLOCK,
        _("Eine Telefonnummer ist ein direktes Kennzeichen einer Person."),
        _("Telefonnummer entfernen"),
    ),
    "email": Category(
        _("E-Mail-Adresse"),
        Severity.BLOCK,
        _("Eine E-Mail-Adresse ist ein direktes Kennzeichen einer Person."),
        _("E-Mail-Adresse entfernen"),
    ),
    "url": Category(
        _("Internetadresse oder Social-Media-Konto"),
        Severity.BLOCK,
        _("Profile, Kanäle und persönliche Webseiten führen direkt zur Person."),
        _("Adresse entfernen, höchstens „ein Social-Media-Profil“ erwähnen"),
    ),
    "iban": Category(
        _("Bankverbindung (IBAN)"),
        Severity.BLOCK,
        _("Eine Kontonummer ist ein direktes Kennzeichen einer Person."),
        _("Bankverbindung entfernen"),
    ),
    "tax_id": Category(
        _("Steuer-ID oder Steuernummer"),
        Severity.BLOCK,
        _("Die Steuer-Identifikationsnummer ist lebenslang einer Person zugeordnet."),
        _("Nummer entfernen"),
    ),
    "social_insurance": Category(
        _("Sozialversicherungs- oder Rentenversicherungsnummer"),
        Severity.BLOCK,
        _(
            "Die Versicherungsnummer enthält Geburtsdatum und Initiale und ist einer Person "
            "dauerhaft zugeordnet."
        ),
        _("Nummer entfernen"),
    ),
    "health_insurance": Category(
        _("Krankenversichertennummer"),
        Severity.BLOCK,
        _("Die Krankenversichertennummer ist einer Person dauerhaft zugeordnet."),
        _("Nummer entfernen"),
    ),
    "id_document": Category(
        _("Pass-, Ausweis- oder Aufenthaltstitelnummer"),
        Severity.BLOCK,
        _("Dokumentennummern sind in Registern einer Person zugeordnet."),
        _("Nummer entfernen, höchstens die Art des Dokuments nennen"),
    ),
    "azr": Category(
        _("AZR-Nummer"),
        Severity.BLOCK,
        _("Die AZR-Nummer identifiziert eine Person im Ausländerzentralregister."),
        _("Nummer entfernen"),
    ),
    "bamf": Category(
        _("BAMF-Aktenzeichen"),
        Severity.BLOCK,
        _("Das Aktenzeichen des Bundesamts führt direkt zum Asylverfahren einer Person."),
        _("Aktenzeichen entfernen, höchstens „das Asylverfahren“ erwähnen"),
    ),
    "jobcenter": Category(
        _("Jobcenter-Nummer (BG- oder Kundennummer)"),
        Severity.BLOCK,
        _("BG- und Kundennummern führen direkt zur Bedarfsgemeinschaft."),
        _("Nummer entfernen"),
    ),
    "court": Category(
        _("Gerichtsaktenzeichen"),
        Severity.BLOCK,
        _("Gerichtliche Aktenzeichen sind über Entscheidungen und Register auffindbar."),
        _("„ein Verfahren vor dem Verwaltungsgericht“ ohne Aktenzeichen"),
    ),
    "file_number": Category(
        _("Aktenzeichen einer Behörde"),
        Severity.BLOCK,
        _("Ein Aktenzeichen führt direkt zur Akte der Person."),
        _("Aktenzeichen entfernen"),
    ),
    "plate": Category(
        _("Kfz-Kennzeichen"),
        Severity.BLOCK,
        _("Ein Kennzeichen ist über das Fahrzeugregister einer Person zugeordnet."),
        _("Kennzeichen entfernen"),
    ),
    "other_number": Category(
        _("Sonstige Kennnummer"),
        Severity.BLOCK,
        _("Lange Ziffernfolgen sind meist Kennnummern, die zu einer Akte oder Person führen."),
        _("Nummer entfernen"),
    ),
    "age": Category(
        _("Genaues Alter"),
        Severity.WARN,
        _("Ein genaues Alter grenzt zusammen mit anderen Angaben den Personenkreis stark ein."),
        _("eine Altersspanne wie „Anfang 20“"),
    ),
    "origin": Category(
        _("Herkunft mit kleinem Ort oder seltener Sprache"),
        Severity.WARN,
        _(
            "Ein Herkunftsort unterhalb der Landesebene oder eine seltene Sprache macht eine "
            "Person in der Kommune leicht erkennbar."
        ),
        _("eine Weltregion wie „Ostafrika“"),
    ),
    "institution": Category(
        _("Benannte Einrichtung oder Arbeitgeber"),
        Severity.WARN,
        _(
            "Eine benannte Schule, ein Arbeitgeber oder eine Einrichtung grenzt den "
            "Personenkreis auf wenige Menschen ein."
        ),
        _("die Art der Einrichtung, z. B. „eine Gesamtschule“ oder „ein Logistikbetrieb“"),
    ),
    "amount": Category(
        _("Genauer Betrag"),
        Severity.WARN,
        _("Ein centgenauer Betrag lässt sich mit Bescheiden und Kontoauszügen abgleichen."),
        _("ein gerundeter Betrag"),
    ),
    "special_category": Category(
        _("Besondere Kategorie personenbezogener Daten"),
        Severity.WARN,
        _(
            "Gesundheit, Religion, ethnische Herkunft und sexuelle Orientierung sind nach "
            "Art. 9 DSGVO besonders geschützt. Nur nennen, wenn es für den Fall nötig ist."
        ),
        _("nur wenn fallrelevant, und dann allgemein, z. B. „gesundheitliche Einschränkungen“"),
    ),
    "rare_fact": Category(
        _("Seltenes Merkmal"),
        Severity.WARN,
        _("Ein seltenes Merkmal macht eine Familie oder Person auch ohne Namen erkennbar."),
        _("das Merkmal weglassen oder allgemein beschreiben"),
    ),
    "combination": Category(
        _("Kombination von Merkmalen"),
        Severity.WARN,
        _(
            "Einzelperson möglicherweise identifizierbar: Mehrere genaue Merkmale zusammen "
            "können auf eine Person hinweisen."
        ),
        _("mindestens eines der Merkmale vergröbern"),
    ),
}

CATEGORY_LABELS = {key: category.label for key, category in CATEGORIES.items()}


@dataclass(frozen=True)
class Finding:
    """One passage the checker flags. `text` is always `source[start:end]`."""

    category: str
    severity: Severity
    start: int
    end: int
    text: str
    suggestion: str
    message: str

    def as_dict(self):
        data = asdict(self)
        data["severity"] = str(self.severity.value)
        return data

    @property
    def label(self):
        return str(CATEGORY_LABELS[self.category])


def has_blocking(findings):
    """True when any finding keeps a text from being published."""
    return any(finding.severity == Severity.BLOCK for finding in findings)

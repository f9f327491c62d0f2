"""Focused tests of the anonymisation checker: each category found and not over-found."""

import dataclasses

import pytest

from casestudies.anonymisation import CATEGORY_LABELS, Finding, Severity, check, has_blocking


def categories(text):
    return [(f.category, f.text) for f in check(text)]


def found(text, category):
    return [f.text for f in check(text) if f.category == category]


# --- the API ---------------------------------------------------------------------------------


def test_findings_are_sorted_frozen_and_carry_their_text():
    text = "Tel. 0521 556677. Frau Amina Haddad kam am 03.04.2019 nach Deutschland."
    findings = check(text)
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    for finding in findings:
        assert isinstance(finding, Finding)
        assert finding.text == text[finding.start : finding.end]
        assert finding.severity in (Severity.BLOCK, Severity.WARN)
        assert finding.suggestion
        assert finding.message
    with pytest.raises(dataclasses.FrozenInstanceError):
        findings[0].start = 0


def test_as_dict_has_plain_values():
    finding = check("Frau Haddad")[0]
    data = finding.as_dict()
    assert set(data) == {"category", "severity", "start", "end", "text", "suggestion", "message"}
    assert data["severity"] == "block"
    assert type(data["severity"]) is str
    assert all(type(data[key]) is str for key in ("suggestion", "message", "text"))


def test_has_blocking():
    assert has_blocking(check("Frau Haddad kommt morgen."))
    assert not has_blocking(check("Die 23-jährige Klientin kommt morgen."))
    assert not has_blocking([])


def test_every_category_has_a_german_label():
    assert CATEGORY_LABELS["name"] == "Personenname"
    assert all(str(label) for label in CATEGORY_LABELS.values())
    assert {"combination", "age", "iban", "court", "shelter"} <= set(CATEGORY_LABELS)


def test_empty_text():
    assert check("") == []


# --- names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gespräch mit Frau Haddad über die Kita.", "Frau Haddad"),
        ("Hr. Gashi erschien pünktlich.", "Hr. Gashi"),
        ("Fr. Popescu bat um Rückruf.", "Fr. Popescu"),
        ("Termin mit Herrn Lehmkuhl vom Sozialamt.", "Herrn Lehmkuhl"),
        ("Frau Dr. Schulte-Borgmann stellte die Diagnose.", "Frau Dr. Schulte-Borgmann"),
        ("Familie Berisha lebt seit Jahren hier.", "Familie Berisha"),
        ("Die Klientin Amina wohnt allein.", "Amina"),
        ("Ihr Sohn Yusuf geht zur Schule.", "Yusuf"),
        ("Sachbearbeiterin Kowalczyk prüfte den Antrag.", "Kowalczyk"),
        ("Sachbearbeiter Richter prüfte den Antrag.", "Richter"),
        ("Yonas Tesfay Gebremedhin kam 2016.", "Yonas Tesfay Gebremedhin"),
        ("Dann sprach Mohammad Reza Hosseini mit uns.", "Mohammad Reza Hosseini"),
        ("Der Antrag von Dragana Petrović liegt vor.", "Dragana Petrović"),
        ("Olena Kovalenko sucht Arbeit.", "Olena Kovalenko"),
        ("Zeynep Yılmaz besucht den Kurs.", "Zeynep Yılmaz"),
        ("Ana-Maria Ionescu arbeitet in der Pflege.", "Ana-Maria Ionescu"),
        ("Nachname Sakhi, Vorname unbekannt.", "Sakhi"),
        ("Die Eltern Hassan und Nour Al-Masri kamen gemeinsam.", "Nour Al-Masri"),
        ("Hevin und ihr Mann kamen zum Termin.", "Hevin"),
        ("Familie Petrosyan (Armen und Anahit) wohnt hier.", "Anahit"),
    ],
)
def test_names_are_found(text, name):
    assert any(name in hit or hit in name for hit in found(text, "name")), categories(text)


def test_a_name_learned_in_context_is_found_everywhere():
    text = "Herr Nguyen kam allein. Später rief Nguyen noch einmal an."
    assert found(text, "name") == ["Herr Nguyen", "Nguyen"]


@pytest.mark.parametrize(
    "text",
    [
        "Herr A. und Frau B. leben mit ihren Kindern in einer Großstadt.",
        "Frau C. hat im Herkunftsland als Lehrerin gearbeitet.",
        "Eine Frau Mitte 40 und ihr Mann Ende 40 sprechen gut Deutsch.",
        "Die Mutter Ende 30 möchte einen Sprachkurs besuchen.",
        "Der Vater Erfahrung im Baugewerbe, die Mutter Sorgen um die Kinder.",
        "Die Klientin arbeitet als Schneiderin, der Sohn als Koch.",
        "Das Jobcenter, die Ausländerbehörde und das Jugendamt stimmten sich ab.",
        "Die Kinder besuchen Schule und Kita; die Tochter übernimmt Pflege.",
        "Der Allgemeine Soziale Dienst begleitet die Familie.",
        "Eine Familie aus dem Nahen Osten lebt in Bad Salzuflen.",
        "Die Fallmanagerin stellte den Kontakt zur Migrationsberatung her.",
        "Langjährig Geduldete erhalten oft erst spät eine Perspektive.",
    ],
)
def test_role_words_initials_and_nouns_are_not_names(text):
    assert found(text, "name") == [], categories(text)


def test_name_suggestions():
    [finding] = [f for f in check("Gespräch mit Frau Haddad.") if f.category == "name"]
    assert "Frau A." in finding.suggestion
    [finding] = [f for f in check("Sachbearbeiterin Kowalczyk prüfte.") if f.category == "name"]
    assert "Sachbearbeiterin" in finding.suggestion


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "date",
    [
        "03.04.2019",
        "3.4.19",
        "3. April 2019",
        "9. Okt. 2020",
        "2019-04-03",
        "09/11/2022",
        "10. 10. 2018",
        "03.–05.04.2019",
    ],
)
def test_exact_dates_block(date):
    text = f"Die Einreise war am {date}, danach folgte die Anhörung."
    assert found(text, "date"), categories(text)


@pytest.mark.parametrize("text", ["Der Termin ist am 21.02. um 10 Uhr.", "Frist bis zum 28.2."])
def test_day_and_month_without_year_block(text):
    assert found(text, "date")


@pytest.mark.parametrize(
    "text",
    [
        "Die Familie kam Anfang 2019 nach Deutschland.",
        "Im Frühjahr 2016 begann der Integrationskurs.",
        "Seit 2017 lebt sie in einer Großstadt.",
        "Die Nachzahlung betrug 1.234 Euro.",
        "Nach § 60a Abs. 2 S. 4 AufenthG wird die Duldung erteilt.",
        "Kapitel 3.2. beschreibt das Assessment.",
        "Die Kinder sind zwischen 5 und 12 Jahre alt.",
    ],
)
def test_coarse_time_and_numbers_are_not_dates(text):
    assert found(text, "date") == [], categories(text)


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("Einreise am 03.04.2019.", "„Anfang 2019“"),
        ("Einreise am 14.07.2019.", "„Mitte 2019“"),
        ("Einreise am 3. November 2019.", "„Ende 2019“"),
        ("geboren am 12.11.2001", "geboren Anfang der 2000er Jahre"),
        ("Termin am 21.02.", "„im Winter“"),
    ],
)
def test_date_suggestions(text, suggestion):
    [finding] = [f for f in check(text) if f.category == "date"]
    assert suggestion in finding.suggestion


# --- places ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        ("Sie wohnt in der Kastanienallee 14.", "address", "Kastanienallee 14"),
        ("Adresse: Bahnhofstr. 7a, Erdgeschoss.", "address", "Bahnhofstr. 7a"),
        ("Er wohnt Herforder Straße 212.", "address", "Herforder Straße 212"),
        ("Die Familie wohnt Am Stadtgarten 5 bei Verwandten.", "address", "Am Stadtgarten 5"),
        ("Sie zog in die Mallinckrodtstraße.", "address", "Mallinckrodtstraße"),
        ("Sie lebt in der Unterkunft Sonnenweg.", "shelter", "Unterkunft Sonnenweg"),
        ("Zuweisung über die ZUE Bielefeld-Nord.", "shelter", "ZUE Bielefeld-Nord"),
        ("Er lebt in der Wohngruppe „Lichtblick“.", "shelter", "Wohngruppe „Lichtblick“"),
        ("Wohnhaft in 33602 Bielefeld seit drei Jahren.", "postal_code", "33602 Bielefeld"),
        ("Anschrift: D-47441 Moers.", "postal_code", "D-47441 Moers"),
    ],
)
def test_addresses_shelters_postal_codes(text, category, expected):
    assert expected in found(text, category), categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die Familie lebt in einer Gemeinschaftsunterkunft in einer Großstadt im Rheinland.",
        "Er sucht einen Ausbildungsplatz und kennt den Rechtsweg nicht.",
        "Im Jahr 2019 wurden 3 Kinder eingeschult.",
        "Auf der Straße wurde er angesprochen.",
        "Der Sozialdienst der Unterkunft und das Jugendamt organisierten die Diagnostik.",
        "Über 12000 Menschen leben in der Stadt.",
    ],
)
def test_coarse_places_are_fine(text):
    blocking = [f for f in check(text) if f.severity == "block"]
    assert blocking == [], categories(text)


def test_postal_code_suggestion_names_a_region():
    [finding] = [f for f in check("Wohnhaft: 33602 Bielefeld.") if f.category == "postal_code"]
    assert "Ostwestfalen-Lippe" in finding.suggestion


def test_shelter_suggestion():
    [finding] = [f for f in check("Sie lebt in der ZUE Bielefeld-Nord.") if f.category == "shelter"]
    assert finding.suggestion == "„eine Landeseinrichtung“"


# --- contact data and numbers ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        ("Erreichbar unter 0521 556677.", "phone", "0521 556677"),
        ("Handy: +49 176 23456789", "phone", "+49 176 23456789"),
        ("Tel. (0521) 98 76 54-3", "phone", "(0521) 98 76 54-3"),
        ("Tel: 0231-556 77 88", "phone", "0231-556 77 88"),
        ("Polnische Nummer 0048 601 234 567.", "phone", "0048 601 234 567"),
        ("Mail an ana.ionescu87@gmail.com bitte.", "email", "ana.ionescu87@gmail.com"),
        ("Schreibt an zainab.s[at]gmx.de", "email", "zainab.s[at]gmx.de"),
        (
            "Profil: https://www.facebook.com/hiwot.kidane.5.",
            "url",
            "https://www.facebook.com/hiwot.kidane.5",
        ),
        ("Videos unter tiktok.com/@ayaan.w veröffentlicht.", "url", "tiktok.com/@ayaan.w"),
        ("Auf Instagram @dilan_aydin aktiv.", "url", "@dilan_aydin"),
        ("IBAN DE50 5260 1815 9083 0166 13.", "iban", "DE50 5260 1815 9083 0166 13"),
        ("Konto RO85 BTRL 0130 1205 S634 67XX.", "iban", "RO85 BTRL 0130 1205 S634 67XX"),
        ("Steuer-ID 93 141 705 862.", "tax_id", "93 141 705 862"),
        ("Angabe 20561748335 im Vertrag.", "tax_id", "20561748335"),
        ("Steuernummer 133/815/08155.", "tax_id", "133/815/08155"),
        ("SV-Nummer 12 150385 M 127.", "social_insurance", "12 150385 M 127"),
        ("Rentenversicherungsnummer 53010190K002.", "social_insurance", "53010190K002"),
        ("Versichert unter T877893283.", "health_insurance", "T877893283"),
        ("Reisepass, Passnummer C01X00T47.", "id_document", "C01X00T47"),
        ("Der Reisepass hat die Nummer FK123456.", "id_document", "FK123456"),
        ("Duldungsnummer D-2020-11873.", "id_document", "D-2020-11873"),
        ("Die AZR-Nummer lautet 184532907612.", "azr", "184532907612"),
        ("BAMF-Aktenzeichen 8734521-423.", "bamf", "8734521-423"),
        ("BG-Nummer 33101BG0045678.", "jobcenter", "33101BG0045678"),
        ("Kundennummer 962D418203.", "jobcenter", "962D418203"),
        ("Klage unter 12 K 3456/19.A anhängig.", "court", "12 K 3456/19.A"),
        ("Berufung unter L 7 AS 123/20.", "court", "L 7 AS 123/20"),
        ("Eilverfahren S 12 AS 3456/19 ER.", "court", "S 12 AS 3456/19 ER"),
        ("Haftverfahren XIV 45/21 B.", "court", "XIV 45/21 B"),
        ("Das Aktenzeichen lautet 32.1-4711/2019.", "file_number", "32.1-4711/2019"),
        ("Kennzeichen BI-AB 123.", "plate", "BI-AB 123"),
        ("Sein Auto W SM 2021 steht vor der Tür.", "plate", "W SM 2021"),
    ],
)
def test_contact_data_and_numbers(text, category, expected):
    assert expected in found(text, category), categories(text)
    assert has_blocking(check(text))


@pytest.mark.parametrize(
    "text",
    [
        "Leistungen nach dem SGB II und § 25 Abs. 5 AufenthG.",
        "Das Niveau B1 wurde im C1-Kurs übertroffen.",
        "Die Maßnahme umfasst 210 UE, davon 132 UE in Präsenz.",
        "Ein EU-Staat in Südosteuropa, 2015–2019.",
        "Die Familie hat 3 Kinder und zahlt 450 € Miete.",
    ],
)
def test_legal_references_and_counts_are_not_numbers(text):
    assert check(text) == [], categories(text)


# --- warnings --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "suggestion"),
    [
        ("Die 23-jährige Klientin sucht Arbeit.", "23-jährige", "„Anfang 20“"),
        ("Der Jugendliche ist 17 Jahre alt.", "17 Jahre alt", "jugendlich"),
        ("Er kam im Alter von 15 Jahren.", "15 Jahren", "jugendlich"),
        ("Der zweijährige Sohn geht in die Kita.", "zweijährige", "Kleinkind"),
        ("Sie kam mit 18 allein nach Deutschland.", "mit 18", "volljährig"),
        ("Jahrgang 1998, ledig.", "Jahrgang 1998", "Ende der 1990er Jahre"),
    ],
)
def test_exact_ages_warn_with_an_age_band(text, expected, suggestion):
    [finding] = [f for f in check(text) if f.category == "age"]
    assert expected in finding.text
    assert finding.severity == Severity.WARN
    assert suggestion in finding.suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Die Klientin ist Anfang 20.",
        "Junge Geflüchtete zwischen 18 und 25 Jahren.",
        "Sie ist 16 oder 17 Jahre alt.",
        "Er ist etwa 22 bis 24 Jahre alt.",
        "Eine zweijährige Ausbildung beginnt im Sommer.",
        "Er lebt mit 3 Kindern in einer Wohnung.",
        "Kurz vor dem 18. Geburtstag wurde die Hilfe verlängert.",
    ],
)
def test_age_bands_and_durations_are_fine(text):
    assert found(text, "age") == [], categories(text)


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        ("Er arbeitet bei der Spedition Krüger GmbH.", "institution", "Spedition Krüger GmbH"),
        (
            "Sie besucht die Gesamtschule Bielefeld-Brackwede.",
            "institution",
            "Gesamtschule Bielefeld-Brackwede",
        ),
        ("Anmeldung an der Grundschule am Kirchplatz.", "institution", "Grundschule am Kirchplatz"),
        ("Der Sohn geht in die Kita Sonnenschein.", "institution", "Kita Sonnenschein"),
        ("Die Nachzahlung beträgt 1.234,56 €.", "amount", "1.234,56 €"),
        ("Die Rate beträgt 347,18 Euro.", "amount", "347,18 Euro"),
        ("Sie hat eine PTBS.", "special_category", "PTBS"),
        ("Er ist HIV-positiv.", "special_category", "HIV-positiv"),
        ("Sie gehört der ezidischen Religionsgemeinschaft an.", "special_category", "ezidischen"),
        (
            "Er gehört der tschetschenischen Volksgruppe an.",
            "special_category",
            "tschetschenischen",
        ),
        ("Er ist homosexuell und wurde verfolgt.", "special_category", "homosexuell"),
        ("Mehari spricht Tigre.", "origin", "Tigre"),
        ("Er ist eritreischer Staatsangehöriger aus Adi Quala.", "origin", "Adi Quala"),
        (
            "Die Familie ist die einzige albanische Familie im Ort.",
            "rare_fact",
            "einzige albanische Familie",
        ),
        ("Sie ist Mutter von Drillingen.", "rare_fact", "Drillingen"),
    ],
)
def test_quasi_identifiers_warn(text, category, expected):
    hits = [f for f in check(text) if f.category == category]
    assert any(expected in f.text or f.text in expected for f in hits), categories(text)
    assert all(f.severity == Severity.WARN for f in hits)


@pytest.mark.parametrize(
    "text",
    [
        "Das Jobcenter und die Ausländerbehörde stimmten sich ab.",
        "Sie besucht eine Gesamtschule und später ein Berufskolleg.",
        "Die Miete beträgt rund 500 Euro, die Nachzahlung ca. 1.234 €.",
        "Er hat gesundheitliche Einschränkungen und braucht Pflege.",
        "Sie stammt aus Ostafrika und spricht Tigrinya und Arabisch.",
        "Eine Familie aus dem Westbalkan lebt in einem Kreis in Ostwestfalen.",
        "Ein katholischer Träger betreibt die Beratungsstelle.",
        "Die Zeitarbeitsfirma in der Logistik zahlt nach Tarif.",
    ],
)
def test_coarse_quasi_identifiers_are_fine(text):
    assert check(text) == [], categories(text)


def test_amount_suggestion_is_rounded():
    [finding] = [f for f in check("Nachzahlung 1.234,56 €.") if f.category == "amount"]
    assert finding.suggestion == "„rund 1.200 €“"


def test_origin_suggestion_names_the_world_region():
    text = "Er ist eritreischer Staatsangehöriger aus Adi Quala."
    [finding] = [f for f in check(text) if f.category == "origin"]
    assert finding.suggestion == "„eine Region in Ostafrika“"


# --- the combination rule --------------------------------------------------------------------


def test_three_exact_quasi_identifiers_combine():
    text = "Der zweijährige Sohn einer ukrainischen Familie besucht die Kita Sonnenschein."
    [finding] = [f for f in check(text) if f.category == "combination"]
    assert finding.severity == Severity.WARN
    assert "Einzelperson möglicherweise identifizierbar" in finding.message
    assert "zweijährige" in finding.message
    assert "Kita Sonnenschein" in finding.message


def test_a_rare_fact_and_a_place_combine():
    text = "Die Familie ist die einzige albanische Familie in Schieder-Schwalenberg."
    assert found(text, "combination")


def test_nationality_and_small_place_warn_once_as_origin():
    text = "Sie wohnt in Lemgo und ist Syrerin."
    assert categories(text) == [("origin", "Lemgo")]
    [finding] = check(text)
    assert finding.suggestion == "„eine kleinere Kommune in NRW“"


def test_two_quasi_identifiers_do_not_combine():
    text = "Die 23-jährige Klientin kam aus Syrien und sucht eine Ausbildung."
    assert found(text, "combination") == []


def test_coarse_values_do_not_combine():
    text = (
        "Eine Klientin Anfang 20 aus dem Nahen Osten lebt in einer Großstadt im Rheinland und "
        "besucht eine Gesamtschule."
    )
    assert check(text) == []


def test_quasi_identifiers_inside_blocking_findings_do_not_count():
    # Köln is part of the postal code, which blocks anyway
    text = "Die 23-jährige Syrerin wohnt in 50667 Köln."
    assert found(text, "combination") == []

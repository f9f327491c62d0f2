"""Direct identifiers: dates, contact data, official numbers, addresses and named places.

Each detector is a generator of `Hit`s over the whole text. Checksummed numbers are validated
with python-stdnum (IBAN, Steuer-ID, Steuernummer); phone numbers with phonenumbers. A number
that fails its checksum still counts when a keyword names it ("Steuer-ID", "AZR-Nr." …):
a mistyped number identifies a person just as well.
"""

import datetime
import re

import phonenumbers
from django.utils.translation import gettext_noop as _
from stdnum import iban as stdnum_iban
from stdnum.de import idnr, stnr

from .base import AnchoredScanner, Hit, after, before, find_words, keyword_before, scanner
from .lexicon import lexicon

# --- dates ------------------------------------------------------------------------------------

MONTHS = {
    "januar": 1, "jan": 1, "jänner": 1, "februar": 2, "feb": 2, "märz": 3, "mär": 3, "mrz": 3,
    "maerz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "dezember": 12, "dez": 12,
}  # fmt: skip
MONTH = (
    r"(?:Januar|Jänner|Jan\.|Februar|Feb\.|März|Maerz|Mär\.|Mrz\.|April|Apr\.|Mai|Juni|Jun\."
    r"|Juli|Jul\.|August|Aug\.|September|Sept\.|Sep\.|Oktober|Okt\.|November|Nov\.|Dezember"
    r"|Dez\.)"
)
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
NUM_MONTH = r"(?:0?[1-9]|1[0-2])"
YEAR = r"(?:(?:19|20)\d{2}|\d{2})"

DATE_PATTERNS = [
    # a range of days: 03.-05.04.2019 (with hyphen or en dash), 3. bis 5.4.2019
    scanner(
        rf"(?<![\d.,/])(?P<d0>{DAY})\.\s?(?:[–-]|bis)\s?(?P<d>{DAY})\.\s?(?P<m>{NUM_MONTH})\."
        rf"\s?(?P<y>{YEAR})(?!\d|,\d)"
    ),
    # 03.04.2019, 3.4.19, 10. 10. 2018
    scanner(rf"(?<![\d.,/])(?P<d>{DAY})\.\s?(?P<m>{NUM_MONTH})\.\s?(?P<y>{YEAR})(?!\d|[,.]\d)"),
    # 3. April 2019, 9. Okt. 2020, 1. Januar
    scanner(
        rf"(?<![\d.,/])(?P<d>{DAY})\.\s?(?P<mon>{MONTH})(?![\w])(?:\s(?P<y>(?:19|20)\d{{2}}))?"
    ),
    # 2019-04-03
    scanner(
        r"(?<![\d-])(?P<y>(?:19|20)\d{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])"
    ),
    # 09/11/2022, 03-04-2019
    scanner(rf"(?<![\d/])(?P<d>{DAY})/(?P<m>{NUM_MONTH})/(?P<y>{YEAR})(?![\d/])"),
    scanner(rf"(?<![\w-])(?P<d>{DAY})-(?P<m>{NUM_MONTH})-(?P<y>(?:19|20)\d{{2}})(?![\d-])"),
]
# 21.02. or "am 3.4.": a day and a month without a year
DAY_MONTH = scanner(rf"(?<![\d.,/])(?P<d>{DAY})\.(?P<m>{NUM_MONTH})\.(?!\s?\d)")
DATE_CONTEXT = re.compile(
    r"(?:\b(?:am|vom|bis|zum|ab|seit|den|dem|Am|Vom|Bis|Ab|Seit|Stichtag|Termin|Frist)"
    r"|(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?)\s*$"
)
NOT_A_DATE_BEFORE = re.compile(r"(?:§|Nr\.|Abs\.|Ziffer|Kapitel|Version|Anlage|Punkt)\s*$")
BIRTH_CONTEXT = re.compile(r"(?:geb\.|geboren|Geburtsdatum|Geburtstag|\*)\s*(?:am\s*)?$", re.I)


def _full_year(value):
    year = int(value)
    if year >= 100:
        return year
    current = datetime.date.today().year % 100
    return 2000 + year if year <= current + 1 else 1900 + year


SEASONS = (_("„im Winter“"), _("„im Frühjahr“"), _("„im Sommer“"), _("„im Herbst“"))
BIRTH_DECADES = (
    _("„geboren Anfang der %(decade)ser Jahre“ oder eine Altersspanne"),
    _("„geboren Mitte der %(decade)ser Jahre“ oder eine Altersspanne"),
    _("„geboren Ende der %(decade)ser Jahre“ oder eine Altersspanne"),
)
YEAR_PARTS = (_("„Anfang %(year)s“"), _("„Mitte %(year)s“"), _("„Ende %(year)s“"))


def _third(value, low, high):
    return 0 if value <= low else 1 if value <= high else 2


def _date_suggestion(month, year, birth):
    """A suggestion as (msgid, parameters); `checker` translates it."""
    if year is None:
        season = {12: 0, 1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2}.get(month, 3)
        return SEASONS[season]
    if birth:
        return BIRTH_DECADES[_third(year % 10, 3, 6)], {"decade": year - year % 10}
    return YEAR_PARTS[_third(month, 4, 8)], {"year": year}


# Every date starts with a run of digits followed by ".", "/" or "-": the date patterns are
# tried only there, which is much faster than six scans of the whole text.
DATE_START = scanner(r"(?<![0-9])[0-9]{1,4}[./-]")
DATE_REGEXES = [re.compile(pattern.pattern) for pattern in DATE_PATTERNS]


def _date_matches(text):
    last_end = 0
    for candidate in DATE_START.finditer(text):
        start = candidate.start()
        if start < last_end:
            continue
        for regex in DATE_REGEXES:
            match = regex.match(text, start)
            if match:
                last_end = match.end()
                yield match
                break


def dates(text):
    for match in _date_matches(text):
        if NOT_A_DATE_BEFORE.search(before(text, match.start(), 12)):
            continue
        groups = match.groupdict()
        month = MONTHS[groups["mon"].rstrip(".").lower()] if groups.get("mon") else int(groups["m"])
        year = _full_year(groups["y"]) if groups.get("y") else None
        birth = BIRTH_CONTEXT.search(before(text, match.start(), 20)) is not None
        yield Hit("date", match.start(), match.end(), _date_suggestion(month, year, birth))
    for match in DAY_MONTH.finditer(text):
        zero_padded = len(match["d"]) == 2 and len(match["m"]) == 2
        if zero_padded or DATE_CONTEXT.search(before(text, match.start(), 20)):
            yield Hit(
                "date", match.start(), match.end(), _date_suggestion(int(match["m"]), None, False)
            )


# --- contact data -----------------------------------------------------------------------------

# Both are found from their fixed part ("@", ".de") and widened from there: a pattern that
# can start at any letter makes the regex engine try every position of the text.
AT = scanner(r"@|\s?\[at\]\s?|\s?\(at\)\s?")
LOCAL_PART = re.compile(r"[\w.+-]+$")
EMAIL_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
URL = scanner(r"(?:https?://|www\.)[^\s<>\"“”„)]+", re.I)
TLDS = (
    "de|com|org|net|eu|info|io|me|bg|ro|pl|tr|ua|at|ch|nl|fr|it|uk|ru|ly|gl|tv|app|online|"
    "social|al|rs|ba|mk|xk|af|ir|sy|iq"
)
TLD = scanner(rf"\.(?:{TLDS})(?![\w@-])")
HOST = re.compile(
    r"(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"
)
URL_PATH = re.compile(r"/[^\s<>\"“”„)]*")
HANDLE = scanner(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")
PLATFORM_HANDLE = scanner(
    r"\b(?:Instagram|Facebook|TikTok|Telegram|Snapchat|Twitter|YouTube|Signal)"
    r"(?:-(?:Profil|Konto|Account|Name|Kanal))?(?::\s?|\sunter\s|\sals\s)„?(?P<h>[\w.\-]{3,40})"
)
TRAILING = ".,;:!?)“”\"'"


def contacts(text):
    for match in AT.finditer(text):
        local = LOCAL_PART.search(text, max(0, match.start() - 64), match.start())
        domain = EMAIL_DOMAIN.match(text, match.end())
        if local and domain:
            yield Hit("email", local.start(), domain.end())
    for match in URL.finditer(text):
        end = match.end()
        while end > match.start() and text[end - 1] in TRAILING:
            end -= 1
        yield Hit("url", match.start(), end)
    for match in TLD.finditer(text):
        host = HOST.search(text, max(0, match.start() - 120), match.start())
        if not host:
            continue
        end = match.end()
        path = URL_PATH.match(text, end)
        if path:
            end = path.end()
        while end > match.end() and text[end - 1] in TRAILING:
            end -= 1
        yield Hit("url", host.start(), end)
    for match in HANDLE.finditer(text):
        yield Hit("url", match.start(), match.end())
    for match in PLATFORM_HANDLE.finditer(text):
        handle = match["h"]
        if not handle[0].isupper() or not lexicon().is_common(handle):
            end = match.end("h")
            while text[end - 1] in TRAILING:
                end -= 1
            yield Hit("url", match.start("h"), end)


PHONE = scanner(
    r"(?<![\w+/.,-])(?:(?:\+|00)\d{1,3}[\s/-]?(?:\(0\)\s?)?\(?\d{1,5}\)?|\(0\d{2,5}\)|0\d{2,5})"
    r"(?:[\s/-]{0,3}\d{1,8}){1,5}(?![\w/.,]\d|-?\d)"
)
PHONE_CONTEXT = re.compile(
    r"(?:Tel\.?|Telefon\w*|Handy\w*|Mobil\w*|Rufnummer|Fax|WhatsApp|erreichbar|anrufen|Nummer)",
    re.I,
)


def phones(text):
    for match in PHONE.finditer(text):
        candidate = match.group()
        digits = re.sub(r"\D", "", candidate)
        if not 7 <= len(digits) <= 16:
            continue
        valid = False
        try:
            number = phonenumbers.parse(candidate.replace("(0)", ""), "DE")
            valid = phonenumbers.is_valid_number(number)
        except phonenumbers.NumberParseException:
            pass
        if valid or keyword_before(PHONE_CONTEXT, text, match.start(), 30):
            yield Hit("phone", match.start(), match.end())


# --- official numbers -------------------------------------------------------------------------

IBAN = scanner(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b")
IBAN_CONTEXT = re.compile(r"IBAN|Konto|Bankverbindung|überwies|Überweisung", re.I)
ACCOUNT = scanner(r"\b(?:Kontonummer|Konto-Nr\.?|Kto\.?-?Nr\.?)\s?:?\s?(?P<n>\d[\d ]{4,12}\d)")

TAX_ID = scanner(r"(?<![\d-])\d{2}\s?\d{3}\s?\d{3}\s?\d{3}(?![\d-])")
TAX_CONTEXT = re.compile(
    r"Steuer-?ID|Steuer-?Identifikationsnummer|Steueridentifikationsnummer|"
    r"Identifikationsnummer|IdNr|TIN\b",
    re.I,
)
TAX_NUMBER = scanner(r"(?<![\d/])(?:\d{2,3}/\d{3}/\d{4,5}(?![\d/])|\d{13}(?!\d))")
TAX_NUMBER_CONTEXT = re.compile(r"Steuernummer|St\.?-?Nr\.?|Finanzamt", re.I)

SOCIAL_INSURANCE = scanner(
    r"(?<![\w])\d{2}\s?(?P<dd>0[1-9]|[12]\d|3[01]|5\d|6\d|7[01])(?P<mm>0[1-9]|1[0-2])\d{2}"
    r"\s?[A-Z]\s?\d{3}(?![\w])"
)
HEALTH_INSURANCE = scanner(r"(?<![\w])[A-Z]\d{9}(?![\w])")
HEALTH_CONTEXT = re.compile(
    r"Kranken\w*|Versicherten\w*|KV-?N(?:ummer|r\.?)|KVNR|eGK|Gesundheitskarte", re.I
)

ID_KEYWORD = re.compile(
    r"\b(?:(?:Reise)?[Pp]ass(?:nummer|-?Nr|nr)?|Personalausweis\w*|Ausweis\w*|"
    r"Aufenthaltstitel\w*|eAT|Kartennummer|Seriennummer|Dokumentennummer|Passersatz\w*|"
    r"Ankunftsnachweis\w*|Aufenthaltsgestattung|Duldungsnummer|Duldung|Reiseausweis\w*|"
    r"Fiktionsbescheinigung|Visum\w*|Visanummer)\b"
)
ID_TOKEN = re.compile(r"(?<![\w-])(?=(?:[A-Z-]*\d){3})[A-Z0-9][A-Z0-9-]{3,18}[A-Z0-9](?![\w-])")
GERMAN_DOCUMENT = scanner(r"(?<![\w-])[CFGHJKLMNPRTVWXYZ](?=(?:[A-Z]*\d){4})[A-Z0-9]{8}(?![\w-])")

AZR_KEYWORD = scanner(r"\bAZR\b(?:-?Nummer|-Nr\.?)?|Ausländerzentralregister\w*")
AZR_NUMBER = re.compile(r"(?<![\d-])\d{3}\s?\d{3}\s?\d{3}\s?\d{3}(?![\d-])")

BAMF = scanner(r"(?<![\d-])\d{7,8}\s?-\s?\d{3}(?![\d-])")

JOBCENTER = scanner(r"(?<![\w])(?:\d{5}\s?BG\s?\d{7}(?!\d)|\d{3}D\d{6}(?![\w]))")
JOBCENTER_KEYWORD = scanner(
    r"BG-?N(?:ummer|r\.?)|Bedarfsgemeinschaftsnummer|Kunden-?N(?:ummer|r\.?)|Kundennummer"
)
NUMBER_TOKEN = re.compile(r"(?<![\w])(?=(?:[\w/-]*\d){5})[\dA-Z][\dA-Z/-]{4,24}(?![\w])")

COURT = [
    # 12 K 3456/19.A, 4 UF 12/21, 1 BvR 123/20
    scanner(
        r"(?<![\w/.§])\d{1,3}\s[A-Z][A-Za-z]{0,3}\s\d{1,6}/\d{2}(?:\.A\b|\s(?:ER|B|R|WF|UF)\b)?"
    ),
    # L 7 AS 123/20, S 12 AS 3456/19 ER
    scanner(r"(?<![\w/])[SLB]\s\d{1,2}\s[A-Z]{1,3}\s\d{1,6}/\d{2}(?:\sB\sER|\s(?:ER|B|R|KR))?\b"),
    # XIV 123/21 B
    scanner(r"(?<![\w/])(?<!SGB\s)[IVX]{1,5}\s\d{1,6}/\d{2}(?:\s[A-Z]\b)?"),
]
FILE_KEYWORD = scanner(
    r"\b(?:Az\.?|AZ|Aktenzeichen|Gesch\.-?Z\.|Geschäftszeichen|Gz\.|Vorgangsnummer|"
    r"Vorgangs-Nr\.?)(?![\w])"
)
FILE_TOKEN = re.compile(r"(?<![\w])[A-Z0-9][\w.\-/]*\d[\w.\-/]*(?:\s[A-Z0-9][\w.\-/]*\d[\w.\-/]*)?")
LONG_NUMBER = scanner(r"(?<![\w.,/-])\d{8,}(?![\w,/-]|\.\d)")

PLATE = scanner(r"(?<![\w-])(?P<d>[A-ZÄÖÜ]{1,3})-[A-Z]{1,2}\s?\d{1,4}[EH]?(?![\w-])")
PLATE_SPACED = scanner(r"(?<![\w-])(?P<d>[A-ZÄÖÜ]{1,3})\s[A-Z]{1,2}\s\d{1,4}[EH]?(?![\w-])")
PLATE_CONTEXT = re.compile(r"Kennzeichen|Kfz|Auto|Fahrzeug|Pkw|PKW|Wagen|Motorrad|zugelassen")
NOT_DISTRICTS = {"SGB", "BGB", "AO", "GG", "EU", "UN", "BAMF", "AZR", "ABH", "BG", "KV", "SV", "RV"}


def _kv_checksum(value):
    digits = f"{ord(value[0]) - 64:02d}" + value[1:9]
    total = 0
    for index, digit in enumerate(digits):
        product = int(digit) * (1 if index % 2 == 0 else 2)
        total += product // 10 + product % 10
    return total % 10 == int(value[9])


def _number_after(pattern, text, end, width=60):
    """The first match of `pattern` in the text after a keyword ending at `end`."""
    segment = after(text, end, width)
    match = pattern.search(segment)
    if match:
        return end + match.start(), end + match.end()
    return None


def numbers(text):
    for match in IBAN.finditer(text):
        compact = match.group().replace(" ", "")
        if (
            stdnum_iban.is_valid(compact)
            or (compact.startswith("DE") and len(compact) == 22 and compact[2:].isdigit())
            or keyword_before(IBAN_CONTEXT, text, match.start(), 60)
        ):
            yield Hit("iban", match.start(), match.end())
    for match in ACCOUNT.finditer(text):
        yield Hit("iban", match.start("n"), match.end("n"))

    for match in TAX_ID.finditer(text):
        compact = re.sub(r"\s", "", match.group())
        if idnr.is_valid(compact) or keyword_before(TAX_CONTEXT, text, match.start(), 60):
            yield Hit("tax_id", match.start(), match.end())
    for match in TAX_NUMBER.finditer(text):
        if keyword_before(TAX_NUMBER_CONTEXT, text, match.start(), 60) or (
            "/" not in match.group() and stnr.is_valid(match.group())
        ):
            yield Hit("tax_id", match.start(), match.end())

    for match in SOCIAL_INSURANCE.finditer(text):
        yield Hit("social_insurance", match.start(), match.end())

    for match in HEALTH_INSURANCE.finditer(text):
        if _kv_checksum(match.group()) or keyword_before(HEALTH_CONTEXT, text, match.start()):
            yield Hit("health_insurance", match.start(), match.end())
        elif keyword_before(ID_KEYWORD, text, match.start()):
            yield Hit("id_document", match.start(), match.end())
        else:
            yield Hit("other_number", match.start(), match.end())

    for match in find_words(text, lambda word: ID_KEYWORD.fullmatch(word) is not None):
        span = _number_after(ID_TOKEN, text, match.end())
        if span:
            yield Hit("id_document", *span)
    for match in GERMAN_DOCUMENT.finditer(text):
        yield Hit("id_document", match.start(), match.end())

    for match in AZR_KEYWORD.finditer(text):
        span = _number_after(AZR_NUMBER, text, match.end())
        if span:
            yield Hit("azr", *span)

    for match in BAMF.finditer(text):
        yield Hit("bamf", match.start(), match.end())

    for match in JOBCENTER.finditer(text):
        yield Hit("jobcenter", match.start(), match.end())
    for match in JOBCENTER_KEYWORD.finditer(text):
        span = _number_after(NUMBER_TOKEN, text, match.end(), 40)
        if span:
            yield Hit("jobcenter", *span)

    for pattern in COURT:
        for match in pattern.finditer(text):
            yield Hit("court", match.start(), match.end())
    for match in FILE_KEYWORD.finditer(text):
        span = _number_after(FILE_TOKEN, text, match.end(), 60)
        if span:
            start, end = span
            while text[end - 1] in TRAILING:
                end -= 1
            if sum(ch.isdigit() for ch in text[start:end]) >= 3:
                yield Hit("file_number", start, end)

    for match in PLATE.finditer(text):
        if match["d"] not in NOT_DISTRICTS:
            yield Hit("plate", match.start(), match.end())
    for match in PLATE_SPACED.finditer(text):
        if match["d"] not in NOT_DISTRICTS and keyword_before(PLATE_CONTEXT, text, match.start()):
            yield Hit("plate", match.start(), match.end())

    for match in LONG_NUMBER.finditer(text):
        yield Hit("other_number", match.start(), match.end())


# --- places: postal codes, streets, shelters, institutions ---------------------------------

POSTAL = scanner(
    r"(?<![\w-])(?:D-\s?)?(?P<plz>0[1-9]\d{3}|[1-9]\d{4})\s(?P<place>[A-ZÄÖÜ][a-zäöüß]+"
    r"(?:-[A-ZÄÖÜ][a-zäöüß]+|\s(?:an\sder|am|im|in|ob\sder)\s[A-ZÄÖÜ][a-zäöüß]+)?)"
)
POSTAL_KEYWORD = scanner(r"\bPLZ\.?:?\s?(?P<plz>\d{5})\b")
POSTAL_REGIONS = {
    "0": "Ostdeutschland",
    "1": "Berlin und Brandenburg",
    "2": "Norddeutschland",
    "32": "Ostwestfalen-Lippe",
    "33": "Ostwestfalen-Lippe",
    "3": "Niedersachsen oder Nordhessen",
    "40": "das Rheinland",
    "41": "das Rheinland",
    "42": "das Bergische Land",
    "44": "das Ruhrgebiet",
    "45": "das Ruhrgebiet",
    "46": "das Ruhrgebiet oder den Niederrhein",
    "47": "den Niederrhein",
    "48": "das Münsterland",
    "49": "das Münsterland oder Niedersachsen",
    "50": "das Rheinland",
    "51": "das Rheinland",
    "52": "das Rheinland",
    "53": "das Rheinland",
    "57": "Südwestfalen",
    "58": "Südwestfalen",
    "59": "Westfalen",
    "5": "Westdeutschland",
    "6": "Hessen, Rheinland-Pfalz oder das Saarland",
    "7": "Baden-Württemberg",
    "8": "Bayern",
    "9": "Bayern oder Thüringen",
}


def _postal_suggestion(plz):
    region = POSTAL_REGIONS.get(plz[:2]) or POSTAL_REGIONS[plz[0]]
    return _("„eine Kommune in %(region)s“ ohne Postleitzahl"), {"region": region}


def postal_codes(text):
    words = lexicon()
    for match in POSTAL.finditer(text):
        place = match["place"]
        if words.is_common(place) and not words.is_place(place):
            continue
        yield Hit("postal_code", match.start(), match.end(), _postal_suggestion(match["plz"]))
    for match in POSTAL_KEYWORD.finditer(text):
        yield Hit("postal_code", match.start(), match.end(), _postal_suggestion(match["plz"]))


STREET_END = (
    r"(?i:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|pfad|stieg|steig"
    r"|kamp|wall|graben|markt|winkel|hof|garten|park|anger|berg|feld|höhe|siedlung)"
)
STREET_WORD = r"[A-ZÄÖÜ][\wäöüß]*(?:-[\wäöüß]+)*"
STREET_ADJ = (
    r"[A-ZÄÖÜ][\wäöüß]*(?:er|sche[nr]?)\s(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring"
    r"|Damm|Ufer|Chaussee|Markt)"
)
HOUSE_NUMBER = r"\d{1,3}\s?[a-zA-Z]?(?:\s?[-–/]\s?\d{1,3}[a-z]?)?(?![\w])"
NOT_AFTER_NUMBER = re.compile(
    r"^\s?(?:%|€|Euro|EUR|Jahre|Jahren|Monate|Monaten|Wochen|Tage|Tagen|Stunden|UE|Kinder"
    r"|Kindern|Personen|Plätze|Prozent|Mal|Minuten|km|Meter|[.,]\d)"
)
STREET_SUFFIXES = (
    "straße", "strasse", "str.", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer",
    "chaussee", "pfad", "stieg", "steig", "kamp", "wall", "graben", "markt", "winkel", "hof",
    "garten", "park", "anger", "berg", "feld", "höhe", "siedlung",
)  # fmt: skip
# Streets are found from their house number, and from the word "…straße" when the number
# is missing; a pattern that starts at every capital letter would be slow on long texts.
NUMBER_START = scanner(rf"(?<![\w.,/-]){HOUSE_NUMBER}")
STREET_BEFORE = re.compile(rf"(?<![\w-])(?P<street>{STREET_ADJ}|{STREET_WORD}-?{STREET_END})\s?$")
PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:Am|An der|An den|Auf dem|Auf der|Im|In der|In den|Zum|Zur|Hinter der"
    r"|Hinter dem|Unter den|Vor dem|Alte|Alter|Neue|Neuer)\s(?P<word>[A-ZÄÖÜ][\wäöüß-]+)\s$"
)
STREET_PREFIX = re.compile(r"(?<![\w-])(?:Am|An der|An den|Auf dem|Auf der|Im|In der|Zum|Zur)\s$")
STREET_WORDS = ("straße", "strasse", "allee", "gasse", "str")
ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\wäöüß]*(?:er|sche[nr]?)\s$")
GENERIC_STREETS = {
    "Straße", "Strasse", "Allee", "Gasse", "Seitenstraße", "Nebenstraße", "Einkaufsstraße",
    "Hauptverkehrsstraße", "Durchgangsstraße", "Landstraße", "Bundesstraße", "Autostraße",
    "Ringstraße", "Wohnstraße", "Spielstraße", "Fußgängerzone",
}  # fmt: skip


def addresses(text):
    words = lexicon()
    for match in NUMBER_START.finditer(text):
        start = match.start()
        window = max(0, start - 80)
        preceding = text[window:start].rstrip()
        if not preceding or NOT_AFTER_NUMBER.match(text[match.end() :]):
            continue
        last_word = preceding.rsplit(None, 1)[-1]
        if last_word.lower().endswith(STREET_SUFFIXES):
            street = STREET_BEFORE.search(text, window, start)
            if (
                street is not None
                and street["street"] not in GENERIC_STREETS
                and (" " in street["street"] or not words.is_common(street["street"]))
            ):
                prefix = STREET_PREFIX.search(text, max(0, street.start() - 12), street.start())
                yield Hit("address", prefix.start() if prefix else street.start(), match.end())
                continue
        if last_word[:1].isupper():
            prepositional = PREPOSITION_BEFORE.search(text, window, start)
            if prepositional is None or words.is_common(prepositional["word"]):
                continue
            if after(text, match.end(), 20).lstrip()[:1].isupper():
                continue
            yield Hit("address", prepositional.start(), match.end())

    for match in find_words(text, lambda word: word.lower().endswith(STREET_WORDS)):
        word, end = match.group(), match.end()
        if word.lower().endswith("str"):
            if text[end : end + 1] != ".":
                continue
            end += 1
        if word in GENERIC_STREETS:
            adjective = ADJECTIVE_BEFORE.search(text, max(0, match.start() - 40), match.start())
            if adjective:
                yield Hit("address", adjective.start(), end)
            continue
        if word[:1].isupper():
            yield Hit("address", match.start(), end)


SHELTER_TYPES = (
    r"Gemeinschaftsunterkunft|Sammelunterkunft|Notunterkunft|Flüchtlingsunterkunft|"
    r"Obdachlosenunterkunft|Unterkunft|Übergangswohnheim|Übergangsheim|Jugendwohnheim|Wohnheim|"
    r"Asylbewerberheim|Flüchtlingsheim|Kinderheim|Heim|ZUE|EAE|LEA|ZASt|GU|"
    r"Erstaufnahmeeinrichtung|Landeserstaufnahme(?:einrichtung)?|Erstaufnahme|"
    r"Zentrale Unterbringungseinrichtung|Aufnahmeeinrichtung|Ankerzentrum|AnkER-Zentrum|"
    r"Clearinghaus|Clearingstelle|Clearingeinrichtung|Inobhutnahmestelle|"
    r"Inobhutnahmeeinrichtung|Jugendhilfeeinrichtung|Jugendwohngruppe|Intensivwohngruppe|"
    r"Verselbstständigungsgruppe|Wohngruppe|Frauenhaus|Containerdorf|Wohnprojekt"
)
INSTITUTION_TYPES = (
    r"Jobcenter|Ausländerbehörde|Sozialamt|Jugendamt|Schulamt|Gesundheitsamt|Standesamt|"
    r"Bürgeramt|Arbeitsagentur|Agentur für Arbeit|Amtsgericht|Landgericht|Verwaltungsgericht|"
    r"Sozialgericht|Familiengericht|Oberlandesgericht|Landessozialgericht|"
    r"Oberverwaltungsgericht|Grundschule|Gesamtschule|Realschule|Hauptschule|Sekundarschule|"
    r"Förderschule|Gymnasium|Berufskolleg|Berufsschule|Kita|Kindertagesstätte|Kindergarten|"
    r"Familienzentrum|Hochschule|Universität|Volkshochschule|VHS|Sprachschule|Krankenhaus|"
    r"Klinikum|Klinik|Firma|Fa\.|Bäckerei|Metzgerei|Fleischerei|Spedition|Restaurant|Hotel|"
    r"Pflegedienst|Pflegeheim|Seniorenheim|Altenheim|Seniorenzentrum|Supermarkt|"
    r"Reinigungsfirma|Zeitarbeitsfirma|Logistikzentrum|Autohaus|Friseursalon|Imbiss|Café|"
    r"Kfz-Werkstatt|Werkstatt|Moscheegemeinde|Moschee|Kirchengemeinde|Sportverein|"
    r"Fußballverein|Beratungsstelle|Integrationszentrum|Jugendmigrationsdienst|Tafel"
)
NAMED = (
    r"(?P<name>„[^“”\"\n]{2,40}[“”\"]|\"[^\"\n]{2,40}\""
    r"|(?:am|an\sder|in\sder|im|auf\sdem|Am|An\sder|In\sder|Im|Auf\sdem)\s[A-ZÄÖÜ][\wäöüß.-]*"
    r"|(?:in|bei)\s(?P<place>[A-ZÄÖÜ][\wäöüß-]+)"
    r"|(?:Haus|St\.|Sankt|Villa)\s[A-ZÄÖÜ][\wäöüß-]+"
    r"|(?P<first>[A-ZÄÖÜ][\wäöüß&.-]*)(?:\s(?P<second>[A-ZÄÖÜ][\wäöüß&-]*))?)"
)
SHELTER = scanner(rf"(?<![\w-])(?:{SHELTER_TYPES})\s{NAMED}")
INSTITUTION = scanner(rf"(?<![\w-])(?P<type>{INSTITUTION_TYPES})\s{NAMED}")
LEGAL_FORM = AnchoredScanner(
    r"(?:(?<=\s)|^)(?P<name>(?:[A-ZÄÖÜ&][\w&.'’-]*\s){1,4})(?:GmbH(?:\s&\sCo\.\sKG)?|gGmbH|AG"
    r"|KG|e\.\s?V\.|UG|GbR|OHG|mbH|Ltd\.?|Inc\.?)(?![\w])",
    anchor=r"\s(?:GmbH|gGmbH|AG|KG|e\.\s?V\.|UG|GbR|OHG|mbH|Ltd|Inc)\b",
    before=120,
    after=20,
)
EMPLOYERS = scanner(
    r"(?<![\w-])(?:Amazon|DHL|Lidl|Aldi(?:\sNord|\sSüd)?|Rewe|REWE|Edeka|EDEKA|Kaufland|Netto|"
    r"Penny|Tönnies|Westfleisch|Vion|Miele|Bertelsmann|Oetker|Hermes|DPD|GLS|UPS|"
    r"McDonald['’]s|Burger King|IKEA|Zalando|Deutsche Post|Deutsche Bahn|Randstad|Adecco|"
    r"Manpower|Primark|H&M|Rossmann|dm-drogerie markt)(?![\w-])"
)
SHELTER_NAMES = {
    "ZUE": _("„eine Landeseinrichtung“"),
    "EAE": _("„eine Erstaufnahmeeinrichtung“"),
    "GU": _("„eine Gemeinschaftsunterkunft“"),
}


STREETLIKE = re.compile(rf"{STREET_END}$")


def _named_part_ok(match, words):
    from .names import _looks_like_noun

    first = match["first"]
    if first is None:
        place = match["place"]
        if place is not None:
            return words.is_place(place)
        name = match["name"]
        if name[0] in '„"':
            return True
        last = name.split()[-1]
        if name.split()[0] in ("Haus", "St.", "Sankt", "Villa"):
            return True
        return words.is_place(last) or bool(STREETLIKE.search(last)) or not _looks_like_noun(last)
    if words.is_common(first) or first.rstrip(".") in MONTHS:
        return False
    return not (first.endswith(".") and len(first) <= 3)


def _trim_named(match, text):
    """End the named part before a second word that is an ordinary noun."""
    end = match.end()
    second = match["second"]
    if second and (lexicon().is_common(second) or second.endswith(("ung", "ungen"))):
        end = match.start("second") - 1
    while text[end - 1] in ".,;:":
        end -= 1
    return end


def named_places(text):
    words = lexicon()
    for match in SHELTER.finditer(text):
        if _named_part_ok(match, words):
            kind = match.group().split()[0]
            yield Hit(
                "shelter",
                match.start(),
                _trim_named(match, text),
                SHELTER_NAMES.get(kind, _("„eine Unterkunft“")),
            )
    for match in INSTITUTION.finditer(text):
        if _named_part_ok(match, words):
            kind = match["type"].rstrip(".")
            yield Hit(
                "institution",
                match.start(),
                _trim_named(match, text),
                (
                    _("nur die Art der Einrichtung nennen (%(kind)s), ohne Namen oder Ort"),
                    {"kind": kind},
                ),
            )
    for match in LEGAL_FORM.finditer(text):
        tokens = list(re.finditer(r"\S+", match["name"]))
        while tokens and words.is_common(tokens[0].group()):
            tokens.pop(0)
        if tokens:
            yield Hit("institution", match.start("name") + tokens[0].start(), match.end())
    for match in EMPLOYERS.finditer(text):
        yield Hit("institution", match.start(), match.end())

"""Quasi-identifiers: facts that do not name a person but narrow the circle down.

Exact ages, exact amounts, special categories of data (Art. 9 DSGVO), a place of origin below
country level, a rare language and rare facts are warnings. Coarse values are fine and not
flagged: "Anfang 20", "zwischen 18 und 25", "16 oder 17 Jahre alt", "rund 500 Euro".

`quasi_identifiers` also reports nationality and named places, which are not warnings on their
own but count for the combination rule in `checker.py`.
"""

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from django.utils.translation import gettext_noop as _

from .base import AnchoredScanner, Hit, after, before, find_words, scanner
from .lexicon import entries, lexicon

NUMBER_WORDS = {
    "ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
    "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    "zwanzig": 20,
}  # fmt: skip
NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
AGE = r"(?P<n>\d{1,2})"
DURATION_NOUNS = (
    r"Ausbildung|Maßnahme|Aufenthalt|Duldung|Frist|Kurs|Studium|Berufserfahrung|Tätigkeit|"
    r"Wartezeit|Vertrag|Förderung|Programm|Qualifizierung|Umschulung|Praktikum|Erfahrung|"
    r"Beschäftigung|Haft|Haftstrafe|Aufenthaltserlaubnis|Zusammenarbeit|Begleitung|Betreuung|"
    r"Hilfe|Pause|Phase|Laufzeit|Gültigkeit|Ehe|Partnerschaft|Arbeit|Projekt|Beziehung"
)
AGE_PATTERNS = [
    AnchoredScanner(
        rf"(?<![\d,.])(?:{AGE}\s?-?\s?|(?P<w>{NUMBER_WORD}))[jJ]ährige?[nrms]?\b"
        rf"(?!\s(?:\w+\s)?(?:{DURATION_NOUNS}))",
        anchor=r"ährig",
        before=20,
        after=60,
    ),
    AnchoredScanner(
        rf"(?<![\d,.])(?:{AGE}|(?P<w>{NUMBER_WORD}))\s(?:Jahre|Jahren)\s(?:alt|jung)\b",
        anchor=r"\sJahren?\s(?:alt|jung)\b",
        before=20,
        after=20,
    ),
    scanner(rf"\bim\sAlter\svon\s{AGE}(?:\sJahren)?\b"),
    scanner(
        rf"\bmit\s{AGE}(?:\sJahren)?(?!\s(?:Jahren\s)?(?:Berufserfahrung|Erfahrung|Wartezeit))"
        r"(?=\s+[a-zäöü]|\s*[.,;)]|$)"
    ),
    scanner(rf"(?<=[\w.]\s)\({AGE}(?:\s?(?:Jahre|J\.))?\)"),
    scanner(
        rf"\b(?:ist|war|wird|wurde)\s(?:erst\s|gerade\s|bereits\s|schon\s|jetzt\s|inzwischen\s"
        rf"|knapp\s)?{AGE}(?:\sJahre(?:\salt)?)?(?=\s+[a-zäöü]|\s*[.,;)]|$)"
    ),
    scanner(r"\b(?:Jahrgang|Jg\.|geboren(?:\sim\sJahr|\sin)?|geb\.)\s(?P<y>(?:19|20)\d{2})\b"),
]
RANGE_BEFORE = re.compile(
    r"(?:\d{1,2}\s?(?:oder|bis|und|–|-)\s?|(?:zwischen|etwa|ca\.|circa|ungefähr|rund|über|unter"
    r"|mindestens|höchstens|Anfang|Mitte|Ende)\s)$"
)
RANGE_AFTER = re.compile(r"^\s?(?:oder|bis|–|-)\s?\d")
NOT_AGE_BEFORE = re.compile(r"(?:§|Abs\.|Nr\.|Satz|Ziffer|Punkt|Anlage|Kapitel)\s*$")


def _age_band(age):
    if age < 3:
        return _("„ein Kleinkind“")
    if age < 6:
        return _("„ein Kind im Kita-Alter“")
    if age < 10:
        return _("„ein Kind im Grundschulalter“")
    if age < 14:
        return _("„ein Kind zwischen 10 und 13 Jahren“")
    if age < 18:
        return _("„jugendlich (14 bis 17 Jahre)“")
    if age < 20:
        return _("„volljährig, unter 20“")
    part = age % 10
    msgid = (_("„Anfang %(decade)s“"), _("„Mitte %(decade)s“"), _("„Ende %(decade)s“"))[
        0 if part <= 3 else 1 if part <= 6 else 2
    ]
    return msgid, {"decade": age - part}


def ages(text):
    seen = set()
    for pattern in AGE_PATTERNS:
        for match in pattern.finditer(text):
            start = match.start("n") if match.groupdict().get("n") else match.start()
            preceding = before(text, start, 25)
            if RANGE_BEFORE.search(preceding) or NOT_AGE_BEFORE.search(preceding):
                continue
            if RANGE_AFTER.match(text[match.end("n") :] if match.groupdict().get("n") else ""):
                continue
            if (match.start(), match.end()) in seen:
                continue
            seen.add((match.start(), match.end()))
            groups = match.groupdict()
            if groups.get("y"):
                year = int(groups["y"])
                part = year % 10
                suggestion = (
                    (
                        _("„geboren Anfang der %(decade)ser Jahre“"),
                        _("„geboren Mitte der %(decade)ser Jahre“"),
                        _("„geboren Ende der %(decade)ser Jahre“"),
                    )[0 if part <= 3 else 1 if part <= 6 else 2],
                    {"decade": year - part},
                )
            else:
                age = int(groups["n"]) if groups.get("n") else NUMBER_WORDS[groups["w"].lower()]
                suggestion = _age_band(age)
            yield Hit("age", match.start(), match.end(), suggestion)


AMOUNT = scanner(
    r"(?:(?:€|EUR)\s?(?P<a>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<ac>\d{2}|-{1,2}))?"
    r"|(?<![\d.,])(?P<b>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<bc>\d{2}|-{1,2}))?\s?(?:€|EUR\b|Euro\b))"
)
APPROXIMATE = re.compile(r"(?:ca\.|rund|etwa|circa|ungefähr|knapp|gut|fast)\s*$", re.I)
# "über 500 €" is a bound; "über 2.480,00 €" (a claim over an exact sum) is not
BOUND = re.compile(
    r"(?:über|unter|mehr als|weniger als|bis zu|maximal|mindestens|höchstens)\s*$", re.I
)


def _rounded(value):
    if value < 100:
        return round(value)
    digits = len(str(int(value)))
    step = 10 ** (digits - 2)
    return int(round(value / step) * step)


def amounts(text):
    for match in AMOUNT.finditer(text):
        whole = match["a"] or match["b"]
        cents = match["ac"] or match["bc"] or ""
        value = int(whole.replace(".", "")) + (int(cents) / 100 if cents.isdigit() else 0)
        exact = (cents.isdigit() and cents != "00") or (value >= 100 and value % 50)
        preceding = before(text, match.start(), 20)
        if not exact or APPROXIMATE.search(preceding):
            continue
        if not cents and BOUND.search(preceding):
            continue
        rounded = f"{_rounded(value):,}".replace(",", ".")
        yield Hit(
            "amount", match.start(), match.end(), (_("„rund %(amount)s €“"), {"amount": rounded})
        )


# Special categories (Art. 9 DSGVO) are matched word by word (see `find_words`): a regex
# alternation of 150 words would be tried at almost every position of the text.
SPECIAL_WORDS = tuple(entries("special_categories.txt"))
SPECIAL_EXACT = frozenset(w for w in SPECIAL_WORDS if not w.endswith("*"))
SPECIAL_STEMS = {}
for _word in SPECIAL_WORDS:
    if _word.endswith("*"):
        SPECIAL_STEMS.setdefault(_word[:3], []).append(_word[:-1])


def _is_special(word):
    if word in SPECIAL_EXACT or word.endswith(("störung", "störungen")):
        return True
    return any(word.startswith(stem) for stem in SPECIAL_STEMS.get(word[:3], ()))


INSTITUTIONAL_RELIGION = re.compile(
    r"^\s(?:Träger\w*|Krankenhaus|Kindergarten|Kita|Hochschule|Schule|Einrichtung|"
    r"Wohlfahrtsverband|Beratungsstelle|Jugendhilfe|Sozialdienst)"
)


GROUP_WORD = scanner(r"\s(?:Volksgruppe|Ethnie|Minderheit)\b")
GROUP_ADJECTIVE = re.compile(r"(?<![\w-])[a-zäöü]+isch\w*$")


def special_categories(text):
    def wanted(word):
        return _is_special(word) or _is_special(word.split("-", 1)[0])

    for match in find_words(text, wanted):
        if INSTITUTIONAL_RELIGION.match(after(text, match.end(), 30)):
            continue
        yield Hit("special_category", match.start(), match.end())
    # "der tschetschenischen Volksgruppe"
    for match in GROUP_WORD.finditer(text):
        adjective = GROUP_ADJECTIVE.search(text, max(0, match.start() - 40), match.start())
        if adjective:
            yield Hit("special_category", adjective.start(), adjective.end())


RARE_FACT = AnchoredScanner(
    r"\b(?:(?:als\s)?einzige[nrsm]?\s(?:[\w-]+\s){0,3}?(?:\w*[Ff]amilie|Person|Frau|Mann|Kind"
    r"|Schülerin|Schüler|Bewohnerin|Bewohner|Geflüchtete[rn]?|Flüchtling|Auszubildende[rn]?"
    r"|Mitarbeiterin|Mitarbeiter)\b"
    r"|(?:Drillinge|Vierlinge|Fünflinge)n?\b"
    r"|(?:acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|\d{2})\sKinder[n]?\b"
    r"|(?:Presse|Zeitung|Lokalzeitung|Fernsehen|Medien)\s(?:berichtete|berichteten)\b)",
    anchor=r"einzige|linge|\sKinder|berichtete",
    before=20,
    after=80,
)


def rare_facts(text):
    for match in RARE_FACT.finditer(text):
        yield Hit("rare_fact", match.start(), match.end())


# --- origin, nationality and places -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    kind: str  # "nationality", "place", "big_place"
    start: int
    end: int
    region: str = ""


@cache
def _nationality_forms():
    """Every written form of a nationality (country, adjective, demonym) and its region."""
    forms = {}
    for country in lexicon().countries:
        forms[country.name] = country.region
        for ending in ("", "e", "en", "er", "es", "em"):
            forms[country.adjective + ending] = country.region
        for demonym in country.demonyms:
            for ending in ("", "in", "innen", "n", "s"):
                forms[demonym + ending] = country.region
    return forms


def nationalities(text):
    forms = _nationality_forms()
    for match in find_words(text, forms.__contains__):
        yield Mention("nationality", match.start(), match.end(), forms[match.group()])


PLACE_PREPOSITION = re.compile(r"\b(?:in|aus|nach|bei|von|Kreis|Stadt|Gemeinde)\s$")


def places(text):
    words = lexicon()

    def wanted(word):
        return word[:1].isupper() and (words.is_place(word) or word in words.multiword_places)

    for match in find_words(text, wanted):
        word = match.group()
        end = match.end()
        for place in words.multiword_places.get(word, ()):
            if text.startswith(place, match.start()):
                word, end = place, match.start() + len(place)
                break
        if not words.is_place(word):
            continue
        if word in words.ambiguous_places and not PLACE_PREPOSITION.search(
            before(text, match.start(), 10)
        ):
            continue
        kind = "big_place" if word in words.big_places else "place"
        yield Mention(kind, match.start(), end)


FOREIGN_PLACE = re.compile(
    r"\b(?:aus|stammt\saus|in|bei|nahe)\s(?:dem\s(?:Dorf|Ort|Bezirk|Distrikt)\s|der\s(?:Stadt"
    r"|Kleinstadt|Provinz|Region|Gegend|Ortschaft)\s|einem\sDorf\s(?:bei|nahe)\s)?"
    r"(?P<place>[A-ZÄÖÜ][\w'’-]+(?:\s[A-ZÄÖÜ][\w'’-]+)?)"
)
PLACE_NOUN = re.compile(r"(?:Dorf|Ort|Bezirk|Distrikt|Stadt|Kleinstadt|Provinz|Region|Ortschaft)")
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def _origin_places(text, sentence_start, sentence, has_nationality):
    words = lexicon()
    for match in FOREIGN_PLACE.finditer(sentence):
        place = match["place"]
        tokens = place.split()
        if len(tokens) == 2 and (
            words.is_common(tokens[1]) or tokens[1] in words.given_names or _is_country(tokens[1])
        ):
            place = tokens[0]
        first = place.split()[0]
        if (
            words.is_common(first)
            or _is_country(first)
            or words.is_any_name(first)
            or words.is_place(place)
            or words.is_place(first)
            or first.endswith(("ung", "ungen", "heit", "keit", "schaft", "tion"))
        ):
            continue
        named_with_noun = PLACE_NOUN.search(match.group()) is not None
        if has_nationality or named_with_noun:
            start = sentence_start + match.start("place")
            yield start, start + len(place)


def _is_country(word):
    return any(
        word in (c.name, c.adjective, *c.demonyms) or word.startswith(c.adjective)
        for c in lexicon().countries
    )


def origins(text, nationality_mentions, place_mentions):
    """Origin warnings: a rare language; a place below country level in a sentence with a
    nationality. Also returns the foreign places found, for the combination rule."""
    words = lexicon()
    hits, foreign = [], []
    language_suggestion = _("„eine in der Herkunftsregion verbreitete Sprache“")
    for match in find_words(text, words.rare_languages.__contains__):
        hits.append(Hit("origin", match.start(), match.end(), language_suggestion))

    nationality_starts = [m.start for m in nationality_mentions]
    small_places = [m for m in place_mentions if m.kind == "place"]
    small_starts = [m.start for m in small_places]
    local_suggestion = _("„eine kleinere Kommune in NRW“")
    for sentence in SENTENCE.finditer(text):
        start, end = sentence.span()
        in_sentence = nationality_mentions[
            bisect_left(nationality_starts, start) : bisect_left(nationality_starts, end)
        ]
        if not in_sentence and not PLACE_NOUN.search(sentence.group()):
            continue
        region = next((m.region for m in in_sentence if m.region), "")
        suggestion = (
            (_("„eine Region %(region)s“"), {"region": region})
            if region
            else _("„eine ländliche Region im Herkunftsland“")
        )
        for place_start, place_end in _origin_places(
            text, start, sentence.group(), bool(in_sentence)
        ):
            foreign.append(Mention("place", place_start, place_end, region))
            hits.append(Hit("origin", place_start, place_end, suggestion))
        if in_sentence:
            local = small_places[bisect_left(small_starts, start) : bisect_left(small_starts, end)]
            hits.extend(Hit("origin", m.start, m.end, local_suggestion) for m in local)
    return hits, foreign

"""Personal names in German case narratives.

Every German noun is capitalised, so a capital letter says little. A word counts as a name on
positive evidence only:

- an honorific before it ("Frau Haddad", "Hr. Gashi", "Familie Berisha", "Frau Dr. Schulte"),
- a role word before it ("Sohn Yusuf", "Sachbearbeiterin Hoffmann", "Nachname Sakhi"),
- the given-name or family-name gazetteer (`data/given_names.txt`, `data/surnames.txt`),
- a family-name ending or prefix typical for the target groups (-ović, -escu, -enko, Al- …).

After an honorific or role word, an unknown capitalised word is taken for a name unless it is
an ordinary word (`data/common_words.txt`, typical noun endings, compounds of listed nouns).
A name is extended over the capitalised words that follow it ("Yonas Tesfay Gebremedhin").

Single initials are accepted pseudonyms and not flagged: "Herr A.", "Frau B. K.". They should
not be the person's real initials; the checker cannot know, so the editor's guidance says so.
"""

import re
from functools import lru_cache
from itertools import pairwise

from django.utils.translation import gettext_noop as _

from .base import Hit, scanner
from .lexicon import lexicon

TOKEN = scanner(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
HONORIFICS = {"Herr", "Herrn", "Frau", "Familie", "Eheleute", "Geschwister"}
ABBREVIATED_HONORIFICS = {"Hr": "Herr", "Hrn": "Herr", "Fr": "Frau", "Fam": "Familie"}
TITLES = {"Dr", "Prof", "med", "Dipl", "Ing"}
ROLE_WORDS = {
    "Klient", "Klientin", "Kunde", "Kundin", "Sohn", "Tochter", "Söhne", "Töchter", "Kind",
    "Kinder", "Kindern", "Mutter", "Vater", "Bruder", "Brüder", "Schwester", "Schwestern",
    "Ehemann", "Ehefrau", "Mann", "Onkel", "Tante", "Cousin", "Cousine", "Neffe", "Nichte",
    "Großmutter", "Großvater", "Oma", "Opa", "Enkel", "Enkelin", "Partner", "Partnerin",
    "Lebensgefährte", "Lebensgefährtin", "Verlobte", "Verlobter", "Verlobten", "Freund",
    "Freundin", "Nachbar", "Nachbarin", "Schwager", "Schwägerin", "Schwiegermutter",
    "Schwiegervater", "Sachbearbeiter", "Sachbearbeiterin", "Fallmanager", "Fallmanagerin",
    "Managerin", "Kollege", "Kollegin", "Betreuer", "Betreuerin", "Vormund", "Vormundin",
    "Amtsvormund", "Berater", "Beraterin", "Lehrer", "Lehrerin", "Klassenlehrer",
    "Klassenlehrerin", "Sozialarbeiter", "Sozialarbeiterin", "Dolmetscher", "Dolmetscherin",
    "Sprachmittler", "Sprachmittlerin", "Arzt", "Ärztin", "Rechtsanwalt", "Rechtsanwältin",
    "Anwalt", "Anwältin", "Richter", "Richterin", "Schulleiter", "Schulleiterin", "Ausbilder",
    "Ausbilderin", "Chef", "Chefin", "Vermieter", "Vermieterin", "Pate", "Patin", "Mentorin",
    "Integrationslotse", "Integrationslotsin", "Jugendliche", "Jugendlichen", "Jugendlicher",
    "Bewohner", "Bewohnerin", "Mitarbeiter", "Mitarbeiterin", "Nachname", "Nachnamen",
    "Vorname", "Vornamen", "Familienname", "namens", "genannt", "heißt",
}  # fmt: skip
SURNAME_ENDINGS = (
    "ović", "ovič", "ovic", "ević", "evic", "ić", "escu", "eanu", "enko", "chuk", "czuk",
    "czyk", "ski", "ska", "sky", "zadeh", "zada", "oğlu", "oglu", "shvili", "dze", "yan",
)  # fmt: skip
SLAVIC_ENDINGS = ("ov", "ova", "ev", "eva")
NAME_PREFIXES = re.compile(
    r"^(?:Al-|El-|Abu-|Ben-|Bin-|Ould-|Abdel|Abdul|Gebre|Ghebre|Wolde|Welde|Habte|Tekle|Tesfa)"
    r"[\wäöü]"
)
NOUN_ENDINGS = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
    "tät", "täten", "nis", "nisse", "ismus", "ment", "ments", "chen", "lein", "ling", "linge",
    "ik", "ei", "ie", "ien", "enz", "anz", "eur", "euren", "gabe", "nahme", "stelle",
)  # fmt: skip
INFLECTIONS = ("", "n", "en", "s", "es", "e", "er", "ern")
NAME_TAILS = {"Mann", "Berg", "Stein", "Horn", "Hahn"}  # Brinkmann, Rosenberg: family names


@lru_cache(maxsize=32768)
def _looks_like_noun(word):
    """True for ordinary words: listed nouns, noun endings and compounds of listed nouns."""
    words = lexicon()
    if words.is_common(word):
        return True
    lower = word.lower()
    if lower.endswith(NOUN_ENDINGS) and not words.is_any_name(word):
        return True
    if len(word) >= 7:
        for cut in range(2, len(word) - 3):
            tail = word[cut:].capitalize()
            for ending in INFLECTIONS:
                stem = tail[: len(tail) - len(ending)] if ending else tail
                if ending and not tail.endswith(ending):
                    continue
                if len(stem) >= 4 and stem in words.common_words and stem not in NAME_TAILS:
                    return True
    return False


@lru_cache(maxsize=32768)
def _has_name_shape(word):
    if NAME_PREFIXES.match(word):
        return True
    lower = word.lower()
    if len(word) >= 4 and lower.endswith(SURNAME_ENDINGS):
        return True
    return len(word) >= 5 and lower.endswith(SLAVIC_ENDINGS)


@lru_cache(maxsize=32768)
def _is_place_or_country(word):
    words = lexicon()
    if words.is_place(word):
        return True
    return any(word in (country.name, *country.demonyms) for country in words.countries)


@lru_cache(maxsize=32768)
def _strong(word):
    """A word that is a name wherever it stands."""
    words = lexicon()
    if words.is_name(word):
        return True
    return _has_name_shape(word) and not words.is_common(word) and not _is_place_or_country(word)


@lru_cache(maxsize=32768)
def _plausible(word):
    """A word that is a name when an honorific or role word stands before it."""
    if not word[:1].isupper() or len(word) < 2:
        return False
    if lexicon().is_any_name(word) or _strong(word):
        return True
    if word.isupper() or len(word) < 3 or _is_place_or_country(word):
        return False
    if "-" in word:
        parts = word.split("-")
        if any(lexicon().is_any_name(part) for part in parts):
            return True
        return all(part[:1].isupper() and not _looks_like_noun(part) for part in parts)
    return not _looks_like_noun(word)


class _Tokens:
    def __init__(self, text):
        self.text = text
        self.items = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
        self.distinct = {item[2] for item in self.items}

    def __len__(self):
        return len(self.items)

    def word(self, index):
        return self.items[index][2]

    def gap(self, index):
        """The characters between token `index - 1` and token `index`."""
        return self.text[self.items[index - 1][1] : self.items[index][0]]

    def adjacent(self, index):
        return 0 < index < len(self.items) and self.gap(index) in (" ", "\u00a0")

    def extend(self, index, limit=3):
        """The last index of the name starting at `index`: following capitalised names."""
        last = index
        while last - index < limit and self.adjacent(last + 1):
            word = self.word(last + 1)
            if not word[:1].isupper() or not _plausible(word):
                break
            last += 1
        return last

    def attached(self, index):
        """The token is glued to a number or word before it ("15-Jährige")."""
        start = self.items[index][0]
        return start > 0 and (self.text[start - 1] == "-" or self.text[start - 1].isalnum())

    def is_initial(self, index):
        _start, end, word = self.items[index]
        return len(word) == 1 and word.isupper() and self.text[end : end + 1] == "."


def _honorific_at(tokens, index):
    """The honorific at `index` and the index of the word after it (and after any title)."""
    word = tokens.word(index)
    end = tokens.items[index][1]
    if word in HONORIFICS:
        honorific = word
    elif word in ABBREVIATED_HONORIFICS and tokens.text[end : end + 1] == ".":
        honorific = ABBREVIATED_HONORIFICS[word]
    else:
        return None, index
    following = index + 1
    while (
        following < len(tokens)
        and tokens.word(following) in TITLES
        and _follows(tokens, following)
        and tokens.text[tokens.items[following][1] : tokens.items[following][1] + 1] == "."
    ):
        following += 1
    if following < len(tokens) and _follows(tokens, following):
        return honorific, following
    return None, index


def _follows(tokens, index):
    """Token `index` follows the previous one after a blank, or an abbreviation and a blank."""
    gap = tokens.gap(index)
    if gap in (" ", "\u00a0"):
        return True
    previous = tokens.word(index - 1)
    abbreviated = previous in ABBREVIATED_HONORIFICS or previous in TITLES
    return abbreviated and gap in (". ", ".\u00a0")


def _suggestion(honorific, role):
    if honorific == "Frau":
        return _("„Frau A.“ – ein frei gewähltes Kürzel, nicht die echte Initiale")
    if honorific == "Herr":
        return _("„Herr A.“ – ein frei gewähltes Kürzel, nicht die echte Initiale")
    if honorific in ("Familie", "Eheleute", "Geschwister"):
        return _("„Familie A.“ – ein frei gewähltes Kürzel, nicht die echte Initiale")
    if role:
        return _("die Funktion statt des Namens, z. B. „die %(role)s“ oder „der %(role)s“"), {
            "role": role
        }
    return None


def _is_trigger(word):
    """A word where a name may start or follow: role word, honorific, gazetteer name."""
    if word in ROLE_WORDS or word in HONORIFICS or word in ABBREVIATED_HONORIFICS:
        return True
    return word[:1].isupper() and (_strong(word) or word in lexicon().ambiguous_names)


def _names(tokens):
    covered = -1  # the last token index already part of a name
    triggers = {word for word in tokens.distinct if _is_trigger(word)}
    for index in [i for i, item in enumerate(tokens.items) if item[2] in triggers]:
        if index <= covered:
            continue
        word = tokens.word(index)

        if word in ROLE_WORDS and tokens.adjacent(index + 1):
            candidate = tokens.word(index + 1)
            if candidate not in HONORIFICS and _plausible(candidate):
                last = tokens.extend(index + 1)
                role = word if word[0].isupper() else None
                yield Hit(
                    "name",
                    tokens.items[index + 1][0],
                    tokens.items[last][1],
                    _suggestion(None, role),
                )
                covered = _list_of_names(tokens, last)
                yield from _hits_between(tokens, last, covered)
                continue

        if not word[:1].isupper():
            continue

        honorific, following = _honorific_at(tokens, index)
        if honorific:
            if tokens.is_initial(following):
                covered = following
                continue
            if _plausible(tokens.word(following)):
                last = tokens.extend(following)
                yield Hit(
                    "name",
                    tokens.items[index][0],
                    tokens.items[last][1],
                    _suggestion(honorific, None),
                )
                covered = _list_of_names(tokens, last)
                yield from _hits_between(tokens, last, covered)
                continue

        ambiguous_with_partner = (
            word in lexicon().ambiguous_names
            and tokens.adjacent(index + 1)
            and _strong(tokens.word(index + 1))
        )
        if _strong(word) or ambiguous_with_partner:
            first = index
            while (
                first - 1 > covered
                and index - first < 2
                and tokens.adjacent(first)
                and tokens.word(first - 1) not in HONORIFICS | ROLE_WORDS
                and not tokens.attached(first - 1)
                and _plausible(tokens.word(first - 1))
            ):
                first -= 1
            last = tokens.extend(index)
            yield Hit("name", tokens.items[first][0], tokens.items[last][1])
            covered = _list_of_names(tokens, last)
            yield from _hits_between(tokens, last, covered)


CONJUNCTIONS = {"und", "sowie", "oder"}


def _list_of_names(tokens, last):
    """Follow a list of names ("Yusuf und Mariam", "Arben, Vjosa"); return the last index."""
    while True:
        nxt = last + 1
        if nxt >= len(tokens):
            return last
        gap = tokens.gap(nxt)
        if gap == ", ":
            candidate = nxt
        elif gap == " " and tokens.word(nxt) in CONJUNCTIONS and tokens.adjacent(nxt + 1):
            candidate = nxt + 1
        else:
            return last
        word = tokens.word(candidate)
        known = lexicon().is_any_name(word) or _has_name_shape(word)
        # "Abdul und Ayesha Rahman": an unknown first and family name after a name
        pair = (
            _plausible(word)
            and tokens.adjacent(candidate + 1)
            and _plausible(tokens.word(candidate + 1))
        )
        if not (known or pair):
            return last
        last = tokens.extend(candidate)


def _hits_between(tokens, first, last):
    """Name hits for the names of a list after token `first`, up to token `last`."""
    index = first + 1
    while index <= last:
        word = tokens.word(index)
        if word in CONJUNCTIONS:
            index += 1
            continue
        end = tokens.extend(index)
        yield Hit("name", tokens.items[index][0], tokens.items[end][1])
        index = end + 1


# "Hevin und ihr Mann Ali": the word before such a phrase is a name
PARTNER = scanner(
    r"\s(?:und|mit)\s(?:ihr|ihrem|ihren|sein|seinem|seiner|seine|ihre|ihrer)\s(?:Mann|Ehemann"
    r"|Frau|Ehefrau|Partner|Partnerin|Bruder|Schwester|Sohn|Tochter|Mutter|Vater|Cousin|Cousine"
    r"|Kinder|Kindern|Söhnen|Töchtern)\b"
)
NAME_BEFORE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w'’-]+$")
FAMILY_LIST = scanner(r"(?:Familie|Eheleute|Geschwister)\s[^\s(]+\s\((?P<inner>[^()\n]{2,120})\)")
PLACE_PREPOSITIONS = {"aus", "in", "nach", "nahe", "bei"}
ADJECTIVE_ENDINGS = (
    "isch", "ische", "ischen", "ischer", "isches", "liche", "lichen", "licher", "ig", "ige",
    "igen", "iger", "ete", "eten", "eter", "ale", "alen", "aler", "ene", "enen", "ierte",
    "ierten", "bare", "baren", "lose", "losen",
)  # fmt: skip


def _is_pair_word(word):
    return (
        len(word) >= 3
        and not word.lower().endswith(ADJECTIVE_ENDINGS)
        and word not in HONORIFICS
        and word not in ROLE_WORDS
        and _plausible(word)
    )


def names(text):
    """Name hits in `text`: by context and gazetteer, then every further mention of a
    family or given name learned that way, and pairs of unknown capitalised words."""
    tokens = _Tokens(text)
    hits = list(_names(tokens))

    for match in PARTNER.finditer(text):
        name = NAME_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if name and _plausible(name.group()) and name.group() not in HONORIFICS | ROLE_WORDS:
            hits.append(Hit("name", name.start(), name.end()))
    for match in FAMILY_LIST.finditer(text):
        offset = match.start("inner")
        for word in TOKEN.finditer(match["inner"]):
            if word.group()[:1].isupper() and _plausible(word.group()):
                hits.append(Hit("name", offset + word.start(), offset + word.end()))

    # two capitalised words that are neither ordinary words nor places: "Vlora Shabani"
    pairable = {word for word in tokens.distinct if word[:1].isupper() and _is_pair_word(word)}
    candidates = [i for i, item in enumerate(tokens.items) if item[2] in pairable]
    for previous, index in pairwise(candidates):
        if previous != index - 1 or not tokens.adjacent(index) or tokens.attached(index - 1):
            continue
        first, second = tokens.word(index - 1), tokens.word(index)
        if first[:1].isupper() and second[:1].isupper():
            next_is_capital = (
                index + 1 < len(tokens)
                and tokens.adjacent(index + 1)
                and (tokens.word(index + 1)[:1].isupper())
            )
            next_is_capital = next_is_capital or (
                index >= 2 and tokens.adjacent(index - 1) and tokens.word(index - 2)[:1].isupper()
            )
            is_place = (
                lexicon().is_place(f"{first} {second}")
                or first in lexicon().multiword_places
                or (index >= 2 and tokens.word(index - 2) in PLACE_PREPOSITIONS)
            )
            if (
                _is_pair_word(first)
                and _is_pair_word(second)
                and not next_is_capital
                and not is_place
            ):
                hits.append(Hit("name", tokens.items[index - 1][0], tokens.items[index][1]))

    # every further mention of a name learned above
    words = lexicon()
    learned = set()
    for hit in hits:
        for word in (m.group() for m in TOKEN.finditer(text[hit.start : hit.end])):
            if (
                word[:1].isupper()
                and word not in HONORIFICS
                and word not in ABBREVIATED_HONORIFICS
                and word not in TITLES
                and word not in words.ambiguous_names
                and not _looks_like_noun(word)
            ):
                learned.add(word)
    covered = {(hit.start, hit.end) for hit in hits}
    for index in [i for i, item in enumerate(tokens.items) if item[2] in learned]:
        start = tokens.items[index][0]
        if not tokens.attached(index):
            last = tokens.extend(index)
            span = (start, tokens.items[last][1])
            if span not in covered:
                hits.append(Hit("name", *span))
    return hits

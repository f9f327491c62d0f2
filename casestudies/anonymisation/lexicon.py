"""Word lists the checker uses, loaded once from the files in `data/`.

The lists are curated for this project (see the comments at the top of each file); no list is
downloaded at run time. A leading "?" marks an entry that is also an ordinary German word: it
counts only next to other evidence.
"""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data")


def entries(name, separator=None):
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split(separator) if separator else line.split()
        yield from (part.strip() for part in parts if part.strip())


def _split_marked(items):
    plain, marked = set(), set()
    for entry in items:
        (marked if entry.startswith("?") else plain).add(entry.lstrip("?"))
    return plain, marked


@dataclass(frozen=True)
class Country:
    name: str
    adjective: str
    demonyms: tuple[str, ...]
    region: str


@dataclass(frozen=True)
class Lexicon:
    given_names: frozenset[str]
    surnames: frozenset[str]
    ambiguous_names: frozenset[str]
    common_words: frozenset[str]
    big_places: frozenset[str]
    small_places: frozenset[str]
    ambiguous_places: frozenset[str]
    multiword_places: dict[str, tuple[str, ...]]
    countries: tuple[Country, ...]
    rare_languages: frozenset[str]

    def is_name(self, word):
        return word in self.given_names or word in self.surnames

    def is_any_name(self, word):
        return self.is_name(word) or word in self.ambiguous_names

    def is_place(self, word):
        return word in self.big_places or word in self.small_places

    def is_common(self, word):
        return word.rstrip(".") in self.common_words


@cache
def lexicon() -> Lexicon:
    given, given_marked = _split_marked(entries("given_names.txt"))
    surnames, surnames_marked = _split_marked(entries("surnames.txt"))
    ambiguous = given_marked | surnames_marked

    big, small, ambiguous_places = set(), set(), set()
    section = None
    for line in (DATA / "places.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line in ("[big]", "[small]"):
            section = big if line == "[big]" else small
            continue
        for entry in filter(None, (part.strip() for part in line.split(","))):
            if entry.startswith("?"):
                entry = entry[1:]
                ambiguous_places.add(entry)
            section.add(entry)
    small -= big
    multiword = {}
    for place in big | small:
        if " " in place:
            multiword.setdefault(place.split(" ", 1)[0], []).append(place)
    multiword = {
        first: tuple(sorted(places, key=len, reverse=True)) for first, places in multiword.items()
    }

    countries = []
    for line in (DATA / "countries.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, adjective, demonyms, region = (part.strip() for part in line.split(";"))
            countries.append(Country(name, adjective, tuple(demonyms.split(",")), region))

    return Lexicon(
        given_names=frozenset(given - ambiguous),
        surnames=frozenset(surnames - ambiguous),
        ambiguous_names=frozenset(ambiguous),
        common_words=frozenset(entries("common_words.txt")),
        big_places=frozenset(big),
        small_places=frozenset(small),
        ambiguous_places=frozenset(ambiguous_places),
        multiword_places=multiword,
        countries=tuple(countries),
        rare_languages=frozenset(entries("rare_languages.txt", ",")),
    )


def alternation(words):
    """A regex alternation of `words`, longest first, safe for use inside a group."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))

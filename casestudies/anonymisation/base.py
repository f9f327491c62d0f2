"""What the detectors share: the raw hit they report and small text helpers."""

import re
from dataclasses import dataclass
from functools import lru_cache

# Higher wins where two hits overlap: a specific number beats a generic one, a named shelter
# beats the street inside its name, an employer's name beats the family name inside it.
PRIORITY = {
    "iban": 100,
    "social_insurance": 96,
    "tax_id": 95,
    "health_insurance": 94,
    "jobcenter": 93,
    "bamf": 92,
    "azr": 92,
    "court": 90,
    "id_document": 88,
    "file_number": 86,
    "email": 85,
    "url": 84,
    "phone": 82,
    "plate": 80,
    "date": 78,
    "postal_code": 76,
    "other_number": 74,
    "shelter": 72,
    "address": 70,
    "institution": 66,
    "name": 64,
    "special_category": 40,
    "origin": 38,
    "rare_fact": 36,
    "age": 34,
    "amount": 32,
}


@dataclass(slots=True)
class Hit:
    category: str
    start: int
    end: int
    suggestion: str | tuple[str, dict] | None = None  # msgid, or (msgid, parameters)

    @property
    def priority(self):
        return PRIORITY[self.category]


def before(text, start, width=50):
    """The text before `start` on the same line, at most `width` characters."""
    segment = text[max(0, start - width) : start]
    return segment.rsplit("\n", 1)[-1]


def after(text, end, width=50):
    segment = text[end : end + width]
    return segment.split("\n", 1)[0]


def keyword_before(pattern, text, start, width=50):
    return pattern.search(before(text, start, width)) is not None


_LEADING_GUARD = re.compile(r"^(?:\\b|\(\?<!(?:\[(?:\\.|[^\]])*\]|\\.|[^)\[])*\))+")


def _ascii_digits(pattern):
    """`\\d` as `[0-9]` (or `0-9` inside a class): Python's `\\d` is Unicode-wide and keeps the
    regex engine from skipping quickly to candidate positions."""
    out, in_class, index = [], False, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            pair = pattern[index : index + 2]
            if pair == "\\d":
                out.append("0-9" if in_class else "[0-9]")
            else:
                out.append(pair)
            index += 2
            continue
        if char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class and out and out[-1] != "[":
            in_class = False
        out.append(char)
        index += 1
    return "".join(out)


class Scanner:
    """A compiled pattern for scanning whole texts fast.

    A leading `\\b` or lookbehind stops Python's regex engine from jumping to the positions
    where a match can start, which makes a scan over 100 KB up to ten times slower. The
    scanner compiles the body without it and checks the guard at each candidate start, which
    gives the same matches.
    """

    def __init__(self, pattern, flags=0):
        pattern = _ascii_digits(pattern)
        guard = _LEADING_GUARD.match(pattern)
        self.guard = re.compile(guard.group(), flags) if guard else None
        self.body = re.compile(pattern[guard.end() :] if guard else pattern, flags)
        self.pattern = pattern

    def finditer(self, text):
        if self.guard is None:
            yield from self.body.finditer(text)
            return
        position = 0
        search = self.body.search
        guard = self.guard
        while True:
            match = search(text, position)
            if match is None:
                return
            start, end = match.span()
            if guard is None or guard.match(text, start):
                yield match
                position = end if end > start else start + 1
            else:
                position = start + 1

    def search(self, text):
        return next(self.finditer(text), None)


def scanner(pattern, flags=0):
    return Scanner(pattern, flags)


WORD = re.compile(r"\w+(?:-\w+)*")


@lru_cache(maxsize=4)
def unique_words(text):
    return frozenset(WORD.findall(text))


def find_words(text, predicate):
    """Matches of the whole words of `text` for which `predicate(word)` holds.

    The predicate runs once per distinct word, and only the chosen words are searched for:
    much faster than testing every token of a long text in Python.
    """
    chosen = [word for word in unique_words(text) if predicate(word)]
    if not chosen:
        return iter(())
    alternatives = "|".join(re.escape(w) for w in sorted(chosen, key=len, reverse=True))
    return Scanner(rf"(?<![\w-])(?:{alternatives})(?![\w-])").finditer(text)


class AnchoredScanner:
    """A pattern that is searched for only around the matches of a fast `anchor` pattern.

    For patterns whose start the regex engine cannot jump to ("(?:\\d{1,2}|zwei|drei …)jährig"),
    searching the few windows around an anchor ("ährig") is much faster than scanning the
    whole text, and finds the same matches as long as they fit in the window.
    """

    def __init__(self, pattern, anchor, before=40, after=40, flags=0):
        self.regex = re.compile(_ascii_digits(pattern), flags)
        self.anchor = Scanner(anchor, flags)
        self.before, self.after = before, after

    def finditer(self, text):
        last_end = 0
        for anchor in self.anchor.finditer(text):
            low = max(last_end, anchor.start() - self.before)
            high = min(len(text), anchor.end() + self.after)
            for match in self.regex.finditer(text, low, high):
                if match.start() < last_end:
                    continue
                last_end = max(last_end, match.end())
                yield match

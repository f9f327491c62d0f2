"""`check()`: run the detectors, resolve overlaps, apply the combination rule."""

from bisect import bisect_left, insort

from django.utils.translation import gettext
from django.utils.translation import gettext as _

from . import identifiers, names, quasi
from .base import Hit
from .findings import CATEGORIES, Finding, Severity
from .lexicon import lexicon

DETECTORS = (
    identifiers.numbers,
    identifiers.contacts,
    identifiers.phones,
    identifiers.dates,
    identifiers.postal_codes,
    identifiers.addresses,
    identifiers.named_places,
    names.names,
    quasi.ages,
    quasi.amounts,
    quasi.special_categories,
    quasi.rare_facts,
)

# Kinds of quasi-identifier for the combination rule, with the German word for the message.
# An origin finding is a rare language or a place (its nationality is counted on its own).
QI_KINDS = {
    "age": "Alter",
    "nationality": "Staatsangehörigkeit",
    "place": "Ort",
    "institution": "Einrichtung",
    "special_category": "besondere Kategorie",
    "rare_language": "seltene Sprache",
    "rare_fact": "seltenes Merkmal",
}
RARE_KINDS = {"special_category", "rare_language", "rare_fact"}


def _resolve(hits):
    """Keep the highest-priority hit where hits overlap; longer first among equals."""
    ordered = sorted(hits, key=lambda h: (-h.priority, -(h.end - h.start), h.start))
    starts, kept = [], {}
    for hit in ordered:
        if hit.end <= hit.start:
            continue
        position = bisect_left(starts, hit.start)
        left = kept[starts[position - 1]] if position else None
        right = kept[starts[position]] if position < len(starts) else None
        if (left and left.end > hit.start) or (right and right.start < hit.end):
            continue
        insort(starts, hit.start)
        kept[hit.start] = hit
    return [kept[start] for start in starts]


def _overlaps_any(start, end, spans):
    return any(s < end and start < e for s, e in spans)


def _combination(text, kept, extra_mentions):
    blocking = [(h.start, h.end) for h in kept if CATEGORIES[h.category].severity == "block"]
    first_of_kind = {}
    languages = lexicon().rare_languages
    candidates = [(h.category, h.start, h.end) for h in kept if h.category in QI_KINDS]
    candidates += [
        ("rare_language" if text[h.start : h.end] in languages else "place", h.start, h.end)
        for h in kept
        if h.category == "origin"
    ]
    candidates += [
        ("place" if m.kind in ("place", "big_place") else m.kind, m.start, m.end)
        for m in extra_mentions
    ]
    for kind, start, end in sorted(candidates, key=lambda c: c[1]):
        if kind in first_of_kind or _overlaps_any(start, end, blocking):
            continue
        first_of_kind[kind] = (start, end)
    kinds = set(first_of_kind)
    if len(kinds) < 3 and not (kinds & RARE_KINDS and "place" in kinds):
        return None
    parts = sorted(first_of_kind.items(), key=lambda item: item[1][0])
    start, end = parts[-1][1]
    listing = ", ".join(f"„{text[s:e]}“ ({_(QI_KINDS[kind])})" for kind, (s, e) in parts)
    message = _(
        "Einzelperson möglicherweise identifizierbar: Die Angaben %(listing)s zusammen können "
        "auf eine Person hinweisen."
    ) % {"listing": listing}
    suggestion = _(
        "mindestens eines der Merkmale vergröbern, z. B. Alter als Spanne, Ort als Region"
    )
    return Finding("combination", Severity.WARN, start, end, text[start:end], suggestion, message)


def _translate(msgid, cache):
    text = cache.get(msgid)
    if text is None:
        text = cache[msgid] = str(gettext(msgid))
    return text


def _category_texts(name, cache):
    """The translated message and default suggestion of a category, once per check."""
    texts = cache.get(name)
    if texts is None:
        category = CATEGORIES[name]
        texts = cache[name] = (str(category.message), str(category.suggestion))
    return texts


def _finding(text, hit, cache):
    message, default_suggestion = _category_texts(hit.category, cache)
    suggestion = hit.suggestion
    if suggestion is None:
        suggestion = default_suggestion
    elif isinstance(suggestion, tuple):
        msgid, params = suggestion
        suggestion = _translate(msgid, cache) % params
    else:
        suggestion = _translate(suggestion, cache)
    return Finding(
        category=hit.category,
        severity=CATEGORIES[hit.category].severity,
        start=hit.start,
        end=hit.end,
        text=text[hit.start : hit.end],
        suggestion=suggestion,
        message=message,
    )


def check(text: str) -> list[Finding]:
    """All findings in `text`, sorted by start offset."""
    if not text:
        return []
    hits: list[Hit] = []
    for detector in DETECTORS:
        hits.extend(detector(text))
    nationality_mentions = list(quasi.nationalities(text))
    place_mentions = list(quasi.places(text))
    origin_hits, foreign_places = quasi.origins(text, nationality_mentions, place_mentions)
    hits.extend(origin_hits)
    kept = _resolve(hits)
    cache = {}
    findings = [_finding(text, hit, cache) for hit in kept]
    combination = _combination(text, kept, nationality_mentions + place_mentions + foreign_places)
    if combination:
        findings.append(combination)
    findings.sort(key=lambda f: (f.start, f.end))
    return findings

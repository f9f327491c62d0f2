"""Recall and precision of the anonymisation checker on the labelled corpus.

The corpus (`corpus/*.txt`, format in `corpus/README.md`) holds clean case narratives, which
must produce no finding, and cases with planted identifiers of every category. A label is
found when a finding of the same category overlaps its span; a finding is correct when it
overlaps a label of its own category. Combination labels ("*") stand for the whole case.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from casestudies.anonymisation import CATEGORY_LABELS, check
from casestudies.anonymisation.findings import CATEGORIES

CORPUS = Path(__file__).with_name("corpus")
BLOCKING_RECALL = 0.95
OVERALL_PRECISION = 0.85


@dataclass
class Label:
    category: str
    start: int
    end: int
    text: str


@dataclass
class Case:
    id: str
    text: str
    labels: list[Label] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


def _spans(text, needle):
    pattern = re.compile(rf"(?<![\w]){re.escape(needle)}(?![\w])")
    return [m.span() for m in pattern.finditer(text)]


def load_cases(path):
    cases = []
    for block in re.split(r"^=== ", path.read_text(encoding="utf-8"), flags=re.M)[1:]:
        header, _, body = block.partition("\n---\n")
        lines = header.splitlines()
        case = Case(id=lines[0].strip(), text=body.strip("\n"))
        raw_labels = []
        for line in lines[1:]:
            key, _, value = line.partition(":")
            key, value = key.strip(), value.strip()
            if key.startswith("label "):
                raw_labels.append((key.removeprefix("label ").strip(), value))
            else:
                case.meta[key] = value
        for category, needle in raw_labels:
            assert category in CATEGORY_LABELS, f"{case.id}: unknown category {category}"
            if needle == "*":
                case.labels.append(Label(category, 0, len(case.text), "*"))
                continue
            spans = _spans(case.text, needle)
            assert spans, f"{case.id}: label {needle!r} not in text"
            for start, end in spans:
                inside = any(
                    lab.category == category and lab.start <= start and end <= lab.end
                    for lab in case.labels
                )
                if not inside:
                    case.labels.append(Label(category, start, end, needle))
        cases.append(case)
    return cases


def load_corpus():
    return [case for name in CORPUS_FILES for case in load_cases(CORPUS / name)]


# holdout.txt was written after the checker had been tuned on the other two files; its first
# run found 30 of 37 names (0.81) and 2 of 3 special categories. See corpus/README.md.
CORPUS_FILES = ("clean.txt", "planted.txt", "holdout.txt")


def _overlaps(a_start, a_end, b_start, b_end):
    return a_start < b_end and b_start < a_end


def evaluate(cases):
    """Per category: labels, labels found, findings, correct findings; plus the misses."""
    labels, found, flagged, correct = Counter(), Counter(), Counter(), Counter()
    misses, false_alarms = [], []
    for case in cases:
        findings = check(case.text)
        for label in case.labels:
            labels[label.category] += 1
            if any(
                f.category == label.category and _overlaps(f.start, f.end, label.start, label.end)
                for f in findings
            ):
                found[label.category] += 1
            else:
                misses.append(f"{case.id}: {label.category} {label.text!r}")
        for f in findings:
            flagged[f.category] += 1
            if any(
                lab.category == f.category and _overlaps(f.start, f.end, lab.start, lab.end)
                for lab in case.labels
            ):
                correct[f.category] += 1
            else:
                false_alarms.append(f"{case.id}: {f.category} {f.text!r}")
    return labels, found, flagged, correct, misses, false_alarms


def table(labels, found, flagged, correct):
    rows = [f"{'category':<18} {'sev':<5} {'labels':>6} {'recall':>7} {'flagged':>7} {'prec.':>6}"]
    for category in CATEGORY_LABELS:
        recall = found[category] / labels[category] if labels[category] else float("nan")
        precision = correct[category] / flagged[category] if flagged[category] else float("nan")
        severity = CATEGORIES[category].severity.value
        rows.append(
            f"{category:<18} {severity:<5} {labels[category]:>6} {recall:>7.2f} "
            f"{flagged[category]:>7} {precision:>6.2f}"
        )
    total_flagged = sum(flagged.values())
    overall = sum(correct.values()) / total_flagged if total_flagged else 1.0
    rows.append(
        f"{'overall':<18} {'':<5} {sum(labels.values()):>6} {'':>7} {total_flagged:>7} "
        f"{overall:>6.2f}"
    )
    return "\n".join(rows), overall


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


@pytest.fixture(scope="module")
def scores(corpus):
    return evaluate(corpus)


def test_corpus_is_large_and_covers_every_category(corpus):
    assert len(corpus) >= 60
    assert sum(1 for case in corpus if not case.labels) >= 30
    labelled = {label.category for case in corpus for label in case.labels}
    missing = set(CATEGORY_LABELS) - labelled - {"other_number"}
    assert not missing, f"no planted example for {sorted(missing)}"


def test_clean_cases_have_no_findings(corpus):
    noisy = {
        case.id: [(f.category, f.text) for f in check(case.text)]
        for case in corpus
        if not case.labels
    }
    noisy = {case_id: found for case_id, found in noisy.items() if found}
    assert not noisy, noisy


def test_recall_of_blocking_categories_and_overall_precision(scores, record_property):
    labels, found, flagged, correct, misses, false_alarms = scores
    report, overall = table(labels, found, flagged, correct)
    record_property("anonymisation_scores", report)
    print("\n" + report)
    weak = [
        category
        for category, meta in CATEGORIES.items()
        if meta.severity == "block"
        and labels[category]
        and found[category] / labels[category] < BLOCKING_RECALL
    ]
    details = "\n".join(["", report, "misses:", *misses, "false alarms:", *false_alarms])
    assert not weak, f"recall below {BLOCKING_RECALL} for {weak}{details}"
    assert overall >= OVERALL_PRECISION, f"precision {overall:.2f}{details}"


def test_warning_categories_are_found_too(scores):
    labels, found, *_, misses, _false_alarms = scores
    weak = {
        category: f"{found[category]}/{labels[category]}"
        for category, meta in CATEGORIES.items()
        if meta.severity == "warn" and labels[category] and found[category] / labels[category] < 0.8
    }
    assert not weak, f"{weak}\n" + "\n".join(misses)


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def test_demo_case_studies_pass_and_the_planted_draft_is_caught():
    """The demo case studies are anonymised teaching texts written independently of this
    corpus: a check of precision on text the checker was not tuned on."""
    demo = pytest.importorskip("casestudies.demo_content")
    for case in demo.CASES:
        text = "\n".join(" ".join(part.split()) for part in _strings(case))
        blocking = [(f.category, f.text) for f in check(text) if f.severity == "block"]
        assert blocking == [], case.get("slug")
    draft = "\n".join(" ".join(part.split()) for part in _strings(demo.DRAFT_WITH_IDENTIFIERS))
    assert {f.category for f in check(draft) if f.severity == "block"} >= {"name", "date"}

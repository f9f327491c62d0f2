"""Time the anonymisation checker on about 100 KB of case text.

    .venv/bin/python bench/anonymisation.py [--size 100000] [--runs 9] [--budget 200]

The text is the labelled test corpus (tests/casestudies/corpus/*.txt: clean and planted
cases), repeated up to the size. After one warm-up run (word lists load, regexes compile), it
times `check()` several times and prints the median wall-clock and CPU milliseconds, and PASS
or FAIL against the budget (200 ms for 100 KB). Exit code 1 on FAIL. Not part of the test
suite: timings on a shared machine are too noisy for a unit test.
"""

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "casestudies" / "corpus"


def corpus_text(size):
    texts = []
    for path in sorted(CORPUS.glob("*.txt")):
        for block in re.split(r"^=== ", path.read_text(encoding="utf-8"), flags=re.M)[1:]:
            texts.append(block.partition("\n---\n")[2].strip())
    text = "\n\n".join(texts)
    return (text * (size // len(text) + 1))[:size]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="characters of text")
    parser.add_argument("--runs", type=int, default=9, help="timed runs after the warm-up")
    parser.add_argument("--budget", type=float, default=200.0, help="milliseconds allowed")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings.test")
    import django

    django.setup()
    from casestudies.anonymisation import check, has_blocking

    text = corpus_text(args.size)
    findings = check(text)  # warm-up
    wall, cpu = [], []
    for _ in range(args.runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        check(text)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)

    median = statistics.median(wall)
    verdict = "PASS" if median <= args.budget else "FAIL"
    print(f"text: {len(text.encode('utf-8')) / 1000:.1f} KB ({len(text)} characters)")
    print(f"findings: {len(findings)} (blocking: {has_blocking(findings)})")
    print(f"runs: {args.runs} after one warm-up")
    print(f"median: {median:.1f} ms wall, {statistics.median(cpu):.1f} ms CPU")
    print(f"min/max: {min(wall):.1f}/{max(wall):.1f} ms wall")
    print(f"{verdict}: median {median:.1f} ms against a budget of {args.budget:.0f} ms")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark data: the site tree and many published case studies (used by bench/search.py).

    DJANGO_SETTINGS_MODULE=bench.settings DATABASE_URL=… .venv/bin/python bench/build_cases.py 1000

Builds the site (`academy.demo.build_site()`) in an empty, migrated database and adds COUNT
live case studies below /fallstudien/. Their texts are recombined from the sentences of the
twelve demo cases (casestudies/demo_content.py), phase by phase, so every case reads like a real
one and has about the same length, but no two are alike. Titles, kind, region and vocabulary
terms vary as well; the random generator is seeded, so two runs build the same data.

Only for throw-away benchmark databases: the pages are saved with live=True directly instead
of going through the review workflow, and the search index is left to `manage.py update_index`
(the post-save signal only enqueues index tasks for a worker that the benchmark does not run).
Prints the number of cases and the seconds it took.
"""

import argparse
import random
import re
import sys
import time
from datetime import UTC, datetime, timedelta
from html import escape
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

TITLE_HEADS = [
    "Zwischen Jobcenter und Ausländerbehörde",
    "Ausbildung trotz Duldung",
    "Sprachkurs und Schichtarbeit",
    "Aus der Gemeinschaftsunterkunft in die eigene Wohnung",
    "Eine Familie, drei Rechtskreise",
    "Anerkennung des Berufsabschlusses",
    "Gesundheit zuerst",
    "Seiteneinstieg in die Schule",
    "Übergang von der Schule in den Beruf",
    "Schulden, Miete und Existenzsicherung",
    "Kita-Platz und Integrationskurs",
    "Arbeit mit Beschäftigungsduldung",
    "Volljährig und ohne Jugendhilfe",
    "Nach der Zuweisung",
    "Neu zugewandert aus der EU",
    "Teilhabe im ländlichen Raum",
    "Räumungsklage und Kindeswohl",
    "Pflege eines Angehörigen und Arbeitssuche",
    "Wechselnde Zuständigkeiten",
    "Ein Ausbildungsplatz im Handwerk",
]
TITLE_TAILS = [
    "eine Fallanalyse",
    "Fallkonferenz mit fünf Stellen",
    "junge Erwachsene zwischen den Systemen",
    "Case Management über zwei Jahre",
    "wenn Fristen kollidieren",
    "ein Paar mit unterschiedlichen Aufenthaltstiteln",
    "eine alleinerziehende Mutter",
    "ein Jugendlicher mit Fluchterfahrung",
    "Hilfeplanung mit der ganzen Familie",
    "wie die Stellen ihre Daten teilen",
    "von der Klärung bis zum Abschluss",
    "was die Kommune daraus gelernt hat",
]

SENTENCE_END = re.compile(r"(?<=[.!?“])\s+(?=[A-ZÄÖÜ„])")


def sentences(value):
    return [s for s in SENTENCE_END.split(" ".join(value.split())) if len(s) > 20]


def sentence_pools(cases):
    """Sentences of the demo cases by phase, plus summaries, findings and questions."""
    pools = {"summary": [], "system_level": [], "questions": []}
    for case in cases:
        pools["summary"] += sentences(case["summary"])
        for phase, text in case["body"].items():
            pools.setdefault(phase, []).extend(sentences(text))
        pools["system_level"] += [
            (kind, " ".join(text.split())) for kind, text in case["system_level"]
        ]
        pools["questions"] += [" ".join(q.split()) for q in case["discussion_questions"]]
    return pools


def paragraphs(rng, pool, low, high):
    picked = rng.sample(pool, min(len(pool), rng.randint(low, high)))
    middle = len(picked) // 2
    return "".join(
        f"<p>{escape(' '.join(part), quote=False)}</p>"
        for part in (picked[:middle], picked[middle:])
    )


def build_case(rng, number, pools, vocabularies, phases, now):
    from wagtail.rich_text import RichText

    from academy.enums import Region
    from casestudies.enums import CaseStudyKind
    from casestudies.models import CaseStudyPage

    # All six phases in most cases; some cases document only the first phases.
    body_phases = phases if rng.random() < 0.7 else phases[: rng.randint(3, len(phases))]
    published = now - timedelta(days=rng.randint(0, 3 * 365), minutes=number)
    page = CaseStudyPage(
        title=f"{rng.choice(TITLE_HEADS)}: {rng.choice(TITLE_TAILS)}",
        slug=f"fall-{number:04d}",
        kind=rng.choice(CaseStudyKind.values),
        region=rng.choice(Region.values),
        summary=" ".join(rng.sample(pools["summary"], 3)),
        body=[
            ("section", {"phase": phase, "text": RichText(paragraphs(rng, pools[phase], 5, 9))})
            for phase in body_phases
        ],
        system_level=[
            ("finding", {"kind": kind, "text": RichText(f"<p>{escape(text, quote=False)}</p>")})
            for kind, text in rng.sample(pools["system_level"], rng.randint(1, 3))
        ],
        discussion_questions=[("question", q) for q in rng.sample(pools["questions"], 3)],
        live=True,
        has_unpublished_changes=False,
        first_published_at=published,
        last_published_at=published,
    )
    page.target_groups.set(rng.sample(vocabularies["target_groups"], rng.randint(1, 3)))
    page.legal_domains.set(rng.sample(vocabularies["legal_domains"], rng.randint(1, 3)))
    page.fields_of_action.set(rng.sample(vocabularies["fields_of_action"], rng.randint(2, 4)))
    return page


def build(count, seed):
    from django.db import transaction

    from academy.demo import build_site
    from academy.enums import CMPhase
    from academy.models import FieldOfAction, LegalDomain, TargetGroup
    from casestudies.demo_content import CASES
    from casestudies.models import CaseStudyIndexPage, CaseStudyPage

    rng = random.Random(seed)
    pools = sentence_pools(CASES)
    vocabularies = {
        "target_groups": list(TargetGroup.objects.order_by("pk")),
        "legal_domains": list(LegalDomain.objects.order_by("pk")),
        "fields_of_action": list(FieldOfAction.objects.order_by("pk")),
    }
    phases = [phase for phase in CMPhase.values if pools.get(phase)]
    now = datetime.now(UTC)
    # The texts are recombined from reviewed demo cases; the anonymisation check, which
    # clean() runs on every save, would only repeat the review and is the slowest part.
    CaseStudyPage.check_anonymisation = lambda self: []
    with transaction.atomic():
        build_site()
        library = CaseStudyIndexPage.objects.get(slug="fallstudien")
        for number in range(1, count + 1):
            library.add_child(instance=build_case(rng, number, pools, vocabularies, phases, now))


def main():
    parser = argparse.ArgumentParser(description="Viele veröffentlichte Fallstudien anlegen.")
    parser.add_argument("count", type=int, nargs="?", default=1000, help="Anzahl Fallstudien")
    parser.add_argument("--seed", type=int, default=1, help="Startwert des Zufallsgenerators")
    args = parser.parse_args()

    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    started = time.monotonic()
    build(args.count, args.seed)
    print(f"{args.count} Fallstudien in {time.monotonic() - started:.0f} s angelegt.")


if __name__ == "__main__":
    main()

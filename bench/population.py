"""Benchmark data: 20,000 participants across 83 municipalities (used by bench/municipal.py).

    DJANGO_SETTINGS_MODULE=bench.settings DATABASE_URL=… .venv/bin/python bench/population.py

Expects a migrated PostgreSQL database with the demo data (`manage.py load_demo`: the twelve
model municipalities, the DGCC course programme, the demo accounts). Adds 71 further NRW
municipalities with their official keys and PARTICIPANTS people, spread so that Köln is the
largest municipality (its demo coordinator sees about 8 % of everyone), each with a profile
(municipality, agency); cohorts of at most 20 people for the modules of the programme over the
last three years, with sessions, enrolments, attendance (present, excused, absent) and lesson
completions — about 400,000 progress records — and attendance certificates with a share of
revoked and superseded ones.

Rows are written with PostgreSQL's COPY in batches, with primary keys assigned here (the
sequences are moved on afterwards), so the whole set takes well under a minute. The random
generator is seeded: two runs build the same data.

Only for throw-away benchmark databases: the script refuses a database whose name does not start
with `fallwerk_bench_` unless `--force` is given. Prints what it built and the seconds it took.
"""

import argparse
import datetime
import random
import secrets
import sys
import time
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PARTICIPANTS = 20_000
LARGE_MUNICIPALITY = "koeln"
THROWAWAY_PREFIX = "fallwerk_bench_"
BATCH = 20_000
GROUP_SIZE = 20

# 71 further municipalities eligible in "Einwanderung gestalten NRW": (name, kind, AGS).
MUNICIPALITIES = [
    ("Düsseldorf", "kreisfreie_stadt", "05111000"),
    ("Duisburg", "kreisfreie_stadt", "05112000"),
    ("Essen", "kreisfreie_stadt", "05113000"),
    ("Krefeld", "kreisfreie_stadt", "05114000"),
    ("Mönchengladbach", "kreisfreie_stadt", "05116000"),
    ("Oberhausen", "kreisfreie_stadt", "05119000"),
    ("Remscheid", "kreisfreie_stadt", "05120000"),
    ("Solingen", "kreisfreie_stadt", "05122000"),
    ("Bonn", "kreisfreie_stadt", "05314000"),
    ("Leverkusen", "kreisfreie_stadt", "05316000"),
    ("Städteregion Aachen", "kreis", "05334000"),
    ("Bottrop", "kreisfreie_stadt", "05512000"),
    ("Gelsenkirchen", "kreisfreie_stadt", "05513000"),
    ("Bochum", "kreisfreie_stadt", "05911000"),
    ("Hagen", "kreisfreie_stadt", "05914000"),
    ("Herne", "kreisfreie_stadt", "05916000"),
    ("Kreis Kleve", "kreis", "05154000"),
    ("Kreis Mettmann", "kreis", "05158000"),
    ("Rhein-Kreis Neuss", "kreis", "05162000"),
    ("Kreis Viersen", "kreis", "05166000"),
    ("Kreis Wesel", "kreis", "05170000"),
    ("Kreis Düren", "kreis", "05358000"),
    ("Rhein-Erft-Kreis", "kreis", "05362000"),
    ("Kreis Euskirchen", "kreis", "05366000"),
    ("Kreis Heinsberg", "kreis", "05370000"),
    ("Oberbergischer Kreis", "kreis", "05374000"),
    ("Rhein-Sieg-Kreis", "kreis", "05382000"),
    ("Kreis Borken", "kreis", "05554000"),
    ("Kreis Coesfeld", "kreis", "05558000"),
    ("Kreis Recklinghausen", "kreis", "05562000"),
    ("Kreis Steinfurt", "kreis", "05566000"),
    ("Kreis Warendorf", "kreis", "05570000"),
    ("Kreis Gütersloh", "kreis", "05754000"),
    ("Kreis Herford", "kreis", "05758000"),
    ("Kreis Höxter", "kreis", "05762000"),
    ("Kreis Minden-Lübbecke", "kreis", "05770000"),
    ("Kreis Paderborn", "kreis", "05774000"),
    ("Ennepe-Ruhr-Kreis", "kreis", "05954000"),
    ("Hochsauerlandkreis", "kreis", "05958000"),
    ("Märkischer Kreis", "kreis", "05962000"),
    ("Kreis Olpe", "kreis", "05966000"),
    ("Kreis Siegen-Wittgenstein", "kreis", "05970000"),
    ("Kreis Soest", "kreis", "05974000"),
    ("Kreis Unna", "kreis", "05978000"),
    ("Neuss", "grosse_kreisangehoerige_stadt", "05162024"),
    ("Ratingen", "grosse_kreisangehoerige_stadt", "05158028"),
    ("Velbert", "grosse_kreisangehoerige_stadt", "05158032"),
    ("Viersen", "grosse_kreisangehoerige_stadt", "05166032"),
    ("Wesel", "grosse_kreisangehoerige_stadt", "05170048"),
    ("Dinslaken", "grosse_kreisangehoerige_stadt", "05170008"),
    ("Düren", "grosse_kreisangehoerige_stadt", "05358008"),
    ("Kerpen", "grosse_kreisangehoerige_stadt", "05362032"),
    ("Bergheim", "grosse_kreisangehoerige_stadt", "05362004"),
    ("Hürth", "grosse_kreisangehoerige_stadt", "05362028"),
    ("Bergisch Gladbach", "grosse_kreisangehoerige_stadt", "05378004"),
    ("Troisdorf", "grosse_kreisangehoerige_stadt", "05382068"),
    ("Sankt Augustin", "grosse_kreisangehoerige_stadt", "05382056"),
    ("Bocholt", "grosse_kreisangehoerige_stadt", "05554008"),
    ("Recklinghausen", "grosse_kreisangehoerige_stadt", "05562032"),
    ("Marl", "grosse_kreisangehoerige_stadt", "05562024"),
    ("Dorsten", "grosse_kreisangehoerige_stadt", "05562012"),
    ("Gladbeck", "grosse_kreisangehoerige_stadt", "05562014"),
    ("Castrop-Rauxel", "grosse_kreisangehoerige_stadt", "05562004"),
    ("Lünen", "grosse_kreisangehoerige_stadt", "05978024"),
    ("Gütersloh", "grosse_kreisangehoerige_stadt", "05754008"),
    ("Paderborn", "grosse_kreisangehoerige_stadt", "05774032"),
    ("Iserlohn", "grosse_kreisangehoerige_stadt", "05962024"),
    ("Lüdenscheid", "grosse_kreisangehoerige_stadt", "05962032"),
    ("Siegen", "grosse_kreisangehoerige_stadt", "05970040"),
    ("Witten", "grosse_kreisangehoerige_stadt", "05954036"),
    ("Minden", "grosse_kreisangehoerige_stadt", "05770024"),
]

FIRST_NAMES = [
    "Anna", "Ayşe", "Birgit", "Carla", "Daniel", "Elif", "Fatma", "Georg", "Hanna", "Ibrahim",
    "Jana", "Karim", "Lea", "Mehmet", "Nadia", "Olga", "Paul", "Rania", "Sabine", "Thomas",
    "Ute", "Vanessa", "Walid", "Yasemin", "Zoran", "Andreas", "Julia", "Stefan", "Miriam", "Omar",
]  # fmt: skip
LAST_NAMES = [
    "Müller", "Schmidt", "Yılmaz", "Kaya", "Schneider", "Fischer", "Weber", "Nowak", "Meyer",
    "Wagner", "Becker", "Hoffmann", "Demir", "Koch", "Richter", "Klein", "Wolf", "Şahin",
    "Neumann", "Schwarz", "Popescu", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann",
]  # fmt: skip
JOB_TITLES = [
    "Fallmanagerin", "Sachbearbeiter", "Integrationsfachkraft", "Teamleitung",
    "Sozialarbeiterin", "Beraterin", "Koordinator", "Arbeitsvermittlerin",
]  # fmt: skip
AGENCIES = [
    ("jobcenter", 30), ("auslaenderbehoerde", 15), ("sozialamt", 12), ("jugendamt", 12),
    ("ki", 10), ("arbeitsagentur", 6), ("schulamt", 4), ("wohlfahrtspflege", 6),
    ("ehrenamt", 2), ("mso", 2), ("andere", 1),
]  # fmt: skip

# Which share of the participants takes each kind of module, in this order.
PATH = [("basis", 1.0), ("aufbau", 0.6), ("kollegiale_beratung", 0.45), ("supervision", 0.4)]
SESSIONS = {"basis": 5, "aufbau": 5, "kollegiale_beratung": 4, "supervision": 4}


class Refused(Exception):
    pass


def check_database(force):
    from django.db import connection

    name = connection.settings_dict["NAME"]
    if connection.vendor != "postgresql":
        raise Refused("Die Benchmark-Daten werden nur in PostgreSQL angelegt.")
    if not name.startswith(THROWAWAY_PREFIX) and not force:
        raise Refused(
            f"Die Datenbank „{name}“ ist keine Wegwerf-Datenbank ({THROWAWAY_PREFIX}…). "
            "Mit --force trotzdem anlegen."
        )


class Writer:
    """COPY rows into the tables of Django models, with primary keys assigned here."""

    def __init__(self, cursor):
        self.cursor = cursor
        self.counts = {}

    def next_id(self, model):
        # Table names come from the models, never from input.
        table = model._meta.db_table
        self.cursor.execute(f'SELECT COALESCE(MAX(id), 0) + 1 FROM "{table}"')  # noqa: S608
        return self.cursor.fetchone()[0]

    def copy(self, model, columns, rows):
        table = model._meta.db_table
        names = ", ".join(f'"{column}"' for column in columns)
        count = 0
        with self.cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)
                count += 1
        name = str(model._meta.verbose_name_plural)
        self.counts[name] = self.counts.get(name, 0) + count

    def move_sequence(self, model):
        table = model._meta.db_table
        sequence = f"pg_get_serial_sequence('\"{table}\"', 'id')"
        self.cursor.execute(f'SELECT setval({sequence}, (SELECT MAX(id) FROM "{table}"))')  # noqa: S608


def weights(municipalities):
    """Köln large, the other model municipalities medium, the rest smaller and varied."""
    rng = random.Random(7)
    result = []
    for municipality in municipalities:
        if municipality.slug == LARGE_MUNICIPALITY:
            result.append(32.0)
        elif municipality.is_model_municipality:
            result.append(rng.uniform(6, 9))
        else:
            result.append(rng.uniform(2, 5))
    return result


def build(participants, seed):
    from django.contrib.auth.hashers import make_password
    from django.db import connection, transaction
    from django.utils import timezone
    from django.utils.text import slugify

    from academy import roles
    from academy.models import Municipality, Profile, User
    from certificates.models import Certificate, CertificateType, NumberSequence
    from courses.models import (
        Attendance,
        Cohort,
        Enrolment,
        LessonCompletion,
        LessonPage,
        ModulePage,
        Session,
    )

    rng = random.Random(seed)
    now = timezone.now()
    today = timezone.localdate()
    trainer = User.objects.get(email="trainerin@example.org")
    participants_group = roles.group(roles.PARTICIPANTS)
    modules = {
        kind: ModulePage.objects.live().filter(kind=kind).order_by("path").first()
        for kind, _share in PATH
    }
    if not all(modules.values()):
        raise Refused("Die Module des Demo-Programms fehlen: zuerst `manage.py load_demo`.")
    lessons = {
        kind: list(LessonPage.objects.live().child_of(module).values_list("pk", flat=True))
        for kind, module in modules.items()
    }
    certificate_type = CertificateType.objects.get(number_prefix="TB")

    with transaction.atomic(), connection.cursor() as django_cursor:
        writer = Writer(django_cursor.cursor)
        for name, kind, key in MUNICIPALITIES:
            Municipality.objects.get_or_create(
                official_key=key, defaults={"name": name, "slug": slugify(name), "kind": kind}
            )
        municipalities = list(Municipality.objects.order_by("pk"))
        agency_values = [value for value, _weight in AGENCIES]
        agency_weights = [weight for _value, weight in AGENCIES]

        # People: accounts, group membership, profiles.
        password = make_password(secrets.token_urlsafe(16))
        first_user = writer.next_id(User)
        people = []  # (user id, municipality)
        homes = rng.choices(municipalities, weights(municipalities), k=participants)
        for offset, municipality in enumerate(homes):
            people.append((first_user + offset, municipality))

        def users():
            for user_id, municipality in people:
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                email = f"person{user_id}@{municipality.slug}.bench.example"
                joined = now - datetime.timedelta(days=rng.randint(30, 1200))
                yield (user_id, password, False, email, first, last, email, False, True, joined)

        writer.copy(
            User,
            [
                "id",
                "password",
                "is_superuser",
                "username",
                "first_name",
                "last_name",
                "email",
                "is_staff",
                "is_active",
                "date_joined",
            ],
            users(),
        )
        writer.move_sequence(User)
        writer.copy(
            User.groups.through,
            ["user_id", "group_id"],
            ((user_id, participants_group.pk) for user_id, _m in people),
        )
        first_profile = writer.next_id(Profile)
        writer.copy(
            Profile,
            [
                "id",
                "user_id",
                "municipality_id",
                "agency_type",
                "job_title",
                "certificate_name",
                "created_at",
                "updated_at",
            ],
            (
                (
                    first_profile + index,
                    user_id,
                    municipality.pk,
                    rng.choices(agency_values, agency_weights)[0],
                    rng.choice(JOB_TITLES),
                    f"Person {user_id}",
                    now,
                    now,
                )
                for index, (user_id, municipality) in enumerate(people)
            ),
        )
        writer.move_sequence(Profile)

        # Cohorts of each module, filled in groups of up to 20, spread over three years.
        cohort_id = writer.next_id(Cohort)
        session_id = writer.next_id(Session)
        enrolment_id = writer.next_id(Enrolment)
        cohorts, sessions, enrolments, attendances, completions = [], [], [], [], []
        certified = []  # (user id, municipality, enrolment end)
        for kind, share in PATH:
            module = modules[kind]
            takers = [person for person in people if rng.random() < share]
            rng.shuffle(takers)
            for start in range(0, len(takers), GROUP_SIZE):
                group = takers[start : start + GROUP_SIZE]
                starts_on = today + datetime.timedelta(days=rng.randint(-1100, 120))
                days = SESSIONS[kind]
                ends_on = starts_on + datetime.timedelta(days=7 * (days - 1))
                cohorts.append(
                    (
                        cohort_id,
                        module.pk,
                        f"{module.title} {cohort_id}",
                        starts_on,
                        ends_on,
                        "Fortbildungszentrum",
                        False,
                        GROUP_SIZE,
                        starts_on > today,
                    )
                )
                cohort_sessions = []
                for number in range(days):
                    date = starts_on + datetime.timedelta(days=7 * number)
                    ue = Decimal(8)
                    in_presence = number != 1  # the second day is online
                    sessions.append(
                        (
                            session_id,
                            cohort_id,
                            date,
                            datetime.time(9),
                            datetime.time(16, 30),
                            f"Tag {number + 1}",
                            ue,
                            in_presence,
                            "practice" if number == days - 1 else "theory",
                        )
                    )
                    cohort_sessions.append((session_id, date, ue))
                    session_id += 1
                finished = ends_on < today
                for user_id, municipality in group:
                    withdrawn = rng.random() < 0.04
                    status = "withdrawn" if withdrawn else "completed" if finished else "enrolled"
                    created = timezone.make_aware(
                        datetime.datetime.combine(
                            starts_on - datetime.timedelta(days=rng.randint(7, 60)),
                            datetime.time(10),
                        )
                    )
                    completed_at = (
                        timezone.make_aware(datetime.datetime.combine(ends_on, datetime.time(17)))
                        if status == "completed"
                        else None
                    )
                    withdrawn_at = created + datetime.timedelta(days=3) if withdrawn else None
                    enrolments.append(
                        (
                            enrolment_id,
                            user_id,
                            cohort_id,
                            status,
                            created,
                            withdrawn_at,
                            completed_at,
                        )
                    )
                    if not withdrawn:
                        for sid, date, ue in cohort_sessions:
                            if date > today:
                                continue
                            roll = rng.random()
                            state = (
                                "present" if roll < 0.86 else "excused" if roll < 0.95 else "absent"
                            )
                            attendances.append(
                                (
                                    sid,
                                    enrolment_id,
                                    state,
                                    ue if state == "present" else 0,
                                    trainer.pk,
                                    now,
                                )
                            )
                        if status == "completed" and kind == "basis" and rng.random() < 0.6:
                            certified.append((user_id, municipality, ends_on))
                    enrolment_id += 1
                cohort_id += 1
            # Lessons of the module: most of the people who took it finished most of them.
            for user_id, _municipality in takers:
                for lesson_id in lessons[kind]:
                    if rng.random() < 0.9:
                        completions.append((user_id, lesson_id, now))

        writer.copy(
            Cohort,
            [
                "id",
                "module_id",
                "title",
                "starts_on",
                "ends_on",
                "place",
                "online",
                "capacity",
                "enrolment_open",
            ],
            cohorts,
        )
        writer.move_sequence(Cohort)
        writer.copy(
            Cohort.trainers.through, ["cohort_id", "user_id"], ((c[0], trainer.pk) for c in cohorts)
        )
        writer.copy(
            Session,
            [
                "id",
                "cohort_id",
                "date",
                "starts_at",
                "ends_at",
                "topic",
                "ue",
                "in_presence",
                "kind",
            ],
            sessions,
        )
        writer.move_sequence(Session)
        writer.copy(
            Enrolment,
            [
                "id",
                "user_id",
                "cohort_id",
                "status",
                "created_at",
                "withdrawn_at",
                "completed_at",
            ],
            enrolments,
        )
        writer.move_sequence(Enrolment)
        writer.copy(
            Attendance,
            [
                "session_id",
                "enrolment_id",
                "status",
                "ue_credited",
                "recorded_by_id",
                "recorded_at",
            ],
            attendances,
        )
        writer.copy(LessonCompletion, ["user_id", "lesson_id", "completed_at"], completions)

        # Attendance certificates for the Basiskurs: a few revoked, a few re-issued.
        certificate_id = writer.next_id(Certificate)
        last_numbers = dict(NumberSequence.objects.filter(prefix="TB").values_list("year", "last"))
        certificates, replacements = [], []
        certified.sort(key=lambda item: item[2])
        for user_id, municipality, issued_on in certified:
            year = issued_on.year
            last_numbers[year] = last_numbers.get(year, 0) + 1
            roll = rng.random()
            status = "revoked" if roll < 0.03 else "superseded" if roll < 0.05 else "valid"
            row = [
                certificate_id, certificate_type.pk, user_id,
                f"TB-{year}-{last_numbers[year]:06d}", secrets.token_urlsafe(24),
                f"Person {user_id}", municipality.name, certificate_type.name,
                '[{"title": "Basiskurs Case Management", "ue": "40"}]', Decimal(40), issued_on,
                "Fallwerk Akademie", certificate_type.signatory,
                certificate_type.template_version, certificate_type.language, trainer.pk,
                "", "", status,
                now if status == "revoked" else None,
                "Anwesenheit nachträglich korrigiert." if status == "revoked" else "",
                None, now,
            ]  # fmt: skip
            if status == "superseded":
                replacements.append((row, year))
            certificates.append(row)
            certificate_id += 1
        for old, year in replacements:
            last_numbers[year] += 1
            new = [*old]
            new[0], new[3], new[4] = (
                certificate_id,
                f"TB-{year}-{last_numbers[year]:06d}",
                (secrets.token_urlsafe(24)),
            )
            new[18] = "valid"
            old[21] = certificate_id
            certificates.append(new)
            certificate_id += 1
        # Replacements first: superseded_by points at them.
        certificates.sort(key=lambda row: row[21] is not None)
        writer.copy(
            Certificate,
            [
                "id",
                "certificate_type_id",
                "holder_id",
                "number",
                "verification_code",
                "holder_name",
                "municipality_name",
                "type_name",
                "modules",
                "total_ue",
                "issued_on",
                "issuer_name",
                "signatory",
                "template_version",
                "language",
                "issued_by_id",
                "pdf",
                "sha256",
                "status",
                "revoked_at",
                "revocation_reason",
                "superseded_by_id",
                "created_at",
            ],
            certificates,
        )
        writer.move_sequence(Certificate)
        for year, last in last_numbers.items():
            NumberSequence.objects.update_or_create(prefix="TB", year=year, defaults={"last": last})
    return writer.counts


def main(argv=None):
    parser = argparse.ArgumentParser(description="Teilnehmende für den Kommunen-Benchmark anlegen.")
    parser.add_argument("--participants", type=int, default=PARTICIPANTS, help="Anzahl Personen")
    parser.add_argument("--seed", type=int, default=1, help="Startwert des Zufallsgenerators")
    parser.add_argument(
        "--force", action="store_true", help="auch in einer Datenbank ohne Präfix fallwerk_bench_"
    )
    args = parser.parse_args(argv)

    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    started = time.monotonic()
    try:
        check_database(args.force)
        counts = build(args.participants, args.seed)
    except Refused as error:
        print(f"Abgebrochen: {error}", file=sys.stderr)
        return 2
    progress = sum(
        counts.get(name, 0) for name in ("Anmeldungen", "Anwesenheiten", "abgeschlossene Lektionen")
    )
    for name, count in counts.items():
        print(f"{count:>9,} {name}".replace(",", "."))
    seconds = time.monotonic() - started
    print(f"{progress:,} Fortschrittsdatensätze in {seconds:.0f} s angelegt.".replace(",", "."))
    return 0


if __name__ == "__main__":
    sys.exit(main())

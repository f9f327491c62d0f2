import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from casestudies.anonymisation import check, has_blocking


class Command(BaseCommand):
    help = (
        "Prüft einen Text (UTF-8) auf Angaben, die Personen identifizierbar machen, und gibt "
        "die Befunde als JSON aus. Exit-Code 1 bei blockierenden Befunden, 2 bei Lesefehlern."
    )
    # call_command(..., stdin=StringIO(...)) in tests
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument(
            "file",
            nargs="?",
            default="-",
            help="Textdatei in UTF-8; „-“ oder keine Angabe liest von der Standardeingabe.",
        )

    def handle(self, *args, **options):
        text = self._read(options["file"], options.get("stdin"))
        findings = check(text)
        payload = [finding.as_dict() for finding in findings]
        self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
        if has_blocking(findings):
            count = sum(1 for finding in findings if finding.severity == "block")
            raise CommandError(
                f"{count} blockierende Befunde: Der Text ist nicht ausreichend anonymisiert.",
                returncode=1,
            )

    def _read(self, name, stdin):
        try:
            if name == "-":
                stream = stdin or sys.stdin
                data = stream.read() if stdin else stream.buffer.read()
                return data if isinstance(data, str) else data.decode("utf-8")
            return Path(name).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise CommandError(f"Datei nicht gefunden: {name}", returncode=2) from None
        except IsADirectoryError:
            raise CommandError(
                f"{name} ist ein Verzeichnis, keine Textdatei.", returncode=2
            ) from None
        except UnicodeDecodeError:
            source = "Die Standardeingabe" if name == "-" else f"Die Datei {name}"
            raise CommandError(
                f"{source} ist nicht in UTF-8 kodiert und kann nicht gelesen werden.", returncode=2
            ) from None
        except OSError as error:
            raise CommandError(
                f"Die Datei {name} kann nicht gelesen werden: {error.strerror}", returncode=2
            ) from None

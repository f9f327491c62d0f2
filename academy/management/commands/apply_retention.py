from django.conf import settings
from django.core.management.base import BaseCommand

from academy import privacy


class Command(BaseCommand):
    help = (
        "Pseudonymisiert Konten, die länger als ACCOUNT_RETENTION_DAYS nicht genutzt wurden "
        "(letzte Anmeldung, sonst Registrierung); Konten von Mitarbeitenden bleiben unberührt."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Nur auflisten, welche Konten betroffen wären; nichts ändern.",
        )

    def handle(self, *args, dry_run=False, **options):
        days = settings.ACCOUNT_RETENTION_DAYS
        if dry_run:
            accounts = list(privacy.inactive_accounts().values_list("pk", "last_login"))
            for pk, last_login in accounts:
                used = f"{last_login:%d.%m.%Y}" if last_login else "nie angemeldet"
                self.stdout.write(f"Konto {pk} (zuletzt angemeldet: {used})")
            self.stdout.write(
                f"{len(accounts)} Konten sind länger als {days} Tage ungenutzt "
                "(Probelauf, nichts geändert)."
            )
            return
        count = privacy.apply_retention()
        message = f"{count} Konten, länger als {days} Tage ungenutzt, pseudonymisiert."
        self.stdout.write(self.style.SUCCESS(message))

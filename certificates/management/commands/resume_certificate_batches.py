"""Queue the task again for certificate batches whose worker died (run before db_worker)."""

from django.core.management.base import BaseCommand

from certificates import batches


class Command(BaseCommand):
    help = (
        "Stellt Ausstellungsstapel erneut in die Warteschlange, deren Hintergrunddienst "
        "seit CERTIFICATE_BATCH_STALE_AFTER Sekunden kein Lebenszeichen gegeben hat."
    )

    def handle(self, *args, **options):
        resumed = batches.resume_stale()
        if options["verbosity"]:
            self.stdout.write(f"{resumed} Ausstellungsstapel erneut eingereiht.")

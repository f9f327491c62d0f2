from importlib import import_module
from importlib.util import find_spec

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

# Apps in dependency order; each may have a `demo` module with a `load(stdout)` function.
DEMO_APPS = ["academy", "casestudies", "courses", "certificates"]


class Command(BaseCommand):
    help = "Legt die Demodaten an oder bringt sie auf den neuesten Stand (idempotent)."

    def handle(self, *args, **options):
        if not settings.DEMO_DATA_ALLOWED:
            raise CommandError("load_demo ist in der Produktionsumgebung gesperrt.")
        with transaction.atomic():
            for app in DEMO_APPS:
                if find_spec(f"{app}.demo"):
                    import_module(f"{app}.demo").load(self.stdout)
        # The search index is normally updated by the background worker; do it now.
        call_command("update_index", verbosity=0)
        # Likewise the reference index behind "Verwendet in" on the Werkzeugkoffer pages.
        call_command("rebuild_references_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demodaten sind geladen."))

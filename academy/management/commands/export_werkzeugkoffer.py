from pathlib import Path

from django.core.management.base import BaseCommand

from academy.transfer import export_werkzeugkoffer


class Command(BaseCommand):
    help = (
        "Exportiert den Werkzeugkoffer (Instrumente, veröffentlichte Fallstudien, Module mit "
        "Lektionen) als ZIP-Archiv für eine andere Fallwerk-Installation."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Pfad der ZIP-Datei, die geschrieben wird.")

    def handle(self, *args, file, **options):
        path = Path(file)
        with path.open("wb") as target:
            summary = export_werkzeugkoffer(target)
        self.stdout.write(
            self.style.SUCCESS(
                f"{summary.pages} Seiten, {summary.documents} Dokumente und {summary.images} "
                f"Bilder nach {path} exportiert."
            )
        )

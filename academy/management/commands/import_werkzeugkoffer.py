from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from academy.transfer import (
    TransferError,
    available_sections,
    default_parents,
    import_werkzeugkoffer,
    open_archive,
)


def find_page(value):
    """A page by its id or its URL path below the site root (e.g. ``/kurse/``)."""
    if value.isdigit():
        page = Page.objects.filter(pk=int(value)).first()
    else:
        path = value.strip("/")
        page = (
            Page.objects.filter(url_path__endswith=f"/{path}/" if path else "/")
            .order_by("depth")
            .first()
        )
    if page is None:
        raise CommandError(f"Die Seite „{value}“ gibt es nicht.")
    return page


class Command(BaseCommand):
    help = (
        "Liest ein exportiertes Werkzeugkoffer-Archiv ein. Alle Seiten werden als Entwürfe "
        "angelegt; was schon da ist, bleibt unverändert."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Pfad der ZIP-Datei.")
        parser.add_argument(
            "--parent",
            help="Startseite (ID oder Pfad), unter der die Bereiche gesucht werden; "
            "Standard: die Startseite der Standard-Website.",
        )
        for section in available_sections():
            parser.add_argument(
                f"--{section.name}",
                metavar="SEITE",
                help=f"Zielseite für „{section.label}“ (ID oder Pfad).",
            )
        parser.add_argument("--user", help="E-Mail-Adresse, in deren Namen importiert wird.")

    def handle(self, *args, file, parent=None, user=None, **options):
        parents = default_parents(find_page(parent) if parent else None)
        for section in available_sections():
            if options.get(section.name):
                parents[section.name] = find_page(options[section.name])
        account = None
        if user:
            account = get_user_model().objects.filter(email__iexact=user).first()
            if account is None:
                raise CommandError(f"Ein Konto „{user}“ gibt es nicht.")
        try:
            with open(file, "rb") as source, open_archive(source) as archive:
                result = import_werkzeugkoffer(archive, parents, user=account)
        except OSError as error:
            raise CommandError(f"Die Datei „{file}“ lässt sich nicht lesen: {error}") from None
        except TransferError as error:
            raise CommandError(error.message) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(result.created)} Seiten als Entwurf angelegt, {len(result.skipped)} "
                f"schon vorhanden; {result.documents_created} Dokumente, "
                f"{result.images_created} Bilder und {result.terms_created} Begriffe neu."
            )
        )

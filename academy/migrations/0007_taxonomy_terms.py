from django.db import migrations

LEGAL_DOMAINS = [
    ("SGB II", "sgb-ii"),
    ("SGB III", "sgb-iii"),
    ("SGB VIII", "sgb-viii"),
    ("SGB XII", "sgb-xii"),
    ("AsylbLG", "asylblg"),
    ("AufenthG / AsylG", "aufenthg-asylg"),
    ("Schulrecht", "schulrecht"),
]
FIELDS_OF_ACTION = [
    ("Sprache", "sprache"),
    ("Arbeit", "arbeit"),
    ("Ausbildung", "ausbildung"),
    ("Wohnen", "wohnen"),
    ("Gesundheit", "gesundheit"),
    ("Bildung", "bildung"),
    ("Existenzsicherung", "existenzsicherung"),
    ("Teilhabe", "teilhabe"),
]
TARGET_GROUPS = [
    ("Geduldete Familien", "geduldete-familien"),
    ("Neuzugewanderte aus der EU", "neuzugewanderte-eu"),
    ("Neuzugewanderte aus Drittstaaten", "neuzugewanderte-drittstaaten"),
    ("Junge Geflüchtete (18–25)", "junge-gefluechtete"),
    ("Unbegleitete minderjährige Ausländer (UMA)", "uma"),
    ("Geflüchtete Familien", "gefluechtete-familien"),
    ("Alleinstehende im Asylverfahren", "alleinstehende-asylverfahren"),
]


def create_terms(apps, schema_editor):
    for model_name, terms in [
        ("LegalDomain", LEGAL_DOMAINS),
        ("FieldOfAction", FIELDS_OF_ACTION),
        ("TargetGroup", TARGET_GROUPS),
    ]:
        model = apps.get_model("academy", model_name)
        for order, (name, slug) in enumerate(terms):
            model.objects.update_or_create(slug=slug, defaults={"name": name, "sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("academy", "0006_taxonomy")]

    operations = [migrations.RunPython(create_terms, migrations.RunPython.noop)]

from django.db import migrations

# The 12 model municipalities of "Einwanderung gestalten NRW" with their official keys.
MODEL_MUNICIPALITIES = [
    ("Bielefeld", "bielefeld", "kreisfreie_stadt", "05711000"),
    ("Dormagen", "dormagen", "grosse_kreisangehoerige_stadt", "05162004"),
    ("Dortmund", "dortmund", "kreisfreie_stadt", "05913000"),
    ("Hamm", "hamm", "kreisfreie_stadt", "05915000"),
    ("Köln", "koeln", "kreisfreie_stadt", "05315000"),
    ("Kreis Lippe", "kreis-lippe", "kreis", "05766000"),
    ("Moers", "moers", "grosse_kreisangehoerige_stadt", "05170024"),
    ("Mülheim an der Ruhr", "muelheim-an-der-ruhr", "kreisfreie_stadt", "05117000"),
    ("Münster", "muenster", "kreisfreie_stadt", "05515000"),
    ("Rheinisch-Bergischer Kreis", "rheinisch-bergischer-kreis", "kreis", "05378000"),
    ("Rheine", "rheine", "grosse_kreisangehoerige_stadt", "05566076"),
    ("Wuppertal", "wuppertal", "kreisfreie_stadt", "05124000"),
]


def create_municipalities(apps, schema_editor):
    Municipality = apps.get_model("academy.Municipality")
    for name, slug, kind, key in MODEL_MUNICIPALITIES:
        Municipality.objects.update_or_create(
            official_key=key,
            defaults={"name": name, "slug": slug, "kind": kind, "is_model_municipality": True},
        )


def remove_municipalities(apps, schema_editor):
    Municipality = apps.get_model("academy.Municipality")
    keys = [key for *_, key in MODEL_MUNICIPALITIES]
    Municipality.objects.filter(official_key__in=keys).delete()


class Migration(migrations.Migration):
    dependencies = [("academy", "0003_create_homepage")]

    operations = [migrations.RunPython(create_municipalities, remove_municipalities)]

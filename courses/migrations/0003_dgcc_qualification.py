from django.db import migrations


def create_dgcc_qualification(apps, schema_editor):
    """The DGCC guidelines for the certified Case Manager: 210 UE, at least 132 in presence."""
    Qualification = apps.get_model("courses", "Qualification")
    QualificationComponent = apps.get_model("courses", "QualificationComponent")
    qualification, _ = Qualification.objects.get_or_create(
        name="Zertifizierte Case Managerin / zertifizierter Case Manager (DGCC)",
        defaults={"presence_ue": 132, "max_group_size": 20},
    )
    for order, (component, ue, presence, theory) in enumerate(
        [
            ("grundlagen", 144, 96, 96),
            ("kollegiale_beratung", 42, 12, 0),
            ("supervision", 24, 24, 0),
        ]
    ):
        QualificationComponent.objects.update_or_create(
            qualification=qualification,
            component=component,
            defaults={"ue": ue, "presence_ue": presence, "theory_ue": theory, "sort_order": order},
        )


class Migration(migrations.Migration):
    dependencies = [("courses", "0002_modules_cohorts_progress")]

    operations = [migrations.RunPython(create_dgcc_qualification, migrations.RunPython.noop)]

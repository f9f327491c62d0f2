from django.db import migrations


def create_types(apps, schema_editor):
    CertificateType = apps.get_model("certificates", "CertificateType")
    Qualification = apps.get_model("courses", "Qualification")
    signatory = "Leitung der Fallwerk Akademie"
    CertificateType.objects.get_or_create(
        name="Zertifizierte Case Managerin / zertifizierter Case Manager (DGCC)",
        defaults={
            "kind": "qualifikation",
            "number_prefix": "CM",
            "qualification": Qualification.objects.order_by("pk").first(),
            "requires_documentation": True,
            "requires_colloquium": True,
            "signatory": signatory,
        },
    )
    CertificateType.objects.get_or_create(
        name="Teilnahmebescheinigung",
        defaults={
            "kind": "teilnahme",
            "number_prefix": "TB",
            "attendance_threshold": 80,
            "signatory": signatory,
        },
    )
    CertificateType.objects.get_or_create(
        name="Modulnachweis",
        defaults={
            "kind": "modul",
            "number_prefix": "MN",
            "attendance_threshold": 80,
            "signatory": signatory,
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0001_certificates"),
        ("courses", "0003_dgcc_qualification"),
    ]

    operations = [migrations.RunPython(create_types, migrations.RunPython.noop)]

"""A GIN index for the full-text filter Wagtail runs on PostgreSQL.

Wagtail's database backend filters index entries with (title || body) @@ query; without an
index on that expression PostgreSQL checks every entry. Wagtail's own indexes cover the two
columns separately. On other databases this migration does nothing.
"""

from django.db import migrations

INDEX = "casestudies_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} "
            "ON wagtailsearch_indexentry USING GIN ((title || body))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("casestudies", "0003_review_workflow"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]

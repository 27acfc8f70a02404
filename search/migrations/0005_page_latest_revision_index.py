"""PostgreSQL only: Wagtail's pages by latest revision, newest first (the admin search's order
after relevance). The first results of a word in most pages (« numerique »: 88,000 of 100,000
cards) are then read in that order until a page of them is found, each looked up in
`search_entry_word`'s index (search/admin.py), instead of every match being joined and sorted.
Nothing on SQLite."""

from django.db import migrations

INDEX = "search_page_latest_revision"
FORWARD = [
    f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page "
    "(latest_revision_created_at DESC NULLS LAST, id DESC)"
]
BACKWARD = [f"DROP INDEX IF EXISTS {INDEX}"]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0004_entry_words"), ("wagtailcore", "0001_initial")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD), elidable=False)]

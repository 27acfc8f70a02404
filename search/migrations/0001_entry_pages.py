"""SQLite only: `search_entry_page`, the page id of every search index entry, kept by triggers
on Wagtail's index table (as Wagtail keeps its FTS5 table). The text match reads it instead of
the index table itself, whose rows carry the whole indexed text: looking up 10,000 matches there
costs several times more (bench/search_bench.py). Nothing on PostgreSQL."""

from django.db import migrations

ENTRY = "wagtailsearch_indexentry"
TABLE = "search_entry_page"

FORWARD = [
    f"CREATE TABLE {TABLE} (eid INTEGER PRIMARY KEY, page_id INTEGER NOT NULL, "
    "content_type_id INTEGER NOT NULL)",
    f"INSERT INTO {TABLE} (eid, page_id, content_type_id) "  # noqa: S608
    f"SELECT id, CAST(object_id AS INTEGER), content_type_id FROM {ENTRY}",
    f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON {ENTRY} BEGIN "
    f"INSERT OR REPLACE INTO {TABLE} (eid, page_id, content_type_id) "
    "VALUES (NEW.id, CAST(NEW.object_id AS INTEGER), NEW.content_type_id); END",
    f"CREATE TRIGGER {TABLE}_update AFTER UPDATE OF id, object_id, content_type_id ON {ENTRY} "
    f"BEGIN DELETE FROM {TABLE} WHERE eid = OLD.id; "
    f"INSERT OR REPLACE INTO {TABLE} (eid, page_id, content_type_id) "
    "VALUES (NEW.id, CAST(NEW.object_id AS INTEGER), NEW.content_type_id); END",
    f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON {ENTRY} BEGIN "
    f"DELETE FROM {TABLE} WHERE eid = OLD.id; END",
]
BACKWARD = [
    f"DROP TRIGGER IF EXISTS {TABLE}_insert",
    f"DROP TRIGGER IF EXISTS {TABLE}_update",
    f"DROP TRIGGER IF EXISTS {TABLE}_delete",
    f"DROP TABLE IF EXISTS {TABLE}",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            for sql in statements:
                schema_editor.execute(sql)

    return apply


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]

"""PostgreSQL only: `search_entry_word`, one row per word (lexeme) of each search index entry,
with the page it indexes and whether the word is in its title, its body or both; kept by a
trigger on Wagtail's index table. The admin's text search (search/admin.py) reads a word's pages
from its index alone (an index-only scan of a few MB) instead of the index table, whose rows
carry every page's whole text: 88,000 of 100,000 cards for « numerique », read row by row
(bench/admin_search.py). Entries of objects whose id is not a number (none here) are left out.

An entry rewritten with the same text (Wagtail reindexes a page on every save, a draft's too)
changes nothing here. Nothing on SQLite, whose FTS5 table answers from its own index.
"""

from django.db import migrations

ENTRY = "wagtailsearch_indexentry"
TABLE = "search_entry_word"

# The rows of one entry `e` (a record with id, object_id, content_type_id, title, body): what
# the trigger writes for NEW, and the migration for each existing entry.
WORDS_OF = (
    "SELECT {e}.id, {e}.content_type_id, CAST({e}.object_id AS INTEGER), w.lexeme, "
    "bool_or(w.in_title) AS in_title, bool_or(NOT w.in_title) AS in_body "
    "FROM (SELECT lexeme, true AS in_title FROM unnest({e}.title) "
    "UNION ALL SELECT lexeme, false FROM unnest({e}.body)) AS w "
    "WHERE {e}.object_id ~ '^[0-9]{{1,9}}$' "
    "GROUP BY w.lexeme"
)
COLUMNS = "(entry_id, content_type_id, object_id, lexeme, in_title, in_body)"

FORWARD = [
    f"CREATE TABLE {TABLE} (entry_id integer NOT NULL, content_type_id integer NOT NULL, "
    "object_id integer NOT NULL, lexeme text NOT NULL, in_title boolean NOT NULL, "
    "in_body boolean NOT NULL)",
    f"INSERT INTO {TABLE} {COLUMNS} "  # noqa: S608
    f"SELECT words.* FROM {ENTRY} e CROSS JOIN LATERAL ({WORDS_OF.format(e='e')}) AS words",
    # A word's pages of some types, from the index alone.
    f"CREATE INDEX {TABLE}_lexeme ON {TABLE} (lexeme, content_type_id, object_id) "
    "INCLUDE (in_title, in_body)",
    f"CREATE INDEX {TABLE}_entry ON {TABLE} (entry_id)",
    f"""CREATE FUNCTION {TABLE}_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.title = OLD.title AND NEW.body = OLD.body
            AND NEW.object_id = OLD.object_id AND NEW.content_type_id = OLD.content_type_id THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM {TABLE} WHERE entry_id = OLD.id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO {TABLE} {COLUMNS} {WORDS_OF.format(e="NEW")};
    END IF;
    RETURN NULL;
END
$$""",
    f"CREATE TRIGGER {TABLE}_sync AFTER INSERT OR DELETE "
    f"OR UPDATE OF title, body, object_id, content_type_id ON {ENTRY} "
    f"FOR EACH ROW EXECUTE FUNCTION {TABLE}_sync()",
    f"""CREATE FUNCTION {TABLE}_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE {TABLE};
    RETURN NULL;
END
$$""",
    f"CREATE TRIGGER {TABLE}_truncate AFTER TRUNCATE ON {ENTRY} "
    f"FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_truncate()",
    f"ANALYZE {TABLE}",
]
BACKWARD = [
    f"DROP TRIGGER IF EXISTS {TABLE}_truncate ON {ENTRY}",
    f"DROP TRIGGER IF EXISTS {TABLE}_sync ON {ENTRY}",
    f"DROP FUNCTION IF EXISTS {TABLE}_truncate()",
    f"DROP FUNCTION IF EXISTS {TABLE}_sync()",
    f"DROP TABLE IF EXISTS {TABLE}",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0003_postgres_search_indexes")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD), elidable=False)]

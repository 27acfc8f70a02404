"""PostgreSQL only: indexes the search's count statement (search/facets.py) reads at 100,000
cards (bench/search_bench.py). Nothing on SQLite, which has its own paths.

- The candidate rows take each card's region, department and budget: from a covering index
  (index-only scan, a few MB) instead of the card table itself, whose rows carry the whole card
  (about 1 KB each, 100 MB at 100,000 cards).
- A filter on a vocabulary term reads the pages having it (`tag_id IN (...)`): from a
  (tag_id, page) index, index-only, instead of the tag index then the table.
"""

from django.db import migrations

INDEXES = [
    (
        "search_practice_filters",
        "practices_practicepage (page_ptr_id) INCLUDE (region, department, budget_range)",
    ),
    *(
        (f"search_{table}_tag_page", f"{table} (tag_id, content_object_id)")
        for table in ("hub_pagetheme", "hub_pageterritorytype", "hub_pageaudience")
    ),
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, target in INDEXES:
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, _target in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_synonymgroup"),
        ("practices", "0009_merge_0008_contact_phone_0008_shared_code_validation"),
        ("hub", "0003_postgres_french_unaccent"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]

"""Synonym groups edited by editors, starting with the list shipped in search/synonyms.py."""

from django.db import migrations, models


def starting_list(apps, schema_editor):
    from search.synonyms import SYNONYMS

    SynonymGroup = apps.get_model("search", "SynonymGroup")
    for group in SYNONYMS:
        terms = ", ".join(" ".join(m.split()) for m in group.split(",") if m.strip())
        SynonymGroup.objects.get_or_create(terms=terms)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_entry_pages")]

    operations = [
        migrations.CreateModel(
            name="SynonymGroup",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "terms",
                    models.CharField(
                        help_text="Séparés par des virgules, par exemple « personnes âgées, seniors, aînés ». Une recherche sur l’un cherche aussi les autres ; un terme peut compter plusieurs mots et les termes anglais vont avec les français.",  # noqa: E501
                        max_length=500,
                        unique=True,
                        verbose_name="mots équivalents",
                    ),
                ),
            ],
            options={
                "verbose_name": "groupe de synonymes",
                "verbose_name_plural": "synonymes de la recherche",
                "ordering": ["terms"],
            },
        ),
        migrations.RunPython(starting_list, migrations.RunPython.noop),
    ]

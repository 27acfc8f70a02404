"""Seed the three controlled vocabularies with the lists of ARCHITECTURE.md."""

from django.db import migrations

from core.vocabularies import AUDIENCES, TERRITORY_TYPES, THEMES


def seed(apps, schema_editor):
    Theme = apps.get_model("hub", "Theme")
    TerritoryType = apps.get_model("hub", "TerritoryType")
    Audience = apps.get_model("hub", "Audience")
    for order, (slug, name, name_en, service) in enumerate(THEMES):
        Theme.objects.update_or_create(
            slug=slug, defaults={"name": name, "name_en": name_en, "standard_service": service,
                                 "sort_order": order})
    for order, (slug, name, name_en, kind) in enumerate(TERRITORY_TYPES):
        TerritoryType.objects.update_or_create(
            slug=slug, defaults={"name": name, "name_en": name_en, "kind": kind,
                                 "sort_order": order})
    for order, (slug, name, name_en) in enumerate(AUDIENCES):
        Audience.objects.update_or_create(
            slug=slug, defaults={"name": name, "name_en": name_en, "sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("hub", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]

"""Moderators moderate contributions; editors read them (export) to write the synthesis."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# Frozen copy of today's grants (core/roles.py holds the living list).
GRANTS = {
    "Modérateurs": ["view_contribution", "change_contribution"],
    "Éditeurs": ["view_contribution"],
}


def grant(apps, schema_editor):
    # Permissions of freshly created models exist only after post_migrate: create them now.
    config = apps.get_app_config("consultations")
    config.models_module = True
    create_permissions(config, verbosity=0, apps=apps)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for codename in codenames:
            group.permissions.add(
                Permission.objects.get(content_type__app_label="consultations", codename=codename)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0001_initial"),
        ("practices", "0003_roles_and_workflow"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]

"""Editorial groups, their model permissions, and the "Relecture éditoriale" workflow."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# The roles as they were when this migration was written (frozen here: a migration must not read
# live code, which moves on; core/roles.py holds today's version).
EDITORS = "Éditeurs"
MODERATORS = "Modérateurs"
CONTRIBUTORS = "Contributeurs"
TRANSLATORS = "Traducteurs"
WORKFLOW_NAME = "Relecture éditoriale"
TASK_NAME = "Relecture par les modérateurs"
MODEL_PERMISSIONS = {
    EDITORS: [
        ("wagtailadmin", "access_admin"),
        ("wagtail_localize", "submit_translation"),
        *[
            ("hub", f"{action}_{model}")
            for model in ("theme", "territorytype", "audience")
            for action in ("add", "change", "delete", "view")
        ],
    ],
    MODERATORS: [
        ("wagtailadmin", "access_admin"),
        ("practices", "view_submission"),
        ("practices", "change_submission"),
    ],
    CONTRIBUTORS: [("wagtailadmin", "access_admin")],
    TRANSLATORS: [("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation")],
}
COLLECTION_PERMISSIONS = {
    EDITORS: [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
    ],
    CONTRIBUTORS: [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "choose_document"),
    ],
}

# Wagtail's own starter groups grant add/edit/publish on the whole tree, which contradicts the
# hub's roles; they are removed when nobody belongs to them.
WAGTAIL_DEFAULT_GROUPS = ["Moderators", "Editors"]


def create_roles(apps, schema_editor):
    # Permissions of freshly created models exist only after post_migrate: create them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    for name, perms in MODEL_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in perms:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )

    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for name, perms in COLLECTION_PERMISSIONS.items():
            group = Group.objects.get(name=name)
            for app_label, codename in perms:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=Permission.objects.get(
                        content_type__app_label=app_label, codename=codename
                    ),
                )

    for name in WAGTAIL_DEFAULT_GROUPS:
        Group.objects.filter(name=name, user__isnull=True).delete()

    task_type = ContentType.objects.get_for_model(GroupApprovalTask)
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    task.groups.add(Group.objects.get(name=MODERATORS))
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0002_submissions"),
        ("hub", "0002_seed_vocabularies"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]

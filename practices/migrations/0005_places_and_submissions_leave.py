"""Places and submissions leave the practices app (issue 11: one domain, one app).

Their tables stay where they are; the places and submissions apps take them over in Django's state
(their 0001), and rename them in their 0002. The card-to-place link stays here and takes the new
name (PracticePlace, field `place`). Content types and permissions move with the models, so pages,
group permissions and search index entries keep pointing at the right rows.
"""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models

MOVED = {
    ("practices", "actor"): ("places", "place"),
    ("practices", "actordirectorypage"): ("places", "placedirectorypage"),
    ("practices", "submission"): ("submissions", "submission"),
    ("practices", "submissionfile"): ("submissions", "submissionfile"),
    ("practices", "submissionevent"): ("submissions", "submissionevent"),
    ("practices", "submissionemail"): ("submissions", "submissionemail"),
}
RENAMED_CODENAMES = {"_actor": "_place", "_actordirectorypage": "_placedirectorypage",
                     "_practiceactor": "_practiceplace"}


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for (old_app, old_model), (new_app, new_model) in MOVED.items():
        old = ContentType.objects.filter(app_label=old_app, model=old_model).first()
        if old is None:
            continue  # a fresh database: post_migrate creates the new content type
        new = ContentType.objects.filter(app_label=new_app, model=new_model).first()
        if new is not None:  # created empty by an earlier post_migrate: the old one wins
            Permission.objects.filter(content_type=new).delete()
            new.delete()
        old.app_label, old.model = new_app, new_model
        old.save(update_fields=["app_label", "model"])
    for old_suffix, new_suffix in RENAMED_CODENAMES.items():
        for permission in Permission.objects.filter(codename__endswith=old_suffix):
            action = permission.codename[: -len(old_suffix)]
            if "_" in action:  # e.g. "view_practiceactor" when looking for "_actor"
                continue
            codename = action + new_suffix
            if Permission.objects.filter(
                content_type_id=permission.content_type_id, codename=codename
            ).exists():
                permission.delete()
            else:
                permission.codename = codename
                permission.save(update_fields=["codename"])


def restore_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for (old_app, old_model), (new_app, new_model) in MOVED.items():
        ContentType.objects.filter(app_label=new_app, model=new_model).update(
            app_label=old_app, model=old_model
        )


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0004_merge_0002_actors_0003_roles_and_workflow"),
        ("places", "0001_initial"),
        ("submissions", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="practiceactor",
                    name="actor",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="practice_links",
                        to="places.place",
                        verbose_name="acteur",
                    ),
                ),
                migrations.DeleteModel(name="SubmissionFile"),
                migrations.DeleteModel(name="SubmissionEvent"),
                migrations.DeleteModel(name="SubmissionEmail"),
                migrations.DeleteModel(name="Submission"),
                migrations.DeleteModel(name="Actor"),
                migrations.DeleteModel(name="ActorDirectoryPage"),
            ],
            database_operations=[],
        ),
        migrations.RemoveConstraint(model_name="practiceactor", name="unique_practice_actor"),
        migrations.RenameModel(old_name="PracticeActor", new_name="PracticePlace"),
        migrations.RenameField(model_name="practiceplace", old_name="actor", new_name="place"),
        migrations.AlterField(
            model_name="practiceplace",
            name="practice",
            field=modelcluster.fields.ParentalKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="place_links",
                to="practices.practicepage",
            ),
        ),
        migrations.AddConstraint(
            model_name="practiceplace",
            constraint=models.UniqueConstraint(
                fields=("practice", "place"), name="unique_practice_place"
            ),
        ),
        migrations.RunPython(move_content_types, restore_content_types),
    ]

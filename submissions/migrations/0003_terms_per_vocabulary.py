"""Submissions store their terms per vocabulary (SubmissionTerm, keyed by the registry param)
instead of one many-to-many field per vocabulary: the existing choices are copied, then the
three old fields go."""

import django.db.models.deletion
from django.db import migrations, models

# The three fields this migration replaces, and the registry param of their vocabulary.
OLD_FIELDS = {"themes": "theme", "territory_types": "territory", "audiences": "audience"}


def copy_terms(apps, schema_editor):
    Submission = apps.get_model("submissions", "Submission")
    SubmissionTerm = apps.get_model("submissions", "SubmissionTerm")
    rows = []
    for field, param in OLD_FIELDS.items():
        through = Submission._meta.get_field(field).remote_field.through
        target = Submission._meta.get_field(field).m2m_reverse_name()
        for submission_id, term_id in through.objects.values_list("submission_id", target):
            rows.append(
                SubmissionTerm(submission_id=submission_id, vocabulary=param, term_id=term_id)
            )
    SubmissionTerm.objects.bulk_create(rows, batch_size=1000)


def copy_back(apps, schema_editor):
    Submission = apps.get_model("submissions", "Submission")
    SubmissionTerm = apps.get_model("submissions", "SubmissionTerm")
    for field, param in OLD_FIELDS.items():
        through = Submission._meta.get_field(field).remote_field.through
        target = Submission._meta.get_field(field).m2m_reverse_name()
        through.objects.bulk_create(
            [
                through(submission_id=row.submission_id, **{target: row.term_id})
                for row in SubmissionTerm.objects.filter(vocabulary=param)
            ],
            batch_size=1000,
        )


class Migration(migrations.Migration):
    dependencies = [("submissions", "0002_rename_tables")]

    operations = [
        migrations.CreateModel(
            name="SubmissionTerm",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("vocabulary", models.CharField(max_length=40, verbose_name="vocabulaire")),
                ("term_id", models.PositiveBigIntegerField(verbose_name="terme")),
                (
                    "submission",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="term_rows",
                        to="submissions.submission",
                    ),
                ),
            ],
            options={
                "verbose_name": "terme choisi",
                "indexes": [
                    models.Index(
                        fields=["vocabulary", "term_id"], name="submissions_vocabul_f08d2a_idx"
                    )
                ],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("submission", "vocabulary", "term_id"),
                        name="unique_submission_term",
                    )
                ],
            },
        ),
        migrations.RunPython(copy_terms, copy_back),
        migrations.RemoveField(
            model_name="submission",
            name="audiences",
        ),
        migrations.RemoveField(
            model_name="submission",
            name="territory_types",
        ),
        migrations.RemoveField(
            model_name="submission",
            name="themes",
        ),
    ]

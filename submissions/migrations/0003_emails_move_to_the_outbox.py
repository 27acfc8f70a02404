"""Submission e-mails move to the shared outbox (hub.OutgoingEmail), linked back to their
submission; the old table goes. Kinds get the `submission.` prefix of the outbox's names."""

from django.db import migrations

FIELDS = ["recipients", "subject", "body", "created_at", "sent_at", "attempts", "last_error"]


def forwards(apps, schema_editor):
    SubmissionEmail = apps.get_model("submissions", "SubmissionEmail")
    OutgoingEmail = apps.get_model("hub", "OutgoingEmail")
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not SubmissionEmail.objects.exists():
        return
    content_type, _ = ContentType.objects.get_or_create(app_label="submissions", model="submission")
    OutgoingEmail.objects.bulk_create(
        [
            OutgoingEmail(
                kind=f"submission.{email.kind}",
                content_type=content_type,
                object_id=email.submission_id,
                available_at=email.created_at,
                **{field: getattr(email, field) for field in FIELDS},
            )
            for email in SubmissionEmail.objects.order_by("pk").iterator()
        ],
        batch_size=500,
    )


def backwards(apps, schema_editor):
    SubmissionEmail = apps.get_model("submissions", "SubmissionEmail")
    OutgoingEmail = apps.get_model("hub", "OutgoingEmail")
    rows = OutgoingEmail.objects.filter(
        content_type__app_label="submissions", content_type__model="submission"
    )
    SubmissionEmail.objects.bulk_create(
        [
            SubmissionEmail(
                kind=email.kind.removeprefix("submission."),
                submission_id=email.object_id,
                **{field: getattr(email, field) for field in FIELDS},
            )
            for email in rows.order_by("pk").iterator()
        ],
        batch_size=500,
    )
    rows.delete()


class Migration(migrations.Migration):

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("hub", "0004_outgoing_email"),
        ("submissions", "0002_rename_tables"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards),
        migrations.DeleteModel(name="SubmissionEmail"),
    ]

"""The tables taken over from the practices app get this app's names."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('submissions', '0001_initial'),
        ('practices', '0005_places_and_submissions_leave'),
    ]

    operations = [
        migrations.AlterModelTable(
            name='submission',
            table=None,
        ),
        migrations.AlterModelTable(
            name='submissionemail',
            table=None,
        ),
        migrations.AlterModelTable(
            name='submissionevent',
            table=None,
        ),
        migrations.AlterModelTable(
            name='submissionfile',
            table=None,
        ),
    ]

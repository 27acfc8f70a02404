"""The tables taken over from the practices app get this app's names."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('places', '0001_initial'),
        ('practices', '0005_places_and_submissions_leave'),
    ]

    operations = [
        migrations.AlterModelTable(
            name='place',
            table=None,
        ),
        migrations.AlterModelTable(
            name='placedirectorypage',
            table=None,
        ),
    ]

"""The models moved here from the practices app, whose tables already exist: this migration
only tells Django's state about them (practices 0005 drops them from that app's state; 0002
renames the tables)."""


import django.db.models.deletion
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('wagtailcore', '0098_apitoken'),
        ('practices', '0004_merge_0002_actors_0003_roles_and_workflow'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
            migrations.CreateModel(
                name='Place',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('source_id', models.CharField(help_text='Identifiant stable du lieu dans le fichier source (champ « id »).', max_length=255, unique=True, verbose_name='identifiant')),
                    ('pivot', models.CharField(max_length=14, verbose_name='SIRET, RNA ou RIDET')),
                    ('name', models.CharField(max_length=255, verbose_name='nom')),
                    ('commune', models.CharField(max_length=150, verbose_name='commune')),
                    ('postal_code', models.CharField(max_length=5, verbose_name='code postal')),
                    ('insee_code', models.CharField(blank=True, max_length=5, verbose_name='code INSEE')),
                    ('address', models.CharField(max_length=255, verbose_name='adresse')),
                    ('address_complement', models.CharField(blank=True, max_length=255, verbose_name='complément d’adresse')),
                    ('latitude', models.FloatField(blank=True, null=True, verbose_name='latitude')),
                    ('longitude', models.FloatField(blank=True, null=True, verbose_name='longitude')),
                    ('typologie', models.JSONField(blank=True, default=list, help_text='Codes data.inclusion : BIB, EPN, CS, RFS, ASSO…', verbose_name='typologie')),
                    ('phone', models.CharField(blank=True, max_length=20, verbose_name='téléphone')),
                    ('emails', models.JSONField(blank=True, default=list, verbose_name='courriels')),
                    ('websites', models.JSONField(blank=True, default=list, verbose_name='sites web')),
                    ('opening_hours', models.TextField(blank=True, help_text='Format OpenStreetMap, par exemple Mo-Fr 09:00-12:00', verbose_name='horaires')),
                    ('summary', models.CharField(blank=True, max_length=280, verbose_name='présentation résumée')),
                    ('description', models.TextField(blank=True, verbose_name='présentation détaillée')),
                    ('source', models.CharField(blank=True, max_length=255, verbose_name='structure collectant la donnée')),
                    ('itinerance', models.JSONField(blank=True, default=list, verbose_name='itinérance')),
                    ('parent_structure', models.CharField(blank=True, max_length=255, verbose_name='structure parente')),
                    ('updated_on', models.DateField(verbose_name='date de mise à jour')),
                    ('services', models.JSONField(blank=True, default=list, verbose_name='services')),
                    ('publics', models.JSONField(blank=True, default=list, verbose_name='publics spécifiquement adressés')),
                    ('specific_support', models.JSONField(blank=True, default=list, verbose_name='prise en charge spécifique')),
                    ('fees', models.JSONField(blank=True, default=list, verbose_name='frais à charge')),
                    ('programmes', models.JSONField(blank=True, default=list, verbose_name='dispositifs et programmes nationaux')),
                    ('labels', models.JSONField(blank=True, default=list, verbose_name='formations et labels')),
                    ('other_labels', models.TextField(blank=True, verbose_name='autres formations et labels')),
                    ('access_modes', models.JSONField(blank=True, default=list, verbose_name='modalités d’accès')),
                    ('support_modes', models.JSONField(blank=True, default=list, verbose_name='modalités d’accompagnement')),
                    ('accessibility_url', models.CharField(blank=True, max_length=500, verbose_name='fiche Accès libre')),
                    ('booking_url', models.CharField(blank=True, max_length=500, verbose_name='prise de rendez-vous')),
                    ('department', models.CharField(blank=True, db_index=True, max_length=3, verbose_name='département')),
                    ('facets', models.TextField(blank=True, editable=False)),
                    ('search_text', models.TextField(blank=True, editable=False)),
                    ('commune_key', models.CharField(blank=True, db_index=True, editable=False, max_length=150)),
                    ('row_hash', models.CharField(blank=True, editable=False, max_length=32)),
                    ('unmapped', models.JSONField(blank=True, default=dict, editable=False, help_text='Libellés du fichier source sans équivalent dans le standard v1.', verbose_name='valeurs d’origine non reprises')),
                    ('imported_at', models.DateTimeField(auto_now=True, verbose_name='importé ou modifié le')),
                ],
                options={
                    'verbose_name': 'acteur de la médiation numérique',
                    'verbose_name_plural': 'acteurs de la médiation numérique',
                    'db_table': 'practices_actor',
                    'ordering': ['name'],
                },
            ),
            migrations.CreateModel(
                name='PlaceDirectoryPage',
                fields=[
                    ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                    ('intro', wagtail.fields.RichTextField(blank=True, verbose_name='introduction')),
                ],
                options={
                    'verbose_name': 'annuaire et carte des acteurs',
                    'db_table': 'practices_actordirectorypage',
                },
                bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page'),
            ),
    
            ],
            database_operations=[],
        ),
    ]

"""The models moved here from the practices app, whose tables already exist: this migration
only tells Django's state about them (practices 0005 drops them from that app's state; 0002
renames the tables)."""


import django.core.validators
import django.db.models.deletion
import django.utils.timezone
import submissions.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('hub', '0003_postgres_french_unaccent'),
        ('practices', '0004_merge_0002_actors_0003_roles_and_workflow'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
            migrations.CreateModel(
                name='Submission',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('status', models.CharField(choices=[('received', 'Reçue'), ('in_review', 'En relecture'), ('accepted', 'Acceptée'), ('rejected', 'Refusée')], db_index=True, default='received', max_length=10, verbose_name='état')),
                    ('created_at', models.DateTimeField(db_index=True, default=django.utils.timezone.now, verbose_name='reçue le')),
                    ('language', models.CharField(default='fr', max_length=5, verbose_name='langue')),
                    ('token', models.CharField(default=submissions.models.new_token, editable=False, max_length=64, unique=True)),
                    ('title', models.CharField(max_length=200, verbose_name='titre de l’action')),
                    ('summary', models.CharField(max_length=280, verbose_name='résumé')),
                    ('structure_name', models.CharField(max_length=200, verbose_name='structure porteuse')),
                    ('structure_kind', models.CharField(choices=[('municipale', 'Bibliothèque municipale'), ('intercommunale', 'Réseau intercommunal de lecture publique'), ('departementale', 'Bibliothèque départementale'), ('point-lecture', 'Point lecture ou relais'), ('universitaire', 'Bibliothèque universitaire'), ('association', 'Association'), ('autre', 'Autre structure')], max_length=20, verbose_name='nature de la structure')),
                    ('commune', models.CharField(max_length=120, verbose_name='commune')),
                    ('postal_code', models.CharField(max_length=5, validators=[django.core.validators.RegexValidator('^\\d{5}$', 'Un code postal compte 5 chiffres.')], verbose_name='code postal')),
                    ('actions', models.TextField(verbose_name='ce qui a été fait')),
                    ('budget_range', models.CharField(blank=True, choices=[('0', 'Sans budget dédié'), ('1k', 'Moins de 1 000 €'), ('5k', '1 000 à 5 000 €'), ('20k', '5 000 à 20 000 €'), ('20k+', 'Plus de 20 000 €')], max_length=5, verbose_name='budget')),
                    ('setup_time', models.CharField(blank=True, choices=[('semaines', 'Quelques semaines'), ('1-3-mois', '1 à 3 mois'), ('3-6-mois', '3 à 6 mois'), ('6-mois-plus', 'Plus de 6 mois')], max_length=12, verbose_name='temps de mise en place')),
                    ('staff', models.CharField(blank=True, max_length=250, verbose_name='équipe mobilisée')),
                    ('means', models.TextField(blank=True, verbose_name='autres moyens (équipement, locaux…)')),
                    ('results', models.TextField(verbose_name='résultats')),
                    ('partners', models.TextField(blank=True, verbose_name='partenaires')),
                    ('submitter_name', models.CharField(max_length=150, verbose_name='nom de la personne')),
                    ('submitter_organisation', models.CharField(blank=True, max_length=200, verbose_name='organisation')),
                    ('submitter_email', models.EmailField(max_length=254, verbose_name='courriel')),
                    ('consent', models.BooleanField(verbose_name='accord de publication sous Licence Ouverte 2.0')),
                    ('rejection_reason', models.TextField(blank=True, verbose_name='motif du refus')),
                    ('moderator_note', models.TextField(blank=True, help_text='Visible des seuls modérateurs.', verbose_name='note interne')),
                    ('audiences', models.ManyToManyField(blank=True, to='hub.audience', verbose_name='publics')),
                    ('inspired_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='inspired_submissions', to='practices.practicepage', verbose_name='inspirée de la fiche')),
                    ('page', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='source_submissions', to='practices.practicepage', verbose_name='fiche créée')),
                    ('territory_types', models.ManyToManyField(blank=True, to='hub.territorytype', verbose_name='types de territoire')),
                    ('themes', models.ManyToManyField(blank=True, to='hub.theme', verbose_name='thématiques')),
                ],
                options={
                    'verbose_name': 'proposition de pratique',
                    'verbose_name_plural': 'propositions de pratiques',
                    'db_table': 'practices_submission',
                    'ordering': ['-created_at'],
                },
            ),
            migrations.CreateModel(
                name='SubmissionEmail',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('kind', models.CharField(choices=[('moderators', 'Alerte aux modérateurs'), ('confirmation', 'Accusé de réception'), ('accepted', 'Fiche publiée'), ('rejected', 'Refus')], max_length=15)),
                    ('recipients', models.TextField()),
                    ('subject', models.CharField(max_length=255)),
                    ('body', models.TextField()),
                    ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                    ('sent_at', models.DateTimeField(blank=True, db_index=True, null=True)),
                    ('attempts', models.PositiveSmallIntegerField(default=0)),
                    ('last_error', models.TextField(blank=True)),
                    ('submission', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='emails', to='submissions.submission')),
                ],
                options={
                    'db_table': 'practices_submissionemail',
                    'ordering': ['created_at', 'pk'],
                },
            ),
            migrations.CreateModel(
                name='SubmissionEvent',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                    ('kind', models.CharField(choices=[('received', 'Proposition reçue'), ('email_sent', 'Courriel envoyé'), ('email_failed', 'Échec d’envoi d’un courriel'), ('card_created', 'Fiche créée en brouillon'), ('accepted', 'Fiche publiée'), ('rejected', 'Proposition refusée')], max_length=15)),
                    ('message', models.TextField(blank=True)),
                    ('submission', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='events', to='submissions.submission')),
                    ('user', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, to=settings.AUTH_USER_MODEL)),
                ],
                options={
                    'verbose_name': 'étape',
                    'db_table': 'practices_submissionevent',
                    'ordering': ['created_at', 'pk'],
                },
            ),
            migrations.CreateModel(
                name='SubmissionFile',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('file', models.FileField(storage=submissions.models.PrivateStorage(), upload_to='submissions/%Y/%m/')),
                    ('original_name', models.CharField(max_length=255, verbose_name='nom d’origine')),
                    ('kind', models.CharField(choices=[('image', 'Image'), ('pdf', 'PDF')], max_length=5)),
                    ('content_type', models.CharField(max_length=50)),
                    ('size', models.PositiveIntegerField(verbose_name='taille (octets)')),
                    ('submission', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='files', to='submissions.submission')),
                ],
                options={
                    'verbose_name': 'pièce jointe',
                    'db_table': 'practices_submissionfile',
                },
            ),
    
            ],
            database_operations=[],
        ),
    ]

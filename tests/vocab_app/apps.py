"""A vocabulary declared outside core, for the tests only (hub/settings/test.py installs this
app): the registry must carry it into pages, admin filters, card import/export and the public
submission form with no other change. It follows README "Ajouter un vocabulaire"."""

from django.apps import AppConfig

from core.vocabularies import Vocabulary, register

# At import of apps.py, before any models load, so that content pages get the tag field.
LEVELS = register(
    Vocabulary(
        param="level",
        field="levels",
        tag_model="vocab_test.Level",
        through_model="vocab_test.PageLevel",
        items="level_items",
        label="Niveaux",
        help_text="Niveau de pratique numérique visé.",
    )
)


class VocabTestConfig(AppConfig):
    name = "tests.vocab_app"
    label = "vocab_test"
    default_auto_field = "django.db.models.BigAutoField"

"""The controlled vocabularies: their registry (one declaration each) and the seed lists of the
three built-in ones (French label, English label, slug), from ARCHITECTURE.md.

The seed lists are used by the data migration that seeds them; editors manage the terms in the
admin afterwards.
"""

from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext_lazy as _

# (slug, French label, English label, equivalent service of the national standard)
THEMES = [
    (
        "demarches-administratives",
        "Aide aux démarches administratives",
        "Help with online administration",
        "Aide aux démarches administratives",
    ),
    (
        "outils-numeriques-quotidien",
        "Maîtrise des outils numériques du quotidien",
        "Everyday digital skills",
        "Maîtrise des outils numériques du quotidien",
    ),
    (
        "insertion-professionnelle",
        "Insertion professionnelle via le numérique",
        "Finding work through digital tools",
        "Insertion professionnelle via le numérique",
    ),
    (
        "usage-securise",
        "Utilisation sécurisée du numérique",
        "Safe use of digital tools",
        "Utilisation sécurisée du numérique",
    ),
    (
        "parentalite-education",
        "Parentalité et éducation avec le numérique",
        "Parenting and education with digital tools",
        "Parentalité et éducation avec le numérique",
    ),
    (
        "loisirs-creations",
        "Loisirs et créations numériques",
        "Digital leisure and creation",
        "Loisirs et créations numériques",
    ),
    (
        "comprehension-monde-numerique",
        "Compréhension du monde numérique",
        "Understanding the digital world",
        "Compréhension du monde numérique",
    ),
    (
        "acces-internet-materiel",
        "Accès internet et matériel informatique",
        "Internet access and computer equipment",
        "Accès internet et matériel informatique",
    ),
    (
        "materiel-prix-solidaire",
        "Acquisition de matériel informatique à prix solidaire",
        "Low-cost computer equipment",
        "Acquisition de matériel informatique à prix solidaire",
    ),
    (
        "education-medias-information",
        "Éducation aux médias et à l’information",
        "Media and information literacy",
        "",
    ),
    (
        "ressources-numeriques-bibliotheque",
        "Ressources numériques de la bibliothèque",
        "Online library resources",
        "",
    ),
    (
        "e-administration-sante",
        "E-administration : santé et Mon Espace Santé",
        "E-government: health",
        "",
    ),
    (
        "e-administration-emploi-social",
        "E-administration : emploi, CAF et prestations sociales",
        "E-government: jobs and social benefits",
        "",
    ),
    (
        "e-administration-impots-identite",
        "E-administration : impôts, identité et titres",
        "E-government: taxes and identity papers",
        "",
    ),
    ("formation-personnels", "Formation des équipes de bibliothèque", "Training library staff", ""),
    (
        "cooperation-territoriale",
        "Coopération et réseau local de médiation",
        "Local cooperation and mediation network",
        "",
    ),
]

# (slug, French label, English label, kind)
TERRITORY_TYPES = [
    ("grands-centres-urbains", "Grands centres urbains", "Large urban centres", "density"),
    (
        "centres-urbains-intermediaires",
        "Centres urbains intermédiaires",
        "Intermediate urban centres",
        "density",
    ),
    ("ceintures-urbaines", "Ceintures urbaines", "Urban belts", "density"),
    ("petites-villes", "Petites villes", "Small towns", "density"),
    ("bourgs-ruraux", "Bourgs ruraux", "Rural towns", "density"),
    ("rural-habitat-disperse", "Rural à habitat dispersé", "Rural, dispersed housing", "density"),
    (
        "rural-habitat-tres-disperse",
        "Rural à habitat très dispersé",
        "Rural, very dispersed housing",
        "density",
    ),
    (
        "qpv",
        "Quartier prioritaire de la politique de la ville (QPV)",
        "Priority urban neighbourhood (QPV)",
        "overlay",
    ),
    (
        "frr",
        "France Ruralités Revitalisation (FRR)",
        "France Ruralités Revitalisation (FRR)",
        "overlay",
    ),
    ("outre-mer", "Outre-mer", "Overseas France", "overlay"),
]

# (slug, French label, English label)
AUDIENCES = [
    ("jeunes", "Jeunes", "Young people"),
    ("etudiants", "Étudiants", "Students"),
    ("familles-enfants", "Familles et/ou enfants", "Families and children"),
    ("seniors", "Seniors", "Older people"),
    ("femmes", "Femmes", "Women"),
    ("surdite", "Surdité", "Deaf and hard of hearing people"),
    ("handicaps-moteurs", "Handicaps moteurs", "People with physical disabilities"),
    ("handicaps-mentaux", "Handicaps mentaux", "People with intellectual disabilities"),
    ("illettrisme", "Illettrisme", "People with literacy difficulties"),
    ("langues-etrangeres", "Langues étrangères", "Speakers of other languages"),
    ("deficience-visuelle", "Déficience visuelle", "Blind and partially sighted people"),
    ("demandeurs-emploi", "Demandeurs d’emploi", "Job seekers"),
    ("personnes-detenues", "Personnes détenues", "People in prison"),
    ("gens-du-voyage", "Gens du voyage", "Travellers"),
    ("personnels-bibliotheque", "Personnels de bibliothèque", "Library staff"),
    ("elus-locaux", "Élus locaux", "Local elected officials"),
]


# --- The registry: one declaration per vocabulary ----------------------------------------------
# Everything that lists vocabularies reads this registry: the admin listings' filters, the search
# filters and facets, the import/export columns of cards, the public submission form, the tags
# shown on pages. A new vocabulary = a tag model and a through model (see core/models.py), one
# `register(Vocabulary(...))` call (here, or in an app's AppConfig.ready()), and a migration.


@dataclass(frozen=True)
class Vocabulary:
    """One controlled vocabulary and every name it goes by."""

    param: str  # URL parameter and filter name: ?theme=slug
    field: str  # tag field on the pages that carry it, and import/export column: "themes"
    tag_model: str  # "app_label.ModelName" of the terms (a VocabularyTerm)
    through_model: str  # "app_label.ModelName" of the page-term rows (ParentalKey to Page)
    items: str  # related name of those rows on wagtailcore.Page: "theme_items"
    label: str  # plural label, lazily translated: "Thématiques"
    on_submission_form: bool = True  # offered to the public on the case-study form

    @property
    def tag(self):
        return apps.get_model(self.tag_model)

    @property
    def through(self):
        return apps.get_model(self.through_model)

    def page_models(self) -> list:
        """The page models that carry this vocabulary (they have its tag field)."""
        from modelcluster.contrib.taggit import ClusterTaggableManager
        from wagtail.models import Page

        found = []
        for model in apps.get_models():
            if not issubclass(model, Page) or model._meta.abstract:
                continue
            try:
                field = model._meta.get_field(self.field)
            except FieldDoesNotExist:
                continue
            if isinstance(field, ClusterTaggableManager):
                found.append(model)
        return found


_REGISTRY: dict[str, Vocabulary] = {}


def register(vocabulary: Vocabulary) -> Vocabulary:
    """Declare a vocabulary (idempotent for the same declaration)."""
    existing = _REGISTRY.get(vocabulary.param)
    if existing is not None and existing != vocabulary:
        raise ValueError(f"Vocabulary {vocabulary.param!r} is already registered differently.")
    _REGISTRY[vocabulary.param] = vocabulary
    return vocabulary


def unregister(param: str) -> None:
    """Remove a vocabulary (for tests that declare one of their own)."""
    _REGISTRY.pop(param, None)


def vocabularies() -> list[Vocabulary]:
    """Every registered vocabulary, in declaration order."""
    return list(_REGISTRY.values())


def vocabulary(param: str) -> Vocabulary:
    return _REGISTRY[param]


register(
    Vocabulary(
        param="theme",
        field="themes",
        tag_model="hub.Theme",
        through_model="hub.PageTheme",
        items="theme_items",
        label=_("Thématiques"),
    )
)
register(
    Vocabulary(
        param="territory",
        field="territory_types",
        tag_model="hub.TerritoryType",
        through_model="hub.PageTerritoryType",
        items="territory_items",
        label=_("Types de territoire"),
    )
)
register(
    Vocabulary(
        param="audience",
        field="audiences",
        tag_model="hub.Audience",
        through_model="hub.PageAudience",
        items="audience_items",
        label=_("Publics"),
    )
)

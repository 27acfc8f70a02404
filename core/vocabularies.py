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
# Everything that lists vocabularies reads this registry: the tag fields of content pages
# (core.models.TaggedPage), the admin listings' filters and the terms' snippets, the search
# filters and facets, the import/export columns of cards, the public submission form and its
# moderation, the tags shown on pages, the editors' permissions. A new vocabulary = a tag model
# and a through model, one `register(Vocabulary(...))` call, and `makemigrations` (README:
# "Ajouter un vocabulaire").
#
# Pages get their tag fields when core.models is imported, so a vocabulary must be registered
# before models load: here, or at the top of an app's apps.py (Django imports every apps.py
# first). The system check hub.E001 says when one came too late.


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
    help_text: str = ""  # shown under the field to editors (and on the public form)
    icon: str = "tag"  # admin icon of its terms' snippets

    @property
    def tag(self):
        return apps.get_model(self.tag_model)

    @property
    def through(self):
        return apps.get_model(self.through_model)

    @property
    def tag_permission_codenames(self) -> list[tuple[str, str]]:
        """(app_label, codename) of the add/change/delete/view permissions on its terms, read
        from the declaration alone (usable before the app registry is ready)."""
        app_label, model_name = self.tag_model.split(".")
        return [
            (app_label, f"{action}_{model_name.lower()}")
            for action in ("add", "change", "delete", "view")
        ]

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
        help_text=_("Choisissez dans la liste gérée par les éditeurs."),
        icon="tag",
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
        help_text=_("Grille communale de densité de l’INSEE et zonages (QPV, FRR, outre-mer)."),
        icon="site",
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
        help_text=_("Publics accompagnés par l’action ou concernés par le contenu."),
        icon="group",
    )
)

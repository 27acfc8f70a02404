"""Seed lists of the three vocabularies (French label, English label, slug), from ARCHITECTURE.md.

Used by the data migration that seeds them; editors manage the terms in the admin afterwards.
"""

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

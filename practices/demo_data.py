"""Demo content of the practices app: good-practice cards from libraries across France, in French,
some with their English translation. Plain data: practices/demo.py turns it into pages.

Places are real communes (postal code, INSEE code); structures, people and figures are
illustrative. People appear by their role only.
"""

CARDS = [
    {
        "slug": "permanence-aidants-connect-a-la-mediatheque",
        "title": "Une permanence Aidants Connect à la médiathèque",
        "summary": "Deux agents habilités Aidants Connect reçoivent sur rendez-vous les personnes "
        "qui ne peuvent pas faire seules leurs démarches en ligne, avec un mandat sécurisé.",
        "structure": ("Médiathèque municipale de Laval", "municipale", "l"),
        "place": ("Laval", "53000", "53130"),
        "themes": ["demarches-administratives", "e-administration-impots-identite"],
        "territories": ["centres-urbains-intermediaires"],
        "audiences": ["seniors", "illettrisme"],
        "context": "<p>À l’accueil, les demandes d’aide pour des démarches se multipliaient : "
        "renouvellement de titre de séjour, déclaration de revenus, dossier de retraite. Les "
        "agents aidaient sans cadre et craignaient de manipuler des identifiants.</p>",
        "steps": [
            (
                "Demander l’habilitation de la médiathèque",
                "<p>Dossier déposé par la directrice avec l’accord de la ville.</p>",
            ),
            ("Former deux agents", "<p>Une journée et demie de formation Aidants Connect.</p>"),
            (
                "Ouvrir un créneau de rendez-vous",
                "<p>Le mardi après-midi et le samedi matin, "
                "réservation à l’accueil ou par téléphone.</p>",
            ),
            (
                "Orienter vers les partenaires",
                "<p>Les dossiers complexes partent vers la France "
                "Services du quartier avec une fiche de liaison.</p>",
            ),
        ],
        "budget": "1k",
        "staff": "2 agents habilités, 1 responsable de l’espace numérique",
        "volunteers": None,
        "setup_time": "1-3-mois",
        "equipment": "Un poste dédié dans un bureau fermé, une imprimante-scanner.",
        "partners": [
            ("France Services de Laval", "France Services", "Reprise des dossiers complexes"),
            ("CCAS de Laval", "CCAS", "Orientation des personnes suivies"),
        ],
        "results": "<p>Les personnes reviennent moins souvent pour la même démarche ; les agents "
        "se sentent protégés par le mandat.</p>",
        "indicators": [
            ("Mandats ouverts la première année", "214"),
            ("Rendez-vous par mois", "25 à 30"),
            ("Part des usagers de plus de 65 ans", "58 %"),
        ],
        "difficulties": "<p>Le créneau du samedi a été saturé dès le deuxième mois ; il a fallu "
        "former un troisième agent.</p>",
        "tips": "<p>Affichez le nom des aidants à l’accueil : les usagers demandent une personne, "
        "pas un service.</p>",
        "checklist": [
            "Obtenir l’accord écrit de la collectivité",
            "Habiliter au moins deux agents",
            "Réserver un bureau fermé pour la confidentialité",
            "Préparer une fiche de liaison avec France Services",
        ],
        "period": ("2023-01-09", None),
        "status": "en-cours",
        "contact": "La responsable de l’espace numérique",
        "orientations": ["former-les-equipes", "accueillir-et-orienter"],
        "guides": ["habiliter-son-equipe-a-aidants-connect"],
        "en": {
            "slug": "an-aidants-connect-desk-at-the-library",
            "title": "An Aidants Connect desk at the library",
            "summary": "Two staff members authorised for Aidants Connect see, by appointment, "
            "people who cannot carry out their online procedures alone, under a secure mandate.",
            "context": "<p>Requests for help with procedures kept growing at the desk: residence "
            "permit renewals, tax returns, pension files. Staff helped without any frame and "
            "were worried about handling login details.</p>",
            "steps": [
                (
                    "Apply for the library’s authorisation",
                    "<p>Filed by the director with the town’s approval.</p>",
                ),
                ("Train two staff members", "<p>A day and a half of Aidants Connect training.</p>"),
                (
                    "Open appointment slots",
                    "<p>Tuesday afternoon and Saturday morning, booked at "
                    "the desk or by phone.</p>",
                ),
                (
                    "Refer to partners",
                    "<p>Complex files go to the local France Services centre "
                    "with a liaison form.</p>",
                ),
            ],
            "staff": "2 authorised staff members, 1 digital space manager",
            "equipment": "A dedicated computer in a closed office, a printer-scanner.",
            "partners": [
                ("France Services de Laval", "France Services", "Takes over complex files"),
                ("CCAS de Laval", "Social services", "Refers the people it supports"),
            ],
            "results": "<p>People come back less often for the same procedure; staff feel "
            "protected by the mandate.</p>",
            "indicators": [
                ("Mandates opened in the first year", "214"),
                ("Appointments per month", "25 to 30"),
                ("Share of users over 65", "58%"),
            ],
            "difficulties": "<p>The Saturday slot was full from the second month; a third staff "
            "member had to be trained.</p>",
            "tips": "<p>Display the helpers’ names at the desk: people ask for a person, not a "
            "service.</p>",
            "checklist": [
                "Get the local authority’s written approval",
                "Authorise at least two staff members",
                "Book a closed office for confidentiality",
                "Prepare a liaison form with France Services",
            ],
            "contact": "The digital space manager",
        },
    },
    {
        "slug": "le-bibliobus-embarque-un-conseiller-france-services",
        "title": "Le bibliobus embarque un conseiller France Services",
        "summary": "Dans les villages du plateau de Millevaches, le bibliobus de la bibliothèque "
        "départementale fait halte avec un conseiller France Services pour aider aux "
        "démarches en ligne.",
        "structure": ("Bibliothèque départementale de la Creuse", "departementale", "m"),
        "place": ("Royère-de-Vassivière", "23460", "23165"),
        "themes": ["demarches-administratives", "cooperation-territoriale"],
        "territories": ["rural-habitat-tres-disperse", "frr"],
        "audiences": ["seniors"],
        "context": "<p>Les habitants des petites communes sont à plus de trente minutes de la "
        "France Services la plus proche, sans transport en commun. Le bibliobus passait déjà "
        "chaque mois.</p>",
        "steps": [
            (
                "Ajuster la tournée",
                "<p>Arrêts de deux heures au lieu de quarante-cinq minutes dans huit communes.</p>",
            ),
            ("Équiper le bus", "<p>Deux ordinateurs portables, un routeur 4G, une imprimante.</p>"),
            (
                "Embarquer le conseiller",
                "<p>La France Services mobile met à disposition un "
                "conseiller une journée par semaine.</p>",
            ),
            (
                "Prévenir les habitants",
                "<p>Affichage en mairie, bulletin municipal, appel du "
                "secrétariat de mairie aux personnes isolées.</p>",
            ),
        ],
        "budget": "20k",
        "staff": "1 chauffeur-bibliothécaire, 1 conseiller France Services",
        "volunteers": 4,
        "setup_time": "3-6-mois",
        "equipment": "Bibliobus aménagé, 2 ordinateurs portables, routeur 4G, imprimante.",
        "partners": [
            ("France Services itinérante de la Creuse", "France Services", "Conseiller embarqué"),
            (
                "Communauté de communes Creuse Sud-Ouest",
                "Intercommunalité",
                "Cofinancement du routeur et de l’abonnement",
            ),
            ("Secrétariats de mairie", "Communes", "Repérage des habitants isolés"),
        ],
        "results": "<p>Le bibliobus est devenu le premier point d’accès aux services publics "
        "pour une partie des habitants ; les prêts de livres ont aussi augmenté.</p>",
        "indicators": [
            ("Communes desservies", "8"),
            ("Démarches accompagnées en un an", "386"),
            ("Hausse des prêts aux arrêts concernés", "+22 %"),
        ],
        "difficulties": "<p>La couverture 4G est inégale : deux arrêts ont été déplacés près de "
        "la mairie pour capter le réseau.</p>",
        "tips": "<p>Testez la connexion à chaque arrêt avant de publier la tournée.</p>",
        "checklist": [
            "Vérifier la couverture mobile de chaque arrêt",
            "Signer une convention avec la France Services",
            "Prévoir un espace confidentiel dans le bus",
            "Informer les secrétariats de mairie",
        ],
        "period": ("2022-04-01", None),
        "status": "en-cours",
        "contact": "Le responsable de la desserte itinérante",
        "orientations": ["nouer-des-partenariats", "coordonner-l-ecosysteme-local"],
        "guides": ["monter-un-partenariat-avec-france-services"],
        "en": {
            "slug": "the-mobile-library-takes-a-france-services-adviser-on-board",
            "title": "The mobile library takes a France Services adviser on board",
            "summary": "In the villages of the Millevaches plateau, the county library’s mobile "
            "library stops with a France Services adviser to help with online procedures.",
            "context": "<p>Residents of small villages live more than thirty minutes from the "
            "nearest France Services centre, with no public transport. The mobile library "
            "already came every month.</p>",
            "steps": [
                (
                    "Adjust the route",
                    "<p>Two-hour stops instead of forty-five minutes in eight villages.</p>",
                ),
                ("Equip the vehicle", "<p>Two laptops, a 4G router, a printer.</p>"),
                (
                    "Take the adviser on board",
                    "<p>The mobile France Services provides an adviser one day a week.</p>",
                ),
                (
                    "Tell residents",
                    "<p>Town hall posters, municipal newsletter, calls from the "
                    "town hall secretary to isolated people.</p>",
                ),
            ],
            "staff": "1 driver-librarian, 1 France Services adviser",
            "equipment": "Fitted mobile library, 2 laptops, 4G router, printer.",
            "partners": [
                ("France Services itinérante de la Creuse", "France Services", "Adviser on board"),
                (
                    "Communauté de communes Creuse Sud-Ouest",
                    "Inter-municipal authority",
                    "Co-funds the router and subscription",
                ),
                ("Secrétariats de mairie", "Municipalities", "Identify isolated residents"),
            ],
            "results": "<p>The mobile library has become the first access point to public "
            "services for some residents; book loans have grown too.</p>",
            "indicators": [
                ("Villages served", "8"),
                ("Procedures supported in a year", "386"),
                ("Rise in loans at these stops", "+22%"),
            ],
            "difficulties": "<p>4G coverage is uneven: two stops were moved near the town hall "
            "to get a signal.</p>",
            "tips": "<p>Test the connection at every stop before publishing the route.</p>",
            "checklist": [
                "Check mobile coverage at each stop",
                "Sign an agreement with France Services",
                "Plan a private space in the vehicle",
                "Inform the town hall secretaries",
            ],
            "contact": "The mobile services manager",
        },
    },
    {
        "slug": "ateliers-mon-espace-sante-avec-la-cpam",
        "title": "Ateliers « Mon Espace Santé » avec l’Assurance maladie",
        "summary": "La médiathèque et la caisse primaire d’assurance maladie co-animent des "
        "ateliers pour activer et utiliser Mon Espace Santé : documents médicaux, messagerie, "
        "rendez-vous en ligne.",
        "structure": ("Médiathèque municipale de Mâcon", "municipale", "m"),
        "place": ("Mâcon", "71000", "71270"),
        "themes": ["e-administration-sante", "outils-numeriques-quotidien"],
        "territories": ["centres-urbains-intermediaires"],
        "audiences": ["seniors", "familles-enfants"],
        "context": "<p>Beaucoup d’usagers avaient reçu le courrier d’activation de Mon Espace "
        "Santé sans savoir qu’en faire, et s’inquiétaient de la confidentialité de leurs "
        "données.</p>",
        "steps": [
            (
                "Former l’équipe avec la CPAM",
                "<p>Une demi-journée de présentation du "
                "service par un délégué numérique en santé.</p>",
            ),
            ("Programmer six ateliers", "<p>Un par mois, huit places, sur inscription.</p>"),
            (
                "Co-animer",
                "<p>La CPAM présente le service ; les bibliothécaires accompagnent "
                "la manipulation sur les postes.</p>",
            ),
        ],
        "budget": "0",
        "staff": "2 bibliothécaires, 1 délégué numérique en santé de la CPAM",
        "volunteers": None,
        "setup_time": "semaines",
        "equipment": "Salle de formation de 8 postes, vidéoprojecteur.",
        "partners": [
            ("CPAM de Saône-et-Loire", "Assurance maladie", "Co-animation et supports"),
            ("Centre communal d’action sociale", "CCAS", "Diffusion auprès des seniors"),
        ],
        "results": "<p>Les participants repartent avec un espace activé et savent retrouver "
        "leurs documents ; plusieurs ont ensuite inscrit un proche.</p>",
        "indicators": [
            ("Ateliers tenus", "6"),
            ("Participants", "43"),
            ("Espaces activés pendant les ateliers", "31"),
        ],
        "difficulties": "<p>Certains participants n’avaient pas de téléphone portable pour "
        "recevoir le code : prévoir un temps pour ce cas.</p>",
        "tips": "<p>Demandez aux participants d’apporter leur carte Vitale et leur téléphone.</p>",
        "checklist": [
            "Prendre contact avec le délégué numérique en santé de la CPAM",
            "Vérifier que les postes acceptent la connexion au service",
            "Prévoir des supports imprimés à emporter",
        ],
        "period": ("2023-09-15", "2024-03-15"),
        "status": "terminee",
        "contact": "Le bibliothécaire chargé des ateliers numériques",
        "orientations": ["nouer-des-partenariats", "accueillir-et-orienter"],
        "guides": ["organiser-un-atelier-numerique-collectif"],
        "en": {
            "slug": "mon-espace-sante-workshops-with-health-insurance",
            "title": "“Mon Espace Santé” workshops with the health insurance fund",
            "summary": "The library and the local health insurance fund run workshops together "
            "to activate and use Mon Espace Santé: medical documents, messaging, online "
            "appointments.",
            "context": "<p>Many users had received the Mon Espace Santé activation letter "
            "without knowing what to do with it, and were worried about the confidentiality of "
            "their data.</p>",
            "steps": [
                (
                    "Train the team with the fund",
                    "<p>A half-day presentation by a digital health officer.</p>",
                ),
                ("Schedule six workshops", "<p>One a month, eight places, booking required.</p>"),
                (
                    "Run them together",
                    "<p>The fund presents the service; librarians help "
                    "people on the computers.</p>",
                ),
            ],
            "staff": "2 librarians, 1 digital health officer from the fund",
            "equipment": "8-seat training room, projector.",
            "partners": [
                ("CPAM de Saône-et-Loire", "Health insurance", "Co-facilitation and handouts"),
                ("Centre communal d’action sociale", "Social services", "Reaches older people"),
            ],
            "results": "<p>Participants leave with an activated account and know where to find "
            "their documents; several then registered a relative.</p>",
            "indicators": [
                ("Workshops held", "6"),
                ("Participants", "43"),
                ("Accounts activated during workshops", "31"),
            ],
            "difficulties": "<p>Some participants had no mobile phone to receive the code: plan "
            "time for this case.</p>",
            "tips": "<p>Ask participants to bring their health card and their phone.</p>",
            "checklist": [
                "Contact the fund’s digital health officer",
                "Check that computers can access the service",
                "Prepare printed handouts to take home",
            ],
            "contact": "The librarian in charge of digital workshops",
        },
    },
    {
        "slug": "un-cafe-numerique-hebdomadaire-pour-les-seniors",
        "title": "Un café numérique hebdomadaire pour les seniors",
        "summary": "Chaque jeudi matin, autour d’un café, les seniors viennent avec leur "
        "téléphone ou leur tablette et leurs questions ; deux bénévoles et une bibliothécaire "
        "répondent au cas par cas.",
        "structure": ("Médiathèque de Ploërmel", "municipale", "s"),
        "place": ("Ploërmel", "56800", "56165"),
        "themes": ["outils-numeriques-quotidien"],
        "territories": ["petites-villes"],
        "audiences": ["seniors"],
        "context": "<p>Les ateliers à programme fixe attiraient peu : chacun arrivait avec une "
        "question précise sur son propre appareil.</p>",
        "steps": [
            ("Choisir un créneau régulier", "<p>Le jeudi de 10 h à 12 h, jour de marché.</p>"),
            ("Recruter des bénévoles", "<p>Deux retraités du club informatique local.</p>"),
            (
                "Tenir un cahier des questions",
                "<p>Les questions fréquentes deviennent des fiches pratiques.</p>",
            ),
        ],
        "budget": "1k",
        "staff": "1 bibliothécaire",
        "volunteers": 2,
        "setup_time": "semaines",
        "equipment": "Coin café, multiprises, deux tablettes de prêt.",
        "partners": [
            ("Club informatique de Ploërmel", "Association", "Bénévoles"),
            (
                "Résidence autonomie",
                "Établissement pour personnes âgées",
                "Accompagnement des résidents",
            ),
        ],
        "results": "<p>Un noyau d’habitués s’est formé ; certains aident désormais les "
        "nouveaux venus.</p>",
        "indicators": [
            ("Participants par séance", "8 à 12"),
            ("Fiches pratiques produites", "15"),
        ],
        "difficulties": "<p>Les questions sur les appareils très anciens restent difficiles à "
        "traiter.</p>",
        "tips": "<p>Le café compte : il rend la demande d’aide moins intimidante.</p>",
        "checklist": [
            "Un créneau fixe et facile à retenir",
            "Au moins un bénévole fidèle",
            "Un cahier des questions",
        ],
        "period": ("2022-10-06", None),
        "status": "en-cours",
        "contact": "La bibliothécaire référente numérique",
        "orientations": ["accueillir-et-orienter"],
        "guides": ["organiser-un-atelier-numerique-collectif"],
    },
    {
        "slug": "club-de-recherche-d-emploi-au-coeur-du-quartier",
        "title": "Un club de recherche d’emploi au cœur du quartier",
        "summary": "Deux matinées par semaine, la médiathèque du quartier accueille un club de "
        "recherche d’emploi animé avec France Travail et la mission locale : CV, candidatures en "
        "ligne, espace personnel.",
        "structure": ("Médiathèque municipale de Grigny", "municipale", "m"),
        "place": ("Grigny", "91350", "91286"),
        "themes": ["insertion-professionnelle", "e-administration-emploi-social"],
        "territories": ["grands-centres-urbains", "qpv"],
        "audiences": ["demandeurs-emploi", "jeunes"],
        "context": "<p>Dans le quartier, nombre de demandeurs d’emploi n’ont ni ordinateur ni "
        "imprimante et peinent à actualiser leur situation en ligne. L’agence France Travail "
        "est à deux arrêts de bus.</p>",
        "steps": [
            (
                "Convenir du format avec France Travail",
                "<p>Un conseiller présent un mardi sur deux.</p>",
            ),
            (
                "Réserver l’espace numérique",
                "<p>Six postes bloqués le mardi et le jeudi matin.</p>",
            ),
            (
                "Associer la mission locale",
                "<p>Pour les moins de 26 ans, un conseiller mission locale le jeudi.</p>",
            ),
            ("Suivre les participants", "<p>Un carnet de suivi papier que la personne garde.</p>"),
        ],
        "budget": "5k",
        "staff": "1 médiateur numérique, 1 conseiller France Travail, 1 conseiller mission locale",
        "volunteers": 2,
        "setup_time": "1-3-mois",
        "equipment": "6 postes, imprimante, casques pour les entretiens en visio.",
        "partners": [
            ("France Travail Grigny", "Service public de l’emploi", "Conseiller présent"),
            ("Mission locale Nord Essonne", "Mission locale", "Accompagnement des jeunes"),
            ("Emmaüs Connect", "Association", "Recharges et téléphones solidaires"),
        ],
        "results": "<p>Les participants tiennent leur espace à jour et postulent davantage en "
        "ligne ; plusieurs ont obtenu un entretien grâce à un CV refait au club.</p>",
        "indicators": [
            ("Participants différents en un an", "127"),
            ("Retours à l’emploi ou en formation signalés", "34"),
            ("Séances tenues", "86"),
        ],
        "difficulties": "<p>L’assiduité baisse en été ; le club passe à une matinée par "
        "semaine en juillet et août.</p>",
        "tips": "<p>Prévoyez des casques et une salle calme pour les entretiens en visio.</p>",
        "checklist": [
            "Une convention avec France Travail",
            "Des postes réservés aux heures du club",
            "Un contact à la mission locale",
            "Un carnet de suivi pour chaque participant",
        ],
        "period": ("2021-11-02", None),
        "status": "en-cours",
        "contact": "Le médiateur numérique de la médiathèque",
        "orientations": ["nouer-des-partenariats"],
        "guides": ["monter-un-partenariat-avec-france-services"],
        "en": {
            "slug": "a-job-search-club-in-the-heart-of-the-neighbourhood",
            "title": "A job search club in the heart of the neighbourhood",
            "summary": "Two mornings a week, the neighbourhood library hosts a job search club "
            "run with the job centre and the youth centre: CVs, online applications, personal "
            "account.",
            "context": "<p>In the neighbourhood, many job seekers have neither a computer nor a "
            "printer and struggle to update their situation online. The job centre is two bus "
            "stops away.</p>",
            "steps": [
                (
                    "Agree the format with the job centre",
                    "<p>An adviser attends every other Tuesday.</p>",
                ),
                (
                    "Book the digital space",
                    "<p>Six computers reserved on Tuesday and Thursday mornings.</p>",
                ),
                ("Involve the youth centre", "<p>For under-26s, a youth adviser on Thursdays.</p>"),
                ("Follow participants", "<p>A paper follow-up booklet the person keeps.</p>"),
            ],
            "staff": "1 digital mediator, 1 job centre adviser, 1 youth centre adviser",
            "equipment": "6 computers, printer, headsets for video interviews.",
            "partners": [
                ("France Travail Grigny", "Public employment service", "Adviser on site"),
                ("Mission locale Nord Essonne", "Youth centre", "Supports young people"),
                ("Emmaüs Connect", "Association", "Low-cost top-ups and phones"),
            ],
            "results": "<p>Participants keep their account up to date and apply online more; "
            "several got an interview thanks to a CV rewritten at the club.</p>",
            "indicators": [
                ("Different participants in a year", "127"),
                ("Reported returns to work or training", "34"),
                ("Sessions held", "86"),
            ],
            "difficulties": "<p>Attendance drops in summer; the club runs one morning a week in "
            "July and August.</p>",
            "tips": "<p>Provide headsets and a quiet room for video interviews.</p>",
            "checklist": [
                "An agreement with the job centre",
                "Computers reserved during club hours",
                "A contact at the youth centre",
                "A follow-up booklet for each participant",
            ],
            "contact": "The library’s digital mediator",
        },
    },
    {
        "slug": "preparer-la-certification-pix-avec-la-mission-locale",
        "title": "Préparer la certification Pix avec la mission locale",
        "summary": "Les jeunes accompagnés par la mission locale préparent la certification "
        "Pix à la médiathèque, un atout reconnu sur leur CV.",
        "structure": ("Médiathèque municipale de Périgueux", "municipale", "m"),
        "place": ("Périgueux", "24000", "24322"),
        "themes": ["insertion-professionnelle", "outils-numeriques-quotidien"],
        "territories": ["centres-urbains-intermediaires"],
        "audiences": ["jeunes", "demandeurs-emploi"],
        "context": "<p>La mission locale constatait que de nombreux jeunes surestimaient leurs "
        "compétences numériques et échouaient sur des tâches de bureautique simples en "
        "entreprise.</p>",
        "steps": [
            ("Positionner les jeunes", "<p>Un parcours Pix de découverte en début de cycle.</p>"),
            (
                "Organiser des séances d’entraînement",
                "<p>Quatre séances de deux heures, en petits groupes.</p>",
            ),
            ("Passer la certification", "<p>Dans un centre agréé du département.</p>"),
        ],
        "budget": "1k",
        "staff": "1 bibliothécaire formateur, 1 conseillère mission locale",
        "volunteers": None,
        "setup_time": "1-3-mois",
        "equipment": "Salle de 10 postes.",
        "partners": [
            ("Mission locale du Périgord", "Mission locale", "Orientation des jeunes"),
            ("Pix", "Groupement d’intérêt public", "Parcours et certification"),
        ],
        "results": "<p>La plupart des jeunes inscrits ont obtenu la certification ; la mission "
        "locale a reconduit le partenariat.</p>",
        "indicators": [
            ("Jeunes inscrits", "36"),
            ("Certifications obtenues", "29"),
            ("Score moyen", "312 pix"),
        ],
        "difficulties": "<p>L’assiduité sur quatre séances est fragile : un rappel par SMS la "
        "veille a beaucoup aidé.</p>",
        "tips": "<p>Mettez l’accent sur les compétences utiles au poste visé plutôt que sur le "
        "score.</p>",
        "checklist": [
            "Créer un espace Pix Orga",
            "Convenir du calendrier avec la mission locale",
            "Réserver un centre de certification",
        ],
        "period": ("2023-02-01", "2023-12-15"),
        "status": "terminee",
        "contact": "Le bibliothécaire formateur",
        "orientations": ["nouer-des-partenariats"],
        "guides": ["evaluer-et-former-l-equipe-avec-pix"],
    },
    {
        "slug": "dejouer-les-arnaques-en-ligne",
        "title": "Déjouer les arnaques en ligne : ateliers avec la gendarmerie",
        "summary": "Faux SMS de livraison, appels de faux conseillers bancaires : la "
        "médiathèque et la brigade de gendarmerie organisent des ateliers pour reconnaître et "
        "signaler les arnaques.",
        "structure": ("Médiathèque intercommunale de Figeac", "intercommunale", "m"),
        "place": ("Figeac", "46100", "46102"),
        "themes": ["usage-securise", "comprehension-monde-numerique"],
        "territories": ["petites-villes"],
        "audiences": ["seniors"],
        "context": "<p>Plusieurs usagers avaient été victimes d’escroqueries et n’osaient pas "
        "en parler. La gendarmerie cherchait un lieu neutre pour faire de la prévention.</p>",
        "steps": [
            (
                "Construire l’atelier avec la gendarmerie",
                "<p>Exemples réels et anonymisés apportés par la brigade.</p>",
            ),
            ("Faire manipuler", "<p>Chacun repère les signes d’alerte sur des messages reçus.</p>"),
            ("Montrer où signaler", "<p>17Cyber, Pharos, signal-spam.</p>"),
        ],
        "budget": "0",
        "staff": "1 bibliothécaire, 1 gendarme référent prévention",
        "volunteers": None,
        "setup_time": "semaines",
        "equipment": "Vidéoprojecteur, tablettes de démonstration.",
        "partners": [
            ("Brigade de gendarmerie de Figeac", "Gendarmerie nationale", "Co-animation"),
            ("France Services du Grand-Figeac", "France Services", "Relais des personnes victimes"),
        ],
        "results": "<p>Les participants ont signalé plusieurs tentatives dans les semaines "
        "suivantes ; l’atelier est désormais proposé chaque trimestre.</p>",
        "indicators": [("Ateliers par an", "4"), ("Participants en 2023", "68")],
        "difficulties": "<p>Les victimes viennent rarement en groupe : prévoyez un temps "
        "individuel à la fin.</p>",
        "tips": "<p>Partez de messages que les participants ont eux-mêmes reçus.</p>",
        "checklist": [
            "Contacter la brigade ou la maison de protection des familles",
            "Préparer des exemples récents",
            "Imprimer la fiche réflexe de Cybermalveillance.gouv.fr",
        ],
        "period": ("2023-03-01", None),
        "status": "en-cours",
        "contact": "La bibliothécaire chargée de l’action culturelle",
        "orientations": ["accueillir-et-orienter"],
        "guides": ["organiser-un-atelier-numerique-collectif"],
        "en": {
            "slug": "spotting-online-scams",
            "title": "Spotting online scams: workshops with the gendarmerie",
            "summary": "Fake delivery texts, calls from fake bank advisers: the library and the "
            "local gendarmerie run workshops to recognise and report scams.",
            "context": "<p>Several users had been victims of fraud and did not dare talk about "
            "it. The gendarmerie was looking for a neutral place to run prevention "
            "sessions.</p>",
            "steps": [
                (
                    "Build the workshop with the gendarmerie",
                    "<p>Real, anonymised examples brought by the officers.</p>",
                ),
                (
                    "Let people practise",
                    "<p>Everyone spots warning signs in messages they received.</p>",
                ),
                ("Show where to report", "<p>17Cyber, Pharos, signal-spam.</p>"),
            ],
            "staff": "1 librarian, 1 prevention officer from the gendarmerie",
            "equipment": "Projector, demonstration tablets.",
            "partners": [
                ("Brigade de gendarmerie de Figeac", "Gendarmerie", "Co-facilitation"),
                ("France Services du Grand-Figeac", "France Services", "Supports victims"),
            ],
            "results": "<p>Participants reported several attempts in the following weeks; the "
            "workshop now runs every quarter.</p>",
            "indicators": [("Workshops a year", "4"), ("Participants in 2023", "68")],
            "difficulties": "<p>Victims rarely come in a group: plan one-to-one time at the "
            "end.</p>",
            "tips": "<p>Start from messages participants received themselves.</p>",
            "checklist": [
                "Contact the local gendarmerie",
                "Prepare recent examples",
                "Print the Cybermalveillance.gouv.fr quick guide",
            ],
            "contact": "The librarian in charge of cultural events",
        },
    },
    {
        "slug": "parents-et-ecrans-des-ateliers-en-soiree",
        "title": "Parents et écrans : des ateliers en soirée",
        "summary": "Contrôle parental, temps d’écran, réseaux sociaux des adolescents : des "
        "soirées d’échange pour les parents, animées par la médiathèque et une association de "
        "soutien à la parentalité.",
        "structure": ("Médiathèque de Betton", "municipale", "s"),
        "place": ("Betton", "35830", "35024"),
        "themes": ["parentalite-education", "usage-securise"],
        "territories": ["ceintures-urbaines"],
        "audiences": ["familles-enfants"],
        "context": "<p>Les parents posaient souvent des questions sur les écrans à l’accueil "
        "jeunesse, sans trouver d’espace pour en discuter.</p>",
        "steps": [
            (
                "Choisir des horaires adaptés",
                "<p>Le mardi de 20 h à 21 h 30, garde d’enfants "
                "assurée par l’accueil de loisirs.</p>",
            ),
            (
                "Co-animer avec une association",
                "<p>Une intervenante du réseau parentalité anime l’échange.</p>",
            ),
            (
                "Faire manipuler",
                "<p>Réglage du contrôle parental sur les appareils apportés par les parents.</p>",
            ),
        ],
        "budget": "1k",
        "staff": "1 bibliothécaire jeunesse",
        "volunteers": None,
        "setup_time": "1-3-mois",
        "equipment": "Salle d’animation, tablettes et console de démonstration.",
        "partners": [
            (
                "Réseau d’écoute, d’appui et d’accompagnement des parents",
                "Association",
                "Animation des échanges",
            ),
            ("Accueil de loisirs de Betton", "Service municipal", "Garde des enfants"),
        ],
        "results": "<p>Les parents ont apprécié un lieu sans jugement ; un groupe d’entraide "
        "s’est constitué.</p>",
        "indicators": [("Soirées", "5"), ("Parents participants", "57")],
        "difficulties": "<p>Les pères sont peu venus ; un samedi matin a été ajouté.</p>",
        "tips": "<p>Sans garde d’enfants, pas de parents : c’est la condition première.</p>",
        "checklist": [
            "Un horaire après le travail",
            "Une solution de garde",
            "Une intervenante formée à la parentalité",
        ],
        "period": ("2023-01-17", "2023-06-13"),
        "status": "terminee",
        "contact": "La bibliothécaire jeunesse",
        "orientations": ["accueillir-et-orienter"],
        "guides": [],
        "en": {
            "slug": "parents-and-screens-evening-workshops",
            "title": "Parents and screens: evening workshops",
            "summary": "Parental controls, screen time, teenagers’ social networks: discussion "
            "evenings for parents, run by the library and a parenting support association.",
            "context": "<p>Parents often asked questions about screens at the children’s desk, "
            "without finding a place to talk about them.</p>",
            "steps": [
                (
                    "Pick suitable hours",
                    "<p>Tuesday 8 to 9.30 pm, with childcare by the leisure centre.</p>",
                ),
                (
                    "Run it with an association",
                    "<p>A facilitator from the parenting network leads the discussion.</p>",
                ),
                ("Practise", "<p>Setting parental controls on the parents’ own devices.</p>"),
            ],
            "staff": "1 children’s librarian",
            "equipment": "Activity room, tablets and a demonstration game console.",
            "partners": [
                (
                    "Réseau d’écoute, d’appui et d’accompagnement des parents",
                    "Association",
                    "Leads the discussions",
                ),
                ("Accueil de loisirs de Betton", "Municipal service", "Childcare"),
            ],
            "results": "<p>Parents valued a place free of judgement; a mutual help group was "
            "formed.</p>",
            "indicators": [("Evenings", "5"), ("Participating parents", "57")],
            "difficulties": "<p>Few fathers came; a Saturday morning was added.</p>",
            "tips": "<p>No childcare, no parents: that is the first condition.</p>",
            "checklist": [
                "A time after work",
                "A childcare solution",
                "A facilitator trained in parenting support",
            ],
            "contact": "The children’s librarian",
        },
    },
    {
        "slug": "une-semaine-d-education-aux-medias",
        "title": "Démêler le vrai du faux : une semaine d’éducation aux médias",
        "summary": "Pendant une semaine, la médiathèque, le collège et une radio associative "
        "font enquêter les adolescents sur des rumeurs en ligne, jusqu’à produire leur propre "
        "émission.",
        "structure": ("Médiathèque municipale de Vaulx-en-Velin", "municipale", "l"),
        "place": ("Vaulx-en-Velin", "69120", "69256"),
        "themes": ["education-medias-information", "comprehension-monde-numerique"],
        "territories": ["grands-centres-urbains", "qpv"],
        "audiences": ["jeunes"],
        "context": "<p>Les professeurs voyaient circuler chez leurs élèves des vidéos "
        "complotistes et des fausses informations sur le quartier.</p>",
        "steps": [
            (
                "Choisir des rumeurs réelles",
                "<p>Avec les élèves, à partir de leurs fils d’actualité.</p>",
            ),
            ("Enquêter", "<p>Recherche d’images inversée, sources, dates : trois ateliers.</p>"),
            ("Produire une émission", "<p>Enregistrée avec la radio associative du quartier.</p>"),
        ],
        "budget": "5k",
        "staff": "2 bibliothécaires, 1 professeure documentaliste, 1 journaliste",
        "volunteers": None,
        "setup_time": "3-6-mois",
        "equipment": "Tablettes, kit d’enregistrement, salle d’heure du conte transformée en "
        "studio.",
        "partners": [
            ("Collège du quartier", "Établissement scolaire", "Classes de 4e participantes"),
            ("Radio associative locale", "Association", "Enregistrement et diffusion"),
            ("CLEMI de l’académie de Lyon", "Éducation nationale", "Ressources pédagogiques"),
        ],
        "results": "<p>Les élèves repèrent plus vite une image détournée ; l’émission a été "
        "diffusée et podcastée.</p>",
        "indicators": [("Élèves participants", "84"), ("Écoutes du podcast", "1 150")],
        "difficulties": "<p>Le calendrier scolaire impose de caler le projet dès juin pour "
        "l’année suivante.</p>",
        "tips": "<p>Partez des contenus que les jeunes voient vraiment, pas d’exemples datés.</p>",
        "checklist": [
            "Un professeur partenaire motivé",
            "Un intervenant journaliste",
            "Un support de restitution (radio, vidéo, exposition)",
        ],
        "period": ("2024-03-18", "2024-03-22"),
        "status": "terminee",
        "contact": "Le responsable du pôle jeunesse",
        "orientations": ["nouer-des-partenariats"],
        "guides": [],
        "en": {
            "slug": "a-media-literacy-week",
            "title": "Sorting true from false: a media literacy week",
            "summary": "For a week, the library, the secondary school and a community radio "
            "get teenagers investigating online rumours, up to producing their own programme.",
            "context": "<p>Teachers saw conspiracy videos and false news about the "
            "neighbourhood circulating among their pupils.</p>",
            "steps": [
                ("Pick real rumours", "<p>With the pupils, from their own news feeds.</p>"),
                ("Investigate", "<p>Reverse image search, sources, dates: three workshops.</p>"),
                ("Produce a programme", "<p>Recorded with the neighbourhood community radio.</p>"),
            ],
            "staff": "2 librarians, 1 school librarian, 1 journalist",
            "equipment": "Tablets, recording kit, storytelling room turned into a studio.",
            "partners": [
                ("Collège du quartier", "School", "Participating year-9 classes"),
                ("Radio associative locale", "Association", "Recording and broadcasting"),
                ("CLEMI de l’académie de Lyon", "Ministry of Education", "Teaching resources"),
            ],
            "results": "<p>Pupils spot a doctored image faster; the programme was broadcast "
            "and released as a podcast.</p>",
            "indicators": [("Participating pupils", "84"), ("Podcast plays", "1,150")],
            "difficulties": "<p>The school calendar means planning the project in June for "
            "the following year.</p>",
            "tips": "<p>Start from content young people actually see, not dated examples.</p>",
            "checklist": [
                "A motivated partner teacher",
                "A journalist to take part",
                "A way to show the result (radio, video, exhibition)",
            ],
            "contact": "The head of the youth department",
        },
    },
    {
        "slug": "preter-des-tablettes-avec-connexion-4g",
        "title": "Prêter des tablettes avec connexion 4G",
        "summary": "Le réseau des médiathèques du Haut-Allier prête pour trois semaines des "
        "tablettes avec forfait 4G, accompagnées d’une prise en main, aux habitants sans "
        "connexion à domicile.",
        "structure": ("Réseau des médiathèques du Haut-Allier", "intercommunale", "s"),
        "place": ("Langogne", "48300", "48080"),
        "themes": ["acces-internet-materiel", "outils-numeriques-quotidien"],
        "territories": ["bourgs-ruraux", "frr"],
        "audiences": ["seniors", "familles-enfants"],
        "context": "<p>Dans plusieurs hameaux, ni l’ADSL ni la fibre n’arrivent, et de "
        "nombreux habitants âgés n’ont jamais utilisé de tablette.</p>",
        "steps": [
            (
                "Acheter et configurer dix tablettes",
                "<p>Gestion de flotte, écran d’accueil simplifié.</p>",
            ),
            (
                "Intégrer le prêt au catalogue",
                "<p>Trois semaines, avec la carte de bibliothèque.</p>",
            ),
            ("Proposer une prise en main", "<p>Trente minutes à l’emprunt.</p>"),
            ("Réinitialiser au retour", "<p>Effacement complet avant chaque nouveau prêt.</p>"),
        ],
        "budget": "5k",
        "staff": "1 bibliothécaire, 1 conseillère numérique",
        "volunteers": 1,
        "setup_time": "1-3-mois",
        "equipment": "10 tablettes, 10 forfaits 4G, housses, notices en facile à lire.",
        "partners": [
            (
                "Communauté de communes du Haut-Allier",
                "Intercommunalité",
                "Financement des forfaits",
            ),
            ("Conseillère numérique du territoire", "Conseiller numérique", "Prises en main"),
        ],
        "results": "<p>Les tablettes ne restent jamais sur l’étagère ; plusieurs emprunteurs "
        "ont ensuite acheté leur propre appareil.</p>",
        "indicators": [("Prêts en un an", "112"), ("Taux de retour en bon état", "98 %")],
        "difficulties": "<p>La réinitialisation prend du temps : un outil de gestion de "
        "flotte est indispensable.</p>",
        "tips": "<p>Une notice papier de deux pages évite les appels d’urgence.</p>",
        "checklist": [
            "Un règlement de prêt signé",
            "Un outil de gestion de flotte",
            "Une procédure d’effacement au retour",
        ],
        "period": ("2022-09-01", None),
        "status": "en-cours",
        "contact": "La conseillère numérique du réseau",
        "orientations": ["accueillir-et-orienter"],
        "guides": ["preter-du-materiel-et-des-connexions"],
        "en": {
            "slug": "lending-tablets-with-4g",
            "title": "Lending tablets with a 4G connection",
            "summary": "The Haut-Allier library network lends tablets with a 4G plan for three "
            "weeks, with a short introduction, to residents with no internet at home.",
            "context": "<p>In several hamlets neither ADSL nor fibre is available, and many "
            "older residents had never used a tablet.</p>",
            "steps": [
                ("Buy and set up ten tablets", "<p>Device management, simplified home screen.</p>"),
                ("Add the loan to the catalogue", "<p>Three weeks, with the library card.</p>"),
                ("Offer an introduction", "<p>Thirty minutes when borrowing.</p>"),
                ("Reset on return", "<p>Full wipe before each new loan.</p>"),
            ],
            "staff": "1 librarian, 1 digital adviser",
            "equipment": "10 tablets, 10 4G plans, cases, easy-to-read instructions.",
            "partners": [
                (
                    "Communauté de communes du Haut-Allier",
                    "Inter-municipal authority",
                    "Funds the data plans",
                ),
                ("Conseillère numérique du territoire", "Digital adviser", "Introductions"),
            ],
            "results": "<p>The tablets never stay on the shelf; several borrowers then bought "
            "their own device.</p>",
            "indicators": [("Loans in a year", "112"), ("Returned in good condition", "98%")],
            "difficulties": "<p>Resetting takes time: a device management tool is essential.</p>",
            "tips": "<p>A two-page paper guide avoids emergency calls.</p>",
            "checklist": [
                "A signed lending agreement",
                "A device management tool",
                "A wiping procedure on return",
            ],
            "contact": "The network’s digital adviser",
        },
    },
    {
        "slug": "ordinateurs-reconditionnes-a-prix-solidaire",
        "title": "Des ordinateurs reconditionnés à prix solidaire",
        "summary": "Une fois par mois, la médiathèque accueille une vente d’ordinateurs "
        "reconditionnés à prix solidaire, sur orientation d’un travailleur social, avec un "
        "atelier de prise en main.",
        "structure": ("Réseau des médiathèques de Saint-Denis", "municipale", "l"),
        "place": ("Saint-Denis", "93200", "93066"),
        "themes": ["materiel-prix-solidaire", "acces-internet-materiel"],
        "territories": ["grands-centres-urbains", "qpv"],
        "audiences": ["familles-enfants", "demandeurs-emploi"],
        "context": "<p>De nombreuses familles suivaient la scolarité des enfants et leurs "
        "démarches sur un seul smartphone.</p>",
        "steps": [
            (
                "Conventionner avec une association",
                "<p>Qui reconditionne et vend à prix solidaire.</p>",
            ),
            (
                "Organiser l’orientation",
                "<p>Les travailleurs sociaux du CCAS et de la CAF délivrent une attestation.</p>",
            ),
            (
                "Tenir la vente à la médiathèque",
                "<p>Le premier samedi du mois, avec une prise en main d’une heure.</p>",
            ),
        ],
        "budget": "1k",
        "staff": "1 médiatrice numérique, 2 salariés de l’association",
        "volunteers": 3,
        "setup_time": "3-6-mois",
        "equipment": "Salle d’animation, stock d’ordinateurs apporté par l’association.",
        "partners": [
            ("Emmaüs Connect", "Association", "Reconditionnement et vente"),
            ("CCAS de Saint-Denis", "CCAS", "Orientation des familles"),
            ("CAF de la Seine-Saint-Denis", "CAF", "Orientation des allocataires"),
        ],
        "results": "<p>Les familles équipées reviennent aux ateliers ; les enfants utilisent "
        "les ressources numériques de la médiathèque depuis la maison.</p>",
        "indicators": [
            ("Ordinateurs vendus en un an", "236"),
            ("Prix moyen payé", "95 €"),
            ("Acheteurs revenus en atelier", "41 %"),
        ],
        "difficulties": "<p>La demande dépasse l’offre : une liste d’attente est tenue par le "
        "CCAS.</p>",
        "tips": "<p>Couplez toujours la vente à une prise en main : un ordinateur sans "
        "accompagnement finit dans un placard.</p>",
        "checklist": [
            "Une association de reconditionnement partenaire",
            "Des critères d’orientation clairs",
            "Un atelier de prise en main à chaque vente",
        ],
        "period": ("2022-01-08", None),
        "status": "en-cours",
        "contact": "La médiatrice numérique",
        "orientations": ["nouer-des-partenariats"],
        "guides": ["preter-du-materiel-et-des-connexions"],
        "en": {
            "slug": "low-cost-refurbished-computers",
            "title": "Low-cost refurbished computers",
            "summary": "Once a month, the library hosts a sale of refurbished computers at a "
            "solidarity price, on referral by a social worker, with a getting-started "
            "workshop.",
            "context": "<p>Many families followed their children’s schooling and their own "
            "procedures on a single smartphone.</p>",
            "steps": [
                (
                    "Sign an agreement with an association",
                    "<p>That refurbishes and sells at a solidarity price.</p>",
                ),
                (
                    "Organise referrals",
                    "<p>Social workers from social services and the "
                    "family allowance fund issue a certificate.</p>",
                ),
                (
                    "Hold the sale at the library",
                    "<p>On the first Saturday of the month, with a one-hour introduction.</p>",
                ),
            ],
            "staff": "1 digital mediator, 2 employees of the association",
            "equipment": "Activity room, stock of computers brought by the association.",
            "partners": [
                ("Emmaüs Connect", "Association", "Refurbishing and sales"),
                ("CCAS de Saint-Denis", "Social services", "Refers families"),
                ("CAF de la Seine-Saint-Denis", "Family allowance fund", "Refers claimants"),
            ],
            "results": "<p>Equipped families come back to workshops; children use the "
            "library’s online resources from home.</p>",
            "indicators": [
                ("Computers sold in a year", "236"),
                ("Average price paid", "€95"),
                ("Buyers who came back to a workshop", "41%"),
            ],
            "difficulties": "<p>Demand exceeds supply: social services keep a waiting list.</p>",
            "tips": "<p>Always pair the sale with an introduction: a computer without support "
            "ends up in a cupboard.</p>",
            "checklist": [
                "A refurbishing association as partner",
                "Clear referral criteria",
                "A getting-started workshop at each sale",
            ],
            "contact": "The digital mediator",
        },
    },
    {
        "slug": "former-toute-l-equipe-a-l-accueil-des-demandes-d-aide",
        "title": "Former toute l’équipe à l’accueil des demandes d’aide en ligne",
        "summary": "La bibliothèque départementale forme en une journée les salariés et "
        "bénévoles des bibliothèques du réseau à accueillir une demande d’aide, protéger les "
        "données et orienter.",
        "structure": ("Bibliothèque départementale de la Lozère", "departementale", "m"),
        "place": ("Mende", "48000", "48095"),
        "themes": ["formation-personnels", "demarches-administratives"],
        "territories": ["petites-villes", "frr"],
        "audiences": ["personnels-bibliotheque"],
        "context": "<p>Dans les petites bibliothèques tenues par des bénévoles, les demandes "
        "d’aide administrative arrivaient sans que personne se sente légitime pour y "
        "répondre.</p>",
        "steps": [
            (
                "Construire un module d’une journée",
                "<p>Accueil, limites, données personnelles, orientation.</p>",
            ),
            (
                "Le décentraliser",
                "<p>Quatre sessions dans quatre bibliothèques du département.</p>",
            ),
            (
                "Remettre un classeur d’orientation",
                "<p>Contacts des France Services, CCAS et conseillers numériques du secteur.</p>",
            ),
        ],
        "budget": "1k",
        "staff": "2 bibliothécaires formateurs de la BD, 1 conseiller numérique",
        "volunteers": None,
        "setup_time": "3-6-mois",
        "equipment": "Ordinateurs portables de la bibliothèque départementale.",
        "partners": [
            ("Préfecture de la Lozère", "État", "Liste des France Services"),
            ("Conseillers numériques du département", "Conseillers numériques", "Co-animation"),
        ],
        "results": "<p>Les bénévoles se disent plus à l’aise pour dire ce qu’ils font et ne "
        "font pas, et orientent mieux.</p>",
        "indicators": [
            ("Personnes formées", "62"),
            ("Bibliothèques représentées", "27"),
            ("Satisfaction à l’issue de la journée", "4,6 / 5"),
        ],
        "difficulties": "<p>Les distances : sans décentralisation, la moitié des bénévoles "
        "n’aurait pas pu venir.</p>",
        "tips": "<p>Faites jouer des situations réelles apportées par les participants.</p>",
        "checklist": [
            "Un module court et concret",
            "Des sessions au plus près des bibliothèques",
            "Un classeur d’orientation à jour",
        ],
        "period": ("2023-04-01", "2023-11-30"),
        "status": "terminee",
        "contact": "La responsable de la formation de la bibliothèque départementale",
        "orientations": ["former-les-equipes"],
        "guides": [
            "accueillir-une-demande-d-aide-en-ligne",
            "proteger-les-donnees-des-usagers-accompagnes",
        ],
        "en": {
            "slug": "training-the-whole-team-to-welcome-requests-for-online-help",
            "title": "Training the whole team to welcome requests for online help",
            "summary": "In one day, the county library trains the employees and volunteers "
            "of the network’s libraries to welcome a request for help, protect data and "
            "refer.",
            "context": "<p>In small libraries run by volunteers, requests for administrative "
            "help came in without anyone feeling entitled to answer them.</p>",
            "steps": [
                ("Design a one-day course", "<p>Welcome, limits, personal data, referral.</p>"),
                ("Take it on the road", "<p>Four sessions in four libraries of the county.</p>"),
                (
                    "Hand out a referral binder",
                    "<p>Contacts of the local France Services, "
                    "social services and digital advisers.</p>",
                ),
            ],
            "staff": "2 county library trainers, 1 digital adviser",
            "equipment": "The county library’s laptops.",
            "partners": [
                ("Préfecture de la Lozère", "State", "List of France Services centres"),
                ("Conseillers numériques du département", "Digital advisers", "Co-facilitation"),
            ],
            "results": "<p>Volunteers feel more comfortable saying what they do and do not "
            "do, and refer people better.</p>",
            "indicators": [
                ("People trained", "62"),
                ("Libraries represented", "27"),
                ("Satisfaction at the end of the day", "4.6 / 5"),
            ],
            "difficulties": "<p>Distances: without local sessions, half the volunteers could "
            "not have come.</p>",
            "tips": "<p>Role-play real situations brought by participants.</p>",
            "checklist": [
                "A short, concrete course",
                "Sessions close to the libraries",
                "An up-to-date referral binder",
            ],
            "contact": "The county library’s training manager",
        },
    },
    {
        "slug": "une-charte-du-reseau-local-de-mediation-numerique",
        "title": "Une charte du réseau local de médiation numérique",
        "summary": "Médiathèques, France Services, CCAS, centres sociaux et associations de "
        "l’agglomération ont écrit ensemble une charte d’orientation et un annuaire partagé "
        "des lieux d’aide.",
        "structure": ("Réseau des médiathèques de Niort Agglo", "intercommunale", "l"),
        "place": ("Niort", "79000", "79191"),
        "themes": ["cooperation-territoriale"],
        "territories": ["centres-urbains-intermediaires"],
        "audiences": ["elus-locaux", "personnels-bibliotheque"],
        "context": "<p>Une même personne pouvait être renvoyée d’un lieu à l’autre sans que "
        "personne ne prenne sa demande en charge.</p>",
        "steps": [
            (
                "Réunir les acteurs",
                "<p>Trois ateliers de travail animés par la médiathèque centrale.</p>",
            ),
            (
                "Écrire la charte",
                "<p>Une page : accueil sans condition, orientation "
                "accompagnée, pas de renvoi sans contact.</p>",
            ),
            (
                "Publier l’annuaire",
                "<p>Sur la cartographie nationale et en version papier à chaque accueil.</p>",
            ),
        ],
        "budget": "0",
        "staff": "1 coordinatrice à mi-temps",
        "volunteers": None,
        "setup_time": "6-mois-plus",
        "equipment": "Aucun équipement particulier.",
        "partners": [
            ("France Services de Niort", "France Services", "Signataire"),
            ("CCAS de Niort", "CCAS", "Signataire"),
            ("Centres socioculturels", "Association", "Signataires"),
        ],
        "results": "<p>Les renvois « à l’aveugle » ont presque disparu ; les structures se "
        "connaissent et s’appellent.</p>",
        "indicators": [("Structures signataires", "19"), ("Rencontres du réseau par an", "2")],
        "difficulties": "<p>Garder la charte vivante demande un temps de coordination reconnu.</p>",
        "tips": "<p>Une page suffit : une charte longue n’est pas lue.</p>",
        "checklist": [
            "Un animateur identifié",
            "Une charte courte signée par chaque structure",
            "Un annuaire tenu à jour",
        ],
        "period": ("2022-03-01", None),
        "status": "en-cours",
        "contact": "La coordinatrice du réseau local",
        "orientations": ["coordonner-l-ecosysteme-local", "cartographier-les-acteurs"],
        "guides": ["cartographier-l-offre-de-mediation"],
        "en": {
            "slug": "a-charter-for-the-local-digital-mediation-network",
            "title": "A charter for the local digital mediation network",
            "summary": "Libraries, France Services, social services, community centres and "
            "associations of the conurbation wrote a referral charter and a shared directory "
            "of help places together.",
            "context": "<p>The same person could be sent from one place to another without "
            "anyone taking charge of their request.</p>",
            "steps": [
                (
                    "Bring the actors together",
                    "<p>Three working sessions run by the central library.</p>",
                ),
                (
                    "Write the charter",
                    "<p>One page: unconditional welcome, accompanied "
                    "referral, no referral without a contact.</p>",
                ),
                ("Publish the directory", "<p>On the national map and on paper at every desk.</p>"),
            ],
            "staff": "1 half-time coordinator",
            "equipment": "No specific equipment.",
            "partners": [
                ("France Services de Niort", "France Services", "Signatory"),
                ("CCAS de Niort", "Social services", "Signatory"),
                ("Centres socioculturels", "Association", "Signatories"),
            ],
            "results": "<p>“Blind” referrals have almost disappeared; organisations know and "
            "call each other.</p>",
            "indicators": [("Signatory organisations", "19"), ("Network meetings a year", "2")],
            "difficulties": "<p>Keeping the charter alive needs recognised coordination time.</p>",
            "tips": "<p>One page is enough: nobody reads a long charter.</p>",
            "checklist": [
                "An identified facilitator",
                "A short charter signed by each organisation",
                "A directory kept up to date",
            ],
            "contact": "The local network coordinator",
        },
    },
    {
        "slug": "ateliers-caf-en-ligne-en-petits-groupes",
        "title": "Faire ses démarches CAF en ligne : ateliers en petits groupes",
        "summary": "Avec la CAF de La Réunion, la médiathèque propose des ateliers de quatre "
        "personnes pour créer son compte, déclarer ses ressources trimestrielles et suivre ses "
        "paiements.",
        "structure": ("Médiathèque municipale du Port", "municipale", "m"),
        "place": ("Le Port", "97420", "97407"),
        "themes": ["e-administration-emploi-social", "demarches-administratives"],
        "territories": ["outre-mer", "qpv", "centres-urbains-intermediaires"],
        "audiences": ["familles-enfants", "femmes"],
        "context": "<p>Les déclarations trimestrielles oubliées entraînaient des suspensions "
        "de prestations pour des familles déjà fragiles.</p>",
        "steps": [
            (
                "Former les médiateurs avec la CAF",
                "<p>Une session sur le compte allocataire et ses pièges.</p>",
            ),
            (
                "Ateliers de quatre personnes",
                "<p>Le mercredi, quand les enfants sont à l’atelier lecture.</p>",
            ),
            (
                "Rappel par SMS",
                "<p>Avant chaque échéance trimestrielle, avec l’accord des personnes.</p>",
            ),
        ],
        "budget": "1k",
        "staff": "2 médiateurs numériques",
        "volunteers": 2,
        "setup_time": "1-3-mois",
        "equipment": "4 postes, une imprimante-scanner, un téléphone pour les SMS.",
        "partners": [
            ("CAF de La Réunion", "CAF", "Formation des médiateurs, contact dédié"),
            ("CCAS du Port", "CCAS", "Orientation des familles"),
        ],
        "results": "<p>Moins de ruptures de droits signalées par le CCAS chez les familles "
        "accompagnées.</p>",
        "indicators": [
            ("Familles accompagnées", "148"),
            ("Déclarations faites à temps", "92 %"),
        ],
        "difficulties": "<p>Beaucoup de participantes n’avaient pas d’adresse électronique "
        "active : prévoir de la créer d’abord.</p>",
        "tips": "<p>Organisez l’atelier quand les enfants sont accueillis ailleurs dans la "
        "médiathèque.</p>",
        "checklist": [
            "Un contact dédié à la CAF",
            "Des ateliers en très petits groupes",
            "Un rappel avant les échéances",
        ],
        "period": ("2023-05-03", None),
        "status": "en-cours",
        "contact": "Le médiateur numérique référent",
        "inspired_by": ["ateliers-mon-espace-sante-avec-la-cpam"],
        "orientations": ["nouer-des-partenariats", "accueillir-et-orienter"],
        "guides": ["organiser-un-atelier-numerique-collectif"],
        "en": {
            "slug": "online-family-allowance-procedures-in-small-groups",
            "title": "Family allowance procedures online: small-group workshops",
            "summary": "With the Réunion family allowance fund, the library runs four-person "
            "workshops to create an account, declare quarterly income and follow payments.",
            "context": "<p>Forgotten quarterly declarations led to benefits being suspended "
            "for already vulnerable families.</p>",
            "steps": [
                (
                    "Train mediators with the fund",
                    "<p>A session on the claimant account and its pitfalls.</p>",
                ),
                (
                    "Four-person workshops",
                    "<p>On Wednesdays, while children are at the reading club.</p>",
                ),
                ("Text reminders", "<p>Before each quarterly deadline, with people’s consent.</p>"),
            ],
            "staff": "2 digital mediators",
            "equipment": "4 computers, a printer-scanner, a phone for text messages.",
            "partners": [
                (
                    "CAF de La Réunion",
                    "Family allowance fund",
                    "Trains mediators, dedicated contact",
                ),
                ("CCAS du Port", "Social services", "Refers families"),
            ],
            "results": "<p>Social services report fewer interruptions of benefits among the "
            "families supported.</p>",
            "indicators": [
                ("Families supported", "148"),
                ("Declarations made on time", "92%"),
            ],
            "difficulties": "<p>Many participants had no active email address: create one "
            "first.</p>",
            "tips": "<p>Hold the workshop while children are looked after elsewhere in the "
            "library.</p>",
            "checklist": [
                "A dedicated contact at the fund",
                "Very small groups",
                "A reminder before deadlines",
            ],
            "contact": "The lead digital mediator",
        },
    },
    {
        "slug": "initier-les-personnes-deficientes-visuelles-aux-lecteurs-d-ecran",
        "title": "Initier les personnes déficientes visuelles aux lecteurs d’écran",
        "summary": "Un poste adapté et des séances individuelles, avec une association de "
        "personnes aveugles, pour apprendre à utiliser un lecteur d’écran et accéder aux "
        "livres audio de la bibliothèque.",
        "structure": ("Bibliothèque centrale de Tours", "municipale", "l"),
        "place": ("Tours", "37000", "37261"),
        "themes": ["outils-numeriques-quotidien", "ressources-numeriques-bibliotheque"],
        "territories": ["grands-centres-urbains"],
        "audiences": ["deficience-visuelle", "seniors"],
        "context": "<p>Les personnes devenues malvoyantes avec l’âge perdaient l’accès à la "
        "lecture et à leurs démarches, faute de savoir utiliser les outils d’accessibilité.</p>",
        "steps": [
            (
                "Équiper un poste",
                "<p>Lecteur d’écran libre, loupe logicielle, clavier à gros "
                "caractères, plage braille.</p>",
            ),
            ("Former deux bibliothécaires", "<p>Avec l’association, trois demi-journées.</p>"),
            (
                "Proposer des séances individuelles",
                "<p>Une heure, sur rendez-vous, cinq séances par personne.</p>",
            ),
        ],
        "budget": "20k",
        "staff": "2 bibliothécaires formés, 1 formateur de l’association",
        "volunteers": 2,
        "setup_time": "3-6-mois",
        "equipment": "Poste adapté, plage braille, casque, lecteur Daisy.",
        "partners": [
            (
                "Association Valentin Haüy, comité de Tours",
                "Association",
                "Formation et orientation des personnes",
            ),
            ("Maison départementale des personnes handicapées", "MDPH", "Information des publics"),
        ],
        "results": "<p>Les participants empruntent des livres audio en ligne en autonomie ; "
        "certains font seuls leurs démarches courantes.</p>",
        "indicators": [("Personnes accompagnées", "23"), ("Séances tenues", "104")],
        "difficulties": "<p>Le coût de la plage braille : elle a été financée par la dotation "
        "générale de décentralisation.</p>",
        "tips": "<p>Demandez aux personnes concernées de tester le poste avant l’achat.</p>",
        "checklist": [
            "Un poste testé par des personnes concernées",
            "Une association spécialisée partenaire",
            "Des séances individuelles et régulières",
        ],
        "period": ("2022-06-01", None),
        "status": "en-cours",
        "contact": "Le bibliothécaire référent accessibilité",
        "orientations": ["accueillir-et-orienter", "financer-et-evaluer"],
        "guides": [],
        "en": {
            "slug": "introducing-screen-readers-to-visually-impaired-people",
            "title": "Introducing screen readers to visually impaired people",
            "summary": "An adapted workstation and one-to-one sessions, with an association "
            "of blind people, to learn to use a screen reader and access the library’s "
            "audiobooks.",
            "context": "<p>People whose sight declined with age lost access to reading and "
            "to their procedures, not knowing how to use accessibility tools.</p>",
            "steps": [
                (
                    "Equip a workstation",
                    "<p>Free screen reader, magnifier software, "
                    "large-print keyboard, braille display.</p>",
                ),
                ("Train two librarians", "<p>With the association, three half-days.</p>"),
                (
                    "Offer one-to-one sessions",
                    "<p>One hour, by appointment, five sessions per person.</p>",
                ),
            ],
            "staff": "2 trained librarians, 1 trainer from the association",
            "equipment": "Adapted workstation, braille display, headset, Daisy player.",
            "partners": [
                (
                    "Association Valentin Haüy, comité de Tours",
                    "Association",
                    "Training and referral",
                ),
                (
                    "Maison départementale des personnes handicapées",
                    "Disability centre",
                    "Informs people",
                ),
            ],
            "results": "<p>Participants borrow audiobooks online on their own; some carry out "
            "their everyday procedures alone.</p>",
            "indicators": [("People supported", "23"), ("Sessions held", "104")],
            "difficulties": "<p>The cost of the braille display: it was funded by the State "
            "grant for libraries.</p>",
            "tips": "<p>Ask the people concerned to test the workstation before buying.</p>",
            "checklist": [
                "A workstation tested by the people concerned",
                "A specialised partner association",
                "Regular one-to-one sessions",
            ],
            "contact": "The librarian in charge of accessibility",
        },
    },
    {
        "slug": "une-france-services-installee-dans-la-mediatheque",
        "title": "Une France Services installée dans la médiathèque",
        "summary": "La commune a installé sa France Services dans la médiathèque : un même "
        "lieu, des horaires élargis, et un passage naturel de l’aide aux démarches vers les "
        "ateliers numériques.",
        "structure": ("Médiathèque-France Services de Saint-Affrique", "municipale", "s"),
        "place": ("Saint-Affrique", "12400", "12208"),
        "themes": [
            "demarches-administratives",
            "cooperation-territoriale",
            "e-administration-emploi-social",
        ],
        "territories": ["petites-villes", "frr"],
        "audiences": ["seniors", "demandeurs-emploi"],
        "context": "<p>La France Services cherchait un local accessible ; la médiathèque "
        "venait d’être rénovée et ouvrait le samedi.</p>",
        "steps": [
            ("Aménager un espace confidentiel", "<p>Deux bureaux fermés au rez-de-chaussée.</p>"),
            ("Harmoniser les horaires", "<p>Accueil commun du mardi au samedi.</p>"),
            (
                "Former l’équipe de la médiathèque",
                "<p>Pour un premier accueil et l’orientation vers les conseillers.</p>",
            ),
            (
                "Programmer des ateliers de suite",
                "<p>Les personnes reçues à France Services sont invitées aux ateliers.</p>",
            ),
        ],
        "budget": "20k+",
        "staff": "2 conseillères France Services, 3 agents de la médiathèque",
        "volunteers": None,
        "setup_time": "6-mois-plus",
        "equipment": "2 bureaux fermés, 4 postes en libre accès, imprimante-scanner.",
        "partners": [
            (
                "France Services de Saint-Affrique",
                "France Services",
                "Accueil et instruction des démarches",
            ),
            ("Préfecture de l’Aveyron", "État", "Labellisation et financement"),
            ("CAF de l’Aveyron", "CAF", "Formation des conseillères"),
        ],
        "results": "<p>La fréquentation de la médiathèque a augmenté ; des personnes venues "
        "pour une démarche se sont inscrites à la bibliothèque.</p>",
        "indicators": [
            ("Demandes traitées par France Services par an", "3 900"),
            ("Nouveaux inscrits venus par France Services", "210"),
        ],
        "difficulties": "<p>Deux cultures professionnelles à rapprocher : des temps d’équipe "
        "communs ont été instaurés.</p>",
        "tips": "<p>Prévoyez la confidentialité dès les plans : elle ne s’improvise pas dans "
        "une salle de lecture.</p>",
        "checklist": [
            "Des bureaux fermés pour les entretiens",
            "Des horaires communs lisibles",
            "Une réunion d’équipe commune par mois",
        ],
        "period": ("2021-09-01", None),
        "status": "en-cours",
        "contact": "La directrice de la médiathèque",
        "inspired_by": ["le-bibliobus-embarque-un-conseiller-france-services"],
        "orientations": ["nouer-des-partenariats", "coordonner-l-ecosysteme-local"],
        "guides": ["monter-un-partenariat-avec-france-services"],
        "en": {
            "slug": "a-france-services-centre-inside-the-library",
            "title": "A France Services centre inside the library",
            "summary": "The town moved its France Services centre into the library: one "
            "place, longer hours, and a natural path from help with procedures to digital "
            "workshops.",
            "context": "<p>France Services needed accessible premises; the library had just "
            "been renovated and opened on Saturdays.</p>",
            "steps": [
                ("Fit out a private space", "<p>Two closed offices on the ground floor.</p>"),
                ("Align opening hours", "<p>Shared welcome from Tuesday to Saturday.</p>"),
                (
                    "Train the library team",
                    "<p>For a first welcome and referral to the advisers.</p>",
                ),
                (
                    "Schedule follow-up workshops",
                    "<p>People seen at France Services are invited to the workshops.</p>",
                ),
            ],
            "staff": "2 France Services advisers, 3 library staff",
            "equipment": "2 closed offices, 4 free-access computers, printer-scanner.",
            "partners": [
                ("France Services de Saint-Affrique", "France Services", "Welcome and processing"),
                ("Préfecture de l’Aveyron", "State", "Approval and funding"),
                ("CAF de l’Aveyron", "Family allowance fund", "Trains the advisers"),
            ],
            "results": "<p>Library attendance rose; people who came for a procedure joined "
            "the library.</p>",
            "indicators": [
                ("Requests handled by France Services a year", "3,900"),
                ("New members who came through France Services", "210"),
            ],
            "difficulties": "<p>Two professional cultures to bring together: joint team time "
            "was introduced.</p>",
            "tips": "<p>Plan confidentiality from the floor plans: it cannot be improvised in "
            "a reading room.</p>",
            "checklist": [
                "Closed offices for interviews",
                "Clear shared opening hours",
                "A joint team meeting every month",
            ],
            "contact": "The library director",
        },
    },
    {
        "slug": "comprendre-l-intelligence-artificielle",
        "title": "Comprendre l’intelligence artificielle : un cycle de rencontres",
        "summary": "Quatre soirées pour comprendre ce que sont les intelligences "
        "artificielles génératives, les essayer, en voir les limites et les biais, et en "
        "débattre.",
        "structure": ("Médiathèque de Plaisance-du-Touch", "municipale", "m"),
        "place": ("Plaisance-du-Touch", "31830", "31424"),
        "themes": ["comprehension-monde-numerique", "education-medias-information"],
        "territories": ["ceintures-urbaines"],
        "audiences": ["seniors", "jeunes", "etudiants"],
        "context": "<p>Les usagers entendaient parler de l’intelligence artificielle partout "
        "et posaient des questions à l’accueil, entre curiosité et inquiétude.</p>",
        "steps": [
            ("Construire le cycle", "<p>Une conférence, deux ateliers pratiques, un débat.</p>"),
            ("Inviter un chercheur", "<p>Un enseignant-chercheur de l’université voisine.</p>"),
            (
                "Faire essayer",
                "<p>Des outils en ligne testés sur des comptes de la médiathèque.</p>",
            ),
        ],
        "budget": "1k",
        "staff": "2 bibliothécaires",
        "volunteers": None,
        "setup_time": "1-3-mois",
        "equipment": "Vidéoprojecteur, 8 ordinateurs portables.",
        "partners": [
            ("Université Toulouse Capitole", "Université", "Intervention d’un chercheur"),
            ("Association de culture scientifique", "Association", "Animation des ateliers"),
        ],
        "results": "<p>Le public s’est dit mieux armé pour repérer un texte ou une image "
        "générés ; le cycle est reconduit.</p>",
        "indicators": [("Participants sur le cycle", "142"), ("Soirées complètes", "4 sur 4")],
        "difficulties": "<p>Les outils changent vite : les supports sont à refaire à chaque "
        "édition.</p>",
        "tips": "<p>Ne créez jamais de compte personnel pour les participants pendant "
        "l’atelier.</p>",
        "checklist": [
            "Un intervenant qui vulgarise bien",
            "Des comptes de démonstration",
            "Un temps de débat",
        ],
        "period": ("2024-01-11", "2024-02-08"),
        "status": "terminee",
        "contact": "La bibliothécaire chargée de l’action culturelle",
        "inspired_by": ["une-semaine-d-education-aux-medias"],
        "orientations": ["accueillir-et-orienter"],
        "guides": ["organiser-un-atelier-numerique-collectif"],
        "en": {
            "slug": "understanding-artificial-intelligence",
            "title": "Understanding artificial intelligence: a series of talks",
            "summary": "Four evenings to understand what generative artificial intelligence "
            "is, try it out, see its limits and biases, and debate it.",
            "context": "<p>Users heard about artificial intelligence everywhere and asked "
            "questions at the desk, torn between curiosity and worry.</p>",
            "steps": [
                ("Build the series", "<p>A talk, two hands-on workshops, a debate.</p>"),
                ("Invite a researcher", "<p>A lecturer from the nearby university.</p>"),
                ("Let people try", "<p>Online tools tested on library accounts.</p>"),
            ],
            "staff": "2 librarians",
            "equipment": "Projector, 8 laptops.",
            "partners": [
                ("Université Toulouse Capitole", "University", "A researcher’s talk"),
                ("Association de culture scientifique", "Association", "Runs the workshops"),
            ],
            "results": "<p>The audience felt better equipped to spot generated text or "
            "images; the series will run again.</p>",
            "indicators": [("Participants over the series", "142"), ("Full evenings", "4 of 4")],
            "difficulties": "<p>Tools change fast: material must be redone each time.</p>",
            "tips": "<p>Never create personal accounts for participants during the workshop.</p>",
            "checklist": [
                "A speaker who explains clearly",
                "Demo accounts",
                "Time for debate",
            ],
            "contact": "The librarian in charge of cultural events",
        },
    },
    {
        "slug": "accompagner-les-pre-demandes-de-titres-ants",
        "title": "Carte d’identité, passeport, permis : accompagner les pré-demandes en ligne",
        "summary": "Avant le rendez-vous en mairie, la médiathèque aide à remplir la "
        "pré-demande en ligne de carte d’identité ou de passeport et à acheter le timbre "
        "fiscal électronique.",
        "structure": ("Médiathèque municipale de Romorantin-Lanthenay", "municipale", "m"),
        "place": ("Romorantin-Lanthenay", "41200", "41194"),
        "themes": ["e-administration-impots-identite", "demarches-administratives"],
        "territories": ["petites-villes"],
        "audiences": ["seniors", "familles-enfants"],
        "context": "<p>Le service des titres de la mairie refusait chaque semaine des "
        "rendez-vous faute de pré-demande, et renvoyait les personnes vers la "
        "médiathèque.</p>",
        "steps": [
            (
                "Se coordonner avec le service des titres",
                "<p>Une fiche commune des pièces à apporter.</p>",
            ),
            ("Ouvrir un créneau dédié", "<p>Le mercredi matin, sans rendez-vous.</p>"),
            (
                "Imprimer le récapitulatif",
                "<p>Avec le numéro de pré-demande à présenter en mairie.</p>",
            ),
        ],
        "budget": "0",
        "staff": "1 agent d’accueil numérique",
        "volunteers": None,
        "setup_time": "semaines",
        "equipment": "1 poste, imprimante.",
        "partners": [
            ("Service des titres de la mairie", "Commune", "Orientation et fiche commune"),
            ("France Services de Romorantin", "France Services", "Cas complexes"),
        ],
        "results": "<p>Les rendez-vous en mairie se passent sans retour en arrière ; le "
        "service des titres a réduit ses refus.</p>",
        "indicators": [("Pré-demandes accompagnées par an", "340")],
        "difficulties": "<p>Le paiement du timbre en ligne suppose une carte bancaire ; un "
        "bureau de tabac voisin vend des timbres.</p>",
        "tips": "<p>Affichez la liste des pièces à l’entrée : la moitié des questions "
        "disparaissent.</p>",
        "checklist": [
            "Une fiche commune avec la mairie",
            "Un créneau sans rendez-vous",
            "Une solution pour le timbre fiscal sans carte bancaire",
        ],
        "period": ("2023-02-01", None),
        "status": "en-cours",
        "contact": "L’agent d’accueil numérique",
        "orientations": ["accueillir-et-orienter"],
        "guides": ["accueillir-une-demande-d-aide-en-ligne"],
    },
    {
        "slug": "apprendre-le-francais-et-le-numerique",
        "title": "Apprendre le français et le numérique en même temps",
        "summary": "Des ateliers sociolinguistiques où l’on apprend le vocabulaire et les "
        "gestes des démarches en ligne : créer une adresse électronique, lire un courriel de "
        "la CAF, prendre un rendez-vous.",
        "structure": ("Médiathèque de quartier de Mulhouse", "municipale", "m"),
        "place": ("Mulhouse", "68100", "68224"),
        "themes": ["outils-numeriques-quotidien", "demarches-administratives"],
        "territories": ["grands-centres-urbains", "qpv"],
        "audiences": ["langues-etrangeres", "femmes"],
        "context": "<p>Les cours de français du centre social ne traitaient pas du "
        "numérique, et les ateliers numériques supposaient de maîtriser le français.</p>",
        "steps": [
            (
                "Co-construire avec le centre social",
                "<p>Une formatrice de français et une médiatrice numérique.</p>",
            ),
            (
                "Partir de situations réelles",
                "<p>Courriers, SMS, sites reçus par les participantes.</p>",
            ),
            ("Produire un lexique illustré", "<p>Les mots du numérique avec des pictogrammes.</p>"),
        ],
        "budget": "1k",
        "staff": "1 médiatrice numérique, 1 formatrice de français",
        "volunteers": 2,
        "setup_time": "1-3-mois",
        "equipment": "Tablettes, vidéoprojecteur.",
        "partners": [
            ("Centre social du quartier", "Association", "Cours de français et recrutement"),
            ("Conseillère numérique de la ville", "Conseiller numérique", "Co-animation"),
        ],
        "results": "<p>Les participantes créent leur adresse et lisent seules les messages "
        "courants de leurs organismes.</p>",
        "indicators": [("Participantes", "38"), ("Séances", "30")],
        "difficulties": "<p>La garde des jeunes enfants : un coin lecture animé a été "
        "organisé pendant les séances.</p>",
        "tips": "<p>Un lexique illustré sert aussi aux autres usagers.</p>",
        "checklist": [
            "Un binôme formatrice de français et médiatrice",
            "Des supports tirés de la vie réelle",
            "Une solution de garde d’enfants",
        ],
        "period": ("2022-09-12", None),
        "status": "en-cours",
        "contact": "La médiatrice numérique",
        "orientations": ["accueillir-et-orienter"],
        "guides": ["organiser-un-atelier-numerique-collectif"],
    },
    {
        "slug": "demarches-en-ligne-en-langue-des-signes",
        "title": "Des démarches en ligne accompagnées en langue des signes",
        "summary": "Une permanence mensuelle avec un médiateur sourd signant et un service "
        "d’interprétation à distance permet aux personnes sourdes de faire leurs démarches "
        "dans leur langue.",
        "structure": ("Médiathèque municipale de Chambéry", "municipale", "l"),
        "place": ("Chambéry", "73000", "73065"),
        "themes": ["demarches-administratives", "outils-numeriques-quotidien"],
        "territories": ["centres-urbains-intermediaires"],
        "audiences": ["surdite"],
        "context": "<p>Les personnes sourdes signantes renonçaient à demander de l’aide, "
        "faute d’interlocuteur qui comprenne la langue des signes.</p>",
        "steps": [
            ("Trouver un partenaire", "<p>Une association de personnes sourdes.</p>"),
            ("Équiper un poste de visio", "<p>Pour l’interprétation à distance.</p>"),
            ("Annoncer en LSF", "<p>Une vidéo de présentation en langue des signes.</p>"),
        ],
        "budget": "5k",
        "staff": "1 médiateur sourd, 1 bibliothécaire",
        "volunteers": None,
        "setup_time": "3-6-mois",
        "equipment": "Poste de visio avec grand écran et webcam.",
        "partners": [
            ("Association de sourds de Savoie", "Association", "Médiateur signant"),
            ("Service d’interprétation à distance", "Entreprise", "Interprétation"),
        ],
        "results": "<p>Une fréquentation nouvelle de la médiathèque par les personnes "
        "sourdes, au-delà de la permanence.</p>",
        "indicators": [("Personnes reçues en un an", "46")],
        "difficulties": "<p>Le coût de l’interprétation : la permanence est mensuelle, pas "
        "hebdomadaire.</p>",
        "tips": "<p>Diffusez l’information par les réseaux de la communauté sourde.</p>",
        "checklist": [
            "Un partenaire associatif sourd",
            "Une vidéo d’annonce en LSF",
            "Un budget d’interprétation",
        ],
        "period": ("2023-10-07", None),
        "status": "en-cours",
        "contact": "Le bibliothécaire référent accessibilité",
        "orientations": ["accueillir-et-orienter"],
        "guides": [],
    },
    {
        "slug": "des-fiches-facile-a-lire-pour-les-demarches",
        "title": "Des fiches « facile à lire et à comprendre » pour les démarches",
        "summary": "Avec un ESAT et un foyer de vie, la médiathèque a écrit des fiches en "
        "facile à lire pour les démarches les plus courantes, testées par les personnes "
        "concernées.",
        "structure": ("Médiathèque municipale de Saint-Brieuc", "municipale", "m"),
        "place": ("Saint-Brieuc", "22000", "22278"),
        "themes": ["demarches-administratives", "outils-numeriques-quotidien"],
        "territories": ["centres-urbains-intermediaires"],
        "audiences": ["handicaps-mentaux", "illettrisme"],
        "context": "<p>Les tutoriels existants supposaient une lecture aisée.</p>",
        "steps": [
            ("Choisir dix démarches", "<p>Avec les éducateurs.</p>"),
            ("Écrire et illustrer", "<p>Selon les règles européennes du facile à lire.</p>"),
            (
                "Tester avec les personnes",
                "<p>Chaque fiche relue par un groupe de travailleurs de l’ESAT.</p>",
            ),
        ],
        "budget": "1k",
        "staff": "2 bibliothécaires, 1 éducatrice",
        "volunteers": None,
        "setup_time": "6-mois-plus",
        "equipment": "Aucun équipement particulier.",
        "partners": [
            ("ESAT de Saint-Brieuc", "Établissement médico-social", "Relecture et tests"),
            ("Foyer de vie", "Établissement médico-social", "Ateliers d’écriture"),
        ],
        "results": "<p>Les fiches servent à tous : elles sont les plus empruntées du "
        "présentoir.</p>",
        "indicators": [("Fiches produites", "10"), ("Fiches distribuées", "1 600")],
        "difficulties": "<p>Les sites changent : les fiches sont revues chaque année.</p>",
        "tips": "<p>Rien sur nous sans nous : les relecteurs concernés sont les vrais experts.</p>",
        "checklist": [
            "Un partenaire médico-social",
            "Des relecteurs concernés",
            "Une révision annuelle",
        ],
        "period": ("2022-01-15", "2022-12-15"),
        "status": "terminee",
        "contact": "La bibliothécaire chargée des publics empêchés",
        "orientations": ["accueillir-et-orienter"],
        "guides": ["accueillir-une-demande-d-aide-en-ligne"],
    },
    {
        "slug": "preparer-la-sortie-a-la-bibliotheque-de-la-maison-d-arret",
        "title": "Préparer la sortie : ateliers numériques à la bibliothèque de la maison d’arrêt",
        "summary": "Sur un poste hors ligne simulant les sites publics, les personnes "
        "détenues s’entraînent aux démarches qu’elles devront faire à la sortie : France "
        "Travail, CAF, Ameli.",
        "structure": ("Réseau de lecture publique, antenne de la maison d’arrêt", "autre", ""),
        "place": ("Villepinte", "93420", "93078"),
        "themes": ["insertion-professionnelle", "e-administration-emploi-social"],
        "territories": ["grands-centres-urbains"],
        "audiences": ["personnes-detenues"],
        "context": "<p>À la sortie, beaucoup de personnes n’ont jamais utilisé les services "
        "en ligne dont dépendent leurs droits.</p>",
        "steps": [
            (
                "Obtenir l’accord de l’administration pénitentiaire",
                "<p>Poste sans connexion, contenus validés.</p>",
            ),
            ("Installer un simulateur", "<p>Reproductions des parcours de démarches.</p>"),
            ("Animer avec le SPIP", "<p>Ateliers de six personnes, deux fois par mois.</p>"),
        ],
        "budget": "5k",
        "staff": "1 bibliothécaire, 1 conseiller pénitentiaire d’insertion",
        "volunteers": 1,
        "setup_time": "6-mois-plus",
        "equipment": "2 postes hors ligne, logiciel de simulation.",
        "partners": [
            (
                "Service pénitentiaire d’insertion et de probation",
                "Administration pénitentiaire",
                "Orientation et co-animation",
            ),
            ("Association d’aide aux sortants", "Association", "Relais à la sortie"),
        ],
        "results": "<p>Les participants sortent avec une liste de leurs démarches et savent "
        "où se faire aider dehors.</p>",
        "indicators": [("Participants en un an", "58")],
        "difficulties": "<p>Les transferts et libérations interrompent les parcours.</p>",
        "tips": "<p>Donnez à chacun une fiche des lieux d’aide près de son futur domicile.</p>",
        "checklist": [
            "L’accord de la direction de l’établissement",
            "Un poste hors ligne",
            "Un relais associatif à la sortie",
        ],
        "period": ("2023-01-01", None),
        "status": "en-cours",
        "contact": "La bibliothécaire chargée des publics éloignés",
        "orientations": ["nouer-des-partenariats"],
        "guides": [],
    },
    {
        "slug": "une-mediatrice-numerique-sur-les-aires-d-accueil",
        "title": "Une médiatrice numérique sur les aires d’accueil des gens du voyage",
        "summary": "Avec un véhicule équipé, une médiatrice de la médiathèque se rend chaque "
        "semaine sur les aires d’accueil pour aider aux démarches et proposer des lectures aux "
        "enfants.",
        "structure": ("Médiathèque municipale de Montauban", "municipale", "l"),
        "place": ("Montauban", "82000", "82121"),
        "themes": ["demarches-administratives", "acces-internet-materiel"],
        "territories": ["centres-urbains-intermediaires"],
        "audiences": ["gens-du-voyage", "familles-enfants"],
        "context": "<p>Les familles des aires d’accueil venaient peu en ville et "
        "cumulaient les difficultés d’accès aux droits.</p>",
        "steps": [
            (
                "Rencontrer les familles avec l’association",
                "<p>Présence régulière avant toute proposition.</p>",
            ),
            ("Équiper un véhicule", "<p>Ordinateurs portables, routeur 4G, livres.</p>"),
            ("Passer chaque semaine", "<p>Le même jour, à la même heure.</p>"),
        ],
        "budget": "20k",
        "staff": "1 médiatrice numérique, 1 bibliothécaire jeunesse",
        "volunteers": None,
        "setup_time": "3-6-mois",
        "equipment": "Véhicule utilitaire, 2 ordinateurs portables, routeur 4G.",
        "partners": [
            (
                "Association départementale des gens du voyage",
                "Association",
                "Médiation et confiance",
            ),
            ("CCAS de Montauban", "CCAS", "Domiciliation et suivi"),
        ],
        "results": "<p>Des familles viennent désormais à la médiathèque ; des démarches "
        "bloquées depuis longtemps ont abouti.</p>",
        "indicators": [("Familles rencontrées", "64"), ("Démarches accompagnées", "210")],
        "difficulties": "<p>Les déplacements des familles : garder un suivi papier qu’elles "
        "emportent.</p>",
        "tips": "<p>La régularité crée la confiance.</p>",
        "checklist": [
            "Une association de confiance",
            "Un passage régulier",
            "Un suivi que la famille garde",
        ],
        "period": ("2022-05-01", None),
        "status": "en-cours",
        "contact": "La médiatrice numérique",
        "orientations": ["accueillir-et-orienter"],
        "guides": ["preter-du-materiel-et-des-connexions"],
    },
    {
        "slug": "la-bu-aide-les-etudiants-dans-leurs-demarches",
        "title": "La bibliothèque universitaire aide les étudiants dans leurs démarches",
        "summary": "Bourse, logement, aide au logement, titre de séjour : un point d’aide aux "
        "démarches tenu par des étudiants moniteurs à la bibliothèque universitaire.",
        "structure": ("Bibliothèque universitaire du campus du Mirail", "universitaire", "l"),
        "place": ("Toulouse", "31100", "31555"),
        "themes": ["e-administration-emploi-social", "demarches-administratives"],
        "territories": ["grands-centres-urbains", "qpv"],
        "audiences": ["etudiants", "langues-etrangeres"],
        "context": "<p>Les étudiants, surtout en première année ou venus de l’étranger, "
        "perdaient des droits faute de savoir les demander.</p>",
        "steps": [
            ("Recruter des moniteurs", "<p>Cinq étudiants formés par le CROUS et la CAF.</p>"),
            ("Ouvrir un point d’aide", "<p>À l’entrée de la BU, midi et fin d’après-midi.</p>"),
            ("Orienter", "<p>Vers le service social du CROUS pour les situations difficiles.</p>"),
        ],
        "budget": "5k",
        "staff": "5 étudiants moniteurs, 1 bibliothécaire coordinatrice",
        "volunteers": None,
        "setup_time": "1-3-mois",
        "equipment": "2 postes, signalétique.",
        "partners": [
            ("CROUS de Toulouse-Occitanie", "CROUS", "Formation et service social"),
            ("CAF de la Haute-Garonne", "CAF", "Formation sur l’aide au logement"),
        ],
        "results": "<p>Un point très fréquenté à la rentrée ; les étudiants étrangers en sont "
        "les premiers usagers.</p>",
        "indicators": [("Passages de septembre à décembre", "1 240")],
        "difficulties": "<p>Les pics de rentrée : doubler les moniteurs en septembre.</p>",
        "tips": "<p>Des pairs étudiants rassurent plus qu’un guichet.</p>",
        "checklist": [
            "Des moniteurs formés",
            "Un emplacement visible",
            "Un contact au service social",
        ],
        "period": ("2023-09-04", None),
        "status": "en-cours",
        "contact": "La bibliothécaire coordinatrice",
        "orientations": ["accueillir-et-orienter"],
        "guides": [],
    },
    {
        "slug": "jeux-video-intergenerationnels-le-samedi",
        "title": "Jeux vidéo intergénérationnels le samedi",
        "summary": "Un samedi par mois, petits-enfants et grands-parents jouent ensemble à "
        "des jeux vidéo coopératifs : un prétexte pour apprivoiser les écrans et parler "
        "d’usages.",
        "structure": ("Médiathèque de Carquefou", "municipale", "m"),
        "place": ("Carquefou", "44470", "44026"),
        "themes": ["loisirs-creations", "parentalite-education"],
        "territories": ["ceintures-urbaines"],
        "audiences": ["familles-enfants", "seniors"],
        "context": "<p>Les seniors voyaient le jeu vidéo comme un loisir qui isolait leurs "
        "petits-enfants.</p>",
        "steps": [
            ("Choisir des jeux coopératifs", "<p>Faciles à prendre en main, sans violence.</p>"),
            ("Former des binômes", "<p>Un enfant, un adulte, une manette chacun.</p>"),
            ("Finir par un échange", "<p>Sur le temps d’écran et le choix des jeux.</p>"),
        ],
        "budget": "5k",
        "staff": "1 bibliothécaire ludothécaire",
        "volunteers": 1,
        "setup_time": "semaines",
        "equipment": "2 consoles, grand écran, sélection de jeux.",
        "partners": [("Club des aînés", "Association", "Mobilisation des grands-parents")],
        "results": "<p>Des séances complètes et des grands-parents qui empruntent des jeux "
        "pour jouer chez eux.</p>",
        "indicators": [("Participants par séance", "20"), ("Jeux empruntés en un an", "310")],
        "difficulties": "<p>Le bruit dans la médiathèque : les séances ont lieu dans "
        "l’auditorium.</p>",
        "tips": "<p>Le jeu coopératif évite que les enfants ne gagnent toujours.</p>",
        "checklist": ["Des jeux coopératifs", "Une salle à part", "Un temps d’échange"],
        "period": ("2022-11-05", None),
        "status": "en-cours",
        "contact": "Le bibliothécaire ludothécaire",
        "orientations": [],
        "guides": [],
    },
    {
        "slug": "des-ateliers-numeriques-dans-les-mairies-des-villages",
        "title": "Des ateliers numériques dans les mairies des villages",
        "summary": "La conseillère numérique de la communauté de communes et le point "
        "lecture animent des ateliers dans les salles de mairie de douze villages, avec des "
        "ordinateurs portables.",
        "structure": ("Point lecture d’Allanche", "point-lecture", "xs"),
        "place": ("Allanche", "15160", "15001"),
        "themes": ["outils-numeriques-quotidien", "acces-internet-materiel"],
        "territories": ["rural-habitat-tres-disperse", "frr"],
        "audiences": ["seniors"],
        "context": "<p>Les habitants âgés des villages ne se déplacent pas jusqu’au bourg "
        "pour un atelier.</p>",
        "steps": [
            ("Faire le tour des mairies", "<p>Salle, connexion, jour de marché.</p>"),
            ("Constituer un kit mobile", "<p>Six ordinateurs portables, un routeur.</p>"),
            ("Tourner chaque trimestre", "<p>Un cycle de trois ateliers par village.</p>"),
        ],
        "budget": "5k",
        "staff": "1 conseillère numérique, 1 agent du point lecture",
        "volunteers": 3,
        "setup_time": "1-3-mois",
        "equipment": "6 ordinateurs portables, routeur 4G, vidéoprojecteur.",
        "partners": [
            (
                "Communauté de communes du Pays de Murat",
                "Intercommunalité",
                "Conseillère numérique",
            ),
            ("Mairies des villages", "Communes", "Salles et communication"),
        ],
        "results": "<p>Des habitants qui n’avaient jamais franchi la porte d’un atelier y "
        "sont venus, parce qu’il était chez eux.</p>",
        "indicators": [("Villages", "12"), ("Participants", "131")],
        "difficulties": "<p>Certaines salles n’ont pas de réseau : choisir des exercices hors "
        "ligne.</p>",
        "tips": "<p>Le secrétariat de mairie connaît tout le monde : c’est le meilleur relais.</p>",
        "checklist": ["Un kit mobile", "Une salle par village", "Le relais des mairies"],
        "period": ("2023-01-10", None),
        "status": "en-cours",
        "contact": "La conseillère numérique",
        "inspired_by": ["le-bibliobus-embarque-un-conseiller-france-services"],
        "orientations": ["coordonner-l-ecosysteme-local", "accueillir-et-orienter"],
        "guides": ["organiser-un-atelier-numerique-collectif"],
    },
    {
        "slug": "un-point-lecture-avec-borne-d-acces-aux-services-en-ligne",
        "title": "Un point lecture avec une borne d’accès aux services en ligne",
        "summary": "Dans un village de l’Aubrac, le point lecture tenu par des bénévoles "
        "dispose d’un poste en libre accès et d’un rendez-vous en visio avec France Services.",
        "structure": ("Point lecture de Nasbinals", "point-lecture", "xs"),
        "place": ("Nasbinals", "48260", "48104"),
        "themes": ["acces-internet-materiel", "demarches-administratives"],
        "territories": ["rural-habitat-tres-disperse", "frr"],
        "audiences": ["seniors"],
        "context": "<p>La France Services la plus proche est à quarante minutes en voiture, "
        "et l’hiver les routes sont difficiles.</p>",
        "steps": [
            ("Installer un poste et une webcam", "<p>Dans un coin fermé du point lecture.</p>"),
            ("Organiser la visio avec France Services", "<p>Sur rendez-vous, le jeudi.</p>"),
            ("Former les bénévoles", "<p>À l’accueil et à la mise en relation.</p>"),
        ],
        "budget": "1k",
        "staff": "Bénévoles du point lecture",
        "volunteers": 5,
        "setup_time": "1-3-mois",
        "equipment": "1 poste, webcam, casque, imprimante.",
        "partners": [
            ("France Services de Saint-Chély-d’Apcher", "France Services", "Rendez-vous en visio"),
            (
                "Bibliothèque départementale de la Lozère",
                "Bibliothèque départementale",
                "Formation des bénévoles",
            ),
        ],
        "results": "<p>Des démarches faites sans prendre la route en hiver.</p>",
        "indicators": [("Rendez-vous en visio par an", "72")],
        "difficulties": "<p>Une connexion fragile : la commune a fait installer une antenne "
        "dédiée.</p>",
        "tips": "<p>Un casque rend la visio confidentielle même dans une petite salle.</p>",
        "checklist": ["Un coin confidentiel", "Une connexion testée", "Des bénévoles formés"],
        "period": ("2023-11-02", None),
        "status": "en-cours",
        "contact": "La présidente de l’association du point lecture",
        "inspired_by": ["le-bibliobus-embarque-un-conseiller-france-services"],
        "orientations": ["nouer-des-partenariats"],
        "guides": ["monter-un-partenariat-avec-france-services"],
    },
    {
        "slug": "prevenir-le-cyberharcelement-avec-le-college",
        "title": "Prévenir le cyberharcèlement avec le collège",
        "summary": "Ateliers pour les classes de 5e et soirée pour les parents : la "
        "médiathèque et le collège travaillent ensemble sur les réseaux sociaux, le "
        "cyberharcèlement et les recours.",
        "structure": ("Médiathèque de Loudéac", "municipale", "s"),
        "place": ("Loudéac", "22600", "22136"),
        "themes": ["usage-securise", "parentalite-education", "education-medias-information"],
        "territories": ["petites-villes"],
        "audiences": ["jeunes", "familles-enfants"],
        "context": "<p>Le collège avait connu plusieurs situations de harcèlement sur les "
        "réseaux sociaux.</p>",
        "steps": [
            (
                "Construire deux ateliers avec la CPE",
                "<p>Vie privée en ligne, réagir face au harcèlement.</p>",
            ),
            ("Accueillir les classes", "<p>Cinq classes de 5e, deux heures chacune.</p>"),
            ("Réunir les parents", "<p>Une soirée avec le numéro national 3018.</p>"),
        ],
        "budget": "0",
        "staff": "1 bibliothécaire jeunesse, 1 conseillère principale d’éducation",
        "volunteers": None,
        "setup_time": "1-3-mois",
        "equipment": "Tablettes, vidéoprojecteur.",
        "partners": [
            ("Collège de Loudéac", "Établissement scolaire", "Classes et CPE"),
            ("Association e-Enfance", "Association", "Ressources et numéro 3018"),
        ],
        "results": "<p>Des élèves ont signalé des situations à la CPE après les ateliers.</p>",
        "indicators": [("Élèves sensibilisés", "128"), ("Parents présents à la soirée", "34")],
        "difficulties": "<p>Parler de situations vécues demande un cadre : la CPE était "
        "présente à chaque atelier.</p>",
        "tips": "<p>Finissez toujours par les recours : à qui parler, quel numéro.</p>",
        "checklist": ["Un partenaire au collège", "Un cadre de parole", "Le numéro 3018 affiché"],
        "period": ("2024-01-08", "2024-02-16"),
        "status": "terminee",
        "contact": "La bibliothécaire jeunesse",
        "orientations": ["nouer-des-partenariats"],
        "guides": [],
    },
    {
        "slug": "mon-profil-en-ligne-pour-les-demandeurs-d-emploi-de-plus-de-50-ans",
        "title": "« Mon profil en ligne » pour les demandeurs d’emploi de plus de 50 ans",
        "summary": "Un cycle de quatre ateliers pour les demandeurs d’emploi seniors : profil "
        "professionnel en ligne, candidatures, entretiens en visio.",
        "structure": ("Médiathèque de Cesson-Sévigné", "municipale", "m"),
        "place": ("Cesson-Sévigné", "35510", "35051"),
        "themes": ["insertion-professionnelle"],
        "territories": ["ceintures-urbaines"],
        "audiences": ["demandeurs-emploi", "seniors"],
        "context": "<p>Les demandeurs d’emploi de plus de cinquante ans se sentaient "
        "disqualifiés par les candidatures en ligne.</p>",
        "steps": [
            ("Repérer les personnes avec France Travail", "<p>Invitation par le conseiller.</p>"),
            ("Quatre ateliers", "<p>Profil, offres, candidature, entretien en visio.</p>"),
            ("Un entretien simulé", "<p>Avec des bénévoles issus du monde de l’entreprise.</p>"),
        ],
        "budget": "1k",
        "staff": "1 bibliothécaire, 1 conseiller France Travail",
        "volunteers": 4,
        "setup_time": "1-3-mois",
        "equipment": "Salle de 8 postes, webcams, casques.",
        "partners": [
            ("France Travail Rennes Est", "Service public de l’emploi", "Orientation"),
            ("Association d’entraide pour l’emploi", "Association", "Entretiens simulés"),
        ],
        "results": "<p>Les participants se disent plus confiants ; plusieurs ont décroché un "
        "entretien.</p>",
        "indicators": [("Participants", "24"), ("Entretiens obtenus dans les trois mois", "9")],
        "difficulties": "<p>La gêne de se montrer en visio : l’entretien simulé est "
        "déterminant.</p>",
        "tips": "<p>Faites intervenir des recruteurs bénévoles.</p>",
        "checklist": ["Un partenariat France Travail", "Des webcams", "Des bénévoles recruteurs"],
        "period": ("2023-03-06", "2023-06-26"),
        "status": "terminee",
        "contact": "Le bibliothécaire chargé des services aux adultes",
        "inspired_by": ["club-de-recherche-d-emploi-au-coeur-du-quartier"],
        "orientations": ["nouer-des-partenariats"],
        "guides": [],
    },
    {
        "slug": "un-parcours-pix-pour-les-benevoles-du-reseau",
        "title": "Un parcours Pix pour les bénévoles des bibliothèques du réseau",
        "summary": "Le réseau intercommunal propose à ses bénévoles un parcours Pix adapté et "
        "trois demi-journées de formation, pour qu’ils se sentent capables d’aider au "
        "numérique.",
        "structure": ("Réseau des bibliothèques de Conques-Marcillac", "intercommunale", "s"),
        "place": ("Marcillac-Vallon", "12330", "12138"),
        "themes": ["formation-personnels", "outils-numeriques-quotidien"],
        "territories": ["bourgs-ruraux"],
        "audiences": ["personnels-bibliotheque"],
        "context": "<p>Les bénévoles des six bibliothèques du réseau recevaient des "
        "demandes d’aide sans s’y sentir préparés.</p>",
        "steps": [
            ("Positionnement Pix", "<p>Un parcours de quarante-cinq minutes.</p>"),
            (
                "Trois demi-journées de formation",
                "<p>Ciblées sur les compétences les plus faibles.</p>",
            ),
            ("Un second parcours", "<p>Six mois après, pour mesurer les progrès.</p>"),
        ],
        "budget": "0",
        "staff": "1 coordinatrice du réseau, 1 conseiller numérique",
        "volunteers": 28,
        "setup_time": "3-6-mois",
        "equipment": "Ordinateurs portables du réseau.",
        "partners": [
            (
                "Bibliothèque départementale de l’Aveyron",
                "Bibliothèque départementale",
                "Espace Pix Orga",
            ),
            (
                "Conseiller numérique de la communauté de communes",
                "Conseiller numérique",
                "Formation",
            ),
        ],
        "results": "<p>Les scores ont progressé et les bénévoles aident davantage au "
        "quotidien.</p>",
        "indicators": [("Bénévoles engagés", "28"), ("Progression moyenne", "+64 pix")],
        "difficulties": "<p>L’appréhension du test : il a été présenté comme un jeu.</p>",
        "tips": "<p>Ne publiez jamais les scores individuels.</p>",
        "checklist": ["Un espace Pix Orga", "Des formations ciblées", "Un second parcours"],
        "period": ("2023-09-01", "2024-03-31"),
        "status": "terminee",
        "contact": "La coordinatrice du réseau",
        "inspired_by": ["former-toute-l-equipe-a-l-accueil-des-demandes-d-aide"],
        "orientations": ["former-les-equipes"],
        "guides": ["evaluer-et-former-l-equipe-avec-pix"],
    },
    {
        "slug": "cartographier-les-lieux-de-mediation-d-un-territoire-rural",
        "title": "Cartographier les lieux de médiation d’un territoire de montagne",
        "summary": "La bibliothèque départementale a recensé avec le standard national tous "
        "les lieux d’aide au numérique du Verdon et publié les données sur la cartographie "
        "nationale.",
        "structure": (
            "Médiathèque départementale des Alpes-de-Haute-Provence",
            "departementale",
            "m",
        ),
        "place": ("Castellane", "04120", "04039"),
        "themes": ["cooperation-territoriale"],
        "territories": ["rural-habitat-disperse", "frr"],
        "audiences": ["elus-locaux"],
        "context": "<p>Les élus ne savaient pas où orienter les habitants ; les bibliothèques "
        "ne figuraient sur aucune carte.</p>",
        "steps": [
            ("Exporter les lieux existants", "<p>Depuis la cartographie nationale.</p>"),
            ("Enquêter auprès des bibliothèques", "<p>Services, horaires, accessibilité.</p>"),
            ("Publier et présenter aux élus", "<p>Une carte imprimée pour chaque mairie.</p>"),
        ],
        "budget": "1k",
        "staff": "1 chargée de mission de la médiathèque départementale",
        "volunteers": None,
        "setup_time": "3-6-mois",
        "equipment": "Aucun équipement particulier.",
        "partners": [
            ("Hub territorial pour un numérique inclusif", "Hub territorial", "Méthode et données"),
            (
                "Communauté de communes Alpes Provence Verdon",
                "Intercommunalité",
                "Relais auprès des mairies",
            ),
        ],
        "results": "<p>Onze bibliothèques ajoutées à la cartographie ; les mairies orientent "
        "mieux.</p>",
        "indicators": [("Lieux recensés", "23"), ("Bibliothèques ajoutées", "11")],
        "difficulties": "<p>Les horaires saisonniers : deux jeux d’horaires sont publiés.</p>",
        "tips": "<p>Fixez une date annuelle de mise à jour.</p>",
        "checklist": ["Le standard national", "Une enquête courte", "Une date de mise à jour"],
        "period": ("2023-01-16", "2023-06-30"),
        "status": "terminee",
        "contact": "La chargée de mission lecture publique",
        "inspired_by": ["une-charte-du-reseau-local-de-mediation-numerique"],
        "orientations": ["cartographier-les-acteurs", "coordonner-l-ecosysteme-local"],
        "guides": ["cartographier-l-offre-de-mediation"],
    },
    {
        "slug": "un-repair-cafe-numerique",
        "title": "Un repair café numérique pour prolonger la vie des appareils",
        "summary": "Chaque mois, des bénévoles réparent avec les usagers téléphones et "
        "ordinateurs, et expliquent l’impact environnemental du numérique.",
        "structure": ("Bibliothèque municipale d’Auxerre", "municipale", "m"),
        "place": ("Auxerre", "89000", "89024"),
        "themes": ["materiel-prix-solidaire", "comprehension-monde-numerique"],
        "territories": ["centres-urbains-intermediaires"],
        "audiences": ["seniors", "jeunes"],
        "context": "<p>Des usagers renonçaient au numérique à la première panne, faute de "
        "moyens pour remplacer leur appareil.</p>",
        "steps": [
            ("Recruter des bénévoles réparateurs", "<p>Avec une association locale.</p>"),
            ("Installer un atelier mensuel", "<p>Le samedi, dans le hall.</p>"),
            ("Ajouter une exposition", "<p>Sur le cycle de vie d’un smartphone.</p>"),
        ],
        "budget": "1k",
        "staff": "1 bibliothécaire",
        "volunteers": 6,
        "setup_time": "semaines",
        "equipment": "Tables, outillage, pièces détachées de base.",
        "partners": [
            ("Association de réparation locale", "Association", "Bénévoles réparateurs"),
            ("Ressourcerie de l’Auxerrois", "Ressourcerie", "Pièces et dons"),
        ],
        "results": "<p>Deux appareils sur trois repartent réparés.</p>",
        "indicators": [("Appareils examinés en un an", "260"), ("Taux de réparation", "66 %")],
        "difficulties": "<p>Les batteries collées des smartphones récents.</p>",
        "tips": "<p>Associez la réparation à un conseil de sécurité : sauvegarde, mises à "
        "jour.</p>",
        "checklist": ["Des bénévoles compétents", "Un outillage de base", "Une assurance vérifiée"],
        "period": ("2023-04-01", None),
        "status": "en-cours",
        "contact": "Le bibliothécaire chargé des animations",
        "inspired_by": ["ordinateurs-reconditionnes-a-prix-solidaire"],
        "orientations": [],
        "guides": ["preter-du-materiel-et-des-connexions"],
    },
    {
        "slug": "lire-la-presse-en-ligne-en-ehpad",
        "title": "Lire la presse en ligne en EHPAD avec les ressources de la bibliothèque",
        "summary": "Les bibliothécaires font découvrir aux résidents d’EHPAD la presse et les "
        "livres numériques de la médiathèque sur tablette, avec l’équipe d’animation.",
        "structure": ("Médiathèques de Vannes", "municipale", "l"),
        "place": ("Vannes", "56000", "56260"),
        "themes": ["ressources-numeriques-bibliotheque", "outils-numeriques-quotidien"],
        "territories": ["centres-urbains-intermediaires"],
        "audiences": ["seniors", "deficience-visuelle"],
        "context": "<p>Les résidents ne pouvaient plus venir à la médiathèque ; la presse "
        "papier arrivait en retard.</p>",
        "steps": [
            (
                "Inscrire l’établissement",
                "<p>Une carte collective donnant accès aux ressources numériques.</p>",
            ),
            ("Animer des séances", "<p>Tous les quinze jours avec l’animatrice de l’EHPAD.</p>"),
            ("Former l’équipe d’animation", "<p>Pour poursuivre entre deux passages.</p>"),
        ],
        "budget": "1k",
        "staff": "1 bibliothécaire, 1 animatrice d’EHPAD",
        "volunteers": None,
        "setup_time": "semaines",
        "equipment": "4 tablettes avec grands écrans, support.",
        "partners": [("EHPAD de la ville", "Établissement pour personnes âgées", "Animation")],
        "results": "<p>Les résidents lisent le journal de leur ville natale ; certains ont "
        "retrouvé le plaisir de lire grâce au zoom.</p>",
        "indicators": [("Résidents participants", "35"), ("Séances par an", "24")],
        "difficulties": "<p>Le Wi-Fi des salles communes : un routeur a été prêté.</p>",
        "tips": "<p>Commencez par la presse locale : elle suscite tout de suite la "
        "conversation.</p>",
        "checklist": [
            "Une carte collective",
            "Des tablettes à grand écran",
            "Une animatrice relais",
        ],
        "period": ("2022-10-03", None),
        "status": "en-cours",
        "contact": "La bibliothécaire chargée du portage",
        "orientations": ["accueillir-et-orienter"],
        "guides": [],
    },
    {
        "slug": "mediation-numerique-mobile-dans-les-villages-de-mayotte",
        "title": "Une médiation numérique mobile dans les villages de Mayotte",
        "summary": "Un médiabus fait étape dans les villages avec deux médiateurs "
        "bilingues shimaoré-français, pour les démarches CAF, sécurité sociale et titres de "
        "séjour.",
        "structure": ("Bibliothèque départementale de Mayotte", "departementale", "l"),
        "place": ("Mamoudzou", "97600", "97611"),
        "themes": [
            "demarches-administratives",
            "acces-internet-materiel",
            "e-administration-emploi-social",
        ],
        "territories": ["outre-mer", "grands-centres-urbains"],
        "audiences": ["langues-etrangeres", "femmes", "familles-enfants"],
        "context": "<p>Une large part des habitants ne lit pas le français et n’a pas "
        "d’ordinateur ; les files d’attente aux guichets sont longues.</p>",
        "steps": [
            ("Recruter des médiateurs bilingues", "<p>Shimaoré et kibushi.</p>"),
            ("Équiper le médiabus", "<p>Connexion satellite, ordinateurs, imprimante.</p>"),
            ("Établir une tournée", "<p>Avec les centres communaux d’action sociale.</p>"),
        ],
        "budget": "20k+",
        "staff": "2 médiateurs bilingues, 1 chauffeur",
        "volunteers": None,
        "setup_time": "6-mois-plus",
        "equipment": "Médiabus, connexion satellite, 3 ordinateurs portables.",
        "partners": [
            (
                "Caisse de sécurité sociale de Mayotte",
                "Sécurité sociale",
                "Formation et contact dédié",
            ),
            ("CCAS des communes", "CCAS", "Accueil et orientation"),
            ("Préfecture de Mayotte", "État", "Financement"),
        ],
        "results": "<p>Des familles ont rouvert des droits interrompus depuis des mois.</p>",
        "indicators": [("Villages desservis", "17"), ("Personnes accompagnées", "1 050")],
        "difficulties": "<p>Les coupures d’électricité et de réseau : la connexion satellite "
        "était indispensable.</p>",
        "tips": "<p>Parlez la langue des personnes : tout le reste en découle.</p>",
        "checklist": [
            "Des médiateurs bilingues",
            "Une connexion autonome",
            "Un contact dans chaque organisme",
        ],
        "period": ("2022-02-01", None),
        "status": "en-cours",
        "contact": "Le responsable du médiabus",
        "inspired_by": ["le-bibliobus-embarque-un-conseiller-france-services"],
        "orientations": ["accueillir-et-orienter", "nouer-des-partenariats"],
        "guides": ["accueillir-une-demande-d-aide-en-ligne"],
    },
    {
        "slug": "rendez-vous-medicaux-en-ligne-a-pointe-a-pitre",
        "title": "Prendre rendez-vous et suivre ses remboursements en ligne",
        "summary": "Dans le quartier de Lauricisque, la médiathèque et l’Assurance maladie "
        "aident les seniors à prendre rendez-vous chez le médecin en ligne et à suivre leurs "
        "remboursements.",
        "structure": ("Médiathèque municipale de Pointe-à-Pitre", "municipale", "m"),
        "place": ("Pointe-à-Pitre", "97110", "97120"),
        "themes": ["e-administration-sante"],
        "territories": ["outre-mer", "qpv", "centres-urbains-intermediaires"],
        "audiences": ["seniors"],
        "context": "<p>Les seniors du quartier peinaient à obtenir un rendez-vous médical par "
        "téléphone.</p>",
        "steps": [
            ("Former les médiateurs", "<p>Avec la CGSS de Guadeloupe.</p>"),
            ("Ateliers hebdomadaires", "<p>Compte Ameli, rendez-vous en ligne.</p>"),
            ("Permanence individuelle", "<p>Le vendredi matin.</p>"),
        ],
        "budget": "1k",
        "staff": "2 médiateurs numériques",
        "volunteers": 1,
        "setup_time": "1-3-mois",
        "equipment": "4 postes, tablettes.",
        "partners": [
            ("CGSS de Guadeloupe", "Assurance maladie", "Formation et supports"),
            ("CCAS de Pointe-à-Pitre", "CCAS", "Orientation des seniors"),
        ],
        "results": "<p>Des seniors autonomes pour leurs rendez-vous et leurs remboursements.</p>",
        "indicators": [("Seniors accompagnés", "96"), ("Comptes Ameli créés", "71")],
        "difficulties": "<p>Beaucoup n’avaient pas d’adresse électronique.</p>",
        "tips": "<p>Commencez par l’adresse électronique : tout en dépend.</p>",
        "checklist": [
            "Un partenariat avec la caisse",
            "Des ateliers réguliers",
            "Une permanence individuelle",
        ],
        "period": ("2023-06-01", None),
        "status": "en-cours",
        "contact": "Le médiateur numérique référent",
        "inspired_by": ["ateliers-mon-espace-sante-avec-la-cpam"],
        "orientations": ["nouer-des-partenariats"],
        "guides": [],
    },
    {
        "slug": "teleconsultation-accompagnee-a-la-mediatheque",
        "title": "Une téléconsultation accompagnée à la médiathèque",
        "summary": "Dans une vallée sans médecin, la médiathèque accueille une cabine de "
        "téléconsultation et une aide pour s’y connecter, en lien avec la maison de santé.",
        "structure": ("Médiathèque intercommunale de Massat", "intercommunale", "xs"),
        "place": ("Massat", "09320", "09182"),
        "themes": ["e-administration-sante", "acces-internet-materiel"],
        "territories": ["rural-habitat-disperse", "frr"],
        "audiences": ["seniors", "handicaps-moteurs"],
        "context": "<p>Le dernier médecin de la vallée est parti en retraite ; le plus proche "
        "est à quarante minutes.</p>",
        "steps": [
            (
                "Installer un poste de téléconsultation",
                "<p>Dans une pièce fermée et accessible.</p>",
            ),
            (
                "Former deux agents",
                "<p>À l’accueil et à la mise en route, jamais à l’acte médical.</p>",
            ),
            (
                "Organiser avec la maison de santé",
                "<p>Infirmière présente pour les examens si besoin.</p>",
            ),
        ],
        "budget": "20k",
        "staff": "2 agents, 1 infirmière de la maison de santé",
        "volunteers": None,
        "setup_time": "6-mois-plus",
        "equipment": "Poste de téléconsultation avec objets connectés, pièce fermée.",
        "partners": [
            (
                "Maison de santé pluriprofessionnelle",
                "Santé",
                "Infirmière et médecins téléconsultants",
            ),
            ("Agence régionale de santé Occitanie", "État", "Financement"),
        ],
        "results": "<p>Des consultations évitées aux urgences et des trajets en moins.</p>",
        "indicators": [("Téléconsultations par an", "410")],
        "difficulties": "<p>Bien distinguer le rôle des agents, qui n’assistent pas à la "
        "consultation.</p>",
        "tips": "<p>Écrivez noir sur blanc ce que fait et ne fait pas l’agent.</p>",
        "checklist": [
            "Une pièce confidentielle",
            "Un partenaire de santé",
            "Un rôle des agents écrit",
        ],
        "period": ("2023-03-15", None),
        "status": "en-cours",
        "contact": "La responsable de la médiathèque",
        "orientations": ["nouer-des-partenariats", "financer-et-evaluer"],
        "guides": ["proteger-les-donnees-des-usagers-accompagnes"],
    },
    {
        "slug": "gouters-numeriques-programmer-en-famille",
        "title": "Goûters numériques : programmer en famille",
        "summary": "Le mercredi après-midi, parents et enfants de 7 à 11 ans découvrent "
        "ensemble la programmation avec des robots et des jeux, puis partagent un goûter.",
        "structure": ("Médiathèque municipale de Chartres", "municipale", "l"),
        "place": ("Chartres", "28000", "28085"),
        "themes": ["loisirs-creations", "parentalite-education"],
        "territories": ["centres-urbains-intermediaires"],
        "audiences": ["familles-enfants"],
        "context": "<p>Les parents voulaient des activités numériques créatives plutôt que "
        "du temps d’écran passif.</p>",
        "steps": [
            (
                "Choisir le matériel",
                "<p>Robots programmables, logiciel de programmation par blocs.</p>",
            ),
            ("Animer en binôme parent-enfant", "<p>Un défi par séance.</p>"),
            ("Prêter des kits", "<p>Pour continuer à la maison.</p>"),
        ],
        "budget": "5k",
        "staff": "1 médiateur numérique",
        "volunteers": 1,
        "setup_time": "semaines",
        "equipment": "6 robots programmables, 6 tablettes.",
        "partners": [("Fablab de l’agglomération", "Association", "Prêt de matériel et défis")],
        "results": "<p>Des séances complètes toute l’année et des kits très demandés.</p>",
        "indicators": [("Familles participantes", "74"), ("Prêts de kits", "120")],
        "difficulties": "<p>Les robots s’usent vite : prévoir un budget de remplacement.</p>",
        "tips": "<p>Le goûter crée du lien entre familles.</p>",
        "checklist": ["Du matériel robuste", "Des défis prêts", "Des kits à prêter"],
        "period": ("2022-09-14", None),
        "status": "en-cours",
        "contact": "Le médiateur numérique",
        "orientations": [],
        "guides": [],
    },
    {
        "slug": "demander-sa-retraite-en-ligne-avec-la-carsat",
        "title": "Demander sa retraite en ligne : rendez-vous avec la Carsat",
        "summary": "Une conseillère retraite tient une permanence mensuelle à la "
        "médiathèque ; les bibliothécaires préparent avec les personnes leur espace en ligne "
        "et leurs pièces.",
        "structure": ("Médiathèque de Montlouis-sur-Loire", "municipale", "s"),
        "place": ("Montlouis-sur-Loire", "37270", "37156"),
        "themes": ["e-administration-emploi-social", "demarches-administratives"],
        "territories": ["ceintures-urbaines"],
        "audiences": ["seniors"],
        "context": "<p>La demande unique de retraite en ligne décourageait les futurs "
        "retraités.</p>",
        "steps": [
            ("Convenir d’une permanence", "<p>Avec l’agence retraite de la Carsat.</p>"),
            (
                "Préparer en amont",
                "<p>Création de l’espace et scan des pièces à la médiathèque.</p>",
            ),
            ("Finaliser avec la conseillère", "<p>Rendez-vous d’une demi-heure.</p>"),
        ],
        "budget": "0",
        "staff": "1 bibliothécaire, 1 conseillère retraite",
        "volunteers": None,
        "setup_time": "semaines",
        "equipment": "Bureau fermé, scanner.",
        "partners": [("Carsat Centre-Val de Loire", "Assurance retraite", "Permanence")],
        "results": "<p>Des dossiers complets dès le premier rendez-vous.</p>",
        "indicators": [("Dossiers préparés en un an", "88")],
        "difficulties": "<p>Les carrières à l’étranger demandent plus de temps.</p>",
        "tips": "<p>Envoyez la liste des pièces avec la confirmation de rendez-vous.</p>",
        "checklist": ["Une permanence régulière", "Un scanner", "Une liste des pièces"],
        "period": ("2023-05-01", None),
        "status": "en-cours",
        "contact": "La bibliothécaire responsable de l’accueil",
        "orientations": ["nouer-des-partenariats"],
        "guides": ["monter-un-partenariat-avec-france-services"],
    },
    {
        "slug": "contribuer-a-wikipedia-sur-le-patrimoine-local",
        "title": "Contribuer à Wikipédia sur le patrimoine local",
        "summary": "Habitants et collégiens écrivent et illustrent des articles sur le "
        "patrimoine des Causses, en apprenant à citer leurs sources et à respecter les "
        "licences libres.",
        "structure": ("Médiathèque de Meyrueis", "municipale", "xs"),
        "place": ("Meyrueis", "48150", "48096"),
        "themes": [
            "loisirs-creations",
            "comprehension-monde-numerique",
            "education-medias-information",
        ],
        "territories": ["bourgs-ruraux", "frr"],
        "audiences": ["seniors", "jeunes"],
        "context": "<p>Le patrimoine du village était peu présent en ligne alors que les "
        "habitants en étaient les meilleurs connaisseurs.</p>",
        "steps": [
            ("Former avec des wikipédiens", "<p>Deux ateliers d’initiation.</p>"),
            ("Photographier le patrimoine", "<p>Sortie commune, photos sous licence libre.</p>"),
            ("Écrire et sourcer", "<p>Avec les archives de la médiathèque.</p>"),
        ],
        "budget": "0",
        "staff": "1 bibliothécaire",
        "volunteers": 6,
        "setup_time": "3-6-mois",
        "equipment": "Ordinateurs portables, appareil photo.",
        "partners": [
            ("Wikimédia France", "Association", "Formation des contributeurs"),
            ("Collège du secteur", "Établissement scolaire", "Participation des élèves"),
        ],
        "results": "<p>Des articles créés et enrichis, des centaines de photos partagées.</p>",
        "indicators": [("Articles créés ou enrichis", "27"), ("Photos versées", "340")],
        "difficulties": "<p>Les règles de sourçage déroutent au début.</p>",
        "tips": "<p>Les anciens racontent, les jeunes saisissent : un duo qui fonctionne.</p>",
        "checklist": ["Un partenaire wikipédien", "Des sources locales", "Une sortie photo"],
        "period": ("2023-09-20", "2024-05-29"),
        "status": "terminee",
        "contact": "La bibliothécaire responsable",
        "orientations": [],
        "guides": [],
    },
    {
        "slug": "ateliers-numeriques-entre-femmes",
        "title": "Des ateliers numériques entre femmes dans le quartier",
        "summary": "Un groupe réservé aux femmes, le matin pendant l’école, pour gagner en "
        "autonomie : téléphone, sécurité des comptes, démarches, lutte contre le "
        "cybercontrôle.",
        "structure": ("Bibliothèque du quartier nord d’Amiens", "municipale", "m"),
        "place": ("Amiens", "80080", "80021"),
        "themes": ["outils-numeriques-quotidien", "usage-securise"],
        "territories": ["grands-centres-urbains", "qpv"],
        "audiences": ["femmes", "langues-etrangeres"],
        "context": "<p>Des femmes du quartier dépendaient d’un proche pour tout usage "
        "numérique, parfois sous contrôle de leurs comptes.</p>",
        "steps": [
            ("Ouvrir un groupe non mixte", "<p>Le mardi matin, avec le centre social.</p>"),
            (
                "Travailler la sécurité des comptes",
                "<p>Mots de passe, localisation, applications espionnes.</p>",
            ),
            ("Orienter si besoin", "<p>Vers l’association d’aide aux victimes.</p>"),
        ],
        "budget": "1k",
        "staff": "1 médiatrice numérique, 1 animatrice du centre social",
        "volunteers": None,
        "setup_time": "1-3-mois",
        "equipment": "Tablettes, téléphones de démonstration.",
        "partners": [
            ("Centre social du quartier", "Association", "Mobilisation et co-animation"),
            ("Association d’aide aux victimes", "Association", "Orientation"),
        ],
        "results": "<p>Des participantes ont repris la main sur leurs comptes.</p>",
        "indicators": [("Participantes", "26")],
        "difficulties": "<p>La discrétion : l’atelier est présenté comme un atelier téléphone.</p>",
        "tips": "<p>Un espace sûr compte plus que le programme.</p>",
        "checklist": [
            "Un groupe non mixte",
            "Un relais vers l’aide aux victimes",
            "Un affichage discret",
        ],
        "period": ("2023-01-10", None),
        "status": "en-cours",
        "contact": "La médiatrice numérique",
        "orientations": ["accueillir-et-orienter"],
        "guides": ["proteger-les-donnees-des-usagers-accompagnes"],
    },
    {
        "slug": "un-poste-adapte-aux-personnes-en-situation-de-handicap-moteur",
        "title": "Un poste adapté aux personnes en situation de handicap moteur",
        "summary": "Table réglable, souris à boule, clavier adapté et commande vocale : un "
        "poste accessible et des séances de prise en main avec un ergothérapeute.",
        "structure": ("Médiathèque municipale de Belfort", "municipale", "m"),
        "place": ("Belfort", "90000", "90010"),
        "themes": ["acces-internet-materiel", "outils-numeriques-quotidien"],
        "territories": ["centres-urbains-intermediaires"],
        "audiences": ["handicaps-moteurs"],
        "context": "<p>Les postes publics n’étaient pas utilisables en fauteuil ni avec une "
        "motricité réduite des mains.</p>",
        "steps": [
            ("Choisir le matériel avec un ergothérapeute", "<p>Essais avec des usagers.</p>"),
            ("Installer le poste", "<p>Près de l’entrée, accès de plain-pied.</p>"),
            ("Former l’équipe", "<p>À la configuration des aides techniques.</p>"),
        ],
        "budget": "5k",
        "staff": "1 bibliothécaire, 1 ergothérapeute partenaire",
        "volunteers": None,
        "setup_time": "1-3-mois",
        "equipment": "Table à hauteur variable, souris à boule, clavier adapté, logiciel de "
        "commande vocale.",
        "partners": [("APF France handicap", "Association", "Conseil et ergothérapeute")],
        "results": "<p>Un poste réservé régulièrement, et une équipe plus à l’aise avec le "
        "handicap.</p>",
        "indicators": [("Réservations par mois", "18")],
        "difficulties": "<p>Les mises à jour du logiciel vocal.</p>",
        "tips": "<p>Faites tester le matériel avant l’achat.</p>",
        "checklist": ["Un ergothérapeute conseil", "Un accès de plain-pied", "Une équipe formée"],
        "period": ("2022-03-01", None),
        "status": "en-cours",
        "contact": "Le bibliothécaire référent accessibilité",
        "inspired_by": ["initier-les-personnes-deficientes-visuelles-aux-lecteurs-d-ecran"],
        "orientations": ["accueillir-et-orienter", "financer-et-evaluer"],
        "guides": ["preter-du-materiel-et-des-connexions"],
    },
    {
        "slug": "sensibiliser-les-elus-a-l-inclusion-numerique",
        "title": "Sensibiliser les élus du territoire à l’inclusion numérique",
        "summary": "Une matinée pour les maires et conseillers communautaires : chiffres "
        "locaux, mise en situation de démarches, présentation des lieux d’aide et des "
        "financements.",
        "structure": ("Médiathèque intercommunale de Rostrenen", "intercommunale", "s"),
        "place": ("Rostrenen", "22110", "22265"),
        "themes": ["cooperation-territoriale", "formation-personnels"],
        "territories": ["bourgs-ruraux", "frr"],
        "audiences": ["elus-locaux"],
        "context": "<p>Les élus sous-estimaient les difficultés de leurs habitants et ne "
        "connaissaient pas l’offre existante.</p>",
        "steps": [
            ("Rassembler les chiffres locaux", "<p>Couverture réseau, âge, lieux d’aide.</p>"),
            (
                "Mettre les élus en situation",
                "<p>Faire une démarche sur un smartphone inconnu.</p>",
            ),
            ("Présenter les financements", "<p>DGD, conseillers numériques, appels à projets.</p>"),
        ],
        "budget": "0",
        "staff": "1 directrice de médiathèque, 1 conseiller numérique",
        "volunteers": None,
        "setup_time": "semaines",
        "equipment": "Smartphones de démonstration.",
        "partners": [
            ("Communauté de communes du Kreiz-Breizh", "Intercommunalité", "Invitation des élus"),
            (
                "Hub territorial pour un numérique inclusif",
                "Hub territorial",
                "Chiffres et financements",
            ),
        ],
        "results": "<p>Deux communes ont ouvert un créneau d’aide en mairie en lien avec la "
        "médiathèque.</p>",
        "indicators": [("Élus présents", "31"), ("Communes engagées ensuite", "2")],
        "difficulties": "<p>Trouver une date : elle a été calée sur le conseil communautaire.</p>",
        "tips": "<p>La mise en situation convainc plus que les chiffres.</p>",
        "checklist": ["Des chiffres locaux", "Une mise en situation", "Une liste des financements"],
        "period": ("2024-02-03", "2024-02-03"),
        "status": "terminee",
        "contact": "La directrice de la médiathèque",
        "orientations": ["financer-et-evaluer", "coordonner-l-ecosysteme-local"],
        "guides": ["financer-et-evaluer-une-action"],
    },
    {
        "slug": "visites-a-domicile-pour-les-habitants-isoles",
        "title": "Rendez-vous téléphoniques et visites à domicile pour les habitants isolés",
        "summary": "Pour les habitants sans voiture des hameaux, la médiathèque propose une "
        "aide par téléphone et, si besoin, une visite à domicile avec le portage de livres.",
        "structure": ("Médiathèque intercommunale d’Auberive", "intercommunale", "xs"),
        "place": ("Auberive", "52160", "52023"),
        "themes": ["demarches-administratives", "e-administration-sante"],
        "territories": ["rural-habitat-tres-disperse", "frr"],
        "audiences": ["seniors", "handicaps-moteurs"],
        "context": "<p>Des personnes âgées isolées ne pouvaient se déplacer ni pour les "
        "livres ni pour les démarches.</p>",
        "steps": [
            (
                "Repérer avec les services d’aide à domicile",
                "<p>Une liste tenue avec accord des personnes.</p>",
            ),
            (
                "Proposer un rendez-vous téléphonique",
                "<p>Souvent suffisant pour débloquer une situation.</p>",
            ),
            ("Coupler avec le portage", "<p>La visite mensuelle sert aussi aux démarches.</p>"),
        ],
        "budget": "1k",
        "staff": "1 agent de médiathèque",
        "volunteers": 3,
        "setup_time": "1-3-mois",
        "equipment": "Ordinateur portable avec clé 4G, téléphone.",
        "partners": [
            ("Service d’aide à domicile", "Association", "Repérage"),
            (
                "France Services de Langres",
                "France Services",
                "Relais pour les démarches complexes",
            ),
        ],
        "results": "<p>Des situations débloquées sans déplacement.</p>",
        "indicators": [("Personnes suivies", "19"), ("Visites en un an", "140")],
        "difficulties": "<p>Le temps de trajet entre hameaux.</p>",
        "tips": "<p>Regroupez les visites par secteur.</p>",
        "checklist": ["Un repérage partagé", "Un agent mobile équipé", "Un relais France Services"],
        "period": ("2023-02-01", None),
        "status": "en-cours",
        "contact": "L’agent chargé du portage à domicile",
        "inspired_by": ["le-bibliobus-embarque-un-conseiller-france-services"],
        "orientations": ["accueillir-et-orienter"],
        "guides": [],
    },
    {
        "slug": "faire-connaitre-les-ressources-numeriques-a-domicile",
        "title": "Faire connaître les ressources numériques de la bibliothèque à domicile",
        "summary": "Presse, autoformation, cinéma, soutien scolaire : la bibliothèque "
        "départementale fait découvrir ses ressources numériques en ligne aux habitants des "
        "communes rurales.",
        "structure": ("Médiathèque départementale du Cantal", "departementale", "m"),
        "place": ("Riom-ès-Montagnes", "15400", "15162"),
        "themes": ["ressources-numeriques-bibliotheque", "loisirs-creations"],
        "territories": ["rural-habitat-disperse", "frr"],
        "audiences": ["seniors", "etudiants", "familles-enfants"],
        "context": "<p>Les ressources numériques, accessibles gratuitement à tout inscrit, "
        "étaient très peu utilisées hors des villes.</p>",
        "steps": [
            ("Former les bibliothèques du réseau", "<p>Une démonstration par bibliothèque.</p>"),
            (
                "Organiser des cafés découverte",
                "<p>Une heure, un thème, un ordinateur branché sur la télévision.</p>",
            ),
            (
                "Distribuer des codes d’accès",
                "<p>Une carte à gratter pour s’inscrire facilement.</p>",
            ),
        ],
        "budget": "5k",
        "staff": "1 chargée des ressources numériques",
        "volunteers": 8,
        "setup_time": "3-6-mois",
        "equipment": "Ordinateur portable, câble vers téléviseur.",
        "partners": [
            ("Bibliothèques du réseau départemental", "Bibliothèques", "Accueil des cafés"),
            ("Maison de services au public", "France Services", "Relais de l’information"),
        ],
        "results": "<p>Les connexions aux ressources numériques ont doublé en un an.</p>",
        "indicators": [("Cafés découverte", "22"), ("Hausse des connexions", "×2")],
        "difficulties": "<p>Le débit internet limite le cinéma en ligne dans certains "
        "villages.</p>",
        "tips": "<p>Montrez une ressource à la fois.</p>",
        "checklist": [
            "Des démonstrations courtes",
            "Des codes faciles",
            "Un relais dans chaque bibliothèque",
        ],
        "period": ("2022-01-10", "2022-12-20"),
        "status": "terminee",
        "contact": "La chargée des ressources numériques",
        "orientations": ["cartographier-les-acteurs"],
        "guides": [],
    },
    {
        "slug": "declarer-ses-revenus-en-ligne-en-guyane",
        "title": "Déclarer ses revenus en ligne : permanence de printemps avec les finances "
        "publiques",
        "summary": "Pendant la campagne de déclaration, un agent des finances publiques et "
        "deux médiateurs plurilingues reçoivent à la médiathèque pour la déclaration en ligne.",
        "structure": ("Médiathèque municipale de Saint-Laurent-du-Maroni", "municipale", "l"),
        "place": ("Saint-Laurent-du-Maroni", "97320", "97311"),
        "themes": ["e-administration-impots-identite", "demarches-administratives"],
        "territories": ["outre-mer", "centres-urbains-intermediaires"],
        "audiences": ["langues-etrangeres", "familles-enfants"],
        "context": "<p>Sans déclaration de revenus, pas d’avis d’imposition, et donc pas de "
        "droits sociaux : beaucoup de familles ne déclaraient pas.</p>",
        "steps": [
            ("Convenir d’une permanence", "<p>Avec le service des impôts des particuliers.</p>"),
            ("Mobiliser des médiateurs plurilingues", "<p>Sranan tongo, portugais, espagnol.</p>"),
            ("Tenir six semaines de permanence", "<p>Trois jours par semaine.</p>"),
        ],
        "budget": "1k",
        "staff": "1 agent des finances publiques, 2 médiateurs",
        "volunteers": 2,
        "setup_time": "1-3-mois",
        "equipment": "4 postes, imprimante.",
        "partners": [
            ("Direction générale des finances publiques", "État", "Agent présent"),
            ("Association de médiation interculturelle", "Association", "Médiateurs plurilingues"),
        ],
        "results": "<p>Des familles ont obtenu leur premier avis d’imposition et ouvert leurs "
        "droits.</p>",
        "indicators": [("Déclarations accompagnées", "410"), ("Premières déclarations", "38 %")],
        "difficulties": "<p>Les pièces d’identité manquantes : orientation vers l’écrivain "
        "public.</p>",
        "tips": "<p>Annoncez la permanence par les radios locales, dans toutes les langues.</p>",
        "checklist": [
            "Un agent des finances publiques",
            "Des médiateurs plurilingues",
            "Une annonce par la radio",
        ],
        "period": ("2024-04-15", "2024-06-07"),
        "status": "terminee",
        "contact": "La responsable de l’espace numérique",
        "orientations": ["nouer-des-partenariats", "accueillir-et-orienter"],
        "guides": ["accueillir-une-demande-d-aide-en-ligne"],
    },
]

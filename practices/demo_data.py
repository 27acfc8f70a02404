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
            ("Demander l’habilitation de la médiathèque", "<p>Dossier déposé par la directrice "
             "avec l’accord de la ville.</p>"),
            ("Former deux agents", "<p>Une journée et demie de formation Aidants Connect.</p>"),
            ("Ouvrir un créneau de rendez-vous", "<p>Le mardi après-midi et le samedi matin, "
             "réservation à l’accueil ou par téléphone.</p>"),
            ("Orienter vers les partenaires", "<p>Les dossiers complexes partent vers la France "
             "Services du quartier avec une fiche de liaison.</p>"),
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
                ("Apply for the library’s authorisation", "<p>Filed by the director with the "
                 "town’s approval.</p>"),
                ("Train two staff members", "<p>A day and a half of Aidants Connect "
                 "training.</p>"),
                ("Open appointment slots", "<p>Tuesday afternoon and Saturday morning, booked at "
                 "the desk or by phone.</p>"),
                ("Refer to partners", "<p>Complex files go to the local France Services centre "
                 "with a liaison form.</p>"),
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
            ("Ajuster la tournée", "<p>Arrêts de deux heures au lieu de quarante-cinq minutes "
             "dans huit communes.</p>"),
            ("Équiper le bus", "<p>Deux ordinateurs portables, un routeur 4G, une "
             "imprimante.</p>"),
            ("Embarquer le conseiller", "<p>La France Services mobile met à disposition un "
             "conseiller une journée par semaine.</p>"),
            ("Prévenir les habitants", "<p>Affichage en mairie, bulletin municipal, appel du "
             "secrétariat de mairie aux personnes isolées.</p>"),
        ],
        "budget": "20k",
        "staff": "1 chauffeur-bibliothécaire, 1 conseiller France Services",
        "volunteers": 4,
        "setup_time": "3-6-mois",
        "equipment": "Bibliobus aménagé, 2 ordinateurs portables, routeur 4G, imprimante.",
        "partners": [
            ("France Services itinérante de la Creuse", "France Services", "Conseiller "
             "embarqué"),
            ("Communauté de communes Creuse Sud-Ouest", "Intercommunalité", "Cofinancement du "
             "routeur et de l’abonnement"),
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
                ("Adjust the route", "<p>Two-hour stops instead of forty-five minutes in eight "
                 "villages.</p>"),
                ("Equip the vehicle", "<p>Two laptops, a 4G router, a printer.</p>"),
                ("Take the adviser on board", "<p>The mobile France Services provides an "
                 "adviser one day a week.</p>"),
                ("Tell residents", "<p>Town hall posters, municipal newsletter, calls from the "
                 "town hall secretary to isolated people.</p>"),
            ],
            "staff": "1 driver-librarian, 1 France Services adviser",
            "equipment": "Fitted mobile library, 2 laptops, 4G router, printer.",
            "partners": [
                ("France Services itinérante de la Creuse", "France Services", "Adviser on "
                 "board"),
                ("Communauté de communes Creuse Sud-Ouest", "Inter-municipal authority",
                 "Co-funds the router and subscription"),
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
            ("Former l’équipe avec la CPAM", "<p>Une demi-journée de présentation du "
             "service par un délégué numérique en santé.</p>"),
            ("Programmer six ateliers", "<p>Un par mois, huit places, sur inscription.</p>"),
            ("Co-animer", "<p>La CPAM présente le service ; les bibliothécaires accompagnent "
             "la manipulation sur les postes.</p>"),
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
                ("Train the team with the fund", "<p>A half-day presentation by a digital "
                 "health officer.</p>"),
                ("Schedule six workshops", "<p>One a month, eight places, booking "
                 "required.</p>"),
                ("Run them together", "<p>The fund presents the service; librarians help "
                 "people on the computers.</p>"),
            ],
            "staff": "2 librarians, 1 digital health officer from the fund",
            "equipment": "8-seat training room, projector.",
            "partners": [
                ("CPAM de Saône-et-Loire", "Health insurance", "Co-facilitation and handouts"),
                ("Centre communal d’action sociale", "Social services", "Reaches older "
                 "people"),
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
            ("Tenir un cahier des questions", "<p>Les questions fréquentes deviennent des "
             "fiches pratiques.</p>"),
        ],
        "budget": "1k",
        "staff": "1 bibliothécaire",
        "volunteers": 2,
        "setup_time": "semaines",
        "equipment": "Coin café, multiprises, deux tablettes de prêt.",
        "partners": [
            ("Club informatique de Ploërmel", "Association", "Bénévoles"),
            ("Résidence autonomie", "Établissement pour personnes âgées", "Accompagnement des "
             "résidents"),
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
            ("Convenir du format avec France Travail", "<p>Un conseiller présent un mardi sur "
             "deux.</p>"),
            ("Réserver l’espace numérique", "<p>Six postes bloqués le mardi et le jeudi "
             "matin.</p>"),
            ("Associer la mission locale", "<p>Pour les moins de 26 ans, un conseiller "
             "mission locale le jeudi.</p>"),
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
                ("Agree the format with the job centre", "<p>An adviser attends every other "
                 "Tuesday.</p>"),
                ("Book the digital space", "<p>Six computers reserved on Tuesday and Thursday "
                 "mornings.</p>"),
                ("Involve the youth centre", "<p>For under-26s, a youth adviser on "
                 "Thursdays.</p>"),
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
            ("Positionner les jeunes", "<p>Un parcours Pix de découverte en début de "
             "cycle.</p>"),
            ("Organiser des séances d’entraînement", "<p>Quatre séances de deux heures, en "
             "petits groupes.</p>"),
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
            ("Construire l’atelier avec la gendarmerie", "<p>Exemples réels et anonymisés "
             "apportés par la brigade.</p>"),
            ("Faire manipuler", "<p>Chacun repère les signes d’alerte sur des messages "
             "reçus.</p>"),
            ("Montrer où signaler", "<p>17Cyber, Pharos, signal-spam.</p>"),
        ],
        "budget": "0",
        "staff": "1 bibliothécaire, 1 gendarme référent prévention",
        "volunteers": None,
        "setup_time": "semaines",
        "equipment": "Vidéoprojecteur, tablettes de démonstration.",
        "partners": [
            ("Brigade de gendarmerie de Figeac", "Gendarmerie nationale", "Co-animation"),
            ("France Services du Grand-Figeac", "France Services", "Relais des personnes "
             "victimes"),
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
                ("Build the workshop with the gendarmerie", "<p>Real, anonymised examples "
                 "brought by the officers.</p>"),
                ("Let people practise", "<p>Everyone spots warning signs in messages they "
                 "received.</p>"),
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
            ("Choisir des horaires adaptés", "<p>Le mardi de 20 h à 21 h 30, garde d’enfants "
             "assurée par l’accueil de loisirs.</p>"),
            ("Co-animer avec une association", "<p>Une intervenante du réseau parentalité "
             "anime l’échange.</p>"),
            ("Faire manipuler", "<p>Réglage du contrôle parental sur les appareils apportés "
             "par les parents.</p>"),
        ],
        "budget": "1k",
        "staff": "1 bibliothécaire jeunesse",
        "volunteers": None,
        "setup_time": "1-3-mois",
        "equipment": "Salle d’animation, tablettes et console de démonstration.",
        "partners": [
            ("Réseau d’écoute, d’appui et d’accompagnement des parents", "Association",
             "Animation des échanges"),
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
                ("Pick suitable hours", "<p>Tuesday 8 to 9.30 pm, with childcare by the "
                 "leisure centre.</p>"),
                ("Run it with an association", "<p>A facilitator from the parenting network "
                 "leads the discussion.</p>"),
                ("Practise", "<p>Setting parental controls on the parents’ own devices.</p>"),
            ],
            "staff": "1 children’s librarian",
            "equipment": "Activity room, tablets and a demonstration game console.",
            "partners": [
                ("Réseau d’écoute, d’appui et d’accompagnement des parents", "Association",
                 "Leads the discussions"),
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
]

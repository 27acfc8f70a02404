"""Demo content of the guides app: the working group's strategic orientations and practical guides,
in French with their English translations. Plain data: guides/demo.py turns it into pages."""


# Small constructors for StreamField values, so the data below reads like the page it builds.
def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def paragraph(html):
    return ("paragraph", html)


def steps(*items):
    return ("steps", [{"title": title, "text": text} for title, text in items])


def checklist(title, *items):
    return ("checklist", {"title": title, "items": list(items)})


def tip(title, html):
    return ("callout", {"kind": "tip", "title": title, "text": html})


def warning(title, html):
    return ("callout", {"kind": "warning", "title": title, "text": html})


def info(title, html):
    return ("callout", {"kind": "info", "title": title, "text": html})


def link(url, title, description=""):
    return ("link", {"url": url, "title": title, "description": description})


def line(title, html, *who):
    return ("line", {"title": title, "text": html, "who_acts": list(who)})


ORIENTATIONS = [
    {
        "slug": "former-les-equipes",
        "number": 1,
        "title": "Former les équipes de bibliothèque à l’accompagnement numérique",
        "short_title": "Former les équipes",
        "summary": "Donner à chaque agent et bénévole les repères pour accueillir une demande "
        "d’aide en ligne, savoir jusqu’où aller, et orienter vers le bon interlocuteur quand la "
        "démarche dépasse le rôle de la bibliothèque.",
        "context": "<p>Les bibliothèques reçoivent chaque jour des demandes d’aide pour une "
        "déclaration, un rendez-vous médical ou une candidature. Beaucoup d’agents y répondent "
        "sans y avoir été préparés, avec la crainte de mal faire ou de manipuler des données "
        "personnelles.</p><p>Les formations existent (Pix, Aidants Connect, modules du CNFPT et "
        "des bibliothèques départementales) mais restent peu suivies faute de temps et de "
        "remplacement.</p>",
        "objectives": "<ul><li>Un socle commun de compétences pour toutes les équipes, "
        "bénévoles compris.</li><li>Un cadre clair : ce que la bibliothèque fait, ce qu’elle "
        "oriente.</li><li>Des référents formés plus avant dans chaque réseau de lecture "
        "publique.</li></ul>",
        "lines": [
            line(
                "Inscrire l’accompagnement numérique dans les plans de formation",
                "<p>Les bibliothèques départementales et les centres régionaux de formation "
                "proposent un parcours de base (accueil, orientation, sécurité des données) "
                "ouvert aux salariés comme aux bénévoles.</p>",
                "state",
                "local_authorities",
                "libraries",
            ),
            line(
                "Évaluer les compétences avant de former",
                "<p>Un positionnement Pix en équipe permet de cibler les modules utiles et de "
                "valoriser les acquis.</p>",
                "libraries",
            ),
            line(
                "Désigner un référent par établissement",
                "<p>Le référent suit une formation approfondie (Aidants Connect, médiation "
                "numérique) et relaie les bonnes pratiques auprès de ses collègues.</p>",
                "libraries",
                "local_authorities",
            ),
        ],
        "indicators": [
            "Part des agents et bénévoles ayant suivi le parcours de base",
            "Nombre de référents formés par réseau de lecture publique",
            "Nombre d’agents habilités Aidants Connect",
        ],
        "themes": ["formation-personnels", "demarches-administratives"],
        "territories": [],
        "audiences": ["personnels-bibliotheque"],
        "en": {
            "slug": "train-library-staff",
            "title": "Train library staff in digital support",
            "short_title": "Train staff",
            "summary": "Give every staff member and volunteer the landmarks to welcome a request "
            "for help online, know how far to go, and refer people to the right contact when the "
            "procedure goes beyond the library’s role.",
            "context": "<p>Every day, libraries receive requests for help with a tax return, a "
            "medical appointment or a job application. Many staff members answer without having "
            "been prepared, afraid of doing the wrong thing or of handling personal data.</p>"
            "<p>Training exists (Pix, Aidants Connect, courses from the CNFPT and county "
            "libraries) but few people attend for lack of time and cover.</p>",
            "objectives": "<ul><li>A shared set of skills for all teams, volunteers "
            "included.</li><li>A clear frame: what the library does, and what it "
            "refers.</li><li>Contact persons with further training in every public library "
            "network.</li></ul>",
            "lines": [
                line(
                    "Put digital support in training plans",
                    "<p>County libraries and regional training centres offer a basic course "
                    "(welcome, referral, data security) open to employees and volunteers "
                    "alike.</p>",
                    "state",
                    "local_authorities",
                    "libraries",
                ),
                line(
                    "Assess skills before training",
                    "<p>A team Pix assessment targets the useful modules and recognises what "
                    "people already know.</p>",
                    "libraries",
                ),
                line(
                    "Name a contact person in every library",
                    "<p>The contact person takes further training (Aidants Connect, digital "
                    "mediation) and shares good practices with colleagues.</p>",
                    "libraries",
                    "local_authorities",
                ),
            ],
            "indicators": [
                "Share of staff and volunteers who took the basic course",
                "Number of trained contact persons per library network",
                "Number of staff members authorised for Aidants Connect",
            ],
        },
    },
    {
        "slug": "coordonner-l-ecosysteme-local",
        "number": 2,
        "title": "Coordonner l’écosystème local de la médiation numérique",
        "short_title": "Coordonner l’écosystème local",
        "summary": "Faire travailler ensemble bibliothèques, France Services, CCAS, conseillers "
        "numériques et associations pour que chaque habitant trouve une aide près de chez lui, "
        "sans doublon ni zone blanche.",
        "context": "<p>Sur un même territoire coexistent souvent plusieurs lieux d’aide au "
        "numérique qui se connaissent mal. Les habitants passent de guichet en guichet ; les "
        "horaires se chevauchent ; certains villages n’ont aucune offre.</p>",
        "objectives": "<ul><li>Un réseau local identifié, animé par une collectivité ou un "
        "hub territorial.</li><li>Des règles d’orientation partagées entre structures.</li>"
        "<li>Des plannings coordonnés, notamment dans les territoires ruraux.</li></ul>",
        "lines": [
            line(
                "Réunir les acteurs deux fois par an",
                "<p>Une rencontre du réseau local, animée par l’intercommunalité ou la "
                "bibliothèque départementale, fait le point sur l’offre et les besoins.</p>",
                "local_authorities",
                "libraries",
                "associations",
            ),
            line(
                "Écrire une charte d’orientation",
                "<p>Qui fait quoi, quand orienter, comment transmettre une demande sans faire "
                "répéter son histoire à la personne.</p>",
                "libraries",
                "associations",
            ),
            line(
                "Associer les bibliothèques aux feuilles de route France Numérique Ensemble",
                "<p>Les préfectures et les hubs territoriaux intègrent les bibliothèques aux "
                "gouvernances départementales de l’inclusion numérique.</p>",
                "state",
                "local_authorities",
            ),
        ],
        "indicators": [
            "Nombre de structures membres du réseau local",
            "Nombre de rencontres du réseau par an",
            "Part des communes couvertes par au moins un lieu d’accompagnement",
        ],
        "themes": ["cooperation-territoriale"],
        "territories": [],
        "audiences": ["elus-locaux", "personnels-bibliotheque"],
        "en": {
            "slug": "coordinate-the-local-ecosystem",
            "title": "Coordinate the local digital mediation ecosystem",
            "short_title": "Coordinate the local ecosystem",
            "summary": "Get libraries, France Services, social services, digital advisers and "
            "associations to work together so that every resident finds help nearby, without "
            "overlaps or blank areas.",
            "context": "<p>Several places offering digital help often coexist in one territory "
            "without knowing each other well. Residents go from desk to desk; opening hours "
            "overlap; some villages have no offer at all.</p>",
            "objectives": "<ul><li>An identified local network, run by a local authority or a "
            "territorial hub.</li><li>Shared referral rules between organisations.</li>"
            "<li>Coordinated schedules, especially in rural areas.</li></ul>",
            "lines": [
                line(
                    "Bring the actors together twice a year",
                    "<p>A meeting of the local network, run by the inter-municipal authority or "
                    "the county library, reviews the offer and the needs.</p>",
                    "local_authorities",
                    "libraries",
                    "associations",
                ),
                line(
                    "Write a referral charter",
                    "<p>Who does what, when to refer, how to pass on a request without making "
                    "the person repeat their story.</p>",
                    "libraries",
                    "associations",
                ),
                line(
                    "Include libraries in the “France Numérique Ensemble” roadmaps",
                    "<p>Prefectures and territorial hubs include libraries in the county "
                    "governance of digital inclusion.</p>",
                    "state",
                    "local_authorities",
                ),
            ],
            "indicators": [
                "Number of organisations in the local network",
                "Number of network meetings per year",
                "Share of municipalities covered by at least one support place",
            ],
        },
    },
    {
        "slug": "cartographier-les-acteurs",
        "number": 3,
        "title": "Cartographier les acteurs et rendre l’offre visible",
        "short_title": "Cartographier les acteurs",
        "summary": "Recenser les lieux de médiation numérique selon le standard national, "
        "publier des données à jour et faire figurer les bibliothèques sur la cartographie "
        "nationale des lieux d’inclusion numérique.",
        "context": "<p>Les bibliothèques sont souvent absentes des cartes de l’offre de "
        "médiation numérique, alors qu’elles en sont l’un des premiers lieux ouverts sans "
        "rendez-vous. Les données existantes sont dispersées et vite périmées.</p>",
        "objectives": "<ul><li>Chaque bibliothèque qui accompagne le public est référencée "
        "avec ses services, ses horaires et ses modalités d’accès.</li><li>Les données suivent "
        "le standard « Lieux de médiation numérique » et sont publiées en open data.</li></ul>",
        "lines": [
            line(
                "Recenser avec le standard national",
                "<p>Les bibliothèques départementales collectent les informations des "
                "bibliothèques de leur réseau avec les vocabulaires du standard.</p>",
                "libraries",
                "state",
            ),
            line(
                "Mettre à jour une fois par an",
                "<p>Une campagne annuelle de vérification, calée sur l’enquête des "
                "bibliothèques, évite les fiches périmées.</p>",
                "libraries",
                "local_authorities",
            ),
        ],
        "indicators": [
            "Nombre de bibliothèques référencées sur la cartographie nationale",
            "Part des fiches mises à jour dans l’année",
        ],
        "themes": ["cooperation-territoriale", "acces-internet-materiel"],
        "territories": [],
        "audiences": ["elus-locaux"],
        "en": {
            "slug": "map-the-actors",
            "title": "Map the actors and make the offer visible",
            "short_title": "Map the actors",
            "summary": "List digital mediation places with the national standard, publish "
            "up-to-date data and put libraries on the national map of digital inclusion places.",
            "context": "<p>Libraries are often missing from maps of the digital mediation "
            "offer, although they are among the first places open without an appointment. "
            "Existing data is scattered and soon out of date.</p>",
            "objectives": "<ul><li>Every library that helps the public is listed with its "
            "services, opening hours and access conditions.</li><li>Data follows the “Lieux de "
            "médiation numérique” standard and is published as open data.</li></ul>",
            "lines": [
                line(
                    "List places with the national standard",
                    "<p>County libraries collect information from the libraries of their "
                    "network with the standard’s vocabularies.</p>",
                    "libraries",
                    "state",
                ),
                line(
                    "Update once a year",
                    "<p>A yearly check, timed with the national library survey, avoids "
                    "outdated entries.</p>",
                    "libraries",
                    "local_authorities",
                ),
            ],
            "indicators": [
                "Number of libraries on the national map",
                "Share of entries updated during the year",
            ],
        },
    },
    {
        "slug": "nouer-des-partenariats",
        "number": 4,
        "title": "Nouer des partenariats avec France Services, les services sociaux et les "
        "associations",
        "short_title": "Nouer des partenariats",
        "summary": "Formaliser les liens entre la bibliothèque et les structures qui "
        "instruisent les démarches : France Services, CCAS, CAF, France Travail, mission locale, "
        "associations de médiation, pour accompagner sans se substituer.",
        "context": "<p>La bibliothèque accueille sans condition et sur de larges horaires, "
        "mais ne peut pas instruire un dossier. Les partenaires instruisent mais reçoivent sur "
        "rendez-vous. Leur complémentarité profite aux habitants quand elle est organisée.</p>",
        "objectives": "<ul><li>Une convention simple avec au moins un partenaire social par "
        "bibliothèque.</li><li>Des permanences de partenaires dans les murs de la "
        "bibliothèque.</li><li>Un contact direct pour les situations urgentes.</li></ul>",
        "lines": [
            line(
                "Accueillir des permanences",
                "<p>Conseiller France Services, écrivain public ou médiateur CAF tiennent une "
                "permanence régulière à la médiathèque.</p>",
                "libraries",
                "associations",
            ),
            line(
                "Signer une convention courte",
                "<p>Objet, engagements de chacun, circuit d’orientation, protection des "
                "données : deux pages suffisent.</p>",
                "local_authorities",
                "libraries",
            ),
            line(
                "Mobiliser les associations nationales",
                "<p>Emmaüs Connect, les Petits Frères des Pauvres ou la Croix-Rouge apportent "
                "matériel, formation et bénévoles.</p>",
                "associations",
            ),
        ],
        "indicators": [
            "Nombre de conventions signées",
            "Nombre de permanences de partenaires tenues en bibliothèque",
            "Nombre de personnes orientées vers un partenaire",
        ],
        "themes": ["cooperation-territoriale", "e-administration-emploi-social"],
        "territories": [],
        "audiences": ["elus-locaux"],
        "en": {
            "slug": "build-partnerships",
            "title": "Build partnerships with France Services, social services and associations",
            "short_title": "Build partnerships",
            "summary": "Formalise the links between the library and the organisations that "
            "process procedures: France Services, social services, family allowances, the job "
            "centre, youth centres and mediation associations, to support without replacing "
            "them.",
            "context": "<p>The library welcomes everyone, no questions asked and with long "
            "opening hours, but cannot process a file. Partners process files but see people by "
            "appointment. Residents benefit when this complementarity is organised.</p>",
            "objectives": "<ul><li>A simple agreement with at least one social partner per "
            "library.</li><li>Partner drop-in sessions inside the library.</li><li>A direct "
            "contact for urgent situations.</li></ul>",
            "lines": [
                line(
                    "Host drop-in sessions",
                    "<p>A France Services adviser, a public letter writer or a family "
                    "allowance mediator holds regular sessions in the library.</p>",
                    "libraries",
                    "associations",
                ),
                line(
                    "Sign a short agreement",
                    "<p>Purpose, each party’s commitments, referral path, data protection: two "
                    "pages are enough.</p>",
                    "local_authorities",
                    "libraries",
                ),
                line(
                    "Involve national associations",
                    "<p>Emmaüs Connect, Petits Frères des Pauvres or the Red Cross bring "
                    "equipment, training and volunteers.</p>",
                    "associations",
                ),
            ],
            "indicators": [
                "Number of agreements signed",
                "Number of partner sessions held in libraries",
                "Number of people referred to a partner",
            ],
        },
    },
    {
        "slug": "accueillir-et-orienter",
        "number": 5,
        "title": "Accueillir, orienter et accompagner les publics",
        "short_title": "Accueillir et orienter",
        "summary": "Faire de la bibliothèque un lieu où l’on peut demander de l’aide sans "
        "gêne : repérer les besoins, proposer un accompagnement adapté à chaque public, et "
        "rendre les personnes plus autonomes.",
        "context": "<p>Une personne sur trois se dit peu à l’aise avec les démarches en ligne. "
        "Demander de l’aide reste difficile : peur d’être jugé, difficultés de lecture, langue, "
        "handicap. L’accueil de la bibliothèque, sans condition, est un atout.</p>",
        "objectives": "<ul><li>Un accueil qui repère les besoins sans stigmatiser.</li><li>Des "
        "formats variés : aide ponctuelle, ateliers, rendez-vous individuels.</li><li>Une "
        "attention aux publics qui ont des besoins spécifiques.</li></ul>",
        "lines": [
            line(
                "Signaler l’offre d’aide dès l’entrée",
                "<p>Une affiche claire et un agent identifié rendent la demande plus facile.</p>",
                "libraries",
            ),
            line(
                "Adapter les formats aux publics",
                "<p>Facile à lire et à comprendre, langue des signes, ateliers en petits "
                "groupes, horaires en soirée pour les actifs.</p>",
                "libraries",
                "associations",
            ),
            line(
                "Viser l’autonomie",
                "<p>Faire avec la personne plutôt qu’à sa place, et lui proposer un parcours "
                "d’ateliers pour la suite.</p>",
                "libraries",
                "associations",
            ),
        ],
        "indicators": [
            "Nombre d’accompagnements individuels par mois",
            "Nombre de participants aux ateliers",
            "Part des personnes revenues pour un second atelier",
        ],
        "themes": ["demarches-administratives", "outils-numeriques-quotidien"],
        "territories": [],
        "audiences": ["seniors", "illettrisme", "langues-etrangeres"],
        "en": {
            "slug": "welcome-and-refer",
            "title": "Welcome, refer and support people",
            "short_title": "Welcome and refer",
            "summary": "Make the library a place where people can ask for help without "
            "embarrassment: spot needs, offer support suited to each audience, and help people "
            "become more independent.",
            "context": "<p>One person in three says they are not comfortable with online "
            "procedures. Asking for help remains hard: fear of being judged, reading "
            "difficulties, language, disability. The library’s unconditional welcome is an "
            "asset.</p>",
            "objectives": "<ul><li>A welcome that spots needs without stigma.</li><li>Varied "
            "formats: one-off help, workshops, individual appointments.</li><li>Attention to "
            "people with specific needs.</li></ul>",
            "lines": [
                line(
                    "Show the help offer at the entrance",
                    "<p>A clear poster and an identified staff member make asking easier.</p>",
                    "libraries",
                ),
                line(
                    "Adapt formats to audiences",
                    "<p>Easy-to-read documents, sign language, small-group workshops, evening "
                    "hours for working people.</p>",
                    "libraries",
                    "associations",
                ),
                line(
                    "Aim for independence",
                    "<p>Do it with the person rather than for them, and offer a series of "
                    "workshops afterwards.</p>",
                    "libraries",
                    "associations",
                ),
            ],
            "indicators": [
                "Number of individual support sessions per month",
                "Number of workshop participants",
                "Share of people who came back for a second workshop",
            ],
        },
    },
    {
        "slug": "financer-et-evaluer",
        "number": 6,
        "title": "Financer et évaluer les actions d’inclusion numérique",
        "short_title": "Financer et évaluer",
        "summary": "Mobiliser les financements existants (DGD bibliothèques, conseillers "
        "numériques, appels à projets, fonds européens) et mesurer ce que les actions "
        "changent, avec quelques indicateurs simples et partagés.",
        "context": "<p>Les actions d’inclusion numérique des bibliothèques reposent souvent sur "
        "des crédits ponctuels. Sans indicateurs partagés, leurs effets restent invisibles aux "
        "élus et aux financeurs.</p>",
        "objectives": "<ul><li>Des actions financées dans la durée.</li><li>Un petit socle "
        "d’indicateurs communs, collectés sans alourdir l’accueil.</li><li>Des bilans publiés "
        "qui aident d’autres territoires.</li></ul>",
        "lines": [
            line(
                "Combiner les sources de financement",
                "<p>Concours particulier de la DGD, postes de conseillers numériques, appels à "
                "projets de l’ANCT et des régions, mécénat local.</p>",
                "state",
                "local_authorities",
            ),
            line(
                "Mesurer peu mais bien",
                "<p>Nombre d’accompagnements, publics touchés, démarches abouties, "
                "satisfaction : quatre indicateurs suffisent pour commencer.</p>",
                "libraries",
            ),
            line(
                "Partager les bilans",
                "<p>Publier les résultats sous forme de fiche de bonne pratique sur ce centre "
                "de ressources.</p>",
                "libraries",
                "associations",
            ),
        ],
        "indicators": [
            "Part des actions financées sur plus d’un an",
            "Nombre de bilans publiés",
        ],
        "themes": ["cooperation-territoriale", "formation-personnels"],
        "territories": [],
        "audiences": ["elus-locaux"],
        "en": {
            "slug": "fund-and-evaluate",
            "title": "Fund and evaluate digital inclusion actions",
            "short_title": "Fund and evaluate",
            "summary": "Use existing funding (State grants for libraries, digital advisers, "
            "calls for projects, European funds) and measure what actions change, with a few "
            "simple, shared indicators.",
            "context": "<p>Libraries’ digital inclusion actions often rely on one-off funding. "
            "Without shared indicators, their effects stay invisible to elected officials and "
            "funders.</p>",
            "objectives": "<ul><li>Actions funded over time.</li><li>A small set of common "
            "indicators, collected without burdening the welcome desk.</li><li>Published "
            "reports that help other territories.</li></ul>",
            "lines": [
                line(
                    "Combine funding sources",
                    "<p>The State grant for libraries (DGD), digital adviser posts, calls for "
                    "projects from the ANCT and regions, local sponsorship.</p>",
                    "state",
                    "local_authorities",
                ),
                line(
                    "Measure little but well",
                    "<p>Number of support sessions, audiences reached, completed procedures, "
                    "satisfaction: four indicators are enough to start.</p>",
                    "libraries",
                ),
                line(
                    "Share the reports",
                    "<p>Publish the results as a good-practice card on this hub.</p>",
                    "libraries",
                    "associations",
                ),
            ],
            "indicators": [
                "Share of actions funded for more than a year",
                "Number of published reports",
            ],
        },
    },
]

SERVICE_PUBLIC = "https://www.service-public.fr/"
AIDANTS_CONNECT = "https://aidantsconnect.beta.gouv.fr/"
LES_BONS_CLICS = "https://www.lesbonsclics.fr/"
PIX = "https://pix.fr/"
FRANCE_SERVICES = "https://www.france-services.gouv.fr/"
CARTOGRAPHIE = "https://cartographie.societenumerique.gouv.fr/"
CYBERMALVEILLANCE = "https://www.cybermalveillance.gouv.fr/"
CNIL = "https://www.cnil.fr/"
EMMAUS_CONNECT = "https://emmaus-connect.org/"
SOCIETE_NUMERIQUE = "https://societenumerique.gouv.fr/"

GUIDES = [
    {
        "slug": "accueillir-une-demande-d-aide-en-ligne",
        "title": "Accueillir une demande d’aide à une démarche en ligne",
        "summary": "Les bons réflexes quand une personne demande de l’aide pour une démarche "
        "administrative : écouter, évaluer l’urgence, faire avec elle, et savoir quand orienter.",
        "for_library_staff": True,
        "for_mediators": True,
        "level": "decouverte",
        "reading_time": 8,
        "orientations": ["accueillir-et-orienter", "former-les-equipes"],
        "themes": ["demarches-administratives", "formation-personnels"],
        "audiences": ["personnels-bibliotheque", "seniors"],
        "body": [
            heading("Avant tout, écouter"),
            paragraph(
                "<p>La demande exprimée (« je n’arrive pas à me connecter ») cache souvent un "
                "autre besoin : un courrier incompris, une échéance proche, une inquiétude. "
                "Prenez deux minutes pour faire préciser la situation.</p>"
            ),
            steps(
                (
                    "Faire préciser la démarche et l’échéance",
                    "<p>Quel organisme ? Quel courrier ? Pour quand ?</p>",
                ),
                (
                    "Vérifier ce que la personne a sur elle",
                    "<p>Identifiants, adresse électronique, téléphone, pièces justificatives.</p>",
                ),
                (
                    "Faire avec la personne, pas à sa place",
                    "<p>Elle tient la souris ; vous guidez. Elle saisit ses mots de passe.</p>",
                ),
                (
                    "Orienter si la démarche dépasse votre rôle",
                    "<p>France Services, CCAS ou l’organisme lui-même instruisent les "
                    "dossiers.</p>",
                ),
            ),
            warning(
                "Ne jamais conserver d’identifiants",
                "<p>Ne notez ni ne gardez aucun mot de passe. Pour agir au nom d’une personne, "
                'il faut un cadre sécurisé comme <a href="https://aidantsconnect.beta.gouv.fr/">'
                "Aidants Connect</a>.</p>",
            ),
            checklist(
                "À la fin de l’accompagnement",
                "La personne sait se reconnecter seule ou sait où revenir",
                "Les documents ouverts ont été fermés et la session déconnectée",
                "Les fichiers téléchargés ont été supprimés du poste",
                "Une solution de suite a été proposée (atelier, partenaire, rendez-vous)",
            ),
            tip(
                "Un classeur d’orientation",
                "<p>Gardez à l’accueil la liste des partenaires du territoire avec leurs "
                "horaires et leur contact direct.</p>",
            ),
            link(SERVICE_PUBLIC, "Service-public.fr", "Le site officiel de l’administration"),
            link(LES_BONS_CLICS, "Les Bons Clics", "Fiches et parcours pour les aidants"),
        ],
        "en": {
            "slug": "welcoming-a-request-for-online-help",
            "title": "Welcoming a request for help with an online procedure",
            "summary": "The right reflexes when someone asks for help with an administrative "
            "procedure: listen, assess urgency, do it with them, and know when to refer.",
            "body": [
                heading("First of all, listen"),
                paragraph(
                    "<p>The stated request (“I can’t log in”) often hides another need: a letter "
                    "not understood, a deadline, a worry. Take two minutes to clarify the "
                    "situation.</p>"
                ),
                steps(
                    (
                        "Clarify the procedure and the deadline",
                        "<p>Which organisation? Which letter? By when?</p>",
                    ),
                    (
                        "Check what the person has with them",
                        "<p>Login details, email address, phone, supporting documents.</p>",
                    ),
                    (
                        "Do it with the person, not for them",
                        "<p>They hold the mouse; you guide. They type their own passwords.</p>",
                    ),
                    (
                        "Refer when the procedure goes beyond your role",
                        "<p>France Services, social services or the organisation itself "
                        "process files.</p>",
                    ),
                ),
                warning(
                    "Never keep login details",
                    "<p>Never write down or keep a password. To act on someone’s behalf you "
                    'need a secure frame such as <a href="https://aidantsconnect.beta.gouv.fr/">'
                    "Aidants Connect</a>.</p>",
                ),
                checklist(
                    "At the end of the session",
                    "The person can log in again alone or knows where to come back",
                    "Open documents were closed and the session logged out",
                    "Downloaded files were deleted from the computer",
                    "A next step was offered (workshop, partner, appointment)",
                ),
                tip(
                    "A referral binder",
                    "<p>Keep at the desk the list of local partners with their opening hours "
                    "and direct contact.</p>",
                ),
                link(
                    SERVICE_PUBLIC, "Service-public.fr", "The official French administration site"
                ),
                link(LES_BONS_CLICS, "Les Bons Clics", "Guides and courses for helpers"),
            ],
        },
    },
    {
        "slug": "habiliter-son-equipe-a-aidants-connect",
        "title": "Habiliter son équipe à Aidants Connect",
        "summary": "Aidants Connect permet à un agent formé de réaliser une démarche pour le "
        "compte d’une personne, de façon sécurisée et tracée. Voici comment y inscrire la "
        "bibliothèque.",
        "for_library_staff": True,
        "for_elected_officials": True,
        "for_mediators": True,
        "level": "intermediaire",
        "reading_time": 10,
        "orientations": ["former-les-equipes", "accueillir-et-orienter"],
        "themes": ["demarches-administratives", "formation-personnels", "usage-securise"],
        "audiences": ["personnels-bibliotheque"],
        "body": [
            heading("Pourquoi Aidants Connect"),
            paragraph(
                "<p>Quand une personne ne peut pas faire sa démarche elle-même, l’aidant agit "
                "avec un mandat signé, limité dans le temps et dans son objet. La bibliothèque "
                "est protégée, la personne aussi.</p>"
            ),
            steps(
                (
                    "Faire valider la structure",
                    "<p>Le responsable de la structure dépose la demande d’habilitation en "
                    "ligne.</p>",
                ),
                (
                    "Désigner les aidants",
                    "<p>Deux agents au moins, pour assurer la continuité.</p>",
                ),
                (
                    "Suivre la formation",
                    "<p>Une formation obligatoire, gratuite, d’une journée et demie.</p>",
                ),
                (
                    "Recevoir les cartes et ouvrir les premiers mandats",
                    "<p>Chaque aidant reçoit un moyen de connexion personnel.</p>",
                ),
            ),
            info(
                "Qui peut être aidant ?",
                "<p>Les salariés et agents publics. Les bénévoles ne peuvent pas être "
                "habilités.</p>",
            ),
            warning(
                "Un mandat n’est pas un blanc-seing",
                "<p>Il couvre des démarches précises, pour une durée choisie avec la personne.</p>",
            ),
            link(AIDANTS_CONNECT, "Aidants Connect", "Demander l’habilitation de la structure"),
        ],
        "en": {
            "slug": "getting-your-team-authorised-for-aidants-connect",
            "title": "Getting your team authorised for Aidants Connect",
            "summary": "Aidants Connect lets a trained staff member carry out a procedure on "
            "someone’s behalf, securely and with a record. Here is how to register the library.",
            "body": [
                heading("Why Aidants Connect"),
                paragraph(
                    "<p>When someone cannot carry out a procedure themselves, the helper acts "
                    "under a signed mandate limited in time and purpose. The library is "
                    "protected, and so is the person.</p>"
                ),
                steps(
                    (
                        "Get the organisation approved",
                        "<p>The head of the organisation applies online.</p>",
                    ),
                    ("Name the helpers", "<p>At least two staff members, for continuity.</p>"),
                    ("Take the training", "<p>A compulsory, free, day-and-a-half course.</p>"),
                    (
                        "Receive the cards and open the first mandates",
                        "<p>Each helper receives a personal login device.</p>",
                    ),
                ),
                info(
                    "Who can be a helper?",
                    "<p>Employees and public servants. Volunteers cannot be authorised.</p>",
                ),
                warning(
                    "A mandate is not a blank cheque",
                    "<p>It covers specific procedures, for a period chosen with the person.</p>",
                ),
                link(AIDANTS_CONNECT, "Aidants Connect", "Apply for your organisation"),
            ],
        },
    },
    {
        "slug": "monter-un-partenariat-avec-france-services",
        "title": "Monter un partenariat avec une France Services",
        "summary": "De la première rencontre à la convention : comment organiser la "
        "complémentarité entre la bibliothèque, qui accueille largement, et la France Services, "
        "qui instruit les démarches.",
        "for_library_staff": True,
        "for_elected_officials": True,
        "level": "intermediaire",
        "reading_time": 12,
        "orientations": ["nouer-des-partenariats", "coordonner-l-ecosysteme-local"],
        "themes": ["cooperation-territoriale", "demarches-administratives"],
        "audiences": ["elus-locaux", "personnels-bibliotheque"],
        "body": [
            heading("Deux missions complémentaires"),
            paragraph(
                "<p>Les conseillers France Services accompagnent les démarches de neuf "
                "opérateurs nationaux (CAF, Assurance maladie, France Travail, finances "
                "publiques…). La bibliothèque apporte des horaires larges, des postes en accès "
                "libre et des ateliers pour gagner en autonomie.</p>"
            ),
            steps(
                (
                    "Rencontrer l’équipe France Services",
                    "<p>Comparer les publics, les horaires et les demandes les plus "
                    "fréquentes.</p>",
                ),
                (
                    "Définir le circuit d’orientation",
                    "<p>Une fiche de liaison évite à la personne de répéter sa situation.</p>",
                ),
                (
                    "Programmer des actions communes",
                    "<p>Permanence mensuelle à la médiathèque, ateliers co-animés pendant la "
                    "période des impôts.</p>",
                ),
                (
                    "Signer une convention",
                    "<p>Deux pages : objet, engagements, données personnelles, bilan annuel.</p>",
                ),
            ),
            tip(
                "Commencer par une action visible",
                "<p>Une permanence « déclaration de revenus » en mai crée vite l’habitude de "
                "travailler ensemble.</p>",
            ),
            checklist(
                "La convention précise",
                "Les engagements de chaque partenaire",
                "Le circuit d’orientation et la fiche de liaison",
                "Les règles de protection des données personnelles",
                "La date du bilan annuel",
            ),
            link(FRANCE_SERVICES, "France Services", "Trouver la France Services la plus proche"),
        ],
        "en": {
            "slug": "setting-up-a-partnership-with-france-services",
            "title": "Setting up a partnership with a France Services centre",
            "summary": "From the first meeting to the agreement: how to organise the "
            "complementarity between the library, which welcomes everyone, and France Services, "
            "which processes procedures.",
            "body": [
                heading("Two complementary missions"),
                paragraph(
                    "<p>France Services advisers handle procedures for nine national bodies "
                    "(family allowances, health insurance, job centre, tax office…). The "
                    "library brings long opening hours, free-access computers and workshops "
                    "to become independent.</p>"
                ),
                steps(
                    (
                        "Meet the France Services team",
                        "<p>Compare audiences, opening hours and the most frequent requests.</p>",
                    ),
                    (
                        "Agree on the referral path",
                        "<p>A liaison form spares the person from repeating their situation.</p>",
                    ),
                    (
                        "Plan joint actions",
                        "<p>A monthly session at the library, workshops run together during "
                        "tax season.</p>",
                    ),
                    (
                        "Sign an agreement",
                        "<p>Two pages: purpose, commitments, personal data, yearly review.</p>",
                    ),
                ),
                tip(
                    "Start with a visible action",
                    "<p>A “tax return” session in May quickly builds the habit of working "
                    "together.</p>",
                ),
                checklist(
                    "The agreement states",
                    "Each partner’s commitments",
                    "The referral path and the liaison form",
                    "The personal data protection rules",
                    "The date of the yearly review",
                ),
                link(FRANCE_SERVICES, "France Services", "Find the nearest France Services"),
            ],
        },
    },
    {
        "slug": "organiser-un-atelier-numerique-collectif",
        "title": "Organiser un atelier numérique collectif",
        "summary": "Préparer, animer et faire vivre un atelier pour débutants : taille du "
        "groupe, durée, matériel, progression et suivi des participants.",
        "for_library_staff": True,
        "for_mediators": True,
        "level": "decouverte",
        "reading_time": 9,
        "orientations": ["accueillir-et-orienter"],
        "themes": ["outils-numeriques-quotidien", "usage-securise"],
        "audiences": ["seniors", "personnels-bibliotheque"],
        "body": [
            heading("Un petit groupe, un objectif concret"),
            paragraph(
                "<p>Six à huit personnes, une heure trente, un objectif que chacun peut "
                "atteindre : créer son adresse électronique, envoyer une photo, reconnaître un "
                "message frauduleux.</p>"
            ),
            steps(
                ("Annoncer l’atelier", "<p>Affiche à l’accueil, mairie, CCAS, presse locale.</p>"),
                (
                    "Préparer le matériel",
                    "<p>Postes ou tablettes chargés, comptes de démonstration, supports "
                    "imprimés en gros caractères.</p>",
                ),
                (
                    "Animer en faisant faire",
                    "<p>Montrer une fois, puis laisser chacun refaire à son rythme.</p>",
                ),
                (
                    "Proposer la suite",
                    "<p>Un second atelier, un rendez-vous individuel, une ressource à "
                    "consulter chez soi.</p>",
                ),
            ),
            tip(
                "Un binôme d’animation",
                "<p>Un animateur et un aidant qui circule : personne ne reste bloqué.</p>",
            ),
            warning(
                "Attention aux comptes personnels",
                "<p>Pour les exercices, utilisez des comptes de démonstration plutôt que les "
                "comptes réels des participants.</p>",
            ),
            link(LES_BONS_CLICS, "Les Bons Clics", "Supports d’ateliers prêts à l’emploi"),
            link(CYBERMALVEILLANCE, "Cybermalveillance.gouv.fr", "Fiches de prévention"),
        ],
        "en": {
            "slug": "running-a-group-digital-workshop",
            "title": "Running a group digital workshop",
            "summary": "Prepare, run and follow up a beginners’ workshop: group size, length, "
            "equipment, progression and follow-up of participants.",
            "body": [
                heading("A small group, a concrete goal"),
                paragraph(
                    "<p>Six to eight people, an hour and a half, a goal everyone can reach: "
                    "create an email address, send a photo, recognise a fraudulent message.</p>"
                ),
                steps(
                    (
                        "Advertise the workshop",
                        "<p>Poster at the desk, town hall, social services, local press.</p>",
                    ),
                    (
                        "Prepare the equipment",
                        "<p>Charged computers or tablets, demo accounts, large-print handouts.</p>",
                    ),
                    (
                        "Teach by doing",
                        "<p>Show once, then let everyone do it again at their own pace.</p>",
                    ),
                    (
                        "Offer what comes next",
                        "<p>A second workshop, a one-to-one appointment, a resource to use at "
                        "home.</p>",
                    ),
                ),
                tip(
                    "Work in pairs",
                    "<p>One person leads, a helper walks around: nobody stays stuck.</p>",
                ),
                warning(
                    "Mind personal accounts",
                    "<p>For exercises, use demo accounts rather than participants’ real "
                    "accounts.</p>",
                ),
                link(LES_BONS_CLICS, "Les Bons Clics", "Ready-to-use workshop material"),
                link(CYBERMALVEILLANCE, "Cybermalveillance.gouv.fr", "Prevention guides"),
            ],
        },
    },
    {
        "slug": "evaluer-et-former-l-equipe-avec-pix",
        "title": "Évaluer et développer les compétences numériques de l’équipe avec Pix",
        "summary": "Utiliser Pix Orga pour positionner l’équipe, repérer les besoins de "
        "formation et valoriser les progrès, agents comme bénévoles.",
        "for_library_staff": True,
        "level": "decouverte",
        "reading_time": 7,
        "orientations": ["former-les-equipes"],
        "themes": ["formation-personnels", "comprehension-monde-numerique"],
        "audiences": ["personnels-bibliotheque"],
        "body": [
            heading("Se positionner sans se juger"),
            paragraph(
                "<p>Pix mesure seize compétences numériques sur cinq domaines. Un parcours "
                "de positionnement collectif dure environ quarante-cinq minutes.</p>"
            ),
            steps(
                (
                    "Créer un espace Pix Orga",
                    "<p>Via la bibliothèque départementale ou la collectivité.</p>",
                ),
                ("Envoyer un code de parcours", "<p>Chacun le passe à son rythme.</p>"),
                (
                    "Lire les résultats ensemble",
                    "<p>Repérer deux ou trois compétences prioritaires pour l’équipe.</p>",
                ),
            ),
            tip(
                "Présenter Pix comme un outil, pas comme un examen",
                "<p>Les résultats individuels restent confidentiels ; seule la synthèse est "
                "partagée.</p>",
            ),
            link(PIX, "Pix", "Évaluer et certifier ses compétences numériques"),
        ],
    },
    {
        "slug": "cartographier-l-offre-de-mediation",
        "title": "Cartographier l’offre de médiation numérique de son territoire",
        "summary": "Recenser les lieux, leurs services et leurs horaires avec le standard "
        "national, puis publier et tenir à jour les données.",
        "for_library_staff": True,
        "for_elected_officials": True,
        "for_mediators": True,
        "level": "avance",
        "reading_time": 15,
        "orientations": ["cartographier-les-acteurs", "coordonner-l-ecosysteme-local"],
        "themes": ["cooperation-territoriale"],
        "audiences": ["elus-locaux"],
        "body": [
            heading("Partir de l’existant"),
            paragraph(
                "<p>La cartographie nationale des lieux d’inclusion numérique rassemble déjà "
                "des milliers de lieux. Vérifiez d’abord ce qui y figure pour votre "
                "territoire.</p>"
            ),
            steps(
                (
                    "Extraire les lieux du territoire",
                    "<p>Export au format du standard « Lieux de médiation numérique ».</p>",
                ),
                (
                    "Compléter avec les bibliothèques",
                    "<p>Services proposés, publics, modalités d’accès, horaires.</p>",
                ),
                ("Faire valider par chaque lieu", "<p>Un courriel, une relance, un appel.</p>"),
                (
                    "Publier et programmer la mise à jour",
                    "<p>Une date annuelle, un responsable.</p>",
                ),
            ),
            warning(
                "Des horaires faux découragent",
                "<p>Une personne qui trouve porte close ne revient pas : mieux vaut moins de "
                "lieux, mais à jour.</p>",
            ),
            link(CARTOGRAPHIE, "Cartographie nationale des lieux d’inclusion numérique"),
            link(SOCIETE_NUMERIQUE, "Programme Société numérique", "Le standard et ses outils"),
        ],
    },
    {
        "slug": "preter-du-materiel-et-des-connexions",
        "title": "Prêter du matériel informatique et des connexions",
        "summary": "Tablettes, ordinateurs portables, clés 4G : ce qu’il faut prévoir pour "
        "prêter du matériel à domicile sans mettre en danger les données des emprunteurs.",
        "for_library_staff": True,
        "for_mediators": True,
        "level": "intermediaire",
        "reading_time": 10,
        "orientations": ["accueillir-et-orienter"],
        "themes": ["acces-internet-materiel", "materiel-prix-solidaire"],
        "audiences": ["familles-enfants", "seniors"],
        "body": [
            heading("Un prêt comme les autres, ou presque"),
            paragraph(
                "<p>Le matériel s’ajoute au catalogue et se prête avec la carte de "
                "bibliothèque. La différence : il faut effacer les données à chaque retour.</p>"
            ),
            checklist(
                "Avant le premier prêt",
                "Un règlement de prêt signé par l’emprunteur",
                "Un outil de gestion de flotte ou une procédure de réinitialisation",
                "Une housse et une notice en facile à lire",
                "Une assurance vérifiée auprès de la collectivité",
            ),
            tip(
                "Associer un atelier au prêt",
                "<p>Une prise en main de trente minutes au premier emprunt évite la plupart "
                "des retours pour panne.</p>",
            ),
            link(
                EMMAUS_CONNECT, "Emmaüs Connect", "Matériel reconditionné et recharges solidaires"
            ),
        ],
    },
    {
        "slug": "proteger-les-donnees-des-usagers-accompagnes",
        "title": "Protéger les données personnelles des usagers accompagnés",
        "summary": "Postes publics, impressions, pièces justificatives : les règles simples "
        "pour que l’aide à une démarche ne laisse aucune trace derrière elle.",
        "for_library_staff": True,
        "for_mediators": True,
        "level": "decouverte",
        "reading_time": 6,
        "orientations": ["former-les-equipes"],
        "themes": ["usage-securise", "demarches-administratives"],
        "audiences": ["personnels-bibliotheque"],
        "body": [
            heading("Les risques du poste public"),
            paragraph(
                "<p>Un navigateur qui garde les mots de passe, un fichier téléchargé oublié, "
                "une impression restée sur le bac : la plupart des fuites sont banales.</p>"
            ),
            checklist(
                "Les réglages du poste",
                "Navigation privée par défaut",
                "Effacement automatique des téléchargements à la fermeture de session",
                "Aucun enregistrement de mot de passe dans le navigateur",
                "Impression libérée par code",
            ),
            warning(
                "Photographier un document",
                "<p>Ne photographiez jamais une pièce d’identité avec un téléphone personnel "
                "d’agent.</p>",
            ),
            link(CNIL, "CNIL", "Les recommandations sur les données personnelles"),
        ],
    },
    {
        "slug": "financer-et-evaluer-une-action",
        "title": "Financer et évaluer une action d’inclusion numérique",
        "summary": "Les sources de financement mobilisables par une bibliothèque et un modèle "
        "de bilan en quatre indicateurs, à présenter aux élus et aux partenaires.",
        "for_library_staff": True,
        "for_elected_officials": True,
        "level": "avance",
        "reading_time": 14,
        "orientations": ["financer-et-evaluer"],
        "themes": ["cooperation-territoriale", "formation-personnels"],
        "audiences": ["elus-locaux"],
        "body": [
            heading("Où trouver des financements"),
            paragraph(
                "<p>Le concours particulier de la dotation générale de décentralisation "
                "finance l’équipement et l’extension des horaires ; les appels à projets de "
                "l’ANCT, des régions et des fondations soutiennent les actions ; le mécénat "
                "local complète.</p>"
            ),
            steps(
                ("Décrire le besoin", "<p>Qui, combien, où, avec quels partenaires.</p>"),
                ("Chiffrer", "<p>Temps de travail, matériel, communication.</p>"),
                ("Choisir quatre indicateurs", "<p>Et la façon de les collecter.</p>"),
                ("Faire le bilan", "<p>Chiffres, témoignages, ce qu’on changerait.</p>"),
            ),
            tip(
                "Publier son bilan",
                "<p>Une fiche de bonne pratique sur ce site aide d’autres territoires et "
                "valorise l’action auprès des financeurs.</p>",
            ),
            link(SOCIETE_NUMERIQUE, "Programme Société numérique", "Appels à projets en cours"),
        ],
    },
]

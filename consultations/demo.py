"""Pages of the consultations app built by `manage.py setup_site`: the consultations index and
the moderation charter (fr, en), and with demo content one open consultation on the first
orientation, with a few published contributions. Idempotent."""

import json
from datetime import timedelta

from django.utils import timezone

from core.pages import ensure_child, ensure_translation, site_home

CHARTER_SLUG = {"fr": "charte-de-moderation", "en": "moderation-charter"}
DEMO_SLUG = "consultation-orientation-1"

CHARTER_FR = (
    "<p>Chacun peut participer aux consultations, sans compte. Pour que le forum reste utile et "
    "respectueux, chaque contribution est relue avant publication.</p>"
    "<h2>Ce qui est publié</h2><ul><li>Des propositions et des réponses en lien avec le sujet "
    "de la consultation.</li><li>Des critiques, même vives, formulées avec respect.</li></ul>"
    "<h2>Ce qui est refusé</h2><ul><li>Les propos injurieux, diffamatoires, discriminatoires ou "
    "contraires à la loi.</li><li>Les données personnelles (les vôtres ou celles d’autrui : "
    "adresse, téléphone, nom d’un agent…).</li><li>La publicité et les messages répétés.</li>"
    "<li>Les contributions sans rapport avec la consultation.</li></ul>"
    "<h2>Comment nous modérons</h2><p>L’équipe de modération publie ou refuse chaque "
    "contribution ; un refus est motivé et le motif vous est envoyé. Elle peut corriger une "
    "coquille, jamais le sens ; chaque correction est gardée dans l’historique. Tout visiteur "
    "peut signaler une contribution publiée.</p>"
    "<h2>Vos données</h2><p>Votre adresse électronique sert à confirmer votre contribution et à "
    "vous écrire ; elle n’est jamais publiée ni exportée. Chaque courriel contient un lien pour "
    "retirer vos contributions et effacer votre adresse.</p>"
)
CHARTER_EN = (
    "<p>Anyone can take part in consultations, without an account. To keep the forum useful and "
    "respectful, every contribution is read before it is published.</p>"
    "<h2>What is published</h2><ul><li>Proposals and replies about the subject of the "
    "consultation.</li><li>Criticism, even sharp, expressed with respect.</li></ul>"
    "<h2>What is refused</h2><ul><li>Insulting, defamatory, discriminatory or unlawful "
    "content.</li><li>Personal data (yours or anyone’s: address, phone number, a staff member’s "
    "name…).</li><li>Advertising and repeated messages.</li><li>Contributions unrelated to the "
    "consultation.</li></ul>"
    "<h2>How we moderate</h2><p>The moderation team publishes or refuses each contribution; a "
    "refusal comes with a reason, sent to you. It may fix a typo, never the meaning; each fix is "
    "kept in the history. Any visitor can report a published contribution.</p>"
    "<h2>Your data</h2><p>Your e-mail address is used to confirm your contribution and to write "
    "to you; it is never published or exported. Every e-mail holds a link to withdraw your "
    "contributions and erase your address.</p>"
)

SECTIONS = [
    (
        "Le diagnostic vous semble-t-il juste ?",
        "Does the diagnosis seem right to you?",
        "<p>Ce que l’orientation dit des publics éloignés du numérique et du rôle des "
        "bibliothèques.</p>",
        "<p>What the orientation says about people far from digital tools and the role of "
        "libraries.</p>",
    ),
    (
        "Quelles actions proposez-vous ?",
        "Which actions do you propose?",
        "<p>Des actions concrètes, à votre échelle ou à celle de votre territoire.</p>",
        "<p>Concrete actions, at your scale or your territory’s.</p>",
    ),
]

CONTRIBUTIONS = [
    # section index, title, body, pseudonym, profile, department, commune, replies
    (
        0,
        "Ne pas oublier les zones blanches",
        "Dans nos villages, le problème n’est pas seulement la compétence : la connexion manque. "
        "La bibliothèque est souvent le seul lieu avec un wifi correct.",
        "Élise du Morvan",
        "bibliothecaire",
        "58",
        "Clamecy",
        [
            (
                "Même constat dans la Creuse : nous prêtons des clés 4G avec les ordinateurs.",
                "Jo",
                "mediateur",
                "23",
                "",
            )
        ],
    ),
    (
        1,
        "Des permanences communes avec France Services",
        "Une demi-journée par semaine à la médiathèque avec un conseiller France Services : les "
        "gens viennent pour un livre et repartent avec leur dossier de retraite fait.",
        "Conseillère municipale",
        "elu",
        "69",
        "",
        [],
    ),
]


def load(command):
    from consultations.models import ConsultationIndexPage
    from home.models import ContentPage

    home = site_home("fr")
    index, _ = ensure_child(
        home,
        ConsultationIndexPage,
        "consultations",
        title="Consultations",
        show_in_menus=True,
        intro="<p>Le groupe de travail soumet ses orientations en projet à tous : élus, "
        "bibliothécaires, médiateurs, associations et habitants. Donnez votre avis, soutenez "
        "les propositions des autres.</p>",
    )
    ensure_translation(
        index,
        "en",
        title="Consultations",
        slug="consultations",
        intro="<p>The working group puts its draft orientations to everyone: elected officials, "
        "librarians, mediators, associations and residents. Give your view, support others’ "
        "proposals.</p>",
    )
    charter, _ = ensure_child(
        home,
        ContentPage,
        CHARTER_SLUG["fr"],
        title="Charte de modération",
        body=[("paragraph", CHARTER_FR)],
    )
    ensure_translation(
        charter,
        "en",
        title="Moderation charter",
        slug=CHARTER_SLUG["en"],
        body=[("paragraph", CHARTER_EN)],
    )
    if command.demo:
        created = load_consultation(index)
        command.stdout.write(f"  {created} consultation de démonstration créée")
    return index


def load_consultation(index):
    from consultations.models import ConsultationPage
    from guides.models import OrientationPage

    if ConsultationPage.objects.child_of(index).filter(slug=DEMO_SLUG).exists():
        return 0
    orientation = (
        OrientationPage.objects.filter(locale__language_code="fr").order_by("number").first()
    )
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    page, created = ensure_child(
        index,
        ConsultationPage,
        DEMO_SLUG,
        title=f"Consultation : {orientation.title}" if orientation else "Consultation publique",
        intro="<p>Le groupe de travail soumet cette orientation en projet à la consultation. "
        "Toutes les contributions publiées seront lues et la synthèse sera publiée ici.</p>",
        orientation=orientation,
        opens_at=now - timedelta(days=7),
        closes_at=now + timedelta(days=60),
        sections=[("section", {"title": fr, "text": text}) for fr, _en, text, _t in SECTIONS],
    )
    ids = [block.id for block in page.sections]
    english = [
        {"type": "section", "id": block_id, "value": {"title": en, "text": text}}
        for block_id, (_fr, en, _t, text) in zip(ids, SECTIONS, strict=True)
    ]
    ensure_translation(
        page,
        "en",
        title=f"Consultation: {orientation.title}" if orientation else "Public consultation",
        slug=DEMO_SLUG,
        intro="<p>The working group puts this draft orientation to public consultation. Every "
        "published contribution will be read and the synthesis will be published here.</p>",
        sections=json.dumps(english),
    )
    _contributions(page, ids)
    return int(created)


def _contributions(page, section_ids):
    from consultations.models import Contribution

    published = timezone.now()
    for section, title, body, pseudonym, profile, department, commune, replies in CONTRIBUTIONS:
        proposal = Contribution.objects.create(
            consultation=page,
            section=section_ids[section],
            title=title,
            body=body,
            pseudonym=pseudonym,
            profile=profile,
            department=department,
            commune=commune,
            state=Contribution.State.PUBLISHED,
            published_at=published,
        )
        for reply, author, kind, reply_department, reply_commune in replies:
            Contribution.objects.create(
                consultation=page,
                section=proposal.section,
                parent=proposal,
                body=reply,
                pseudonym=author,
                profile=kind,
                department=reply_department,
                commune=reply_commune,
                state=Contribution.State.PUBLISHED,
                published_at=published,
            )

"""Demo content of the consultations app, loaded by `manage.py load_demo`: one open consultation
on the first orientation (the guides' demo; none if there is no orientation), with a few
published contributions. Idempotent. Still Python data, not yet a data file like the other apps'
(consultations/structure.py holds the index and the moderation charter)."""

import json
from datetime import timedelta

from django.utils import timezone

import core.demo
from core.pages import ensure_child, ensure_translation

DEMO_SLUG = "consultation-orientation-1"

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
    """The demo consultation on the first orientation (if the guides' demo built one, else on
    none), with a few published contributions."""
    from consultations.models import ConsultationIndexPage

    created = load_consultation(core.demo.section(ConsultationIndexPage))
    command.tally.add(CONSULTATIONS, created=created, existing=1 - created)


CONSULTATIONS = "Consultation de démonstration (fr, en)"


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

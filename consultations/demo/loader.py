"""Demo content of the consultations app, loaded by `manage.py load_demo`: one open consultation
(consultation.json) on the first orientation, with its questions in French and English and a
few published contributions. Dates are relative to the first load (open a week ago, for two
months). Found by its slug: a second run creates nothing."""

import json
from datetime import timedelta

from django.utils import timezone

from core.demo import read_data, section
from core.pages import ensure_child, ensure_translation

KIND = ("Consultations (fr)", "Consultations (en)")


def load(command):
    from consultations.models import ConsultationIndexPage, ConsultationPage
    from guides.models import OrientationPage

    tally = command.tally
    data = read_data(__file__, "consultation.json")
    index = section(ConsultationIndexPage)
    existing = ConsultationPage.objects.child_of(index).filter(slug=data["slug"]).first()
    if existing is not None:
        tally.add(KIND[0], existing=1)
        if existing.get_translation_or_none(_english()) is not None:
            tally.add(KIND[1], existing=1)
        return
    orientation = (
        OrientationPage.objects.live().filter(locale__language_code="fr").order_by("number").first()
    )
    name = orientation.title if orientation else "orientation en projet"
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    page = tally.page(
        KIND[0],
        ensure_child(
            index,
            ConsultationPage,
            data["slug"],
            title=data["title"].format(orientation=name),
            intro=data["intro"],
            orientation=orientation,
            opens_at=now - timedelta(days=data["opens_days_ago"]),
            closes_at=now + timedelta(days=data["closes_in_days"]),
            sections=[
                ("section", {"title": item["title"], "text": item["text"]})
                for item in data["sections"]
            ],
        ),
    )
    # The English questions keep the French blocks' ids: one thread per question, both languages.
    ids = [block.id for block in page.sections]
    english = [
        {"type": "section", "id": block_id, "value": item["en"]}
        for block_id, item in zip(ids, data["sections"], strict=True)
    ]
    english_name = orientation.get_translation_or_none(_english()) if orientation else None
    tally.page(
        KIND[1],
        ensure_translation(
            page,
            "en",
            title=data["en"]["title"].format(
                orientation=(english_name or orientation).title if orientation else "draft"
            ),
            slug=data["slug"],
            intro=data["en"]["intro"],
            sections=json.dumps(english),
        ),
    )
    _contributions(page, ids, data["contributions"])


def _english():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="en")


def _contributions(page, section_ids, items):
    from consultations.models import Contribution

    published = timezone.now()
    shared = {
        "consultation": page,
        "state": Contribution.State.PUBLISHED,
        "published_at": published,
    }
    for item in items:
        fields = {
            key: item[key]
            for key in ("title", "body", "pseudonym", "profile", "department", "commune")
        }
        proposal = Contribution.objects.create(
            section=section_ids[item["section"]], **fields, **shared
        )
        for reply in item["replies"]:
            Contribution.objects.create(
                section=proposal.section, parent=proposal, **reply, **shared
            )

"""Shared builders for the submission tests: valid form data, files, users, cards."""

import io
import time

from django.contrib.auth.models import Group
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from core.models import TerritoryType, Theme
from practices.models import PracticeIndexPage, PracticePage
from submissions.forms import STARTED_SALT
from submissions.models import Submission

FORM_URL = "/fr/proposer-une-pratique/"


def started(seconds_ago=60):
    return signing.dumps(time.time() - seconds_ago, salt=STARTED_SALT)


def valid_data(**overrides):
    data = {
        "title": "Atelier « premiers pas » au bibliobus",
        "summary": "Le bibliobus accueille un atelier numérique mensuel dans six villages.",
        "structure_name": "Médiathèque départementale de la Nièvre",
        "structure_kind": "departementale",
        "commune": "Nevers",
        "postal_code": "58000",
        "themes": [Theme.objects.order_by("pk").first().pk],
        "territory_types": [TerritoryType.objects.order_by("pk").first().pk],
        "actions": "Repérage des villages\nAvec les mairies.\n\nPremier atelier\nEn mars.",
        "results": "42 personnes accompagnées en six mois.",
        "partners": "France Services de Clamecy\nCCAS de Nevers",
        "staff": "2 bibliothécaires",
        "submitter_name": "Camille Martin",
        "submitter_organisation": "Association Fil numérique",
        "submitter_email": "camille@example.org",
        "consent": "on",
        "website": "",
        "started": started(),
    }
    data.update(overrides)
    return data


def jpeg_with_exif(name="photo.jpg"):
    image = Image.new("RGB", (64, 48), "orange")
    exif = Image.Exif()
    exif[0x010F] = "Appareil-Secret"  # Make
    exif[0x013B] = "Auteur-Secret"  # Artist
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif.tobytes())
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def pdf_file(name="bilan.pdf", size=None):
    content = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    if size:
        content += b"0" * (size - len(content))
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def user_in(django_user_model, group_name, username=None):
    user = django_user_model.objects.create_user(
        username or group_name.lower(), f"{group_name.lower()}@example.org", "pw"
    )
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def live_card(title="Fiche source", slug="fiche-source"):
    index = PracticeIndexPage.objects.get(locale__language_code="fr")
    page = PracticePage(
        title=title,
        slug=slug,
        summary="Une action reproductible.",
        structure_name="Bibliothèque de Vierzon",
        commune="Vierzon",
        postal_code="18100",
    )
    index.add_child(instance=page)
    page.themes.set([Theme.objects.order_by("pk").first()])
    page.territory_types.set([TerritoryType.objects.order_by("pk").first()])
    page.save()
    page.save_revision().publish()
    return page


def stored_submission(terms=None, **fields):
    """A submission as the form stores it (a theme and a territory type unless `terms`, by
    registry param, says otherwise)."""
    values = {
        "title": "Atelier", "summary": "s", "structure_name": "Médiathèque",
        "structure_kind": "association", "commune": "Tulle", "postal_code": "19000",
        "actions": "a", "results": "r", "submitter_name": "n",
        "submitter_email": "n@example.org", "consent": True,
    }  # fmt: skip
    submission = Submission.objects.create(**{**values, **fields})
    if terms is None:
        terms = {
            "theme": [Theme.objects.order_by("pk").first()],
            "territory": [TerritoryType.objects.order_by("pk").first()],
        }
    submission.set_terms(terms)
    return submission

"""Uploads cannot exhaust a worker: images over a pixel budget are refused from their header,
before decoding, in the public form and in the admin; a whole request has a size limit, said."""

import struct
import time
import zlib

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile

from submissions.forms import AttachmentsField
from submissions.models import Submission
from tests.submission_helpers import FORM_URL, pdf_file, valid_data

pytestmark = pytest.mark.django_db


def png_declaring(width: int, height: int, name="affiche.png") -> SimpleUploadedFile:
    """A valid PNG header declaring width × height pixels, with a few bytes of pixel data: a
    tiny file that a decoder would expand to width × height × 3 bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    pixels = zlib.compress(b"\x00" * (1 + 3 * 64) * 4)
    content = (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )
    return SimpleUploadedFile(name, content, content_type="image/png")


def test_public_form_refuses_an_image_over_the_pixel_budget_before_decoding_it(client):
    bomb = png_declaring(13_000, 13_000)
    assert bomb.size < 1000
    started = time.monotonic()
    response = client.post(FORM_URL, valid_data(attachments=[bomb]))
    assert time.monotonic() - started < 5
    assert response.status_code == 400
    page = BeautifulSoup(response.content, "html.parser")
    error = page.find(id="id_attachments-error").get_text()
    assert "« affiche.png » compte plus de 40 millions de pixels" in error
    # Nothing saved, nothing lost: the form comes back with what was typed.
    assert Submission.objects.count() == 0
    assert page.find(id="id_title")["value"] == valid_data()["title"]


def test_admin_image_upload_refuses_an_image_over_the_pixel_budget(settings):
    from wagtail.images import get_image_model
    from wagtail.images.forms import get_image_form

    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    ImageForm = get_image_form(get_image_model())
    form = ImageForm(data={"title": "Affiche"}, files={"file": png_declaring(8_000, 6_000)})
    assert not form.is_valid()
    assert "pixels" in " ".join(form.errors["file"])


def test_attachments_over_the_total_size_are_refused_with_a_clear_message():
    files = [pdf_file(name=f"bilan-{i}.pdf", size=8 * 1024 * 1024) for i in range(3)]
    with pytest.raises(Exception, match="dépassent 20 Mo au total"):
        AttachmentsField().clean(files)


def test_a_request_over_the_size_limit_is_refused_unread_with_a_french_page(client, settings):
    response = client.post(FORM_URL, {}, CONTENT_LENGTH=str(settings.MAX_REQUEST_SIZE + 1))
    assert response.status_code == 413
    text = BeautifulSoup(response.content, "html.parser").find("main").get_text(" ")
    assert "Votre envoi dépasse 30 Mo" in text
    assert "rien n’a été enregistré" in text

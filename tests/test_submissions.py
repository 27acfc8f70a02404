"""Associations submit case studies; moderators turn them into practice cards or reject them."""

import io
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from PIL import Image
from wagtail.models import TaskState

from core.models import OutgoingEmail
from core.outbox import send_pending
from practices.models import PracticePage
from submissions.models import Submission
from submissions.moderation import create_practice_card
from submissions.templatetags.submission_tags import reproduce_url, reproduced_count
from tests.submission_helpers import (
    FORM_URL,
    jpeg_with_exif,
    live_card,
    pdf_file,
    started,
    stored_submission,
    user_in,
    valid_data,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def isolated_files_and_cache(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path / "private")
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.MODERATORS_EMAIL = ["moderation@example.org"]
    cache.clear()
    yield
    cache.clear()


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def submit(client, capture, data=None, **extra):
    with capture(execute=True):
        return client.post(FORM_URL, data or valid_data(), **extra)


def test_form_is_served_in_french_and_english(client):
    assert client.get(FORM_URL).status_code == 200
    page = soup(client.get("/en/submit-a-practice/"))
    assert page.html["lang"] == "en"
    assert page.find("form", enctype="multipart/form-data")


def test_submission_travels_from_form_to_published_card_found_by_search(
    client, django_user_model, django_capture_on_commit_callbacks, settings, tmp_path
):
    source = live_card()
    response = client.get(reproduce_url(source))
    assert "Fiche source" in response.content.decode()
    data = valid_data(
        inspired_by=source.pk,
        results="Quarante-deux personnes accompagnées, dont des zorglubiens.",
        attachments=[jpeg_with_exif(), pdf_file()],
    )
    response = submit(client, django_capture_on_commit_callbacks, data)
    assert response.status_code == 302

    # Saved with its files, in private storage outside the public media folder.
    submission = Submission.objects.get()
    assert submission.status == Submission.Status.RECEIVED
    assert submission.inspired_by == source
    stored = list(submission.files.order_by("kind"))
    assert [f.kind for f in stored] == ["image", "pdf"]
    for item in stored:
        assert Path(item.file.path).is_relative_to(tmp_path / "private")
        assert not Path(item.file.path).is_relative_to(settings.MEDIA_ROOT)
    with stored[0].file.open("rb") as handle:
        content = handle.read()
    assert not Image.open(io.BytesIO(content)).getexif()
    assert b"Appareil-Secret" not in content

    # Moderators are alerted; the submitter gets a private status link (sent by the outbox's
    # sender, never by the request).
    assert mail.outbox == []
    assert send_pending().sent == 2
    assert sorted(m.to[0] for m in mail.outbox) == ["camille@example.org", "moderation@example.org"]
    confirmation = next(m for m in mail.outbox if m.to == ["camille@example.org"])
    status_path = re.search(
        r"http://testserver(/fr/proposer-une-pratique/suivi/\S+/)", confirmation.body
    )[1]
    assert (
        soup(client.get(status_path)).find(attrs={"data-status": True})["data-status"] == "received"
    )
    assert "camille@example.org" not in next(m for m in mail.outbox if m is not confirmation).to

    # A moderator reads it, downloads a file, turns it into a card draft in review.
    moderator = user_in(django_user_model, "Modérateurs")
    client.force_login(moderator)
    listing = client.get("/admin/submissions/?status=received")
    assert submission.title in listing.content.decode()
    download = client.get(f"/admin/submissions/file/{stored[1].pk}/")
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment")
    assert download["X-Content-Type-Options"] == "nosniff"
    response = client.post(f"/admin/submissions/create-card/{submission.pk}/")
    assert response.status_code == 302
    submission.refresh_from_db()
    card = submission.page.specific
    assert submission.status == Submission.Status.IN_REVIEW
    assert not card.live
    assert card.get_parent().specific_class.__name__ == "PracticeIndexPage"
    assert card.summary == submission.summary and card.postal_code == "58000"
    assert card.department == "58"
    assert [link.source_id for link in card.inspiration_links.all()] == [source.pk]
    assert [step.value["title"] for step in card.steps] == [
        "Repérage des villages",
        "Premier atelier",
    ]
    assert [block.block_type for block in card.attachments] == ["image", "document"]
    assert [p.value["name"] for p in card.partners] == [
        "France Services de Clamecy",
        "CCAS de Nevers",
    ]
    assert card.workflow_in_progress
    assert card.current_workflow_state.workflow.name == "Relecture éditoriale"
    # The submitted PDF is the draft's: the team downloads it, nobody else does.
    document = card.attachments[1].value["document"]
    document_url = document.url
    assert client.get(document_url).status_code == 200
    assert Client().get(document_url).status_code in (302, 403)

    # Approval in the workflow publishes it; the submitter is told where it is.
    task_state = TaskState.objects.get(
        workflow_state=card.current_workflow_state, status=TaskState.STATUS_IN_PROGRESS
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/pages/workflow/action/{card.pk}/approve/{task_state.pk}/", {"comment": ""}
        )
    assert response.status_code in (200, 302)
    card.refresh_from_db()
    submission.refresh_from_db()
    assert card.live
    assert submission.status == Submission.Status.ACCEPTED
    # Published: its document is public.
    assert Client().get(document_url).status_code == 200
    send_pending()
    assert [m.to for m in mail.outbox] == [["camille@example.org"]]
    assert card.full_url in mail.outbox[0].body
    assert list(PracticePage.objects.live().search("zorglubiens")) == [card]
    assert reproduced_count(source) == 1
    kinds = list(submission.events.values_list("kind", flat=True))
    assert (
        kinds[0] == "received"
        and "card_created" in kinds
        and kinds[-1] in ("accepted", "email_sent")
    )
    client.logout()
    status = soup(client.get(status_path))
    assert status.find(attrs={"data-status": True})["data-status"] == "accepted"
    assert status.find("a", href=card.url)


def test_every_required_field_missing_is_reported_in_french_next_to_the_field(client):
    response = client.post(FORM_URL, {"started": started()})
    assert response.status_code == 400
    page = soup(response)
    required = [
        "title", "summary", "structure_name", "structure_kind", "commune", "postal_code",
        "themes", "territory_types", "actions", "results", "submitter_name",
        "submitter_email", "consent",
    ]  # fmt: skip
    for name in required:
        error = page.find(id=f"id_{name}-error")
        assert error is not None, name
        assert error.find(class_="fr-error-text"), name
    assert page.find(id="id_title-error").get_text(strip=True) == "Champ requis."
    assert "id_title-error" in page.find(id="id_title")["aria-describedby"]
    assert page.find(id="id_title")["aria-invalid"] == "true"
    assert page.find(role="alert").find("a", href="#id_title")
    assert Submission.objects.count() == 0


def test_everything_typed_is_kept_when_the_form_comes_back_with_errors(client):
    data = valid_data(submitter_email="pas-une-adresse", summary="x" * 281)
    page = soup(client.post(FORM_URL, data))
    assert page.find(id="id_title")["value"] == data["title"]
    assert page.find(id="id_summary").get_text().strip() == "x" * 281
    assert page.find(id="id_submitter_email")["value"] == "pas-une-adresse"
    assert page.find(id="id_themes_0").has_attr("checked")
    assert page.find(id="id_consent").has_attr("checked")
    assert "280" in page.find(id="id_summary-error").get_text()
    assert page.find(id="id_submitter_email-error")
    assert Submission.objects.count() == 0


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ([pdf_file(size=10 * 1024 * 1024 + 1)], "dépasse 10 Mo"),
        (
            [
                pdf_file(name="rapport.pdf").__class__(
                    "rapport.pdf", b"juste du texte", "application/pdf"
                )
            ],
            "pas une image",
        ),
        ([pdf_file(name=f"f{i}.pdf") for i in range(6)], "5 fichiers au plus"),
    ],
    ids=["oversized", "text-named-pdf", "six-files"],
)
def test_bad_attachments_are_refused_with_a_clear_message(client, files, message):
    response = client.post(FORM_URL, valid_data(attachments=files))
    assert response.status_code == 400
    assert message in soup(response).find(id="id_attachments-error").get_text()
    assert Submission.objects.count() == 0


def test_script_typed_in_text_fields_stays_text_everywhere(
    client, django_user_model, django_capture_on_commit_callbacks
):
    script = "<script>alert('x')</script>"
    submit(
        client,
        django_capture_on_commit_callbacks,
        valid_data(title=f"Atelier {script}", results=script),
    )
    submission = Submission.objects.get()
    status = client.get(submission.status_path()).content.decode()
    assert script not in status and "&lt;script&gt;" in status
    card = create_practice_card(submission, user_in(django_user_model, "Modérateurs"))
    assert "<script>" not in card.results and "&lt;script&gt;" in card.results
    assert card.title == f"Atelier {script}"  # plain text, escaped by templates when shown


def test_filled_honeypot_is_refused_and_nothing_is_saved(client):
    response = client.post(FORM_URL, valid_data(website="http://spam.example"))
    assert response.status_code == 400
    assert "doit rester vide" in soup(response).find(role="alert").get_text()
    assert Submission.objects.count() == 0


def test_honeypot_is_out_of_reach_of_keyboard_and_screen_readers(client):
    page = soup(client.get(FORM_URL))
    field = page.find(id="id_website")
    assert field["tabindex"] == "-1" and field["autocomplete"] == "off"
    assert field.find_parent(attrs={"aria-hidden": "true"})
    assert "Ne remplissez pas" in page.find("label", attrs={"for": "id_website"}).get_text()


def test_form_sent_too_fast_is_refused_but_a_slow_person_is_not(
    client, django_capture_on_commit_callbacks
):
    response = client.post(FORM_URL, valid_data(started=started(seconds_ago=0)))
    assert response.status_code == 400
    assert "trop vite" in soup(response).find(role="alert").get_text()
    assert Submission.objects.count() == 0
    slow = submit(
        client, django_capture_on_commit_callbacks, valid_data(started=started(86400 * 2))
    )
    assert slow.status_code == 302
    assert Submission.objects.count() == 1


def test_rate_limit_answers_429_with_a_clear_message(
    client, settings, django_capture_on_commit_callbacks
):
    settings.SUBMISSION_RATE_LIMIT = 2
    for _ in range(2):
        assert submit(client, django_capture_on_commit_callbacks).status_code == 302
    response = client.post(FORM_URL, valid_data())
    assert response.status_code == 429
    assert "attendez 60 minutes" in response.content.decode()
    assert Submission.objects.count() == 2
    other = submit(client, django_capture_on_commit_callbacks, REMOTE_ADDR="10.1.2.3")
    assert other.status_code == 302


def test_visitors_behind_the_reverse_proxy_each_have_their_own_rate_limit(
    client, settings, django_capture_on_commit_callbacks
):
    settings.SUBMISSION_RATE_LIMIT = 1
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}  # every request arrives from the proxy
    first = {**proxy, "HTTP_X_FORWARDED_FOR": "203.0.113.9"}
    second = {**proxy, "HTTP_X_FORWARDED_FOR": "198.51.100.7"}
    assert submit(client, django_capture_on_commit_callbacks, **first).status_code == 302
    assert client.post(FORM_URL, valid_data(), **first).status_code == 429
    assert submit(client, django_capture_on_commit_callbacks, **second).status_code == 302
    assert Submission.objects.count() == 2


def test_a_forged_forwarded_header_does_not_escape_the_rate_limit(
    client, settings, django_capture_on_commit_callbacks
):
    settings.SUBMISSION_RATE_LIMIT = 1
    settings.TRUSTED_PROXY_COUNT = 0  # no proxy: X-Forwarded-For comes from the client itself
    visitor = {"REMOTE_ADDR": "203.0.113.9", "HTTP_X_FORWARDED_FOR": "192.0.2.1"}
    assert submit(client, django_capture_on_commit_callbacks, **visitor).status_code == 302
    visitor["HTTP_X_FORWARDED_FOR"] = "192.0.2.2"
    assert client.post(FORM_URL, valid_data(), **visitor).status_code == 429
    assert Submission.objects.count() == 1


def test_form_without_csrf_token_is_refused():
    response = Client(enforce_csrf_checks=True).post(FORM_URL, valid_data())
    assert response.status_code == 403
    assert Submission.objects.count() == 0


def test_mail_failure_keeps_the_submission_and_the_command_sends_it_later(
    client, settings, django_capture_on_commit_callbacks, caplog
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    response = submit(client, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.emails.filter(sent_at__isnull=True).count() == 2
    call_command("send_pending_emails", stdout=io.StringIO(), stderr=io.StringIO())
    pending = OutgoingEmail.objects.filter(sent_at__isnull=True)
    assert pending.count() == 2
    assert all(email.last_error for email in pending)
    assert "failed" in caplog.text
    assert submission.events.filter(kind="email_failed").count() == 2

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    pending.update(available_at=timezone.now())  # the retry delay has passed
    call_command("send_pending_emails", stdout=io.StringIO())
    assert OutgoingEmail.objects.filter(sent_at__isnull=True).count() == 0
    assert submission.events.filter(kind="email_sent").count() == 2
    assert sorted(m.to[0] for m in mail.outbox) == ["camille@example.org", "moderation@example.org"]


def test_rejection_needs_a_reason_and_tells_the_submitter(
    client, django_user_model, django_capture_on_commit_callbacks
):
    submit(client, django_capture_on_commit_callbacks)
    submission = Submission.objects.get()
    send_pending()
    mail.outbox.clear()
    client.force_login(user_in(django_user_model, "Modérateurs"))
    url = f"/admin/submissions/reject/{submission.pk}/"
    assert client.get(url).status_code == 200
    assert client.post(url, {"reason": ""}).status_code == 200
    submission.refresh_from_db()
    assert submission.status == Submission.Status.RECEIVED
    reason = "Cette action est déjà décrite dans la fiche sur les bibliobus."
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"reason": reason}).status_code == 302
    submission.refresh_from_db()
    assert submission.status == Submission.Status.REJECTED
    send_pending()
    assert [m.to for m in mail.outbox] == [["camille@example.org"]]
    assert reason in mail.outbox[0].body
    assert submission.events.filter(kind="rejected", message=reason).exists()
    client.logout()
    assert reason in client.get(submission.status_path()).content.decode()


def test_card_reproduction_count_combines_lineage_and_accepted_submissions(django_user_model):
    source = live_card()
    assert reproduced_count(source) == 0
    stored_submission(title="Reprise", inspired_by=source, status=Submission.Status.ACCEPTED)
    assert reproduced_count(source) == 1
    assert reproduce_url(source) == f"/fr/proposer-une-pratique/?inspire={source.pk}"


def test_moderator_detail_page_shows_readable_values(client, django_user_model):

    submission = stored_submission(
        title="Atelier parents", actions="Étape un\n\nÉtape deux <script>x</script>"
    )
    admin = django_user_model.objects.create_superuser("mod", "m@example.fr", "pw")
    client.force_login(admin)
    html = client.get(f"/admin/submissions/inspect/{submission.pk}/").content.decode()
    assert ">None<" not in html and ">True<" not in html
    assert "<p>Étape un</p>" in html and "<p>Étape deux &lt;script&gt;x&lt;/script&gt;</p>" in html
    listing = client.get("/admin/submissions/").content.decode()
    assert "/admin/submissions/new/" not in listing


def test_a_form_start_value_is_accepted_once(client, django_capture_on_commit_callbacks):
    """A robot that waited once cannot replay the same signed start time for many proposals."""
    token = started()
    first = submit(client, django_capture_on_commit_callbacks, valid_data(started=token))
    assert first.status_code == 302
    again = client.post(FORM_URL, valid_data(started=token, title="Une autre proposition"))
    assert again.status_code == 400
    assert "déjà été envoyé" in soup(again).find(role="alert").get_text()
    assert Submission.objects.count() == 1
    # The form shown again is timed anew and keeps what was typed: sending it later works.
    page = soup(again)
    assert page.find(id="id_title")["value"] == "Une autre proposition"


def test_long_texts_are_limited_and_the_limit_is_said(client):
    response = client.post(FORM_URL, valid_data(actions="x" * 5001, partners="y" * 2001))
    assert response.status_code == 400
    page = soup(response)
    assert page.find(id="id_actions-error") and page.find(id="id_partners-error")
    assert "5 000 caractères au plus" in page.get_text()
    assert page.find(id="id_actions")["maxlength"] == "5000"
    assert Submission.objects.count() == 0

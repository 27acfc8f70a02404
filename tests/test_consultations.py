"""Public consultations: anyone contributes without an account, confirms by an e-mail link,
moderators publish or reject, visitors support and report; closing, synthesis, export and
withdrawal of personal data."""

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation

from consultations import tokens
from consultations.models import Contribution, ContributionEvent, Participant, Support
from core.roles import CONTRIBUTORS, EDITORS, MODERATORS
from tests.consultation_helpers import (
    consultation,
    contribute_url,
    contribution_data,
    deliver,
    links,
    published,
)
from tests.submission_helpers import user_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def clean_state(settings):
    # Links are reversed in French, whatever language an earlier request left active.
    translation.activate("fr")
    settings.MODERATORS_EMAIL = ["moderation@example.org"]
    cache.clear()
    mail.outbox.clear()
    deliver()  # anything queued by earlier tests' pages
    mail.outbox.clear()
    yield
    cache.clear()


def text(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def send(client, page, **overrides):
    return client.post(contribute_url(page), contribution_data(page, **overrides))


def confirmed_contribution(client, page, **overrides):
    assert send(client, page, **overrides).status_code == 302
    (message,) = deliver()
    confirm_link = links(message)[0]
    assert client.get(confirm_link).status_code == 200
    deliver()
    return Contribution.objects.latest("pk")


def test_contribution_is_public_only_after_confirmation_and_moderation(client, django_user_model):
    page = consultation()
    response = send(client, page)
    assert response.status_code == 302
    contribution = Contribution.objects.get()
    assert contribution.state == Contribution.State.UNCONFIRMED
    assert contribution.participant.email == "camille@example.org"
    assert "Ouvrir le samedi" not in text(client.get(page.url))

    (message,) = deliver()
    assert message.to == ["camille@example.org"]
    confirm_link, withdraw_link = links(message)
    assert "/participer/confirmer/" in confirm_link and "/participer/retirer/" in withdraw_link
    assert "Adresse confirmée" in text(client.get(confirm_link))
    contribution.refresh_from_db()
    assert contribution.state == Contribution.State.PENDING
    (to_moderators,) = deliver()
    assert to_moderators.to == ["moderation@example.org"]
    # Confirmed but not moderated: still private.
    assert "Ouvrir le samedi" not in text(client.get(page.url))
    # Clicking again changes nothing and tells no moderator twice.
    assert "déjà confirmée" in text(client.get(confirm_link))
    assert deliver() == []

    moderator = user_in(django_user_model, MODERATORS)
    client.force_login(moderator)
    url = reverse("consultation_contributions:publish", args=[contribution.pk])
    assert client.post(url).status_code == 302
    client.logout()
    (to_author,) = deliver()
    assert to_author.to == ["camille@example.org"] and page.full_url in to_author.body
    page_text = text(client.get(page.url))
    assert "Ouvrir le samedi" in page_text and "Camille58" in page_text
    assert "Clamecy (58)" in page_text and "Bibliothécaire" in page_text
    # The address is never shown; a typed link stays text.
    html = client.get(page.url).content.decode()
    assert "camille@example.org" not in html.lower()
    assert 'href="http://exemple.org"' not in html


def test_english_page_shows_the_same_forum(client, en):
    from core.pages import ensure_translation

    page = consultation()
    published(page, title="Proposition commune")
    english, _created = ensure_translation(page, "en", title="Consultation", slug=page.slug)
    assert "Proposition commune" in text(client.get(english.url))


@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
        lambda token: "pas-un-lien",
    ],
)
def test_forged_confirmation_link_publishes_nothing(client, tamper):
    page = consultation()
    send(client, page)
    (message,) = deliver()
    token = links(message)[0].rstrip("/").rsplit("/", 1)[-1]
    response = client.get(reverse("consultation_confirm", args=[tamper(token)]))
    assert response.status_code == 400
    assert "Ce lien n’est pas valide" in text(response)
    assert Contribution.objects.get().state == Contribution.State.UNCONFIRMED


def test_link_signed_for_another_address_is_refused(client):
    page = consultation()
    send(client, page)
    contribution = Contribution.objects.get()
    forged = tokens.make(tokens.CONFIRM, contribution.pk, "intrus@example.org")
    assert client.get(reverse("consultation_confirm", args=[forged])).status_code == 400
    contribution.refresh_from_db()
    assert contribution.state == Contribution.State.UNCONFIRMED


def test_expired_link_keeps_the_contribution_and_sends_a_new_one(client, monkeypatch):
    page = consultation()
    send(client, page)
    (message,) = deliver()
    link = links(message)[0]
    monkeypatch.setitem(tokens.MAX_AGE, tokens.CONFIRM, timedelta(seconds=-1))
    response = client.get(link)
    assert response.status_code == 410 and "Ce lien a expiré" in text(response)
    assert Contribution.objects.get().state == Contribution.State.UNCONFIRMED
    assert client.post(link).status_code == 200
    monkeypatch.undo()
    (again,) = deliver()
    assert again.to == ["camille@example.org"]
    client.get(links(again)[0])
    assert Contribution.objects.get().state == Contribution.State.PENDING


def test_empty_and_oversized_fields_are_shown_next_to_the_field_and_typed_text_kept(client):
    page = consultation()
    response = send(
        client, page, title="", body="x" * 3001, pseudonym="Dom", email="pas-une-adresse"
    )
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    for field in ("title", "body", "email"):
        assert soup.find(id=f"id_{field}-error"), field
        assert soup.find(id=f"id_{field}")["aria-invalid"] == "true"
    assert soup.find(id="id_pseudonym")["value"] == "Dom"
    assert "x" * 3001 in soup.find(id="id_body").get_text()
    assert Contribution.objects.count() == 0
    assert deliver() == []


def test_robots_are_refused_without_losing_the_text(client):
    page = consultation()
    honeypot = send(client, page, website="http://spam.example")
    too_fast = send(client, page, started=None)
    for response in (honeypot, too_fast):
        assert response.status_code == 400
        assert "Ouvrir le samedi" in response.content.decode()
    assert Contribution.objects.count() == 0


def test_rate_limit_by_client_address_behind_a_proxy(client, settings):
    settings.SUBMISSION_RATE_LIMIT = 2
    settings.TRUSTED_PROXY_COUNT = 1
    page = consultation()
    first = {"HTTP_X_FORWARDED_FOR": "203.0.113.7", "REMOTE_ADDR": "10.0.0.1"}
    other = {"HTTP_X_FORWARDED_FOR": "198.51.100.9", "REMOTE_ADDR": "10.0.0.1"}
    url = contribute_url(page)

    def data():  # each form shown has its own single-use start value
        return contribution_data(page)

    assert client.post(url, data(), **first).status_code == 302
    assert client.post(url, data(), **first).status_code == 302
    limited = client.post(url, data(), **first)
    assert limited.status_code == 429 and "Trop d’envois" in text(limited)
    assert client.post(url, data(), **other).status_code == 302
    assert Contribution.objects.count() == 3


def test_contribution_after_closing_is_refused_and_shown_back(client):
    page = consultation(opens=-30, closes=-1)
    response = send(client, page)
    assert response.status_code == 403
    assert "close depuis le" in text(response)
    assert "Ouvrir le samedi" in response.content.decode()
    assert Contribution.objects.count() == 0
    # Read-only: no "Contribuer", no "Je soutiens" on the page.
    published(page)
    page_text = text(client.get(page.url))
    assert "Consultation close" in page_text and "Je soutiens" not in page_text


def test_consultation_not_yet_open_takes_nothing(client):
    page = consultation(opens=2, closes=30)
    assert send(client, page).status_code == 403
    assert Contribution.objects.count() == 0


def test_draft_consultation_and_unpublished_contributions_are_never_public(client):
    draft = consultation(publish=False)
    assert client.get(contribute_url(draft)).status_code == 404
    page = consultation()
    for state in (
        Contribution.State.UNCONFIRMED,
        Contribution.State.PENDING,
        Contribution.State.REJECTED,
    ):
        published(page, title=f"Texte {state}", state=state)
    page_text = text(client.get(page.url))
    assert "Texte" not in page_text.replace("Texte simple", "")
    hidden = Contribution.objects.filter(state=Contribution.State.PENDING).get()
    assert client.get(reverse("consultation_support", args=[hidden.pk])).status_code == 404
    assert client.get(reverse("consultation_report", args=[hidden.pk])).status_code == 404
    assert client.get(f"{contribute_url(page)}?reponse={hidden.pk}").status_code == 404


def test_replies_go_one_level_deep(client):
    page = consultation()
    proposal = published(page)
    reply = published(page, parent=proposal, title="", body="Je réponds.")
    assert client.get(f"{contribute_url(page)}?reponse={proposal.pk}").status_code == 200
    assert client.get(f"{contribute_url(page)}?reponse={reply.pk}").status_code == 404
    response = client.post(
        contribute_url(page), {**contribution_data(page, title=None), "reponse": proposal.pk}
    )
    assert response.status_code == 302
    stored = Contribution.objects.latest("pk")
    assert stored.parent == proposal and stored.section == proposal.section
    assert "Je réponds." in text(client.get(page.url))


def test_threads_most_supported_first_replies_oldest_first_one_section_or_all(client):
    """The page's order (supports, then the newest, then the first sent), each proposal's
    published replies under it from the oldest, the filter by section and the next page."""
    page = consultation()
    first, second = (block.id for block in page.sections)
    now = timezone.now()
    old = published(page, title="Ancienne", section=first, published_at=now - timedelta(days=2))
    new = published(page, title="Récente", section=second, published_at=now - timedelta(days=1))
    published(page, title="Soutenue", section=first, support_count=5)
    tie = published(page, title="Ex aequo", section=second, published_at=new.published_at)
    published(page, parent=old, title="", body="Plus tard.", published_at=now)
    published(page, parent=old, title="", body="Plus tôt.", published_at=now - timedelta(hours=1))
    published(page, parent=old, title="", body="En attente.", state=Contribution.State.PENDING)

    def titles(url):
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        return [h3.get_text() for h3 in soup.select("article h3")]

    assert titles(page.url) == ["Soutenue", "Récente", "Ex aequo", "Ancienne"]
    assert tie.pk > new.pk
    thread = text(client.get(page.url))
    assert thread.index("Plus tôt.") < thread.index("Plus tard.")
    assert "En attente." not in thread and "2 réponses" in thread
    assert titles(f"{page.url}?partie={second}") == ["Récente", "Ex aequo"]
    assert titles(f"{page.url}?partie=inconnue") == titles(page.url)
    for n in range(20):
        published(page, title=f"Plus soutenue {n}", support_count=10)
    assert "Ancienne" not in titles(page.url)
    assert titles(f"{page.url}?page=2") == ["Soutenue", "Récente", "Ex aequo", "Ancienne"]


def test_one_support_per_confirmed_address(client):
    page = consultation()
    proposal = published(page)
    url = reverse("consultation_support", args=[proposal.pk])
    data = {"email": "Dom@example.org", "started": contribution_data(page)["started"]}
    assert client.post(url, data).status_code == 200
    proposal.refresh_from_db()
    assert proposal.support_count == 0  # not counted until confirmed
    (message,) = deliver()
    assert "Merci pour votre soutien" in text(client.get(links(message)[0]))
    proposal.refresh_from_db()
    assert proposal.support_count == 1
    # Same link again, and the same address from another browser: still one.
    assert "déjà" in text(client.get(links(message)[0]))
    other = client.__class__()
    other.post(url, {**data, "started": contribution_data(page)["started"]})
    (second,) = deliver()
    assert "Vous soutenez déjà" in text(other.get(links(second)[0]))
    # This browser proved the address: one click, and a second click is refused clearly.
    assert "Vous soutenez déjà" in text(client.post(url))
    proposal.refresh_from_db()
    assert proposal.support_count == 1
    assert Support.objects.count() == 1
    assert "1 soutien" in text(client.get(page.url))


def test_one_click_support_after_confirming_an_address(client):
    page = consultation()
    confirmed_contribution(client, page)
    other = published(page, title="Autre idée")
    response = client.post(reverse("consultation_support", args=[other.pk]))
    assert "Votre soutien est compté" in text(response)
    other.refresh_from_db()
    assert other.support_count == 1
    assert deliver() == []


def test_visitor_reports_a_published_contribution(client, django_user_model):
    page = consultation()
    proposal = published(page)
    url = reverse("consultation_report", args=[proposal.pk])
    response = client.post(
        url, {"reason": "Propos injurieux.", "started": contribution_data(page)["started"]}
    )
    assert "Merci pour votre signalement" in text(response)
    proposal.refresh_from_db()
    assert proposal.report_count == 1
    client.force_login(user_in(django_user_model, MODERATORS))
    inspect = client.get(reverse("consultation_contributions:inspect", args=[proposal.pk]))
    assert "Propos injurieux." in inspect.content.decode()


def test_moderation_screens_need_the_moderators_group(client, django_user_model):
    page = consultation()
    contribution = confirmed_contribution(client, page)
    index = reverse("consultation_contributions:index")
    publish = reverse("consultation_contributions:publish", args=[contribution.pk])
    client.logout()
    assert client.get(index).status_code == 302  # to the login page
    assert client.post(publish).status_code == 302
    client.force_login(user_in(django_user_model, CONTRIBUTORS))
    assert client.get(index).status_code in (302, 403)
    # Wagtail answers a refused admin action with a redirect to the dashboard and a message.
    refused = client.post(publish)
    assert refused.status_code in (302, 403) and refused.get("Location", "/admin/") == "/admin/"
    contribution.refresh_from_db()
    assert contribution.state == Contribution.State.PENDING
    client.force_login(user_in(django_user_model, MODERATORS))
    listing = client.get(index, {"state": "pending", "profile": "bibliothecaire"})
    assert listing.status_code == 200 and "Ouvrir le samedi" in listing.content.decode()
    assert client.post(publish).status_code == 302
    contribution.refresh_from_db()
    assert contribution.state == Contribution.State.PUBLISHED


def test_bulk_reject_sends_the_reason_and_bulk_publish(client, django_user_model):
    page = consultation()
    first = confirmed_contribution(client, page)
    second = confirmed_contribution(client, page, email="autre@example.org", title="Deux")
    unconfirmed = published(page, state=Contribution.State.UNCONFIRMED)
    client.force_login(user_in(django_user_model, MODERATORS))
    bulk = reverse("consultation_contributions:bulk")
    client.post(
        bulk, {"action": "reject", "ids": [first.pk, unconfirmed.pk], "reason": "Hors sujet."}
    )
    assert (
        client.post(bulk, {"action": "reject", "ids": [second.pk], "reason": "court"}).status_code
        == 302
    )
    first.refresh_from_db(), second.refresh_from_db(), unconfirmed.refresh_from_db()
    assert first.state == Contribution.State.REJECTED
    assert first.rejection_reason == "Hors sujet."
    assert second.state == Contribution.State.PENDING  # the reason was too short
    assert unconfirmed.state == Contribution.State.UNCONFIRMED  # never moderated unconfirmed
    (rejected,) = deliver()
    assert rejected.to == ["camille@example.org"] and "Hors sujet." in rejected.body
    client.post(bulk, {"action": "publish", "ids": [second.pk]})
    second.refresh_from_db()
    assert second.state == Contribution.State.PUBLISHED


def test_typo_fix_is_recorded_in_the_history(client, django_user_model):
    page = consultation()
    contribution = published(page, body="Les ateleirs du samedi.")
    client.force_login(user_in(django_user_model, MODERATORS))
    url = reverse("consultation_contributions:edit", args=[contribution.pk])
    response = client.post(
        url,
        {
            "title": contribution.title,
            "body": "Les ateliers du samedi.",
            "pseudonym": contribution.pseudonym,
            "commune": "",
        },
    )
    assert response.status_code == 302
    event = contribution.events.get(kind=ContributionEvent.Kind.EDITED)
    assert "-Les ateleirs du samedi." in event.message
    assert "+Les ateliers du samedi." in event.message


def test_export_has_counts_and_no_email_address(client, django_user_model):
    page = consultation()
    confirmed_contribution(client, page)
    confirmed_contribution(client, page, email="b@example.org", profile="elu", department="69")
    published(page, profile="elu", department="69")
    client.force_login(user_in(django_user_model, EDITORS))
    as_json = client.get(reverse("consultation_contributions:export", args=[page.pk, "json"]))
    payload = json.loads(as_json.content)
    assert payload["count"] == 3
    profiles = {row["profile"]: row["count"] for row in payload["by_profile"]}
    assert profiles["elu"] == 2 and profiles["bibliothecaire"] == 1 and profiles["autre"] == 0
    assert {row["department"]: row["count"] for row in payload["by_department"]} == {
        "58": 1,
        "69": 2,
    }
    as_csv = client.get(reverse("consultation_contributions:export", args=[page.pk, "csv"]))
    body = as_csv.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0][:3] == ["id", "kind", "in_reply_to"]
    for content in (as_json.content.decode(), body):
        assert "@example.org" not in content
    client.force_login(user_in(django_user_model, CONTRIBUTORS))
    refused = client.get(reverse("consultation_contributions:export", args=[page.pk, "csv"]))
    assert refused.status_code in (302, 403) and "Content-Disposition" not in refused


def test_synthesis_is_announced_once_to_confirmed_participants(client):
    page = consultation()
    confirmed_contribution(client, page)
    send(client, page, email="jamais@example.org")  # never confirmed: not told
    deliver()
    page.closes_at = timezone.now() - timedelta(minutes=1)
    page.synthesis = "<p>Ce que nous retenons.</p>"
    page.save_revision().publish()
    (told,) = deliver()
    assert told.to == ["camille@example.org"] and page.full_url in told.body
    page.save_revision().publish()
    assert deliver() == []
    assert "Ce que nous retenons." in text(client.get(page.url))


def test_author_withdraws_everything_with_the_signed_link(client):
    page = consultation()
    send(client, page)
    (message,) = deliver()
    confirm_link, withdraw_link = links(message)
    client.get(confirm_link)
    contribution = Contribution.objects.get()
    contribution.state = Contribution.State.PUBLISHED
    contribution.save()
    supported = published(page, title="Soutenue")
    client.post(reverse("consultation_support", args=[supported.pk]))
    supported.refresh_from_db()
    assert supported.support_count == 1
    assert "Retirer vos contributions" in text(client.get(withdraw_link))
    assert "sont retirées" in text(client.post(withdraw_link))
    contribution.refresh_from_db(), supported.refresh_from_db()
    assert contribution.state == Contribution.State.WITHDRAWN
    assert (
        contribution.body == ""
        and contribution.pseudonym == ""
        and contribution.participant is None
    )
    assert supported.support_count == 0
    assert not Participant.objects.filter(email="camille@example.org").exists()
    assert "Ouvrir le samedi" not in text(client.get(page.url))
    assert client.get(withdraw_link).status_code == 400  # the address is gone


def test_orientation_and_consultation_link_to_each_other(client):
    page = consultation()
    orientation_text = client.get(page.orientation.url).content.decode()
    assert page.url in orientation_text and "Donner mon avis" in orientation_text
    assert page.orientation.url in client.get(page.url).content.decode()


def test_index_lists_open_and_closed_consultations(client):
    from consultations.models import ConsultationIndexPage

    consultation(title="Ouverte maintenant")
    consultation(title="Déjà close", opens=-30, closes=-2)
    index = ConsultationIndexPage.objects.get(locale__language_code="fr")
    page_text = text(client.get(index.url))
    assert page_text.index("Ouverte maintenant") < page_text.index("Consultations closes")
    assert page_text.index("Consultations closes") < page_text.index("Déjà close")


def test_form_links_the_moderation_charter(client):
    page = consultation()
    soup = BeautifulSoup(client.get(contribute_url(page)).content, "html.parser")
    assert soup.find("a", string="Lire la charte de modération")["href"].endswith(
        "/charte-de-moderation/"
    )


def test_consultation_page_queries_do_not_grow_with_contributions(
    client, django_assert_max_num_queries
):
    page = consultation()
    for n in range(3):
        published(published(page, title=f"P{n}").consultation, parent=None, title=f"Q{n}")
    client.get(page.url)
    with django_assert_max_num_queries(40) as few:
        client.get(page.url)
    proposals = [published(page, title=f"R{n}") for n in range(45)]
    for proposal in proposals[:30]:
        published(page, parent=proposal, title="", body="réponse")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(page.url)
    assert "Page suivante" in text(response)


def test_consultation_page_query_budget_at_two_pages_of_threads(
    client, django_assert_max_num_queries
):
    """A page of 20 proposals with their replies: one query for the count, one for the
    proposals with their replies, none per contribution, reply or section."""
    page = consultation()
    proposals = [published(page, title=f"P{n}") for n in range(45)]
    for proposal in proposals:
        published(page, parent=proposal, title="", body="réponse", pseudonym="Camille <C>")
        published(page, parent=proposal, title="", body="autre réponse")
    client.get(page.url)
    # 21 with routing and fragments computed on every request (the test settings), as
    # measured; 2 with production's per-generation caches (bench/consultation_bench.py).
    with django_assert_max_num_queries(21):
        response = client.get(page.url)
    assert text(response).count("2 réponses") == 20
    assert "la réponse de Camille &lt;C&gt;" in response.content.decode()


def test_with_production_caches_a_page_of_threads_takes_two_queries(
    client, fragments, django_assert_num_queries
):
    """Routing, menus and the count kept per content generation: the consultation page itself
    and one query for its proposals with their replies, whatever their number."""
    page = consultation()
    for n in range(25):
        published(page, parent=published(page, title=f"P{n}"), title="", body="réponse")
    client.get(page.url), client.get(f"{page.url}?page=2")  # the header, cached per URL
    with django_assert_num_queries(2):
        assert "P24" in text(client.get(page.url))  # the newest first
    with django_assert_num_queries(2):
        assert "P0" in text(client.get(f"{page.url}?page=2"))


def test_retention_erases_stale_unconfirmed_data_and_old_addresses(client):
    from consultations.retention import purge

    page = consultation()
    send(client, page)  # never confirmed
    deliver()
    stale = Contribution.objects.get()
    stale.created_at = timezone.now() - timedelta(days=31)
    stale.save()
    kept = confirmed_contribution(client, page, email="garde@example.org")
    old = consultation(opens=-500, closes=-400)
    person = Participant.objects.create(email="ancien@example.org")
    published(old, participant=person)
    counts = purge()
    assert counts["unconfirmed"] >= 1 and counts["addresses"] == 1
    assert not Contribution.objects.filter(pk=stale.pk).exists()
    assert Contribution.objects.filter(pk=kept.pk, participant__email="garde@example.org").exists()
    # The old contribution stays, under its pseudonym, without an address.
    assert Contribution.objects.filter(consultation=old, participant=None).count() == 1


def test_a_contribution_shows_the_day_it_was_published_in_france(client):
    """Sent at 0:30 on 3 December in Paris (23:30 UTC on the 2nd): the page says 3 December."""
    page = consultation()
    published(
        page,
        title="Après minuit",
        published_at=datetime(2026, 12, 2, 23, 30, tzinfo=UTC),
    )
    thread = text(client.get(page.url))
    assert "3 décembre 2026" in thread and "2 décembre 2026" not in thread

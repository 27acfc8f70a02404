"""A public consultation in a real browser: contribute, confirm by the e-mail link, moderate in
the admin, see it published, support it, close, publish the synthesis, receive the e-mail. axe
checks the consultation page and its form (with and without errors)."""

import re
from datetime import timedelta

from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from .axe import axe_violations, describe
from .test_admin import log_in

CONSULTATION = "/fr/consultations/consultation-orientation-1/"
LINK = re.compile(r"https?://[^/\s]+(/\S+)")
MODERATOR = ("moderatrice-e2e", "mot-de-passe-moderation-long")


def _deliver():
    from core.outbox import send_pending

    before = len(mail.outbox)
    send_pending()
    return mail.outbox[before:]


def _no_violations(page):
    violations = axe_violations(page)
    assert violations == [], f"{page.url}:\n{describe(violations)}"


def _moderator():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from core.roles import MODERATORS

    user = get_user_model().objects.create_user(MODERATOR[0], "mod@example.org", MODERATOR[1])
    user.groups.add(Group.objects.get(name=MODERATORS))
    return MODERATOR


def test_contribute_confirm_moderate_support_close_and_synthesis(page, browser, base_url, settings):
    from consultations.models import ConsultationPage, Contribution

    settings.SUBMISSION_MIN_SECONDS = 0
    mail.outbox.clear()
    page.goto(CONSULTATION)
    _no_violations(page)
    page.get_by_role("link", name="Contribuer", exact=True).click()
    expect(page.locator("h1")).to_have_text("Contribuer à la consultation")
    _no_violations(page)

    page.get_by_role("button", name="Envoyer ma contribution").click()
    expect(page.locator("#erreurs")).to_be_visible()
    assert page.locator("[aria-invalid=true]").count() >= 5
    _no_violations(page)

    page.select_option("#id_section", index=2)
    page.fill("#id_title", "Des ateliers le samedi matin")
    page.fill(
        "#id_body", "Beaucoup de personnes qui travaillent ne peuvent venir qu’en fin de semaine."
    )
    page.fill("#id_pseudonym", "Sam de Nevers")
    page.select_option("#id_profile", "habitant")
    page.select_option("#id_department", "58")
    page.fill("#id_commune", "Nevers")
    page.fill("#id_email", "sam@example.org")
    page.locator("label[for=id_charter]").click()
    page.get_by_role("button", name="Envoyer ma contribution").click()
    expect(page.locator("h1")).to_contain_text("Confirmez votre adresse")

    (confirmation,) = _deliver()
    page.goto(LINK.findall(confirmation.body)[0])
    expect(page.locator("h1")).to_have_text("Adresse confirmée")
    page.goto(CONSULTATION)
    expect(page.locator("main")).not_to_contain_text("Des ateliers le samedi matin")

    # A moderator publishes it from the queue, in another browser context.
    # A French moderator: the admin follows the browser language (Chromium says en-US by default).
    moderator = browser.new_context(base_url=base_url, locale="fr-FR")
    admin = moderator.new_page()
    log_in(admin, *_moderator())
    admin.goto("/admin/consultations/contributions/?state=pending")
    admin.get_by_role("link", name="Des ateliers le samedi matin").click()
    admin.get_by_role("button", name="Publier").click()
    expect(admin.locator(".messages")).to_contain_text("Contribution publiée")
    moderator.close()
    (published,) = [m for m in _deliver() if m.to == ["sam@example.org"]]
    assert "publiée" in published.subject

    # Published; a visitor supports it (no account: an address confirmed by a link).
    page.goto(CONSULTATION)
    card = page.locator("article", has_text="Des ateliers le samedi matin")
    expect(card).to_contain_text("0 soutien")
    visitor = browser.new_context(base_url=base_url)
    other = visitor.new_page()
    other.goto(CONSULTATION)
    other.locator("article", has_text="Des ateliers le samedi matin").get_by_role(
        "link", name=re.compile("Je soutiens")
    ).click()
    _no_violations(other)
    other.fill("#id_email", "dom@example.org")
    other.get_by_role("button", name="Je soutiens").click()
    (support,) = _deliver()
    other.goto(LINK.findall(support.body)[0])
    expect(other.locator("h1")).to_have_text("Merci pour votre soutien")
    other.goto(CONSULTATION)
    expect(other.locator("article", has_text="Des ateliers le samedi matin")).to_contain_text(
        "1 soutien"
    )
    visitor.close()

    # Closing, then the synthesis: participants are told by e-mail.
    consultation = ConsultationPage.objects.get(
        slug="consultation-orientation-1", locale__language_code="fr"
    )
    consultation.closes_at = timezone.now() - timedelta(minutes=1)
    consultation.synthesis = "<p>Les ateliers du samedi seront expérimentés.</p>"
    consultation.save_revision().publish()
    told = [m for m in _deliver() if m.to == ["sam@example.org"]]
    assert told and "synthèse" in told[0].subject
    page.goto(CONSULTATION)
    expect(page.locator("main")).to_contain_text("Les ateliers du samedi seront expérimentés.")
    expect(page.get_by_role("link", name="Contribuer", exact=True)).to_have_count(0)
    assert Contribution.objects.filter(state=Contribution.State.PUBLISHED).count() >= 3

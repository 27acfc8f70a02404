"""Following a search in a real browser: the search page's feed links and « Suivre cette
recherche » form, the confirmation link from the queued e-mail, a matching card published, the
digest queued by `send_alerts` in the outbox, and one-click unsubscribing from its link."""

import re
from datetime import timedelta

from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from .axe import axe_violations, describe

SEARCH = "/fr/recherche/?theme=demarches-administratives"
LINK = re.compile(r"https?://[^/\s]+(/\S+)")


def _no_violations(page):
    violations = axe_violations(page)
    assert violations == [], f"{page.url}:\n{describe(violations)}"


def _queued(kind):
    from core.models import OutgoingEmail

    return list(OutgoingEmail.objects.filter(kind=kind).order_by("pk"))


def test_follow_confirm_receive_the_digest_and_unsubscribe(page, settings):
    from alerts.models import Alert, Subscriber
    from alerts.sending import send_alerts
    from core.outbox import send_pending
    from tests import factories

    settings.SUBMISSION_MIN_SECONDS = 0
    mail.outbox.clear()
    page.goto(SEARCH)
    rss = page.locator('head link[rel=alternate][type="application/rss+xml"]')
    assert rss.get_attribute("href").endswith("/fr/suivre/rss/?theme=demarches-administratives")
    follow = page.locator("#suivre")
    expect(follow.get_by_role("link", name="flux RSS")).to_be_visible()
    _no_violations(page)

    # Nothing typed: the follow page says why and keeps the search.
    follow.get_by_role("button", name="Suivre cette recherche").click()
    expect(page.locator("#erreurs")).to_be_visible()
    expect(page.locator("main")).to_contain_text("Aide aux démarches administratives")
    _no_violations(page)

    page.fill("#id_email", "lea@example.org")
    page.locator("label", has_text="Chaque jour").click()
    page.get_by_role("button", name="Suivre cette recherche").click()
    expect(page.locator("h1")).to_have_text("Confirmez votre alerte")

    (confirmation,) = _queued("alerts.confirm")
    assert confirmation.recipient_list == ["lea@example.org"]
    page.goto(LINK.findall(confirmation.body)[0])
    expect(page.locator("h1")).to_have_text("Alerte confirmée")

    card = factories.practice("Permanence e2e pour les démarches en ligne")
    report = send_alerts(now=timezone.now() + timedelta(days=1, minutes=1))
    assert report.digests == 1
    (digest,) = _queued("alerts.digest")
    assert card.title in digest.body and "Fiche de bonne pratique (1)" in digest.body
    send_pending()
    message = mail.outbox[-1]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    unsubscribe = next(link for link in LINK.findall(digest.body) if "/desabonner/" in link)
    page.goto(unsubscribe)
    expect(page.locator("h1")).to_have_text("Ne plus suivre cette recherche")
    page.get_by_role("button", name="Me désabonner").click()
    expect(page.locator("h1")).to_have_text("Vous êtes désabonné·e")
    assert not Alert.objects.exists() and not Subscriber.objects.exists()


def test_a_cards_terms_offer_their_feed_by_keyboard_with_an_accessible_name(page):
    from tests import factories

    card = factories.practice("Permanence e2e des flux par thème")
    page.goto(card.url)
    feed = page.get_by_role("link", name="Flux RSS des nouveautés « Seniors »")
    expect(feed).to_be_visible()
    assert feed.get_attribute("href") == "/fr/suivre/rss/?audience=seniors"
    box = feed.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24, box  # WCAG 2.2 target size
    # Tab from the term's search link reaches its feed next.
    page.get_by_role("link", name="Seniors", exact=True).focus()
    page.keyboard.press("Tab")
    expect(feed).to_be_focused()
    _no_violations(page)
    page.goto("/fr/recherche/?q=permanence")
    expect(page.locator("#resultats a.hub-term-feed").first).to_be_visible()
    _no_violations(page)

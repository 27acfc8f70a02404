"""The Wagtail admin in a real browser under its content security policy: an editor logs in,
edits and publishes a page, and a visitor sees the change."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import watch_context


@pytest.fixture
def draft_page():
    """A French content page with a published version the editor is about to change."""
    from home.models import ContentPage, HomePage

    home = HomePage.objects.get(locale__language_code="fr")
    page = ContentPage(title="Atelier numérique du samedi", slug="atelier-du-samedi")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def log_in(page, username, password):
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("form button[type=submit]").click()


def test_editor_logs_in_to_the_admin(page, editor_credentials):
    log_in(page, *editor_credentials)
    expect(page).to_have_url(page.url.split("/admin/")[0] + "/admin/")
    expect(page.locator("#wagtail-sidebar, [data-side-panel], .sidebar").first).to_be_attached()


def test_wrong_password_is_refused(page, editor_credentials):
    log_in(page, editor_credentials[0], "not-the-password")
    assert "/admin/login/" in page.url
    expect(page.get_by_role("status")).to_contain_text("ne correspondent à aucun utilisateur")


def test_editor_edits_and_publishes_a_page_that_visitors_then_see(
    page, browser, browser_context_args, editor_credentials, draft_page
):
    log_in(page, *editor_credentials)
    page.goto(f"/admin/pages/{draft_page.pk}/edit/")
    title = page.locator("#id_title")
    expect(title).to_have_value("Atelier numérique du samedi")
    title.fill("Atelier numérique du samedi matin")
    # The publish action sits in the drop-up menu of the editor's footer.
    page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").first.click()
    page.locator("button[name='action-publish']").click()
    expect(page.locator(".messages .success, [data-w-messages] .success").first).to_be_visible()

    visitor_context = browser.new_context(**browser_context_args)
    visitor = watch_context(visitor_context)
    try:
        anonymous = visitor_context.new_page()
        response = anonymous.goto("/fr/atelier-du-samedi/")
        assert response.status == 200
        expect(anonymous.locator("h1")).to_have_text("Atelier numérique du samedi matin")
        expect(anonymous.locator("body")).not_to_contain_text("Wagtail")
    finally:
        visitor_context.close()
    assert visitor.blocked == [] and visitor.csp_violations == [] and visitor.js_errors == []


def test_logged_in_editor_sees_the_userbar_on_public_pages_under_their_policy(
    page, editor_credentials
):
    """The Wagtail userbar runs inside public pages, so under their strict policy."""
    log_in(page, *editor_credentials)
    page.goto("/fr/mentions-legales/")
    userbar = page.locator("wagtail-userbar")
    expect(userbar).to_be_attached()
    userbar.locator("button").first.click()
    expect(userbar.get_by_role("menuitem").first).to_be_visible()


def test_editor_finds_a_draft_card_as_they_type_in_the_listings_search_box(
    page, editor_credentials
):
    """Wagtail's listing search box answers as the editor types (no button): « ateli », a word
    being typed, already lists the draft card « Atelier… » and not the others, the address
    keeps the search, and no script error or policy violation on the way."""
    from tests import factories

    factories.practice("Atelier d’écriture au bibliobus", summary="Rendez-vous.", publish=False)
    factories.practice("Permanence emploi du mardi", summary="Un accueil sans rendez-vous.")
    watch = watch_context(page.context)
    log_in(page, *editor_credentials)
    page.goto("/admin/practice_cards/")
    rows = page.locator("main table tbody")
    expect(rows).to_contain_text("Permanence emploi du mardi")
    search = page.locator("input#id_q")  # the listing's box, not the menu's
    search.press_sequentially("ateli", delay=60)
    # The rows change once the search answers (the full listing had both cards).
    expect(rows).not_to_contain_text("Permanence emploi du mardi")
    expect(page).to_have_url(re.compile(r"[?&]q=ateli\b"))
    expect(rows).to_contain_text("Atelier d’écriture au bibliobus")
    assert watch.csp_violations == [] and watch.js_errors == []

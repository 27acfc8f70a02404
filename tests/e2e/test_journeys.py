"""What librarians and associations do on the site, in a real browser: search with filters,
read and print a card, propose a practice, find partners on the map. Every test also runs under
the guard (no request outside 127.0.0.1), the CSP watch and the JavaScript error watch."""

import re
from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import expect

from .axe import axe_violations, describe

CARD = "/fr/bonnes-pratiques/permanence-aidants-connect-a-la-mediatheque/"


def _count(label_text: str) -> int:
    return int(re.search(r"\((\d+)", label_text).group(1))


def test_search_filter_click_updates_url_counts_and_back_button(page, base_url):
    page.goto("/fr/recherche/?q=numerique")
    results = page.locator("#resultats")
    first_theme = page.locator("#filtre-theme input[type=checkbox]").first
    value = first_theme.get_attribute("value")
    label = page.locator(f"label[for='{first_theme.get_attribute('id')}']").inner_text()
    expected = _count(label)
    # The DSFR draws the box on the label, which is what a person clicks.
    page.locator(f"label[for='{first_theme.get_attribute('id')}']").click()
    # With JavaScript the filters apply without a reload; the URL holds the whole state.
    expect(page).to_have_url(re.compile(rf"theme={value}"))
    expect(results).to_contain_text(re.compile(rf"\b{expected} résultats?\b"))
    query = parse_qs(urlsplit(page.url).query)
    assert query["q"] == ["numerique"] and query["theme"] == [value]
    page.go_back()
    expect(page).not_to_have_url(re.compile(r"theme="))
    expect(page.locator("#filtre-theme input[type=checkbox]").first).not_to_be_checked()


def test_search_works_with_the_keyboard_alone(page):
    page.goto("/fr/recherche/?q=numerique")
    page.locator("#q").focus()
    reached = set()
    for _ in range(40):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("document.activeElement.name || document.activeElement.id"))
        if "theme" in reached:
            break
    assert "theme" in reached, f"theme filters not reachable by Tab: {reached}"
    page.keyboard.press("Space")
    expect(page).to_have_url(re.compile(r"theme="))


def test_search_without_javascript_is_a_plain_form(browser, base_url):
    context = browser.new_context(java_script_enabled=False, base_url=base_url)
    page = context.new_page()
    page.goto("/fr/recherche/?q=numerique")
    box = page.locator("#filtre-territory input[type=checkbox]").first
    page.locator(f"label[for='{box.get_attribute('id')}']").click()
    page.get_by_role("button", name=re.compile("Appliquer")).click()
    expect(page).to_have_url(re.compile(r"territory="))
    expect(page.locator("#resultats")).to_contain_text("résultat")
    context.close()


def test_practice_card_and_its_print_view(page):
    page.goto(CARD)
    expect(page.locator("h1")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("J’ai reproduit cette action"))).to_be_visible()
    page.goto(CARD + "?print=1")
    page.emulate_media(media="print")
    expect(page.locator(".fr-header")).to_be_hidden()
    expect(page.locator("h1")).to_be_visible()
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")


def test_submission_form_shows_errors_then_accepts_a_proposal(page, settings):
    settings.SUBMISSION_MIN_SECONDS = 0
    page.goto("/fr/proposer-une-pratique/")
    page.get_by_role("button", name=re.compile("Envoyer")).click()
    summary = page.locator(".fr-alert--error, [role=alert]").first
    expect(summary).to_be_visible()
    assert page.locator("[aria-invalid=true]").count() >= 5
    violations = axe_violations(page)
    assert violations == [], describe(violations)
    page.fill("#id_title", "Un atelier mensuel sur les arnaques en ligne")
    page.fill("#id_summary", "Chaque mois, un atelier pour reconnaître les arnaques en ligne.")
    page.fill("#id_structure_name", "Médiathèque de Rignac")
    page.select_option("#id_structure_kind", index=1)
    page.fill("#id_commune", "Rignac")
    page.fill("#id_postal_code", "12390")
    for name in ("themes", "territory_types"):
        box = page.locator(f"input[name={name}]").first
        page.locator(f"label[for='{box.get_attribute('id')}']").click()
    page.fill("#id_actions", "Préparer un support.\n\nAnimer l’atelier.")
    page.fill("#id_results", "Trente participants par trimestre.")
    page.fill("#id_submitter_name", "Responsable de l’espace numérique")
    page.fill("#id_submitter_email", "espace-numerique@example.fr")
    page.locator("label[for=id_consent]").click()
    page.get_by_role("button", name=re.compile("Envoyer")).click()
    expect(page).to_have_url(re.compile(r"/fr/proposer-une-pratique/merci/"))
    expect(page.locator("h1")).to_contain_text(re.compile("[Mm]erci"))


def test_actor_map_loads_its_tiles_from_the_machine_only(page, tiles, watch):
    page.goto("/fr/acteurs/?departement=69")
    expect(page.locator(".leaflet-container")).to_be_visible()
    page.wait_for_function("document.querySelectorAll('.leaflet-tile-loaded').length > 0")
    assert tiles, "the map asked for no tile"
    assert all(urlsplit(url).hostname in {"127.0.0.1", "localhost"} for url in watch.requests)
    # The list stays the accessible way in: each listed actor links to its page.
    first = page.locator("main a[href*='/lieu/']").first
    href = first.get_attribute("href")
    page.goto(href)
    expect(page.locator("h1")).to_be_visible()
    violations = axe_violations(page)
    assert violations == [], describe(violations)

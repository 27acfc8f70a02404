"""What a visitor sees on a phone (390×844) and on a laptop (1366×900), in French and English:
the search page (first result on the first screen, the filter panel, focus after a tick), the
directory's folded filters, a card, a place page and the home page; axe on each; screenshots
saved under docs/screenshots/ (shown in the README)."""

import io
import re
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import expect

from .axe import axe_violations, describe

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 900}
SIZES = {"phone": PHONE, "laptop": LAPTOP}
SEARCH = {"fr": "/fr/recherche/?q=numerique", "en": "/en/search/?q=digital"}
CARD = {
    "fr": "/fr/bonnes-pratiques/permanence-aidants-connect-a-la-mediatheque/",
    "en": "/en/good-practices/an-aidants-connect-desk-at-the-library/",
}
DIRECTORY = {"fr": "/fr/acteurs/?departement=69", "en": "/en/actors/?departement=69"}
RESULTS_WORD = {"fr": "résultat", "en": "result"}


def _check(page, name):
    violations = axe_violations(page)
    assert violations == [], f"{name}: axe found WCAG 2.1 A/AA violations:\n{describe(violations)}"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    _save_small(page.screenshot(), SCREENSHOTS / f"{name}.png")


def _save_small(png: bytes, path: Path):
    """The viewport only, in 128 colours: about a third of the full-colour file."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    image.quantize(colors=128, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


def _first_result(page):
    return page.locator("#resultats .fr-card").first


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_on_a_phone_the_first_result_is_on_the_first_screen_and_filters_fold(page, lang):
    page.set_viewport_size(PHONE)
    page.goto(SEARCH[lang])
    first = _first_result(page)
    expect(first).to_be_visible()
    box = first.bounding_box()
    assert box["y"] < PHONE["height"] - 80, f"first result starts at {box['y']}px"
    toggle = page.locator(".hub-filter-toggle")
    expect(toggle).to_be_visible()
    expect(toggle).to_contain_text(RESULTS_WORD[lang])
    panel = page.locator("#panneau-filtres")
    expect(panel).to_be_hidden()
    _check(page, f"search-{lang}-phone")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(panel.locator("input[type=checkbox]").first).to_be_visible()
    _check(page, f"search-{lang}-phone-filters")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_on_a_phone_the_directory_folds_its_filters_behind_one_button(page, lang):
    """The directory as the search page: on a phone the count and the places come first, the
    filters open from "Filtrer (N acteurs)"; on a laptop they stay open beside the list."""
    page.set_viewport_size(PHONE)
    page.goto(DIRECTORY[lang])
    toggle = page.locator(".hub-filter-toggle")
    expect(toggle).to_be_visible()
    expect(toggle).to_contain_text({"fr": "acteurs", "en": "actors"}[lang])
    panel = page.locator("#panneau-filtres")
    expect(panel).to_be_hidden()
    count = page.locator("#resultats").bounding_box()
    assert count["y"] < PHONE["height"], f"the count starts at {count['y']}px"
    _check(page, f"directory-{lang}-phone")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(panel.locator("#filtre-commune")).to_be_visible()
    page.set_viewport_size(LAPTOP)
    page.goto(DIRECTORY[lang])
    expect(page.locator(".hub-filter-toggle")).to_be_hidden()
    expect(page.locator("#filtre-commune")).to_be_visible()


@pytest.mark.parametrize("size", ["phone", "laptop"])
def test_focus_stays_on_the_ticked_box_and_only_the_count_is_announced(page, size):
    page.set_viewport_size(SIZES[size])
    page.goto(SEARCH["fr"])
    if size == "phone":
        page.locator(".hub-filter-toggle").click()
    else:
        expect(page.locator(".hub-filter-toggle")).to_be_hidden()
    box = page.locator("#filtres input[type=checkbox]").first
    box_id = box.get_attribute("id")
    box.focus()
    page.keyboard.press("Space")
    name = box.get_attribute("name")
    expect(page).to_have_url(re.compile(rf"[?&]{name}="))
    expect(page.locator("#annonce-resultats")).to_have_text(re.compile(r"^\d+ résultats?$"))
    focused = page.evaluate("document.activeElement && document.activeElement.id")
    assert focused == box_id
    expect(page.locator(f"#{box_id}")).to_be_checked()
    # The "see the results" link takes keyboard users to them.
    page.locator(".hub-skip-results").click()
    assert page.evaluate("document.activeElement.id") == "resultats"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_search_page_on_a_laptop_shows_filters_and_sort_beside_the_count(page, lang):
    page.set_viewport_size(LAPTOP)
    page.goto(SEARCH[lang])
    expect(page.locator("#panneau-filtres")).to_be_visible()
    expect(page.locator(".hub-filter-toggle")).to_be_hidden()
    count = page.locator("#nombre-resultats").bounding_box()
    sort = page.locator("#tri").bounding_box()
    assert abs(count["y"] - sort["y"]) < 60
    expect(_first_result(page)).to_be_in_viewport()
    _check(page, f"search-{lang}-laptop")


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("size", ["phone", "laptop"])
def test_card_page(page, lang, size):
    page.set_viewport_size(SIZES[size])
    page.goto(CARD[lang])
    expect(page.locator("h1")).to_be_visible()
    _check(page, f"card-{lang}-{size}")


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("size", ["phone", "laptop"])
def test_place_page(page, lang, size):
    page.set_viewport_size(SIZES[size])
    page.goto(DIRECTORY[lang])
    page.goto(page.locator("main a[href*='/lieu/']").first.get_attribute("href"))
    expect(page.locator("h1")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", lang)
    _check(page, f"place-{lang}-{size}")


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("size", ["phone", "laptop"])
def test_home_page(page, lang, size):
    page.set_viewport_size(SIZES[size])
    page.goto(f"/{lang}/")
    expect(page.locator("h1")).to_be_visible()
    _check(page, f"home-{lang}-{size}")

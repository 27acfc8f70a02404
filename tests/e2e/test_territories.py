"""My territory in a real browser: from a commune's name to its territory page (type, FRR,
practices of similar territories with the reason, places by distance), in French and English,
with and without the autocomplete."""

import re

import pytest
from playwright.sync_api import expect

from .axe import axe_violations, describe


@pytest.mark.parametrize(
    ("start", "label", "heading", "type_label", "frr", "similar_heading", "reason_start"),
    [
        (
            "/fr/territoires/",
            "Votre commune",
            "Allanche",
            "Rural à habitat dispersé",
            "FRR socle",
            "Actions menées dans des territoires comme le vôtre",
            "Même type de territoire",
        ),
        (
            "/en/territories/",
            None,
            "Allanche",
            "Rural, dispersed housing",
            "FRR (base)",
            "Actions in territories like yours",
            None,  # the English demo has no card of Allanche's own level: a neighbouring one
        ),
    ],
    ids=["fr", "en"],
)
def test_typing_allanche_leads_to_its_territory_page(
    page, watch, start, label, heading, type_label, frr, similar_heading, reason_start
):
    page.goto(start)
    box = page.get_by_label(label) if label else page.locator("#commune-q")
    box.fill("allanche")
    box.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(f"{start}15001-allanche/") + "$"))
    expect(page.locator("h1")).to_contain_text(heading)
    expect(page.locator("[data-density-level]")).to_have_text(type_label)
    expect(page.locator("[data-frr]")).to_contain_text(frr)
    if similar_heading:
        expect(page.get_by_role("heading", name=similar_heading)).to_be_visible()
    reasons = page.locator(".hub-similar-practices [data-reason]")
    expect(reasons.first).to_be_visible()
    if reason_start:
        assert reasons.first.inner_text().startswith(reason_start)
    distances = [
        float(d.replace(",", "."))
        for d in page.locator(".hub-places-near li").evaluate_all(
            "items => items.map(li => li.dataset.distance)"
        )
    ]
    assert distances, "places around Allanche are listed"
    assert distances == sorted(distances)
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_autocomplete_suggests_communes_and_the_chosen_one_opens(page, watch):
    page.goto("/fr/territoires/")
    box = page.locator("#commune-q")
    box.press_sequentially("clermont-fe", delay=30)
    option = page.locator("#communes-suggerees option").first
    expect(option).to_have_attribute("value", "Clermont-Ferrand (63000)")
    box.fill("Clermont-Ferrand (63000)")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/fr/territoires/63113-clermont-ferrand/$"))
    expect(page.locator("[data-density-level]")).to_have_text("Grands centres urbains")


def test_ambiguous_name_without_javascript_gives_a_list_to_choose_from(browser, base_url):
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/fr/territoires/?q=saint-denis")
    page.get_by_role("link", name="Saint-Denis").first.click()
    expect(page.locator("h1")).to_contain_text("Saint-Denis")
    context.close()


def test_around_me_uses_the_browser_position_and_lists_the_nearest_places(page, base_url):
    """With the visitor's permission, "Autour de moi" fills the point and sends the filters: the
    nearest places come first (Allanche's position, Cantal)."""
    page.context.grant_permissions(["geolocation"], origin=base_url)
    page.context.set_geolocation({"latitude": 45.228, "longitude": 2.961})
    page.goto("/fr/acteurs/")
    button = page.get_by_role("button", name="Autour de moi")
    expect(button).to_be_visible()
    button.click()
    expect(page).to_have_url(re.compile(r"near=45\.2280%2C2\.9610"))
    expect(page.locator("#filtre-near")).to_have_value(re.compile(r"^45\.228\d*,2\.961\d*$"))
    distances = [
        float(value)
        for value in page.locator("[data-distance]").evaluate_all(
            "spans => spans.map(s => s.dataset.distance)"
        )
    ]
    assert distances and distances == sorted(distances)
    assert axe_violations(page) == []


def test_around_me_refused_says_how_to_go_on(page):
    page.goto("/fr/acteurs/")  # no permission granted: the browser refuses the position
    page.get_by_role("button", name="Autour de moi").click()
    expect(page.locator("[data-around-me-status]")).to_contain_text("Indiquez votre commune")

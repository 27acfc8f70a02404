"""Public pages in a real browser: both languages, the language switch, footer pages, 404,
accessibility (axe, WCAG 2.1 A/AA) and keyboard use, under the enforced content security policy."""

import re

import pytest
from playwright.sync_api import expect

from .axe import axe_violations, describe
from .pages import public_urls

PUBLIC = list(public_urls())


@pytest.mark.parametrize(
    ("url", "lang", "status"), [p[1:] for p in PUBLIC], ids=[p[0] for p in PUBLIC]
)
def test_public_page_has_no_wcag_violation(page, url, lang, status):
    response = page.goto(url)
    assert response.status == status
    expect(page.locator("html")).to_have_attribute("lang", lang)
    violations = axe_violations(page)
    assert violations == [], f"{url}: axe found WCAG 2.1 A/AA violations:\n{describe(violations)}"


@pytest.mark.parametrize(
    ("url", "lang", "status"), [p[1:] for p in PUBLIC], ids=[p[0] for p in PUBLIC]
)
def test_public_page_is_served_under_a_strict_content_security_policy(page, url, lang, status):
    response = page.goto(url)
    policy = response.headers["content-security-policy"]
    script_src = re.search(r"script-src ([^;]*)", policy).group(1).split()
    assert "'unsafe-inline'" not in policy
    # Scripts from the site's files only: no nonce, which the page cache would share.
    assert script_src == ["'self'"]
    assert "frame-ancestors 'none'" in policy
    # The DSFR script ran (it marks <html> when it starts).
    expect(page.locator("html")).to_have_attribute("data-fr-js", "true")


@pytest.mark.parametrize(
    ("url", "title", "switch_to", "target", "target_title"),
    [
        (
            "/fr/",
            "Bibliothèques et inclusion numérique",
            "en",
            "/en/",
            "Libraries and digital inclusion",
        ),
        (
            "/en/",
            "Libraries and digital inclusion",
            "fr",
            "/fr/",
            "Bibliothèques et inclusion numérique",
        ),
        ("/fr/mentions-legales/", "Mentions légales", "en", "/en/legal-notice/", "Legal notice"),
        ("/en/legal-notice/", "Legal notice", "fr", "/fr/mentions-legales/", "Mentions légales"),
    ],
)
def test_language_switch_leads_to_the_same_page_in_the_other_language(
    page, base_url, url, title, switch_to, target, target_title
):
    page.goto(url)
    expect(page.locator("h1")).to_have_text(title)
    page.locator(f".fr-header__tools a[data-language-switch='{switch_to}']").click()
    expect(page).to_have_url(base_url + target)
    expect(page.locator("html")).to_have_attribute("lang", switch_to)
    expect(page.locator("h1")).to_have_text(target_title)


@pytest.mark.parametrize("home", ["/fr/", "/en/"])
def test_every_footer_link_opens_its_page(page, base_url, home):
    page.goto(home)
    links = page.locator("footer a.fr-footer__bottom-link")
    expect(links).to_have_count(4)
    targets = [(link.inner_text(), link.get_attribute("href")) for link in links.all()]
    for text, href in targets:
        response = page.goto(href)
        assert response.status == 200, href
        expect(page.locator("h1")).to_have_text(text)


@pytest.mark.parametrize(
    ("url", "heading", "home_link"),
    [
        ("/fr/cette-page-n-existe-pas/", "Page non trouvée", "/fr/"),
        ("/en/no-such-page/", "Page not found", "/en/"),
    ],
)
def test_unknown_address_shows_the_404_page_in_the_site_language(page, url, heading, home_link):
    response = page.goto(url)
    assert response.status == 404
    expect(page.locator("h1")).to_have_text(heading)
    expect(page.locator("main a.fr-btn")).to_have_attribute("href", home_link)


def test_skip_link_is_the_first_tab_stop_and_reaches_the_content(page):
    page.goto("/fr/")
    page.keyboard.press("Tab")
    focused = page.locator(":focus")
    expect(focused).to_have_attribute("href", "#contenu")
    expect(focused).to_be_visible()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#contenu$"))
    assert page.evaluate("document.activeElement.id") == "contenu"


def test_language_switch_is_reachable_and_works_by_keyboard(page, base_url):
    page.goto("/fr/mentions-legales/")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.languageSwitch") == "en":
            break
    else:
        pytest.fail("the English link of the language switch is not reachable with Tab")
    expect(page.locator(":focus")).to_be_visible()
    page.keyboard.press("Enter")
    expect(page).to_have_url(base_url + "/en/legal-notice/")
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_screenshot_of_the_home_page(page):
    """Kept in test-results/ for people to look at; asserts the page is the styled one."""
    page.goto("/fr/")
    expect(page.locator("header.fr-header .fr-logo")).to_be_visible()
    background = page.locator(".hub-hero").evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in {"rgba(0, 0, 0, 0)", "transparent"}
    page.screenshot(path="test-results/home-fr.png", full_page=True)


def test_browser_requests_stay_on_the_loopback_server(page, watch, base_url):
    """Every page the tests visit asks only 127.0.0.1; the guard itself stops anything else."""
    page.goto("/fr/")
    page.goto("/en/legal-notice/")
    assert watch.requests, "the guard saw no request: it is not installed"
    assert all(url.startswith(base_url) for url in watch.requests), watch.requests
    with pytest.raises(Exception, match="ERR_BLOCKED_BY_CLIENT"):
        page.goto("https://www.info.gouv.fr/")
    assert watch.blocked == ["https://www.info.gouv.fr/"]
    watch.blocked.clear()  # seen and expected: do not fail the test at teardown


def test_axe_check_reports_violations_when_there_are_some(page):
    """The accessibility check can fail: an unlabelled field and a language-less page are caught."""
    page.set_content("<html><body><main><input type='text'><img src='data:,'></main></body></html>")
    found = {violation["id"] for violation in axe_violations(page)}
    assert {"html-has-lang", "label", "image-alt"} <= found

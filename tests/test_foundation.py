"""The site opens in French and English with the DSFR look, and sets itself up in one command."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Page, Site

from home.models import ContentPage, HomePage

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_root_redirects_to_the_french_home_page(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


@pytest.mark.parametrize(
    ("url", "lang", "other_lang", "other_url", "title"),
    [
        ("/fr/", "fr", "en", "/en/", "Bibliothèques et inclusion numérique"),
        ("/en/", "en", "fr", "/fr/", "Libraries and digital inclusion"),
    ],
)
def test_home_page_in_each_language_has_the_dsfr_header_and_switcher(
    client, url, lang, other_lang, other_url, title
):
    response = client.get(url)
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == lang
    assert page.h1.get_text(strip=True) == title
    header = page.find("header", class_="fr-header")
    assert header is not None
    assert header.find(class_="fr-logo")
    assert page.find(class_="fr-skiplinks").find("a", href="#contenu")
    switch = page.find("a", attrs={"data-language-switch": other_lang})
    assert switch["href"] == other_url
    assert switch["hreflang"] == other_lang
    footer = page.find("footer", class_="fr-footer")
    assert footer is not None
    assert len(footer.find_all("a", class_="fr-footer__bottom-link")) == 4


def test_interface_strings_are_translated_on_the_english_site(client):
    page = soup(client.get("/en/"))
    assert page.find(class_="fr-header__service-title").get_text(strip=True) == (
        "Libraries and digital inclusion"
    )
    assert page.find("nav", id="navigation-principale")["aria-label"] == "Main menu"


def test_language_switcher_leads_to_the_translated_page(client):
    response = client.get("/fr/mentions-legales/")
    switch = soup(response).find("a", attrs={"data-language-switch": "en"})
    assert switch["href"] == "/en/legal-notice/"
    response = client.get("/en/legal-notice/")
    assert soup(response).find("a", attrs={"data-language-switch": "fr"})["href"] == (
        "/fr/mentions-legales/"
    )


def test_language_switcher_says_when_a_page_is_not_translated(client, home):
    """Not a silent jump to the other home page: a notice that links the original and the home
    (issue 16; more in tests/test_visitors.py)."""
    page = ContentPage(title="Page seulement en français", slug="seulement-fr")
    home.add_child(instance=page)
    page.save_revision().publish()
    response = client.get("/fr/seulement-fr/")
    href = soup(response).find("a", attrs={"data-language-switch": "en"})["href"]
    assert href.startswith("/en/") and href.endswith(f"?page={page.pk}")
    notice = soup(client.get(href))
    assert notice.find("a", attrs={"data-original": True})["href"] == "/fr/seulement-fr/"
    assert notice.find("a", attrs={"data-home": True})["href"] == "/en/"


@pytest.mark.parametrize(
    "url",
    [
        "/fr/accessibilite/",
        "/fr/mentions-legales/",
        "/fr/plan-du-site/",
        "/en/accessibility/",
        "/en/legal-notice/",
        "/en/site-map/",
    ],
)
def test_mandatory_footer_pages_exist(client, url):
    assert client.get(url).status_code == 200


def test_site_map_lists_the_pages(client):
    links = {a["href"] for a in soup(client.get("/fr/plan-du-site/")).main.find_all("a", href=True)}
    assert {"/fr/", "/fr/mentions-legales/", "/fr/accessibilite/"} <= links


def test_404_page_uses_the_site_look(client):
    response = client.get("/fr/cette-page-n-existe-pas/")
    assert response.status_code == 404
    page = soup(response)
    assert page.find("header", class_="fr-header")
    assert "Page non trouvée" in page.h1.get_text()
    assert page.find("meta", attrs={"name": "robots", "content": "noindex"})


def test_500_template_renders_without_context():
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "Erreur inattendue" in html


def test_admin_login_page_loads(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert b'name="password"' in response.content


def test_draft_page_is_not_visible_to_anonymous_visitors(client, home):
    page = ContentPage(title="Brouillon", slug="brouillon", live=False)
    home.add_child(instance=page)
    page.save_revision()
    assert client.get("/fr/brouillon/").status_code == 404


def test_robots_txt_and_sitemap_cover_both_languages(client):
    robots = client.get("/robots.txt")
    assert robots.status_code == 200
    assert "Disallow: /admin/" in robots.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in robots.content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/fr/mentions-legales/" in sitemap
    assert "/en/legal-notice/" in sitemap


def test_setup_command_run_twice_leaves_one_site_and_one_home_per_locale():
    call_command("setup_site", "--no-admin", "--no-index", verbosity=0)
    call_command("setup_site", "--no-admin", "--no-index", verbosity=0)
    assert Site.objects.count() == 1
    assert HomePage.objects.filter(locale__language_code="fr").count() == 1
    assert HomePage.objects.filter(locale__language_code="en").count() == 1
    assert Site.objects.get().root_page.specific_class is HomePage
    assert Page.objects.filter(depth=2).count() == 2
    assert ContentPage.objects.filter(slug="mentions-legales").count() == 1


def _run_with_production_settings(args, extra_env):
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    env.update({"DJANGO_SETTINGS_MODULE": "hub.settings.production", **extra_env})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_settings_refuse_to_start_without_secret_key():
    result = _run_with_production_settings(["check"], {"ALLOWED_HOSTS": "hub.example.fr"})
    assert result.returncode != 0
    assert "SECRET_KEY is required in production" in result.stderr


def test_production_settings_refuse_to_start_without_allowed_hosts():
    result = _run_with_production_settings(["check"], {"SECRET_KEY": "x" * 60})
    assert result.returncode != 0
    assert "ALLOWED_HOSTS is required in production" in result.stderr


def test_check_deploy_is_clean_with_production_settings():
    result = _run_with_production_settings(
        ["check", "--deploy", "--fail-level", "WARNING"],
        {"SECRET_KEY": "k" * 30 + "Z9#" + "q" * 30, "ALLOWED_HOSTS": "hub.example.fr"},
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout

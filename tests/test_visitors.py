"""What visitors meet: the search page on a phone and without JavaScript, result cards that say
where and how much, English typography and labels, the language switcher, absolute links."""

import re

import pytest

from tests import search_factories as f


def _html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


# --- Search page ---------------------------------------------------------------------------


def test_search_filters_fold_behind_a_button_that_gives_the_number_of_results(client, db):
    f.practice("Médiation numérique", themes=["usage-securise"])
    f.practice("Médiation en bibliothèque", themes=["usage-securise"])
    html = _html(client, "/fr/recherche/?q=mediation")
    toggle = re.search(
        r'<button type="button"[^>]*hub-filter-toggle[^>]*>(.*?)</button>', html, re.S
    )
    assert 'aria-controls="panneau-filtres"' in toggle.group(0)
    assert 'aria-expanded="false"' in toggle.group(0)
    assert "Filtrer" in toggle.group(1) and "(2 résultats)" in toggle.group(1)
    assert 'class="fr-collapse hub-filter-panel" id="panneau-filtres"' in html
    # Without JavaScript the same form still submits with GET and an apply button.
    assert re.search(r'<form id="recherche"[^>]*method="get"', html)
    assert "Appliquer les filtres" in html


def test_sort_sits_beside_the_result_count_and_a_link_jumps_to_the_results(client, db):
    f.practice("Médiation numérique")
    html = _html(client, "/fr/recherche/?q=mediation")
    head = html[html.index('class="hub-results-head"') :]
    assert head.index('id="nombre-resultats"') < head.index('id="tri"') < head.index("</select>")
    assert 'href="#resultats"' in html and "Voir les résultats" in html
    assert 'id="resultats" tabindex="-1"' in html


def test_only_a_short_live_region_announces_the_number_of_results(client, db):
    f.practice("Médiation numérique")
    html = _html(client, "/fr/recherche/?q=mediation")
    assert html.count("aria-live") == 1
    assert re.search(r'id="annonce-resultats" role="status" aria-live="polite"', html)
    assert re.search(r'data-announce="1 résultat"', html)


def test_screen_reader_counts_of_filter_values_agree_in_number(client, db):
    f.practice("Médiation numérique", themes=["usage-securise"])
    html = _html(client, "/fr/recherche/?q=mediation")
    assert '(1<span class="fr-sr-only"> résultat</span>)' in html
    assert "1 résultats" not in html


def test_filter_boxes_are_named_by_their_value_so_focus_can_return_to_them(client, db):
    f.practice("Médiation numérique", themes=["usage-securise"])
    html = _html(client, "/fr/recherche/?q=mediation")
    assert 'id="f-theme-usage-securise"' in html


def test_result_cards_show_commune_department_budget_and_territory_type(client, db):
    f.practice(
        "Médiation numérique",
        commune="Rostrenen",
        department="22",
        budget="0",
        territories=["bourgs-ruraux"],
    )
    html = _html(client, "/fr/recherche/?q=mediation")
    facts = html[html.index('class="fr-card__detail hub-hit-facts"') :]
    facts = facts[: facts.index("</ul>")]
    assert "Rostrenen (22)" in facts
    assert "Budget\u00a0: Sans budget dédié" in facts
    assert "Fiche" in html  # the type badge
    assert "Bourgs ruraux" in facts


def test_zero_result_page_keeps_the_filter_panel_and_the_sort(client, db):
    f.practice("Médiation numérique", themes=["usage-securise"])
    html = _html(client, "/fr/recherche/?q=zzzzqqq")
    assert "Aucun résultat" in html
    assert 'id="panneau-filtres"' in html and 'id="tri"' in html
    assert "Aucun filtre ne s’applique à ces résultats." in html
    with_filter = _html(client, "/fr/recherche/?q=zzzzqqq&theme=usage-securise")
    assert 'id="f-theme-usage-securise"' in with_filter and "checked" in with_filter


# --- English typography --------------------------------------------------------------------


def test_card_labels_have_french_colons_in_french(client, db):
    page = f.practice("Médiation numérique")
    html = _html(client, page.url)
    assert "Structure porteuse\u00a0:</dt>" in html


def test_open_graph_site_name_is_translated(client, db):
    page = f.practice("Médiation numérique")
    assert 'og:site_name" content="Bibliothèques et inclusion numérique"' in _html(client, page.url)


# --- Place pages: the standard's values in English, phone, map, directions -----------------


@pytest.fixture
def a_place(db, tmp_path):
    from places.importer import import_places
    from places.models import Place
    from tests.places_helpers import place, write_csv

    row = place(
        "bib-lyon",
        nom="Médiathèque de la Part-Dieu",
        services="Aide aux démarches administratives",
        frais_a_charge="Gratuit",
        publics_specifiquement_adresses="Jeunes|Seniors",
        modalites_accompagnement="Dans un atelier collectif",
        telephone="+33450220907",
    )
    import_places(write_csv(tmp_path / "lieux.csv", [row]))
    return Place.objects.get(source_id="bib-lyon")


def test_every_value_of_the_translated_columns_has_an_english_label():
    from places import standard

    missing = [
        value
        for column in standard.TRANSLATED_COLUMNS
        for value in standard.vocabularies()[column]
        if value not in standard.ENGLISH_VALUE_LABELS
    ]
    assert missing == []


def test_english_place_page_shows_the_standards_values_in_english(client, a_place):
    french = _html(client, f"/fr/acteurs/lieu/{a_place.pk}/")
    assert "Jeunes, Seniors" in french and "Gratuit" in french
    english = _html(client, f"/en/actors/lieu/{a_place.pk}/")
    assert "Young people, Older people" in english
    assert "Free" in english and "Gratuit" not in english
    assert "Help with administrative procedures" in english
    assert "In a group workshop" in english


def test_english_directory_filters_show_the_standards_values_in_english(client, a_place):
    english = _html(client, "/en/actors/")
    assert "Older people" in english and ">Seniors<" not in english
    assert 'value="Seniors"' in english  # the URL keeps the standard's value


def test_exports_keep_the_standards_french_values(client, a_place):
    response = client.get("/en/actors/export/csv/")
    body = b"".join(response.streaming_content).decode()
    assert "Jeunes|Seniors" in body and "Older people" not in body


def test_place_phone_is_formatted_with_a_tel_link(client, a_place):
    html = _html(client, f"/fr/acteurs/lieu/{a_place.pk}/")
    assert '<a href="tel:+33450220907">04 50 22 09 07</a>' in html


def test_a_phone_number_that_does_not_parse_is_shown_as_written():
    from places.templatetags.places_tags import phone_display, phone_uri

    assert phone_display("appeler la mairie") == "appeler la mairie"
    assert phone_uri("appeler la mairie") == ""
    assert phone_display("+687 27 12 34") == "+687 27.12.34"


def test_place_page_has_a_small_map_and_a_directions_link(client, a_place):
    html = _html(client, f"/fr/acteurs/lieu/{a_place.pk}/")
    assert 'class="hub-map hub-map--place' in html
    assert f'data-lat="{a_place.latitude:.6f}"' in html
    assert "https://www.openstreetmap.org/directions?route=%3B" in html
    assert "places/js/places-map.js" in html
    assert 'data-label-zoom-in="Zoomer"' in html
    assert "© les contributeurs d’OpenStreetMap" in html


# --- Language switcher ---------------------------------------------------------------------


def _switch_to(html, code):
    match = re.search(rf'<a [^>]*href="([^"]+)"[^>]*data-language-switch="{code}"', html)
    return match.group(1).replace("&amp;", "&")


def test_switching_language_on_an_untranslated_page_says_so_and_links_back(client, db):
    page = f.practice("Médiation numérique")
    html = _html(client, page.url)
    target = _switch_to(html, "en")
    assert target.endswith(f"?page={page.pk}") and target.startswith("/en/")
    notice = _html(client, target)
    assert 'lang="en"' in notice
    assert f'href="{page.url}" hreflang="fr" data-original' in notice
    assert 'href="/en/" data-home' in notice
    assert '<meta name="robots" content="noindex">' in notice


def test_not_translated_notice_without_a_known_page_still_links_home(client, db):
    html = _html(client, "/en/not-translated-yet/?page=nope")
    assert "data-original" not in html and 'href="/en/" data-home' in html


def test_current_language_is_marked(client, db):
    html = _html(client, "/fr/")
    assert re.search(r'aria-current="true" lang="fr"', html)


def test_place_page_switches_to_the_same_place_in_the_other_language(client, a_place):
    html = _html(client, f"/fr/acteurs/lieu/{a_place.pk}/")
    assert _switch_to(html, "en") == f"/en/actors/lieu/{a_place.pk}/"
    english = _html(client, f"/en/actors/lieu/{a_place.pk}/")
    assert _switch_to(english, "fr") == f"/fr/acteurs/lieu/{a_place.pk}/"


# --- Absolute links from the site's configured host -----------------------------------------


@pytest.fixture
def public_host(db, settings):
    """A site set up (as `setup_site` does) with BASE_URL on another host than localhost."""
    from django.core.management import call_command
    from wagtail.models import Site

    settings.WAGTAILADMIN_BASE_URL = "https://biblio.example.org"
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    call_command("setup_site", "--no-admin", "--no-index", verbosity=0)
    return "https://biblio.example.org"


def test_setup_gives_the_site_the_host_of_base_url(public_host):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    assert site.root_url == public_host


def test_print_view_open_graph_and_sitemap_use_the_configured_host(client, public_host):
    page = f.practice("Médiation numérique")
    html = _html(client, page.url)
    assert f"– {public_host}/fr/bonnes-pratiques/" in html  # the printed footer
    assert f'og:url" content="{public_host}/fr/' in html
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"<loc>{public_host}/fr/bonnes-pratiques/{page.slug}/</loc>" in sitemap
    assert "localhost" not in sitemap and "testserver" not in sitemap


def test_an_administrators_host_is_kept_by_a_later_setup(db, settings):
    from django.core.management import call_command
    from wagtail.models import Site

    Site.objects.filter(is_default_site=True).update(hostname="hub.culture.example", port=443)
    settings.WAGTAILADMIN_BASE_URL = "https://biblio.example.org"
    call_command("setup_site", "--no-admin", "--no-index", verbosity=0)
    assert Site.objects.get(is_default_site=True).root_url == "https://hub.culture.example"


# --- Cards: a public contact people can act on -----------------------------------------------


def test_card_shows_its_public_contact_as_links(client, db):
    page = f.practice(
        "Médiation numérique",
        contact_name="La responsable",
        contact_email="contact@mediatheque.example.org",
        contact_url="https://mediatheque.example.org/",
        contact_phone="0296290000",
    )
    html = _html(client, page.url)
    assert '<a href="mailto:contact@mediatheque.example.org">' in html
    assert '<a href="tel:+33296290000">02 96 29 00 00</a>' in html
    assert '<a href="https://mediatheque.example.org/" rel="noopener">' in html


def test_an_unreadable_contact_phone_is_refused_with_a_french_message(db):
    from django.core.exceptions import ValidationError

    page = f.practice("Médiation numérique")
    page.contact_phone = "appelez-nous"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "Numéro de téléphone illisible" in str(error.value.message_dict["contact_phone"])


def test_card_structure_links_to_its_directory_entry(client, a_place):
    from practices.models import PracticePlace

    page = f.practice("Médiation numérique", structure_name="Médiathèque de la Part-Dieu")
    html = _html(client, page.url)
    assert "data-structure-place" not in html
    PracticePlace.objects.create(practice=page, place=a_place, role="porteur")
    html = _html(client, page.url)
    assert f'<a href="/fr/acteurs/lieu/{a_place.pk}/" data-structure-place>' in html


def test_demo_cards_have_contacts_on_reserved_example_domains_only():
    import json
    from pathlib import Path
    from urllib.parse import urlsplit

    cards = json.loads((Path(__file__).parents[1] / "practices/demo/cards.json").read_text())
    for card in cards:
        assert card["contact_email"].endswith(".example.org"), card["slug"]
        assert urlsplit(card["contact_url"]).hostname.endswith(".example.org"), card["slug"]
        assert "contact_phone" not in card  # no number of a real person or place


# --- Home page -------------------------------------------------------------------------------


def test_home_shows_latest_cards_featured_orientation_and_figures(client, a_place):
    from home.models import HomePage

    old = f.practice("Une fiche ancienne", department="22")
    new = f.practice("Une fiche récente", department="15")
    orientation = f.orientation("Former les équipes")
    html = _html(client, "/fr/")
    latest = html[html.index('id="titre-recentes"') :]
    assert latest.index(new.title) < latest.index(old.title)
    figures = html[
        html.index('id="titre-chiffres"') : html.index(
            "</section>", html.index('id="titre-chiffres"')
        )
    ]
    assert re.search(r">2</span> fiches de bonnes pratiques", figures)
    assert re.search(r">2</span> départements représentés", figures)
    assert re.search(r">1</span> lieu de médiation numérique", figures)
    assert 'id="recherche-accueil"' in html and 'class="hub-commune-picker"' in html
    assert orientation.title in html[html.index('id="titre-orientation"') :]
    home = HomePage.objects.get(locale__language_code="fr")
    home.latest_count = 0
    home.show_figures = False
    home.save_revision().publish()
    html = _html(client, "/fr/")
    assert 'id="titre-recentes"' not in html and 'id="titre-chiffres"' not in html


def test_editors_choose_the_featured_orientation(client, db):
    from home.models import HomePage

    chosen = f.orientation("Former les équipes")
    f.orientation("Une orientation plus récente")
    home = HomePage.objects.get(locale__language_code="fr")
    home.featured_orientation = chosen
    home.save_revision().publish()
    html = _html(client, "/fr/")
    featured = html[html.index('id="titre-orientation"') :]
    assert featured.index("Former les équipes") < featured.index("</section>")
    assert "Une orientation plus récente" not in featured[: featured.index("</section>")]


def test_accessibility_contact_is_a_mailto_link(client, db):
    html = _html(client, "/fr/accessibilite/")
    assert '<a href="mailto:accessibilite@inclusion-numerique.example">' in html


def test_home_figures_and_latest_cards_follow_a_publish_with_the_caches_on(client, db, fragments):
    """Counted once per content generation: a card published since, or a card withdrawn, shows
    on the next visit."""
    first = f.practice("Une première fiche", department="22")
    html = _html(client, "/fr/")
    assert re.search(r">1</span> fiche de bonne pratique", html)
    second = f.practice("Une seconde fiche", department="15")  # published
    html = _html(client, "/fr/")
    assert re.search(r">2</span> fiches de bonnes pratiques", html)
    assert re.search(r">2</span> départements représentés", html)
    latest = html[html.index('id="titre-recentes"') :]
    assert latest.index(second.title) < latest.index(first.title)
    second.unpublish()
    html = _html(client, "/fr/")
    assert second.title not in html and re.search(r">1</span> fiche de bonne pratique", html)

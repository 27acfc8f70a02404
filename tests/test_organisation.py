"""Organisation settings: the legal pages read them, the admin home warns while one is empty."""

import pytest

from home.models import ContentPage, OrganisationSettings

pytestmark = pytest.mark.django_db

FILLED = {
    "publisher": "Ministère de la Culture",
    "publisher_address": "182, rue Saint-Honoré, 75001 Paris",
    "publication_director": "La directrice chargée du livre et de la lecture",
    "host": "Hébergeur Exemple SAS",
    "host_address": "1 rue des Serveurs, 59000 Lille – 03 00 00 00 00",
    "contact_email": "contact@inclusion-numerique.example",
    "data_controller": "Ministère de la Culture, service du livre et de la lecture",
    "dpo_contact": "dpd@culture.example",
}


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("ad", "ad@example.fr", "pw"))
    return client


def test_admin_home_warns_while_a_required_setting_is_empty(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert "Paramètres de l’organisation à compléter" in html
    assert "/admin/settings/home/organisationsettings/" in html
    assert "Hébergeur" in html

    # The warning's link leads to the settings form (Wagtail redirects to the record's URL).
    link = admin_client.get("/admin/settings/home/organisationsettings/", follow=True)
    url = link.redirect_chain[-1][0] if link.redirect_chain else link.request["PATH_INFO"]
    response = admin_client.post(url, {**FILLED, "accessibility_email": ""})
    assert response.status_code == 302
    assert OrganisationSettings.load().host == "Hébergeur Exemple SAS"
    html = admin_client.get("/admin/").content.decode()
    assert "Paramètres de l’organisation à compléter" not in html


def test_legal_notice_shows_publisher_director_and_host_from_the_settings(client):
    OrganisationSettings.objects.update_or_create(
        pk=OrganisationSettings.load().pk, defaults=FILLED
    )
    page = ContentPage.objects.get(slug="mentions-legales")
    assert page.legal == ContentPage.Legal.LEGAL_NOTICE
    html = client.get(page.url).content.decode()
    for value in ("Ministère de la Culture", "La directrice chargée", "Hébergeur Exemple SAS"):
        assert value in html
    assert "à compléter" not in html


def test_personal_data_page_covers_every_processing_with_rights_and_cnil(client):
    from consultations.retention import ADDRESS_MONTHS_AFTER_CLOSING, UNCONFIRMED_DAYS

    OrganisationSettings.objects.update_or_create(
        pk=OrganisationSettings.load().pk, defaults=FILLED
    )
    html = client.get(ContentPage.objects.get(slug="donnees-personnelles").url).content.decode()
    assert "dpd@culture.example" in html and "service du livre et de la lecture" in html
    for processing in (
        "Propositions de pratiques",
        "Contributions aux consultations",
        "Courriels envoyés par le site",
        "Journaux techniques",
        "Protection de l’espace d’administration",
    ):
        assert processing in html
    assert html.count("Base légale") == 5 and html.count("Durée de conservation") == 5
    assert "CNIL" in html and "Vos droits" in html
    # The page says what the consultations' purge does.
    assert f"{UNCONFIRMED_DAYS} jours" in html
    assert f"{ADDRESS_MONTHS_AFTER_CLOSING} mois après la clôture" in html


def test_accessibility_statement_gives_the_accessibility_contact(client):
    OrganisationSettings.objects.update_or_create(
        pk=OrganisationSettings.load().pk,
        defaults={**FILLED, "accessibility_email": "a11y@culture.example"},
    )
    html = client.get(ContentPage.objects.get(slug="accessibilite").url).content.decode()
    assert "a11y@culture.example" in html


def test_english_legal_pages_show_the_same_settings(client):
    OrganisationSettings.objects.update_or_create(
        pk=OrganisationSettings.load().pk, defaults=FILLED
    )
    page = ContentPage.objects.get(slug="legal-notice")
    assert page.legal == ContentPage.Legal.LEGAL_NOTICE
    assert "Hébergeur Exemple SAS" in client.get(page.url).content.decode()

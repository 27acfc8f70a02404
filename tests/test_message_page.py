"""The short answer page shared by the public forms (core/message_page.py, core/message.html):
alerts and consultations answer through it with their own text, button and onward link."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from alerts.mail import unsubscribe_url
from tests.alert_helpers import follow_and_confirm
from tests.consultation_helpers import consultation

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def french():
    translation.activate("fr")


def page(response):
    return BeautifulSoup(response.content, "html.parser")


def test_a_bad_alert_link_says_so_and_leads_to_the_search(client):
    response = client.get(reverse("alerts_manage", args=["abc"]))
    assert response.status_code == 400
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert response["Referrer-Policy"] == "no-referrer"
    html = page(response)
    assert html.h1.get_text() == "Ce lien n’est pas valide"
    link = html.select_one("main a.fr-link")
    assert link.get_text() == "Aller à la recherche" and link["href"] == "/fr/recherche/"
    assert not html.select("main form")


def test_a_bad_consultation_link_says_so_with_the_same_page(client):
    response = client.get(reverse("consultation_confirm", args=["abc"]))
    assert response.status_code == 400
    html = page(response)
    assert html.h1.get_text() == "Ce lien n’est pas valide"
    assert "Copiez-le en entier" in html.select_one("main p").get_text()


def test_a_consultation_answer_links_back_to_its_consultation(client):
    consult = consultation(title="Consultation sur les horaires")
    html = page(client.get(reverse("consultation_contribution_sent", args=[consult.pk])))
    back = html.select_one("main a.fr-icon-arrow-left-line")
    assert back.get_text() == "Retour à la consultation « Consultation sur les horaires »"
    assert back["href"] == consult.url


def test_the_unsubscribe_page_posts_back_to_its_own_link(client):
    alert = follow_and_confirm(client)
    url = unsubscribe_url(alert.pk, alert.subscriber.email, "fr").removeprefix("http://testserver")
    form = page(client.get(url)).select_one("main form")
    assert form["method"] == "post" and not form.get("action")
    assert form.button.get_text() == "Me désabonner"

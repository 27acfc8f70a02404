"""A card's rules live on the model (PracticePage.card_errors): the admin form, the importer and
moderation refuse the same bad card with the same French message, and one function derives the
department of cards and places."""

import pytest
from django.contrib.messages import get_messages

from core.geo import department_of
from practices.models import PracticePage
from practices.practice_io import import_file
from submissions.models import Submission
from tests import factories
from tests.submission_helpers import stored_submission, user_in

pytestmark = pytest.mark.django_db

NO_TERRITORY = "Une fiche publiée doit avoir au moins un type de territoire."
NO_THEME = "Une fiche publiée doit avoir au moins une thématique."
PERIOD = "La fin ne peut précéder le début."


@pytest.fixture
def editor(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("ed", "ed@example.fr", "pw"))
    return client


def refused_by_admin(client, **fields):
    """The reasons the admin gives for not publishing: a card that only breaks the publication
    rule is kept as a draft (the banner says why); any other error keeps it from being saved."""
    data = factories.practice_admin_form(**{"action-publish": "publish", **fields})
    response = client.post(factories.practice_add_url(), data)
    assert not PracticePage.objects.filter(slug="atelier-arnaques", live=True).exists()
    if response.status_code == 302:
        client.get(response.url)  # shows (and so consumes) the banner
        draft = PracticePage.objects.get(slug="atelier-arnaques")
        # Removed so that the other channels below start from the same empty site.
        draft.delete()
        return response.wsgi_request.publication_refused
    assert response.status_code == 200
    assert not PracticePage.objects.filter(slug="atelier-arnaques").exists()
    form = response.context["form"]
    return [message for messages in form.errors.values() for message in messages]


def refused_by_import(**cells):
    row = {
        "key": "atelier-arnaques",
        "title": "Atelier",
        "summary": "Résumé.",
        "structure_name": "Médiathèque",
        # A commune the reference does not know: no territory type is derived from it.
        "commune": "Saint-Essai-sur-Test",
        "themes": "usage-securise",
        "territory_types": "petites-villes",
        **cells,
    }
    text = ",".join(row) + "\n" + ",".join(row.values()) + "\n"
    report = import_file(text.encode(), "csv")
    assert not report.created and not PracticePage.objects.filter(slug="atelier-arnaques").exists()
    return [error.message for error in report.errors]


def refused_by_moderation(client, django_user_model, terms):
    submission = stored_submission(terms)
    client.force_login(user_in(django_user_model, "Modérateurs"))
    response = client.post(f"/admin/submissions/create-card/{submission.pk}/")
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.page is None and submission.status == Submission.Status.RECEIVED
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_card_without_territory_type_is_refused_alike_by_admin_import_and_moderation(
    client, editor, django_user_model
):
    from core.vocabularies import vocabulary

    admin = refused_by_admin(editor, themes=["usage-securise"])
    assert admin == [NO_TERRITORY]
    assert refused_by_import(territory_types="") == [NO_TERRITORY]
    # A submission whose territory type was deleted since it was sent.
    theme = vocabulary("theme").tag.objects.get(slug="usage-securise")
    assert refused_by_moderation(client, django_user_model, {"theme": [theme]}) == [NO_TERRITORY]


def test_card_without_theme_is_refused_alike_by_admin_and_import(editor):
    assert refused_by_admin(editor, territory_types=["petites-villes"]) == [NO_THEME]
    assert refused_by_import(themes="") == [NO_THEME]


def test_period_ending_before_it_starts_is_refused_alike_by_admin_and_import(editor):
    period = {"period_start": "2025-06-01", "period_end": "2025-01-31"}
    tags = {"themes": ["usage-securise"], "territory_types": ["petites-villes"]}
    assert refused_by_admin(editor, **period, **tags) == [PERIOD]
    assert refused_by_import(**period) == [PERIOD]
    # Also for a draft: the period rule is no publication rule.
    data = factories.practice_admin_form(**period)
    response = editor.post(factories.practice_add_url(), data)
    assert response.status_code == 200 and PERIOD in response.content.decode()


def test_publishing_a_good_card_in_the_admin_still_works(editor):
    data = factories.practice_admin_form(
        **{
            "action-publish": "publish",
            "themes": ["usage-securise"],
            "territory_types": ["petites-villes"],
            "period_start": "2025-01-01",
            "period_end": "2025-06-30",
        }
    )
    assert editor.post(factories.practice_add_url(), data).status_code == 302
    assert PracticePage.objects.get(slug="atelier-arnaques").live


@pytest.mark.parametrize(
    ("postal_code", "insee_code", "department"),
    [
        ("69001", "", "69"),
        ("20000", "", "2A"),
        ("97400", "", "974"),
        # The commune code wins: a postal code can cross a department border.
        ("20000", "2B033", "2B"),
        ("05110", "04033", "04"),
        ("", "97701", "977"),
        ("", "", ""),
    ],
)
def test_one_rule_derives_the_department_of_cards_places_and_imports(
    postal_code, insee_code, department
):
    from places.models import derived_values

    assert department_of(postal_code, insee_code) == department
    card = PracticePage(postal_code=postal_code, insee_code=insee_code)
    card._derive_place()
    assert card.department == department
    values = {"postal_code": postal_code, "insee_code": insee_code}
    assert derived_values(values)["department"] == department

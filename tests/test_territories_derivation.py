"""A card's territory types follow from its commune (INSEE density grid, FRR, QPV, outre-mer),
on save in the admin and on import; editors can still add overlays by hand."""

import pytest

from core.models import TerritoryType
from practices.models import PracticePage
from practices.practice_io import import_file
from territories.derive import find_commune, similar_territory_slugs
from territories.models import Commune
from tests import factories

pytestmark = pytest.mark.django_db


def slugs(page):
    page = PracticePage.objects.get(pk=page.pk)
    return sorted(item.tag.slug for item in page.territory_items.all())


def test_card_in_allanche_gets_its_grid_level_and_frr_on_save():
    """The level is read from the shipped INSEE grid (Allanche 15001: 6, FRR socle)."""
    expected = Commune.objects.get(code="15001").density_slug
    assert expected == "rural-habitat-disperse"
    card = factories.practice(
        territories=(), commune="Allanche", postal_code="15160", insee_code="15001"
    )
    assert slugs(card) == sorted([expected, "frr"])
    reasons = {t["slug"]: t["reason"] for t in card.territory_derivation["terms"]}
    assert reasons["frr"] == "zonage France Ruralités Revitalisation : FRR socle"
    assert "niveau 6 sur 7" in reasons[expected]


def test_commune_name_and_postal_code_find_the_insee_code():
    card = factories.practice(
        territories=(), commune="allanche", postal_code="15160", insee_code=""
    )
    card.refresh_from_db()
    assert card.insee_code == "15001"
    assert "frr" in slugs(card)


def test_editor_overlay_is_kept_next_to_the_derived_terms():
    card = factories.practice(territories=("qpv",), insee_code="15001", commune="Allanche")
    assert slugs(card) == sorted(["qpv", "rural-habitat-disperse", "frr"])


def test_grid_level_replaces_a_density_level_typed_by_hand():
    """Typed from memory, Allanche was "très dispersé"; the grid says level 6."""
    card = factories.practice(
        territories=("rural-habitat-tres-disperse", "qpv"), insee_code="15001", commune="Allanche"
    )
    assert slugs(card) == ["frr", "qpv", "rural-habitat-disperse"]


def test_overseas_commune_gets_the_overseas_overlay():
    card = factories.practice(
        territories=(), commune="Saint-Denis", postal_code="97400", insee_code="97411"
    )
    assert {"grands-centres-urbains", "frr", "outre-mer"} <= set(slugs(card))


def test_unknown_code_derives_nothing_and_keeps_the_editor_choice():
    card = factories.practice(territories=("bourgs-ruraux",), insee_code="15999")
    assert slugs(card) == ["bourgs-ruraux"]
    assert card.territory_derivation == {}


def test_code_of_another_commune_derives_nothing():
    """The demo typed 22265 for Rostrenen: that code is Rospez's (Rostrenen is 22266)."""
    assert find_commune("22265", "Rostrenen", "22110") is None
    assert find_commune("", "Rostrenen", "22110").code == "22266"


def test_ambiguous_name_without_postal_code_finds_no_commune():
    assert find_commune(commune="Saint-Denis") is None
    assert find_commune(commune="St Denis", postal_code="93200").code == "93066"


def test_admin_editor_sees_which_terms_came_from_the_commune(client, django_user_model):
    user = django_user_model.objects.create_superuser("editeur", "e@example.org", "pw")
    client.force_login(user)
    card = factories.practice(territories=("qpv",), insee_code="15001", commune="Allanche")
    response = client.get(f"/admin/pages/{card.pk}/edit/")
    html = response.content.decode()
    assert "Commune reconnue dans le référentiel : Allanche (15001)." in html
    assert "zonage France Ruralités Revitalisation : FRR socle" in html
    label = TerritoryType.objects.get(slug="qpv").name
    assert f"Ajoutés à la main : {label}" in html


def test_import_publishes_a_row_without_territory_types_from_its_commune():
    data = (
        "key,title,summary,structure_name,commune,postal_code,themes,territory_types\n"
        "ateliers-allanche,Ateliers,Des ateliers.,Médiathèque,Allanche,15160,usage-securise,"
        "Rural à habitat très dispersé\n"
    ).encode()
    report = import_file(data, "csv")
    assert report.created == ["ateliers-allanche"], report.errors
    card = PracticePage.objects.get(slug="ateliers-allanche")
    assert card.live and card.insee_code == "15001"
    assert slugs(card) == ["frr", "rural-habitat-disperse"]
    assert import_file(data, "csv").unchanged == ["ateliers-allanche"]


def test_territories_like_a_commune_for_a_search_filter():
    assert similar_territory_slugs("15001") == [
        "rural-habitat-disperse",
        "bourgs-ruraux",
        "rural-habitat-tres-disperse",
        "frr",
    ]
    assert similar_territory_slugs("00000") == []

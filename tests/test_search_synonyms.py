"""Synonyms editors keep in the admin (search.models.SynonymGroup): the starting list ships with
the site, a group an editor adds applies to the next search on every backend, a bad group is
refused with a French message, and only editors may change them."""

import pytest
from django.http import QueryDict

from search.models import SynonymGroup
from search.service import parse_query, run_search
from search.synonyms import SYNONYMS
from tests import search_factories as f
from tests.submission_helpers import user_in


def search(lane, q):
    lane.refresh()
    return run_search(parse_query(QueryDict(f"q={q}"), lang="fr"))


def titles(results):
    return {hit.page.title for hit in results.hits}


@pytest.mark.django_db
def test_the_starting_list_ships_in_the_database():
    assert SynonymGroup.objects.count() == len(SYNONYMS)
    assert SynonymGroup.objects.filter(terms__contains="seniors").exists()


def test_a_group_added_by_an_editor_applies_to_the_next_search(lane):
    f.practice("Prêt de tablettes à domicile", summary="Des tablettes prêtées aux lecteurs.")
    f.practice("Un atelier de couture", summary="Fils et aiguilles.")
    assert search(lane, "ardoise numérique").count == 0

    SynonymGroup.objects.create(terms="ardoise numérique, tablette")
    found = search(lane, "ardoise numérique")
    assert titles(found) == {"Prêt de tablettes à domicile"}

    SynonymGroup.objects.filter(terms__startswith="ardoise").delete()
    assert search(lane, "ardoise numérique").count == 0


def test_a_removed_starting_group_no_longer_expands(lane):
    f.practice("Ateliers pour les aînés", summary="Chaque mardi.")
    assert "Ateliers pour les aînés" in titles(search(lane, "seniors"))
    SynonymGroup.objects.filter(terms__contains="seniors").delete()
    assert "Ateliers pour les aînés" not in titles(search(lane, "seniors"))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("terms", "message"),
    [
        ("tablette", "au moins deux termes"),
        (" , ,", "au moins deux termes"),
        (",".join(f"mot{i}" for i in range(13)), "12 termes au plus"),
    ],
)
def test_a_bad_group_is_refused_with_a_french_message(client, django_user_model, terms, message):
    client.force_login(user_in(django_user_model, "Éditeurs"))
    before = SynonymGroup.objects.count()
    response = client.post("/admin/snippets/search/synonymgroup/add/", {"terms": terms})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert SynonymGroup.objects.count() == before


@pytest.mark.django_db
def test_an_editor_adds_a_group_from_the_admin_and_spacing_is_tidied(client, django_user_model):
    client.force_login(user_in(django_user_model, "Éditeurs"))
    response = client.post(
        "/admin/snippets/search/synonymgroup/add/", {"terms": " tiers-lieu ,  fab lab,fablab "}
    )
    assert response.status_code == 302
    assert SynonymGroup.objects.filter(terms="tiers-lieu, fab lab, fablab").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("group", ["Modérateurs", "Contributeurs", "Traducteurs"])
def test_only_editors_change_the_synonyms(client, django_user_model, group):
    user = user_in(django_user_model, group)
    assert not user.has_perm("search.change_synonymgroup")
    client.force_login(user)
    response = client.post("/admin/snippets/search/synonymgroup/add/", {"terms": "a, b"})
    assert response.status_code in (302, 403)
    assert not SynonymGroup.objects.filter(terms="a, b").exists()


def test_with_the_fragment_cache_on_a_changed_group_applies_at_once(lane, settings):
    """Production keeps the groups per content generation: saving one starts a new one."""
    settings.FRAGMENT_CACHE = True
    f.practice("Prêt de liseuses", summary="Des liseuses prêtées aux lecteurs.")
    assert search(lane, "livre électronique").count == 0
    group = SynonymGroup.objects.create(terms="livre électronique, liseuse")
    assert titles(search(lane, "livre électronique")) == {"Prêt de liseuses"}
    group.delete()
    assert search(lane, "livre électronique").count == 0


def test_with_the_kept_caches_on_a_new_group_or_a_renamed_term_applies_to_the_next_search(
    lane, fragments
):
    """What a search keeps per content generation (the analysed words, the labels a word
    names, an engine's word clauses) is renewed by a synonym group saved or a term renamed."""
    from core.models import Theme

    f.practice("Prêt de tablettes à domicile", summary="Des tablettes prêtées aux lecteurs.")
    tagged = f.practice(
        "Un atelier du mardi", summary="Fils et aiguilles.", themes=["loisirs-creations"]
    )
    assert search(lane, "ardoise numérique").count == 0
    assert search(lane, "marqueterie").count == 0

    SynonymGroup.objects.create(terms="ardoise numérique, tablette")
    assert titles(search(lane, "ardoise numérique")) == {"Prêt de tablettes à domicile"}

    theme = Theme.objects.get(slug="loisirs-creations")
    theme.name = "Marqueterie et loisirs"
    theme.save()
    assert titles(search(lane, "marqueterie")) == {tagged.title}

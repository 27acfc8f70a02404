"""A result page's rows (search/rows.py) are the ORM's: the same values, types and state as
`Model.objects.filter(pk__in=…).defer(…)`, deferred fields loaded on access, one query."""

import datetime

import pytest
from django.db.models.signals import post_init
from wagtail.models import Page

from guides.models import GuidePage, OrientationPage
from practices.models import PracticePage
from search import rows
from search.service import _stream_fields

from .search_factories import guide, orientation, practice

pytestmark = pytest.mark.django_db


def _same_as_the_orm(model, ids):
    defer = _stream_fields(model)
    read = {page.pk: page for page in rows.read(model, ids, defer=defer)}
    expected = {page.pk: page for page in model.objects.filter(pk__in=ids).defer(*defer)}
    assert read.keys() == expected.keys() == set(ids)
    for pk, page in read.items():
        reference = expected[pk]
        assert type(page) is model
        assert page._state.adding is False and page._state.db == "default"
        assert page.get_deferred_fields() == reference.get_deferred_fields()
        for field in model._meta.concrete_fields:
            if field.attname in reference.get_deferred_fields():
                continue
            value, wanted = getattr(page, field.attname), getattr(reference, field.attname)
            assert value == wanted and type(value) is type(wanted), field.attname
    return read


def test_rows_hold_what_the_orm_gives_for_each_page_type(django_assert_num_queries):
    cards = [
        practice(
            "Atelier CAF",
            department="15",
            budget="1k",
            themes=["acces-droits"],
            first_published_at=datetime.datetime(2026, 3, 2, 9, 30, tzinfo=datetime.UTC),
        ),
        practice("Café numérique", live=False),
    ]
    guides = [guide("Guide des ateliers"), guide("Guide des permanences")]
    orientations = [orientation("Orientation une")]
    for model, pages in (
        (PracticePage, cards),
        (GuidePage, guides),
        (OrientationPage, orientations),
    ):
        ids = [page.pk for page in pages]
        with django_assert_num_queries(1):
            rows.read(model, ids, defer=_stream_fields(model))
        read = _same_as_the_orm(model, ids)
    card = _same_as_the_orm(PracticePage, [cards[0].pk])[cards[0].pk]
    assert isinstance(card.first_published_at, datetime.datetime)
    assert card.first_published_at.tzinfo is not None  # the converters ran
    assert card.live is True and card.get_url() == cards[0].get_url()
    assert read  # the last type read


def test_deferred_body_blocks_load_on_access(django_assert_num_queries):
    card = practice("Atelier", body="Les étapes de l’atelier")
    (page,) = rows.read(PracticePage, [card.pk], defer=_stream_fields(PracticePage))
    assert "context" in page.__dict__ and "steps" not in page.__dict__
    with django_assert_num_queries(1):
        assert list(page.steps) == list(card.steps)


def test_the_same_statement_serves_new_ids_and_duplicates_are_read_once():
    cards = [practice(f"Fiche {n}") for n in range(4)]
    first = rows.read(PracticePage, [cards[0].pk, cards[1].pk])
    second = rows.read(PracticePage, [cards[2].pk, cards[3].pk, cards[2].pk])
    assert {page.title for page in first} == {"Fiche 0", "Fiche 1"}
    assert sorted(page.title for page in second) == ["Fiche 2", "Fiche 3"]
    assert rows.read(PracticePage, []) == []


def test_a_model_with_an_init_receiver_is_built_by_its_constructor():
    """A post_init receiver (or a constructor of the project's own) must see every page: the
    shortcut is not taken for such a model."""
    card = practice("Atelier")
    seen = []

    def receiver(sender, instance, **kwargs):
        seen.append(instance.pk)

    post_init.connect(receiver, sender=PracticePage)
    try:
        rows._compiled.clear()
        (page,) = rows.read(PracticePage, [card.pk])
    finally:
        post_init.disconnect(receiver, sender=PracticePage)
        rows._compiled.clear()
    assert seen == [card.pk] and page.title == "Atelier"
    assert rows.compiled(PracticePage, 1, _stream_fields(PracticePage)).shortcut is True
    assert rows.compiled(Page, 1, ()).shortcut is True
    # Body blocks read: a StreamField converts what is assigned to it, so the constructor.
    assert rows.compiled(PracticePage, 1, ()).shortcut is False

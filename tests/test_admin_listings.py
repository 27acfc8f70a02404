"""The other admin listings editors and moderators page through (places, submissions,
contributions, synonyms) show a full page in as many queries as a page of three rows (issue
20): what each row shows comes in the page's queries, none per row."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from places.importer import import_places
from search.models import SynonymGroup
from tests.consultation_helpers import consultation, published
from tests.places_helpers import place, write_csv
from tests.submission_helpers import stored_submission, user_in

pytestmark = pytest.mark.django_db

# (url, group of the user who reads it)
LISTINGS = [
    ("/admin/snippets/places/place/", "Éditeurs"),
    ("/admin/snippets/search/synonymgroup/", "Éditeurs"),
    ("/admin/consultations/contributions/", "Éditeurs"),
    ("/admin/submissions/", "Modérateurs"),
    ("/admin/consultations/contributions/", "Modérateurs"),
]


def _rows(tmp_path, first: int, count: int) -> None:
    """`count` more places, synonym groups, submissions and published contributions."""
    numbers = range(first, first + count)
    rows = [place(f"lieu-{n}", nom=f"Lieu {n}") for n in numbers]
    import_places(write_csv(tmp_path / f"lieux-{first}.csv", rows), source=f"essai-{first}")
    page = consultation(title=f"Consultation {first}")
    for n in numbers:
        SynonymGroup.objects.create(terms=f"mot{n}, terme{n}")
        stored_submission(title=f"Proposition {n}")
        published(page, title=f"Contribution {n}")


def _read(client, url) -> tuple[int, int]:
    """(queries, rows shown) of the listing's first page, its per-process caches warm."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries), len(response.context["object_list"])


def test_listings_queries_do_not_grow_with_their_rows(client, django_user_model, tmp_path):
    users = {group: user_in(django_user_model, group) for group in {g for _u, g in LISTINGS}}
    _rows(tmp_path, 0, 3)
    few = {}
    for url, group in LISTINGS:
        client.force_login(users[group])
        few[url, group] = _read(client, url)
        assert few[url, group][1] >= 3, (url, group)  # (setup_site's synonyms are there too)
    _rows(tmp_path, 3, 60)
    for url, group in LISTINGS:
        client.force_login(users[group])
        queries, shown = _read(client, url)
        assert shown > few[url, group][1], (url, group)
        assert shown >= 20, (url, group)  # a full page, at least Wagtail's smallest
        assert queries <= few[url, group][0], (url, group, few[url, group][0], queries)

"""The admin's page search on the search service's text matching (issue 20): the editor's
pages, drafts included, ranked by relevance then latest revision, in one SQL statement.

Wagtail's generic database search scores every match of a common word through the ORM (seconds
at 10,000 cards); this reads the same index tables as the public search (search/matching.py),
joined with the pages the admin listing would show (permissions and filters already applied).
On an engine, or a database the matching does not speak, it does not answer and Wagtail's own
search of the configured backend runs.
"""

from django.db import connection
from django.utils import translation
from modelsearch.utils import get_descendants_content_types_pks

from .backends import search_backend
from .french import analyse, clean_query
from .matching import hits_sql
from .service import uses_database_backend


def admin_ranked(pages, text: str) -> list[tuple[int, int]] | None:
    """[(page id, content type id)] of `pages` matching `text`, best first; None when the
    configured backend is not the database one."""
    if not uses_database_backend(search_backend()):
        return None
    lang = (translation.get_language() or "fr").split("-")[0]
    words = analyse(clean_query(text), "en" if lang == "en" else "fr")
    if not words:
        return []
    hits, hit_params = hits_sql(words, get_descendants_content_types_pks(pages.model))
    cand = pages.order_by().values_list("pk", "content_type_id", "latest_revision_created_at")
    cand_sql, cand_params = cand.query.sql_with_params()
    # The match first, once (MATERIALIZED), then the candidates looked up by id; drafts never
    # revised sort after the revised pages of the same score on every database.
    sql = (
        f"WITH hits (id, score) AS MATERIALIZED ({hits}), "  # noqa: S608
        f"cand (id, ct, latest) AS NOT MATERIALIZED ({cand_sql}) "
        "SELECT cand.id, cand.ct FROM hits JOIN cand ON cand.id = hits.id "
        "ORDER BY hits.score DESC, CASE WHEN cand.latest IS NULL THEN 1 ELSE 0 END, "
        "cand.latest DESC, cand.id DESC"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*hit_params, *cand_params])
        return [(int(pk), int(ct)) for pk, ct in cursor.fetchall()]

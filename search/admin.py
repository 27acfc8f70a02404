"""The admin's page search on the search service's text matching (issue 20): the editor's
pages, drafts included, ranked by relevance then latest revision, in one SQL statement.

Wagtail's generic database search scores every match of a common word through the ORM (seconds
at 10,000 cards); this reads the same index tables as the public search (search/matching.py),
joined with the pages the admin listing would show (permissions and filters already applied).
A listing shows one page of results: the statement returns the ranked ids up to that page and
the number of matches per page type, not every match in order (a word in most of 100,000 cards
sorted 88,000 rows and sent them all, ~200 ms more on PostgreSQL). On an engine, or a database
the matching does not speak, it does not answer and Wagtail's own search of the configured
backend runs.
"""

from django.db import connection
from django.utils import translation
from modelsearch.utils import get_descendants_content_types_pks

from core.admin_pages import Ranking

from .backends import search_backend
from .french import analyse, clean_query
from .matching import hits_sql
from .service import uses_database_backend

# Relevance, then the latest revision (drafts never revised after the revised pages of the same
# score, on every database), then the newest id.
ORDER = "score DESC, CASE WHEN latest IS NULL THEN 1 ELSE 0 END, latest DESC, id DESC"


def admin_ranked(pages, text: str, limit: int | None = None) -> Ranking | None:
    """The `pages` matching `text`, best first: all of them, or the first `limit` (the number
    per content type is always of all of them); None when the configured backend is not the
    database one."""
    if not uses_database_backend(search_backend()):
        return None
    lang = (translation.get_language() or "fr").split("-")[0]
    words = analyse(clean_query(text), "en" if lang == "en" else "fr")
    if not words:
        return Ranking([], {})
    hits, hit_params = hits_sql(words, get_descendants_content_types_pks(pages.model), split=True)
    cand = pages.order_by().values_list("pk", "content_type_id", "latest_revision_created_at")
    cand_sql, cand_params = cand.query.sql_with_params()
    # The match first, once (MATERIALIZED), then the candidates looked up by id, once.
    sql = (
        f"WITH hits (id, score) AS MATERIALIZED ({hits}), "  # noqa: S608
        f"cand (id, ct, latest) AS NOT MATERIALIZED ({cand_sql}), "
        "found (id, ct, score, latest) AS MATERIALIZED (SELECT cand.id, cand.ct, hits.score, "
        "cand.latest FROM hits JOIN cand ON cand.id = hits.id) "
    )
    params = [*hit_params, *cand_params]
    if limit is None:
        sql += f"SELECT id, ct, 0 FROM found ORDER BY {ORDER}"  # noqa: S608
    else:  # the first rows (a bounded sort), then (0, ct, n) per content type
        sql += (
            f"SELECT * FROM (SELECT id, ct, 0 FROM found ORDER BY {ORDER} LIMIT %s) AS top "  # noqa: S608
            "UNION ALL SELECT 0, ct, COUNT(*) FROM found GROUP BY ct"
        )
        params.append(max(0, int(limit)))
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    found = [(int(pk), int(ct)) for pk, ct, n in rows if not n]
    if limit is None:
        return Ranking.of(found)
    return Ranking(found, {int(ct): int(n) for _pk, ct, n in rows if n})

"""The admin's page search on the search service's text matching (issue 20): the editor's
pages, drafts included, ranked by relevance then latest revision, in one SQL statement.

Wagtail's generic database search scores every match of a common word through the ORM (seconds
at 10,000 cards); this reads the same index tables as the public search (search/matching.py),
joined with the pages the admin listing would show (permissions and filters already applied).
A listing shows one page of results: the statement returns the ranked ids up to that page and
the number of matches per page type, not every match in order (a word in most of 100,000 cards
sorted 88,000 rows and sent them all, ~200 ms more on PostgreSQL). On an engine, or a database
the matching does not speak, it does not answer and Wagtail's own search of the configured
backend runs, given the query admin_engine_query builds (the same words and synonyms).
"""

from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connection, transaction
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.search.query import And, Or, PlainText

from core.admin_pages import Ranking

from .backends import search_backend
from .filters import _english
from .french import analyse, clean_query, typed_prefix
from .matching import TEXT, TITLE, hits_sql
from .service import uses_database_backend

# Relevance, then the latest revision (drafts never revised after the revised pages of the same
# score, on every database), then the newest id.
ORDER = "score DESC, CASE WHEN latest IS NULL THEN 1 ELSE 0 END, latest DESC, id DESC"


@contextmanager
def index_scans(gin: bool):
    """On PostgreSQL, the statement given memory enough to sum its matches and, with `gin`
    arms, planned without sequential scans. Such an arm is one `@@` its GIN index answers; for
    a word in most pages PostgreSQL would rather read the table and test every row, which reads
    every row's whole text vector: 0.8 s instead of 0.3 s for the body arm of « numerique » at
    100,000 cards. The settings last for this transaction only, and are put back when an outer
    one goes on."""
    if connection.vendor != "postgresql":
        yield
        return
    outer = connection.in_atomic_block
    with transaction.atomic(savepoint=False), connection.cursor() as cursor:
        # The matches summed per page in memory, not in batches written to disk (88,000
        # pages need about 11 MB; the default is 4). The join of many matches with the
        # editor's pages shared with parallel workers: the default cost of passing a row back
        # (0.1) keeps it in one process even for 88,000 matches (210 → 145 ms for « numerique »
        # at 100,000 cards on 2 cores); a word in few pages stays in one process (the
        # workers' start, 200, outweighs the gain).
        wanted = {"work_mem": "32MB", "parallel_tuple_cost": "0.02", "parallel_setup_cost": "200"}
        if gin:
            wanted["enable_seqscan"] = "off"
        names, values = list(wanted), list(wanted.values())
        cursor.execute(  # one statement, SET LOCAL each
            "SELECT set_config(name, value, true) FROM unnest(%s::text[], %s::text[]) "
            "AS s (name, value)",
            [names, values],
        )
        try:
            yield
        finally:
            if outer:  # back to the session's values (SET LOCAL … TO DEFAULT)
                cursor.execute(
                    "SELECT set_config(name, reset_val, true) FROM pg_settings "
                    "WHERE name = ANY(%s)",
                    [names],
                )


def _words(text: str, typing: bool = False):
    """The words of `text`; `typing`: each also found as the beginning of words when it is in
    no page as a word (search.french.typed_prefix), as the admin's search box is typed in."""
    found = analyse(clean_query(text), "en" if _english() else "fr")
    return [typed_prefix(word) for word in found] if typing else found


def admin_engine_query(text: str):
    """On an engine, the admin's search for `text` as the public search reads it: each word
    of the text (its stop words left out, the engine's analyzer doing the rest) or one of its
    synonyms, every word wanted. "" when no word is left (« les »); None on the database
    backend, which admin_ranked answers."""
    if uses_database_backend(search_backend()):
        return None
    words = _words(text)
    if not words:
        return ""
    wanted = []
    for word in words:
        either = [PlainText(t, operator="and") for t in word.texts or (word.typed,)]
        wanted.append(either[0] if len(either) == 1 else Or(either))
    return wanted[0] if len(wanted) == 1 else And(wanted)


def _found(hits, cand_sql: str) -> str:
    """The CTEs up to `found (id, ct, latest, score)`: the candidates matching, scored."""
    if connection.vendor == "postgresql" and hits.unique:
        # One arm, one row per page: joined with the candidates as it is read (in page order
        # from the word table's index, as the pages' own), nothing to sum.
        return (
            f"arms (id, g, pts) AS NOT MATERIALIZED ({hits.union}), "  # noqa: S608
            f"cand (id, ct, latest) AS NOT MATERIALIZED ({cand_sql}), "
            "found (id, ct, latest, score) AS MATERIALIZED (SELECT cand.id, cand.ct, "
            "cand.latest, arms.pts FROM arms JOIN cand ON cand.id = arms.id) "
        )
    if connection.vendor == "postgresql":
        # Every arm's rows (one per text and column matched) once, joined with the candidates,
        # then summed per page: grouped after the join, PostgreSQL knows how many rows to
        # expect (grouped before it, it guessed 200 and looked 88,000 pages up one by one).
        return (
            f"arms (id, g, pts) AS MATERIALIZED ({hits.union}), "  # noqa: S608
            f"cand (id, ct, latest) AS NOT MATERIALIZED ({cand_sql}), "
            "found (id, ct, latest, score) AS MATERIALIZED (SELECT cand.id, cand.ct, "
            f"cand.latest, {hits.best} FROM arms JOIN cand ON cand.id = arms.id "
            "GROUP BY cand.id, cand.ct, cand.latest) "
        )
    # SQLite: the match summed per page first, once, then the candidates by id
    return (
        f"hits (id, score) AS MATERIALIZED ({hits.scores(f'({hits.union}) AS arms')}), "  # noqa: S608
        f"cand (id, ct, latest) AS NOT MATERIALIZED ({cand_sql}), "
        "found (id, ct, latest, score) AS MATERIALIZED (SELECT cand.id, cand.ct, "
        "cand.latest, hits.score FROM hits JOIN cand ON cand.id = hits.id) "
    )


def _counts(source: str, types: list[int], params: list, also: str = "") -> str:
    """UNION ALL (0, ct, n): the matches in `source` (rows of id, ct) per content type that
    has any; of one type, counted, not grouped (~10 ms of 110 for 88,000 matches). `also`:
    more columns of each row (", aggregate…")."""
    if len(types) == 1:
        params.append(types[0])
        return f"UNION ALL SELECT 0, %s, COUNT(*){also} FROM {source} HAVING COUNT(*) > 0"  # noqa: S608
    return f"UNION ALL SELECT 0, ct, COUNT(*){also} FROM {source} GROUP BY ct"  # noqa: S608


# The walk of _first_by_latest_revision reads about limit × pages / matches pages in order (a
# few microseconds each): taken while that stays under this many pages, else the matches are
# joined and sorted (a word in few pages: a walk through all 100,000 took 200 ms).
WALK_PAGES = 20_000


@dataclass(frozen=True)
class Counted:
    """PostgreSQL, one arm: its matches among the candidates per content type, how many of
    them have the word in their title, and the planner's estimate of the number of pages (0
    before any ANALYZE)."""

    counts: dict[int, int]
    in_title: int
    pages: float

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def walk(self, limit: int, matches: int) -> bool:
        """Whether the first `limit` of `matches` pages are found soon enough in a walk
        through all of them in the order of their latest revision."""
        return 0 < limit * self.pages <= WALK_PAGES * matches


def _pg_counts(hits, cand_sql: str, types: list[int], params: list) -> Counted:
    """The matches of `hits` (one arm) among the candidates, one join of them all."""
    params = list(params)
    sql = (
        f"WITH arms (id, g, pts) AS NOT MATERIALIZED ({hits.union}), "  # noqa: S608
        f"cand (id, ct, latest) AS NOT MATERIALIZED ({cand_sql}) "
        "SELECT -1, 0, CAST(GREATEST(reltuples, 0) AS bigint), 0 FROM pg_class "
        "WHERE oid = 'wagtailcore_page'::regclass "
    )
    in_title = f", COUNT(*) FILTER (WHERE pts = {TITLE})"
    sql += _counts("arms JOIN cand ON cand.id = arms.id", types, params, also=in_title)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return Counted(
        {int(ct): int(n) for pk, ct, n, _t in rows if pk == 0},
        sum(int(t) for pk, _ct, _n, t in rows if pk == 0),
        next((float(n) for pk, _ct, n, _t in rows if pk == -1), 0.0),
    )


def _first_by_latest_revision(
    hits, cand_sql: str, cand_params, limit: int, counted: Counted
) -> tuple[str, list]:
    """PostgreSQL, one arm of one row per page (a single word: its points are TITLE when the
    title has it, TEXT otherwise): the first `limit` of the title's matches, then, when they
    are fewer, of the body's, in the order of the pages' latest revision. Each part either
    walked through in that order (search/migrations/0005's index), each page looked up in the
    word's index, when `limit` of its matches come soon (a word in 88,000 of 100,000 cards: a
    few milliseconds, where joining, keeping and sorting every match took ~50); or, when they
    are few (« atelier », in the title of 12,635 cards and only the body of 12: a walk through
    every page for those 12), all read, joined with the pages and sorted. (sql, params)"""
    n = max(0, int(limit))
    in_body = counted.total - counted.in_title
    parts, ctes, params = [], [], list(cand_params)
    for name, union, points, matches in (
        ("in_title", hits.title_union, TITLE, counted.in_title),
        ("in_body", hits.body_union, TEXT, in_body if counted.in_title < n else 0),
    ):
        if not matches:
            continue
        walk = counted.walk(n, matches)
        ctes.append(
            f"{name} (id, g, pts) AS {'NOT ' if walk else ''}MATERIALIZED ({union})"  # noqa: S608
        )
        params += hits.params
        where = f"cand.id IN (SELECT id FROM {name})" if walk else f"cand.id = {name}.id"  # noqa: S608
        parts.append(
            f"(SELECT cand.id, cand.ct, cand.latest, {points} AS score "  # noqa: S608
            f"FROM cand{'' if walk else f', {name}'} WHERE {where} "
            "ORDER BY cand.latest DESC NULLS LAST, cand.id DESC LIMIT %s)"
        )
    params += [n] * len(parts) + [n]
    sql = (
        f"WITH cand (id, ct, latest) AS NOT MATERIALIZED ({cand_sql}), "  # noqa: S608
        f"{', '.join(ctes)} SELECT id, ct, 0 FROM ({' UNION ALL '.join(parts)}) AS best "
        f"ORDER BY {ORDER} LIMIT %s"
    )
    return sql, params


def admin_ranked(pages, text: str, limit: int | None = None, model=None) -> Ranking | None:
    """The `pages` matching `text`, best first: all of them, or the first `limit` (the number
    per content type is always of all of them); None when the configured backend is not the
    database one. `model`: the page model whose types are searched (default: the pages')."""
    if not uses_database_backend(search_backend()):
        return None
    words = _words(text, typing=True)
    if not words:
        return Ranking([], {})
    types = get_descendants_content_types_pks(model or pages.model)
    hits = hits_sql(words, types, split=True)
    cand = pages.order_by().values_list("pk", "content_type_id", "latest_revision_created_at")
    cand_sql, cand_params = cand.query.sql_with_params()
    params = [*hits.params, *cand_params]
    if connection.vendor == "postgresql" and hits.unique and limit is not None:
        # Counted first; the first page then from the title's matches, then the body's.
        with index_scans(gin=not hits.index_only):
            counted = _pg_counts(hits, cand_sql, types, params)
            if not counted.total or not limit:
                return Ranking([], counted.counts)
            sql, params = _first_by_latest_revision(hits, cand_sql, cand_params, limit, counted)
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                found = [(int(pk), int(ct)) for pk, ct, _n in cursor.fetchall()]
        return Ranking(found, counted.counts)
    if limit is None:
        sql = f"WITH {_found(hits, cand_sql)}SELECT id, ct, 0 FROM found ORDER BY {ORDER}"  # noqa: S608
    else:  # the first rows (a bounded sort), then (0, ct, n) per content type that has any
        sql = (
            f"WITH {_found(hits, cand_sql)}SELECT * FROM (SELECT id, ct, 0 FROM found "  # noqa: S608
            f"ORDER BY {ORDER} LIMIT %s) AS top "
        )
        params.append(max(0, int(limit)))
        sql += _counts("found", types, params)
    with index_scans(gin=not hits.index_only), connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    found = [(int(pk), int(ct)) for pk, ct, n in rows if not n]
    if limit is None:
        return Ranking.of(found)
    return Ranking(found, {int(ct): int(n) for _pk, ct, n in rows if n})

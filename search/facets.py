"""Counts, facet counts and the page of results in ONE SQL statement (database backends).

`hits`: the text match with its score (search/matching.py), computed once. `cand`: the candidate
pages (live, public, this site and language, matching the text) with the columns the filters
need. `flagged`: the same rows with a 0/1 column per active filter, keeping only the rows that
fail at most one filter (a row failing two counts nowhere). The count keeps the rows passing
every filter; the counts of a filter keep the rows passing every *other* filter, grouped by value
(so a second value of a filter can always be chosen); the page arm gives the page of results in
the asked order. The number of arms is fixed by the registry, whatever the number of pages or
values. Portable SQL: SQLite >= 3.35 and PostgreSQL >= 12 (`[NOT] MATERIALIZED`).
"""

from dataclasses import dataclass, field

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Q
from django.db.models.expressions import RawSQL

from .filters import column_filters, filters
from .matching import Hits


@dataclass
class Counted:
    count: int
    facets: dict[str, dict[str, int]]
    ids: list[int] = field(default_factory=list)  # the page of results, in order
    promoted: set[int] = field(default_factory=set)  # promoted pages passing every filter
    types: dict[int, int] = field(default_factory=dict)  # page id -> content type id (database)
    # page id -> vocabulary param -> term slugs, when the engine returned them with the hits
    terms: dict[int, dict[str, list[str]]] | None = None


def _marks(values) -> str:
    return ", ".join(["%s"] * len(values))


ORDERS = {
    "pertinence": "score DESC, pub DESC, id DESC",
    "recent": "pub DESC, id DESC",
    "titre": "LOWER(title), id",
}


def count_and_facets(
    selected: dict[str, list[str]],
    pages,
    hits: tuple[str, list] | None,
    *,
    sort: str,
    offset: int,
    limit: int,
    promoted_ids=(),
    facets: bool = True,
) -> Counted:
    """`pages`: the base queryset (visibility); `hits`: the SQL of the text match or None;
    `facets=False`: the count and the page only (feeds)."""
    all_filters = filters()
    columns = column_filters()
    active = [f for f in all_filters if selected.get(f.param)]
    within = _passing_one(active, selected)
    postgres = connection.vendor == "postgresql"
    pg_arms = None
    if isinstance(hits, Hits) and postgres:
        # PostgreSQL estimates a GROUP BY of unknown values at 200 rows, whatever the match:
        # the candidates were then read by one index lookup per matching page (100,000 at
        # 100,000 cards). They are kept to the ids of the arms instead, which it estimates from
        # the text search statistics, so it hashes a large match and looks a small one up.
        pg_arms = hits.arms(within)
        hits = (hits.scores("arms"), [])
    elif isinstance(hits, Hits):
        hits = hits.sql(within)
    hits_table = "hits"
    if hits is not None and connection.vendor == "sqlite":
        # SQLite re-runs a CTE read from inside another one (the FTS match once per candidate):
        # the match goes to a temporary table keyed by page id instead (one per connection).
        hits_table = _sqlite_hits_table(hits)
        hits = ("", [])
    if hits is not None:
        # Promoted pages are results even when the text does not match them.
        matching = "arms" if pg_arms else hits_table
        matched = Q(pk__in=RawSQL(f"SELECT id FROM {matching}", []))  # noqa: S611, S608
        if promoted_ids:
            matched |= Q(pk__in=list(promoted_ids))
        pages = pages.filter(matched)
    elif within is not None:
        # No text: the candidates are the pages passing one filter at least, read by id.
        pages = pages.filter(pk__in=RawSQL(within[0], within[1]))  # noqa: S611
    compiled_candidates = candidates_sql(pages)
    if compiled_candidates is None:
        return Counted(0, {f.param: {} for f in all_filters})
    cand_sql, cand_params = compiled_candidates

    flag_columns, params = "", []
    for f in active:
        sql, flag_params = f.sql_condition(selected[f.param])
        # PostgreSQL: a boolean flag, which it estimates as true for half the rows; it took
        # `f_x = 1` on a computed 0/1 for 1 row in 200, and so looked up the terms of every
        # row one by one where hashing the through table is several times faster.
        flag = f"COALESCE(({sql}), FALSE)" if postgres else f"CASE WHEN {sql} THEN 1 ELSE 0 END"
        flag_columns += f", {flag} AS f_{f.param}"
        params += flag_params
    ranks = []
    for f in active:
        rank = f.rank_sql(selected[f.param])
        if rank is not None:
            flag_columns += f", {rank[0]} AS r_{f.param}"
            params += rank[1]
            ranks.append(f"r_{f.param}")
    useful = ""
    as_int = "::int" if postgres else ""
    if len(active) >= 2:
        total = " + ".join(f"f_{f.param}{as_int}" for f in active)
        useful = f"WHERE {total} >= {len(active) - 1}"

    def passing(skip: str | None = None) -> str:
        kept = [
            f"f_{f.param}" if postgres else f"f_{f.param} = 1" for f in active if f.param != skip
        ]
        return " AND ".join(kept) if kept else "1 = 1"

    arms = [f"SELECT 'count', CAST(NULL AS TEXT), COUNT(*) FROM flagged WHERE {passing()}"]  # noqa: S608
    if facets:
        arms += [f.facet_sql(passing(f.param)) for f in all_filters]
    arm_params: list = []
    where = passing()
    if promoted_ids and sort == "pertinence":
        marks = _marks(promoted_ids)
        arms.append(
            f"SELECT 'promoted', CAST(id AS TEXT), ct FROM flagged "  # noqa: S608
            f"WHERE {where} AND id IN ({marks})"
        )
        arm_params += list(promoted_ids)
        where += f" AND flagged.id NOT IN ({marks})"
        arm_params_where = list(promoted_ids)
    else:
        arm_params_where = []
    score = "COALESCE(h.score, 0)" if hits is not None else "0"
    join = f"LEFT JOIN {hits_table} h ON h.id = flagged.id" if hits is not None else ""
    order = ORDERS.get(sort, ORDERS["recent"])
    ranked_columns = "".join(f", flagged.{r} AS {r}" for r in ranks)
    if ranks and sort == "pertinence":
        # A ranking filter (territories like a commune: same level first) comes before the
        # text score.
        order = ", ".join([*ranks, order])
    arms.append(
        # The value: "id:content type" (the page's rows are then read from its own table).
        "SELECT 'hit', CAST(id AS TEXT) || ':' || CAST(ct AS TEXT), ROW_NUMBER() OVER (ORDER BY "  # noqa: S608
        f"{order}) FROM (SELECT flagged.id AS id, flagged.ct AS ct, flagged.pub AS pub, "
        "flagged.title AS title, "
        f"{score} AS score{ranked_columns} "
        f"FROM flagged {join} WHERE {where} ORDER BY {order} LIMIT %s OFFSET %s) AS page"
    )
    arm_params += arm_params_where + [limit, offset]

    column_names = ", ".join(f.alias for f in columns)
    head = ""
    head_params: list = []
    if pg_arms is not None:
        head = f"arms (id, g, pts) AS MATERIALIZED ({pg_arms[0]}), "
        head_params = list(pg_arms[1])
    if hits is not None and hits[0]:
        head += f"hits (id, score) AS MATERIALIZED ({hits[0]}), "
        head_params += list(hits[1])
    sql = (
        f"WITH {head}cand (id, pub, title, ct, {column_names}) AS NOT MATERIALIZED ({cand_sql}), "  # noqa: S608
        f"flagged AS MATERIALIZED (SELECT * FROM (SELECT cand.*{flag_columns} FROM cand) AS f "
        f"{useful}) " + " UNION ALL ".join(arms)
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, head_params + list(cand_params) + params + arm_params)
        rows = cursor.fetchall()

    by_param = {f.param: f for f in all_filters}
    counted = Counted(0, {f.param: {} for f in all_filters})
    ranked = []
    for facet, value, n in rows:
        if facet == "count":
            counted.count = n
        elif facet == "hit":
            pk, ct = value.split(":")
            ranked.append((n, int(pk)))
            counted.types[int(pk)] = int(ct)
        elif facet == "promoted":
            counted.promoted.add(int(value))
            counted.types[int(value)] = int(n)
        elif facet in by_param:
            decoded = by_param[facet].decode(value)
            if decoded is not None:
                counted.facets[facet][decoded] = counted.facets[facet].get(decoded, 0) + n
    counted.ids = [pk for _n, pk in sorted(ranked)]
    return counted


def compiled(queryset) -> tuple[str, list] | None:
    """The SQL and parameters of a queryset; None for `.none()` (no root page in this
    language: nothing can match)."""
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:
        return None
    return sql, list(params)


def candidates_sql(pages) -> tuple[str, list] | None:
    """`SELECT id, first publication, title, content type, one column per column filter` of
    `pages`: the rows the counts read, here and in memory.py (None: `.none()`)."""
    columns = column_filters()
    return compiled(
        pages.order_by().values_list(
            "pk", "first_published_at", "title", "content_type_id", *(f.column for f in columns)
        )
    )


def _passing_one(active, selected) -> tuple[str, list] | None:
    """With two filters or more, a row counts somewhere only if it passes one of them at least:
    `SELECT id` of those pages, to keep the text match to them before it is summed per page
    (None with fewer filters: a row failing the one filter still counts in its facet)."""
    if len(active) < 2:
        return None
    parts, params = [], []
    for f in active:
        sql, filter_params = f.pages_sql(selected[f.param])
        parts.append(sql)
        params += filter_params
    return " UNION ALL ".join(parts), params


SQLITE_HITS = "temp.hub_search_hits"


def _sqlite_hits_table(hits: tuple[str, list]) -> str:
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {SQLITE_HITS} "
            "(id INTEGER PRIMARY KEY, score INTEGER NOT NULL)"
        )
        cursor.execute(f"DELETE FROM {SQLITE_HITS}")  # noqa: S608
        cursor.execute(f"INSERT INTO {SQLITE_HITS} (id, score) {hits[0]}", hits[1])  # noqa: S608
    return SQLITE_HITS

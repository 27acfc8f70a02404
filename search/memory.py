"""Counts, facet counts and the page of results in process, on SQLite (the single-machine lane).

SQLite runs inside the web process: counting 10,000 pages once per filter value in SQL costs
tens of milliseconds of the worker's own CPU. Here the pages a visitor may see (live, public,
this site and language) are held once per content generation as a *snapshot*: every page is a
bit (newest first), and each filter value is the bit set of its pages. A count is then the
population count of an AND, a facet count one AND per value, and the text match of a word the
bit sets of its FTS5 match (title, indexed text) and of the filter values it names. Results,
counts, facets and order are those of the SQL in facets.py (tests/test_search_memory.py runs
both on the same queries):

- the count keeps the pages passing every filter; each filter's counts keep the pages passing
  every *other* filter;
- the score of a page is, per query word, 13 points (title), 12 (a label of its filter values)
  or 11 (elsewhere in the text), the best one per word, added up (matching.py);
- order: a ranking filter's rank (commune), then score, then newest (pertinence); newest
  (récent); title, lower-cased as SQLite does (ASCII only), then id (titre). Promoted pages
  passing the filters come first, in their promotion order (the service puts them there).

A snapshot is rebuilt, in each worker, after a publish or any change visitors could see (the
generation of core.page_cache, as for `kept`): about a quarter of a second at 10,000 pages. The FTS
matches of the words searched since are kept with it (at most MAX_WORDS of them), so a word
typed again costs no SQL. PostgreSQL and the engines count in the database or the engine.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import connection

from .facets import Counted, candidates_sql
from .filters import (
    VocabularyFilter,
    column_filters,
    content_type_ids,
    filters,
    kept,
    memo,
    tag_pairs,
)
from .matching import ENTRY_PAGES, LABEL, TEXT, TITLE, _fts_phrase, _index_tables, label_values

MAX_WORDS = 2048  # FTS matches kept per snapshot (each one bit per page)


def to_bits(positions, size: int) -> int:
    buffer = bytearray((size >> 3) + 1)
    for position in positions:
        buffer[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(buffer, "little")


def positions(bits: int) -> list[int]:
    """The set bits, lowest first."""
    text = bin(bits)[:1:-1]  # bit 0 first
    return [i for i, digit in enumerate(text) if digit == "1"]


def _take(bits: int, skip: int, take: int) -> tuple[list[int], int]:
    """Up to `take` set bits after skipping `skip` of them, lowest first; and what is left to
    skip (when `bits` has fewer than `skip`)."""
    total = bits.bit_count()
    if skip >= total:
        return [], skip - total
    found = []
    while bits and len(found) < skip + take:
        lowest = bits & -bits
        found.append(lowest.bit_length() - 1)
        bits ^= lowest
    return found[skip:], 0


@dataclass
class Snapshot:
    ids: list[int]  # page ids; bit i is ids[i], newest first (first publication, then id)
    at: dict[int, int]  # page id -> its bit
    types: list[int]  # content type id of each bit
    by_title: list[int]  # the bits in title order
    everything: int
    values: dict[str, dict[str, int]]  # filter param -> raw value (as text) -> pages
    entries: dict[int, int]  # search index entry id -> bit
    matches: dict[str, int] = field(default_factory=dict)  # FTS expression -> pages

    def any_of(self, param: str, raw_values: list[str]) -> int:
        found = self.values.get(param, {})
        bits = 0
        for raw in raw_values:
            bits |= found.get(raw, 0)
        return bits

    def match(self, expression: str) -> int:
        """The pages whose index entry matches an FTS5 expression, kept with the snapshot."""
        bits = self.matches.get(expression)
        if bits is None:
            _entry, fts = _index_tables()
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT rowid FROM {fts} WHERE {fts} MATCH %s", [expression])  # noqa: S608
                rows = cursor.fetchall()
            entries = self.entries
            bits = to_bits((entries[row[0]] for row in rows if row[0] in entries), len(self.ids))
            if len(self.matches) >= MAX_WORDS:
                self.matches.clear()
            self.matches[expression] = bits
        return bits


def snapshot(base, scope) -> Snapshot:
    """The snapshot of the pages of `base` (the visibility queryset of `scope`: locale, site)."""
    key = ("search-snapshot", scope)
    return memo(key, lambda: kept(key, lambda: _build(base)))


def forget_matches() -> None:
    """Drop the FTS matches kept with every snapshot, as a new content generation does (the
    benchmark measures the first search of a word this way)."""
    from .filters import _KEPT

    for _generation, value in list(_KEPT.values()):
        if isinstance(value, Snapshot):
            value.matches.clear()


def _build(base) -> Snapshot:
    columns = column_filters()
    rows = []
    compiled_candidates = candidates_sql(base)
    if compiled_candidates is not None:
        cand_sql, params = compiled_candidates
        names = ", ".join(f"c{n}" for n in range(4 + len(columns)))
        # Read raw (no datetime conversions), ordered by SQLite itself as facets.py orders:
        # newest first (pages never published last), and each page's rank by title.
        with connection.cursor() as cursor:
            cursor.execute(
                f"WITH cand ({names}) AS ({cand_sql}) "  # noqa: S608
                f"SELECT c0, c3, ROW_NUMBER() OVER (ORDER BY LOWER(c2), c0), "
                f"{', '.join(f'c{n}' for n in range(4, 4 + len(columns))) or 'NULL'} "
                "FROM cand ORDER BY c1 DESC, c0 DESC",
                params,
            )
            rows = cursor.fetchall()
    size = len(rows)
    ids = [r[0] for r in rows]
    at = {pk: i for i, pk in enumerate(ids)}
    by_title = [0] * size
    for i, row in enumerate(rows):
        by_title[row[2] - 1] = i
    values: dict[str, dict[str, int]] = {}
    for c, search_filter in enumerate(columns, start=3):
        grouped = defaultdict(list)
        for i, row in enumerate(rows):
            if row[c] is not None:
                grouped[str(row[c])].append(i)
        values[search_filter.param] = {raw: to_bits(found, size) for raw, found in grouped.items()}
    vocabulary_filters = [f for f in filters() if isinstance(f, VocabularyFilter)]
    if vocabulary_filters:
        grouped = defaultdict(list)
        for n, page_id, tag_id in tag_pairs([f.vocabulary for f in vocabulary_filters]):
            i = at.get(page_id)
            if i is not None:
                grouped[(n, str(tag_id))].append(i)
        for f in vocabulary_filters:
            values[f.param] = {}
        for (n, raw), found in grouped.items():
            values[vocabulary_filters[n].param][raw] = to_bits(found, size)
    entries = {}
    if size:
        cts = ", ".join(str(int(pk)) for pk in content_type_ids().values())
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT eid, page_id FROM {ENTRY_PAGES} WHERE content_type_id IN ({cts})"  # noqa: S608
            )
            for eid, page_id in cursor.fetchall():
                i = at.get(page_id)
                if i is not None:
                    entries[eid] = i
    return Snapshot(
        ids=ids,
        at=at,
        types=[r[1] for r in rows],
        by_title=by_title,
        everything=(1 << size) - 1,
        values=values,
        entries=entries,
    )


def _score_levels(words, snap: Snapshot) -> dict[int, int] | None:
    """Score -> pages with that score (pages matching no word left out); None when a word names
    a value of a filter with no in-process form."""
    everything = snap.everything
    levels = {0: everything}
    for word, named in zip(words, label_values(words), strict=True):
        expression = " OR ".join(_fts_phrase(form) for form in word.forms)
        title = snap.match("{title} : (" + expression + ")")
        text = snap.match("{title body} : (" + expression + ")")
        label = 0
        for search_filter, values in named:
            bits = search_filter.bits(values, snap)
            if bits is None:
                return None
            label |= bits
        by_points = (
            (TITLE, title),
            (LABEL, label & ~title),
            (TEXT, text & ~title & ~label),
            (0, everything & ~(title | label | text)),
        )
        grown: dict[int, int] = defaultdict(int)
        for score, pages in levels.items():
            for points, having in by_points:
                both = pages & having
                if both:
                    grown[score + points] |= both
        levels = grown
    levels.pop(0, None)
    return levels


def count_and_facets(
    selected: dict[str, list[str]],
    snap: Snapshot,
    words,
    *,
    sort: str,
    offset: int,
    limit: int,
    promoted_ids=(),
    facets: bool = True,
) -> Counted | None:
    """What facets.count_and_facets answers, in process; None when a filter (or a value a word
    names) has no in-process form: the caller then counts in SQL."""
    all_filters = filters()
    active = [f for f in all_filters if selected.get(f.param)]
    passing = {f.param: f.bits(selected[f.param], snap) for f in active}
    ranking = {f.param: f.rank_bits(selected[f.param], snap) for f in active}
    if None in passing.values() or None in ranking.values():
        return None
    levels = None
    if words:
        levels = _score_levels(words, snap)
        if levels is None:
            return None
        matched = 0
        for pages in levels.values():
            matched |= pages
        for pk in promoted_ids:
            if pk in snap.at:
                matched |= 1 << snap.at[pk]
    else:
        matched = snap.everything

    final = matched
    for bits in passing.values():
        final &= bits
    counted = Counted(final.bit_count(), {f.param: {} for f in all_filters})

    if facets:
        for search_filter in all_filters:
            kept_pages = matched
            for param, bits in passing.items():
                if param != search_filter.param:
                    kept_pages &= bits
            counts = counted.facets[search_filter.param]
            for raw, pages in snap.values.get(search_filter.param, {}).items():
                n = (kept_pages & pages).bit_count()
                if n:
                    decoded = search_filter.decode(raw)
                    if decoded is not None:
                        counts[decoded] = counts.get(decoded, 0) + n

    ranked = final
    if promoted_ids and sort == "pertinence":
        for pk in promoted_ids:
            i = snap.at.get(pk)
            if i is not None and final >> i & 1:
                counted.promoted.add(pk)
                counted.types[pk] = snap.types[i]
                ranked &= ~(1 << i)

    if sort == "titre":
        wanted = set(positions(ranked))
        page = [i for i in snap.by_title if i in wanted][offset : offset + limit]
    else:
        buckets = [ranked]
        if sort == "pertinence":
            for ranks in ranking.values():
                if ranks:
                    buckets = [part for bucket in buckets for part in _by_rank(bucket, ranks)]
            if levels is not None:
                order = sorted(levels, reverse=True)
                buckets = [bucket & levels[score] for bucket in buckets for score in order]
        page, skip = [], offset
        for bucket in buckets:
            if len(page) >= limit:
                break
            found, skip = _take(bucket, skip, limit - len(page))
            page += found
    counted.ids = [snap.ids[i] for i in page]
    for i in page:
        counted.types[snap.ids[i]] = snap.types[i]
    return counted


def _by_rank(pages: int, ranks: list[tuple[int, int]]) -> list[int]:
    """`pages` split as `CASE WHEN in first THEN rank ... ELSE len(ranks) END` orders them."""
    by_value: dict[int, int] = defaultdict(int)
    seen = 0
    for rank, having in ranks:
        by_value[rank] |= pages & having & ~seen
        seen |= having
    by_value[len(ranks)] |= pages & ~seen
    return [by_value[value] for value in sorted(by_value)]

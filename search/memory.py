"""Counts, facet counts and the page of results in process (SQLite and PostgreSQL).

Counting 10,000 pages once per filter value in SQL costs tens of milliseconds of the worker's own
CPU on SQLite, and seconds at 100,000 pages on PostgreSQL (three joins per vocabulary over every
match). Here the pages a visitor may see (live, public, this site and language) are held once per
content generation as a *snapshot*: every page is a bit (newest first), and each filter value is
the bit set of its pages. A count is then the population count of an AND, a facet count one AND
per value, and the text match of a word the bit sets of the database's own match (SQLite FTS5,
PostgreSQL tsvectors: the same SQL as matching.py) and of the filter values it names. Results,
counts, facets and order are those of the SQL in facets.py (tests/test_search_memory.py runs both
on the same queries, on both databases):

- the count keeps the pages passing every filter; each filter's counts keep the pages passing
  every *other* filter;
- the score of a page is, per query word, 13 points (title), 12 (a label of its filter values)
  or 11 (elsewhere in the text), the best one per word, added up (matching.py);
- order: a ranking filter's rank (commune), then score, then newest (pertinence); newest
  (récent); title as the database orders `LOWER(title)`, then id (titre). Promoted pages passing
  the filters come first, in their promotion order (the service puts them there).

A snapshot is built after a publish or any change visitors could see (the generation of
core.page_cache, as for `kept`) by the first worker that searches, and put in the shared cache
(file or Redis) where the other workers read it (tens of milliseconds) instead of building it:
about 0.3 s at 10,000 pages on SQLite, 1.5 s at 100,000 on PostgreSQL (bench/search_bench.py).
The database's matches of the words searched since are kept with it in each worker (at most
MAX_WORDS of them, and 32 MB), so a word typed again costs no SQL. The engines count in the engine.
"""

import hashlib
import os
import time
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import repeat

from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection, transaction

from core import page_cache

from .facets import Counted, candidates_sql
from .filters import (
    VocabularyFilter,
    column_filters,
    content_type_ids,
    filters,
    kept,
    memo,
    quote,
)
from .matching import (
    ENTRY_PAGES,
    LABEL,
    TEXT,
    TITLE,
    _fts_phrase,
    _index_tables,
    _pg_text_arms,
    label_values,
)

MAX_WORDS = 2048  # word matches kept per snapshot (each two bits per page)
MATCH_BYTES = 32 * 2**20  # and their size at most: 1,342 words at 100,000 pages


def to_bits(positions, size: int) -> int:
    """The bit set of `positions` below `size` (a position equal to `size` is left out: callers
    map what is not in the snapshot there)."""
    buffer = bytearray((size >> 3) + 1)
    for position in positions:
        buffer[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(buffer, "little") & ((1 << size) - 1)


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
    candidates: tuple[str, list] | None  # the SQL of the visible pages (for the title order)
    everything: int
    values: dict[str, dict[str, int]]  # filter param -> raw value (as text) -> pages
    entries: dict[int, int]  # search index entry id -> bit (SQLite)
    matches: dict = field(default_factory=dict)  # query word -> (title pages, text pages)
    shared: str = ""  # its key in the shared cache, where its words' matches are shared too
    by_title: list[int] | None = None  # the bits in title order, read at the first title sort

    def title_order(self) -> list[int]:
        """The bits in the database's order of `LOWER(title), id` (its collation), read once:
        sorting every page by title is a third of a build, for a sort few visitors choose."""
        if self.by_title is None:
            rows = []
            if self.candidates is not None:
                cand_sql, params = self.candidates
                with connection.cursor() as cursor:
                    cursor.execute(
                        f"SELECT cand.pk FROM ({cand_sql}) AS cand "  # noqa: S608
                        "ORDER BY LOWER(cand.title), cand.pk",
                        params,
                    )
                    rows = cursor.fetchall()
            at = self.at
            self.by_title = [at[row[0]] for row in rows if row[0] in at]
        return self.by_title

    def any_of(self, param: str, raw_values: list[str]) -> int:
        found = self.values.get(param, {})
        bits = 0
        for raw in raw_values:
            bits |= found.get(raw, 0)
        return bits

    def word(self, word) -> tuple[int, int]:
        """The pages a query word matches in its title, and in its title or indexed text: the
        database's own match (FTS5 on SQLite, tsvectors on PostgreSQL, as matching.py asks it),
        kept with the snapshot."""
        found = self.matches.get(word)
        if found is not None:
            return found
        key = ""
        if self.shared:  # another worker may have matched it in this generation
            key = f"{self.shared}:word:{hashlib.sha256(repr(word).encode()).hexdigest()}"
            found = page_cache._cache().get(key)
        if found is None:
            found = self._match(word)
            if key:
                page_cache._cache().set(key, found, timeout=SHARED_FOR)
        if len(self.matches) >= min(MAX_WORDS, MATCH_BYTES * 4 // max(1, len(self.ids))):
            self.matches.clear()
        self.matches[word] = found
        return found

    def _match(self, word) -> tuple[int, int]:
        if connection.vendor == "postgresql":
            return self._pg_word(word)
        expression = " OR ".join(_fts_phrase(form) for form in word.forms)
        return (
            self._fts("{title} : (" + expression + ")"),
            self._fts("{title body} : (" + expression + ")"),
        )

    def _fts(self, expression: str) -> int:
        _entry, fts = _index_tables()
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT rowid FROM {fts} WHERE {fts} MATCH %s", [expression])  # noqa: S608
            rows = cursor.fetchall()
        entries = self.entries
        return to_bits((entries[row[0]] for row in rows if row[0] in entries), len(self.ids))

    def _pg_word(self, word) -> tuple[int, int]:
        """The word's pages (title, any column) from the arms the admin search reads: a set of
        words from the word table's index alone, instead of every matching row of the index
        table with its whole text (« numerique » at 100,000 cards: 0.6 s → 0.09 s)."""
        arms, params = _pg_text_arms(word, _content_types_sql(), 0)
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(arms), params)
            rows = cursor.fetchall()
        at, size = self.at, len(self.ids)
        title = to_bits((at[pk] for pk, _g, pts in rows if pts == TITLE and pk in at), size)
        text = to_bits((at[pk] for pk, _g, _pts in rows if pk in at), size)
        return title, text


def snapshot(base, scope) -> Snapshot:
    """The snapshot of the pages `base()` gives (the visibility queryset of `scope`: locale,
    site), called only when the snapshot is built."""
    key = ("search-snapshot", scope)
    return memo(key, lambda: kept(key, lambda: _shared(scope, lambda: _build(base()))))


def shared_key(scope) -> str:
    generation = memo("generation", page_cache.current_generation)
    return f"hub:search-snapshot:{generation}:{'-'.join(map(str, scope))}"


SHARED_FOR = 24 * 3600  # seconds; a new generation makes new keys anyway
SHARED_WAIT = 15.0  # seconds a worker waits for another one building the same snapshot


def _shared(scope, build) -> Snapshot:
    """The snapshot built once per content generation for every worker: put in the shared cache
    (file or Redis, as the page cache; a few MB at 100,000 pages, read back in tens of ms) by
    the first worker needing it, while the others wait for it rather than build it too. A
    process-local cache (tests, `locmem://`) shares nothing: each process builds its own."""
    cache = page_cache._cache()
    if isinstance(cache, LocMemCache | DummyCache):
        return build()
    key = shared_key(scope)
    held = cache.get(key)
    if isinstance(held, Snapshot):
        return held
    lock = f"{key}:building"
    if not cache.add(lock, os.getpid(), timeout=int(SHARED_WAIT * 4)):
        deadline = time.monotonic() + SHARED_WAIT
        while time.monotonic() < deadline:
            time.sleep(0.05)
            held = cache.get(key)
            if isinstance(held, Snapshot):
                return held
            if cache.get(lock) is None:  # the builder gave up (an error): build here
                break
    try:
        held = build()
        held.shared = key
        cache.set(key, held, timeout=SHARED_FOR)
    finally:
        cache.delete(lock)
    return held


def forget_matches() -> None:
    """Drop the word matches kept with every snapshot of this process, and stop reading them from
    the shared cache, as a new content generation does (the benchmark measures the first search
    of a word this way)."""
    from .filters import _KEPT

    for _generation, value in list(_KEPT.values()):
        if isinstance(value, Snapshot):
            value.matches.clear()
            value.shared = ""


def _build(base) -> Snapshot:
    columns = column_filters()
    vocabulary_filters = [f for f in filters() if isinstance(f, VocabularyFilter)]
    rows, tagged, entry_pages = [], [], []
    compiled_candidates = candidates_sql(base)
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # The sort of every visible page in memory, not in temporary files (PostgreSQL's
            # default is 4 MB; 100,000 pages take ~20 MB).
            cursor.execute("SET LOCAL work_mem = '64MB'")
        if compiled_candidates is not None:
            cand_sql, params = compiled_candidates
            names = ", ".join(f"c{n}" for n in range(4 + len(columns)))
            # Read raw (no datetime conversions), ordered by the database itself as facets.py
            # orders: newest first.
            cursor.execute(
                f"WITH cand ({names}) AS ({cand_sql}) "  # noqa: S608
                f"SELECT c0, c3, "
                f"{', '.join(f'c{n}' for n in range(4, 4 + len(columns))) or 'NULL'} "
                "FROM cand ORDER BY c1 DESC, c0 DESC",
                params,
            )
            rows = cursor.fetchall()
        if rows and vocabulary_filters:
            tagged = tag_groups(cursor, [f.vocabulary for f in vocabulary_filters])
        if rows and connection.vendor == "sqlite":
            # The page of each search index entry (its FTS5 rowid), for the words' matches.
            cursor.execute(
                f"SELECT eid, page_id FROM {ENTRY_PAGES} "  # noqa: S608
                f"WHERE content_type_id IN ({_content_types_sql()})"
            )
            entry_pages = cursor.fetchall()
    size = len(rows)
    ids = [r[0] for r in rows]
    at = {pk: i for i, pk in enumerate(ids)}
    values: dict[str, dict[str, int]] = {}
    for c, search_filter in enumerate(columns, start=2):
        grouped = defaultdict(list)
        for i, value in enumerate(row[c] for row in rows):
            if value is not None:
                grouped[value].append(i)
        values[search_filter.param] = {str(v): to_bits(found, size) for v, found in grouped.items()}
    for f in vocabulary_filters:
        values[f.param] = {}
    for n, tag_id, page_ids in tagged:
        found = map(at.get, map(int, page_ids.split(",")), repeat(size))  # unseen: left out
        values[vocabulary_filters[n].param][str(tag_id)] = to_bits(found, size)
    entries = {}
    for eid, page_id in entry_pages:
        i = at.get(page_id)
        if i is not None:
            entries[eid] = i
    return Snapshot(
        ids=ids,
        at=at,
        types=[r[1] for r in rows],
        candidates=compiled_candidates,
        everything=(1 << size) - 1,
        values=values,
        entries=entries,
    )


def _content_types_sql() -> str:
    """The searched page types' content type ids, as SQL (integers from Django's cache)."""
    return ", ".join(str(int(pk)) for pk in content_type_ids().values())


def tag_groups(cursor, known) -> list[tuple[int, int, str]]:
    """(n, term id, "page id,page id,...") of every term of `known[n]` on a page: the through
    tables grouped by the database, so that Python reads one row per term, not per pair."""
    joined = (
        "string_agg(CAST(content_object_id AS TEXT), ',')"
        if connection.vendor == "postgresql"
        else "group_concat(content_object_id)"
    )
    arms = [
        f"SELECT {n}, tag_id, {joined} FROM {quote(v.through._meta.db_table)} GROUP BY tag_id"  # noqa: S608
        for n, v in enumerate(known)
    ]
    cursor.execute(" UNION ALL ".join(arms))
    return cursor.fetchall()


def _score_levels(words, snap: Snapshot) -> dict[int, int] | None:
    """Score -> pages with that score (pages matching no word left out); None when a word names
    a value of a filter with no in-process form."""
    everything = snap.everything
    levels = {0: everything}
    for word, named in zip(words, label_values(words), strict=True):
        title, text = snap.word(word)
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
        page = [i for i in snap.title_order() if i in wanted][offset : offset + limit]
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

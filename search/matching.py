"""Text matching in SQL for the database backend: the `hits` of a query, (page id, score), over
the index tables Wagtail keeps up to date (SQLite FTS5 or PostgreSQL tsvectors). No cap: every
matching page is a hit, so counts and facets are exact at any size.

The score is the same on every backend (README "Classement"): for each query word, 13 points if
a form of it is in the title, 12 if it names a filter value the page has (a vocabulary term, a
region, a department), 11 if it is elsewhere in the indexed text; only the best counts per word,
and the points of the words add up. So a page matching more words always ranks first (10 points
a word), then title beats label beats text; ties go to the newest page.
"""

import bisect
import re
from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.utils import translation
from modelsearch.conf import get_app_config

from core.text import fold

from .filters import filters
from .french import Word, is_exact, roots, words

TITLE, LABEL, TEXT = 13, 12, 11


def label_values(words: list[Word]) -> list[list[tuple[object, list[str]]]]:
    """Per word, the (filter, values) whose labels it names: every word of the form is in the
    label (roots as prefixes, exact words whole). A form naming more than MAX_LABEL_VALUES values
    of one filter is too generic to stand for any ("numérique" is in most theme names).

    The labels are indexed once per content generation and language (a renamed term bumps the
    generation), and what a word names is kept in that index: a search reads labels only when
    one of its words is new since the last change."""
    if not words:
        return []
    labels = _label_index()
    return [labels.named(word) for word in words]


MAX_LABEL_VALUES = 4
_MEMO_SIZE = 2048


class LabelIndex:
    """The folded words of every searchable label, each with the labels holding it."""

    def __init__(self, searched):
        self.filters = [f for f, _texts in searched]
        # Label number -> (filter number, value); folded label word -> the label numbers.
        self.labels: list[tuple[int, str]] = []
        self.postings: dict[str, set[int]] = {}
        for n, (_f, texts) in enumerate(searched):
            for value, labels in texts:
                for label in labels:
                    number = len(self.labels)
                    self.labels.append((n, value))
                    for label_word in words(fold(str(label))):
                        self.postings.setdefault(label_word, set()).add(number)
        self.vocabulary = sorted(self.postings)
        self._named: dict = {}

    def _holding(self, word: str, prefix: bool, spellings) -> set[int]:
        if not prefix:
            return set().union(*(self.postings.get(s, ()) for s in spellings))
        found: set[int] = set()
        for i in range(bisect.bisect_left(self.vocabulary, word), len(self.vocabulary)):
            if not self.vocabulary[i].startswith(word):
                break
            found |= self.postings[self.vocabulary[i]]
        return found

    def named(self, word: Word) -> list[tuple[object, list[str]]]:
        named = self._named.get(word)
        if named is None:
            if len(self._named) >= _MEMO_SIZE:
                self._named.clear()
            named = self._named[word] = self._compute(word)
        return named

    def _compute(self, word: Word) -> list[tuple[object, list[str]]]:
        values: dict[int, set[str]] = {}
        for form in word.forms:
            held = None
            for i, (w, prefix) in enumerate(zip(form.words, form.prefix, strict=True)):
                found = self._holding(w, prefix, form.spelled(i))
                held = found if held is None else held & found
                if not held:
                    break
            hits: dict[int, set[str]] = {}
            for number in held or ():
                n, value = self.labels[number]
                hits.setdefault(n, set()).add(value)
            for n, named in hits.items():
                if len(named) <= MAX_LABEL_VALUES:
                    values.setdefault(n, set()).update(named)
        return [(self.filters[n], sorted(values[n])) for n in sorted(values)]


def _label_index() -> LabelIndex:
    """The label index of the active language, kept per content generation (and per set of
    filters: one registered later has its own)."""
    from .filters import VocabularyFilter, kept, memo

    registry = filters()
    key = (
        "label-index",
        translation.get_language() or "",
        tuple(f.param if isinstance(f, VocabularyFilter) else (f.param, id(f)) for f in registry),
    )

    def build():
        searched = [(f, f.label_texts()) for f in registry]
        return LabelIndex([(f, texts) for f, texts in searched if texts])

    return memo(key, lambda: kept(key, build))


def _index_tables() -> tuple[str, str]:
    # Wagtail swaps modelsearch's models for its own (wagtailsearch_indexentry...).
    entry = get_app_config().get_model("IndexEntry")._meta.db_table
    return entry, f"{entry}_fts"


def _fts_phrase(form) -> str:
    parts = [
        f'"{w}"*' if prefix else "(" + " OR ".join(f'"{x}"' for x in form.spelled(i)) + ")"
        for i, (w, prefix) in enumerate(zip(form.words, form.prefix, strict=True))
    ]
    return "(" + " AND ".join(parts) + ")"


# The page id of each index entry (SQLite; kept by triggers, search/migrations/0001).
ENTRY_PAGES = "search_entry_page"


def _sqlite_begun(word: Word, expr: str) -> str:
    """The match of `word` (its forms' FTS5 expression `expr`), or, for a word being typed
    (`word.prefix`) that is in no index entry, the words it begins: « ateli » as ateli*. One
    probe of the FTS index (it stops at the first entry found)."""
    if not word.prefix:
        return expr
    _entry, fts = _index_tables()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT 1 FROM {fts} WHERE {fts} MATCH %s LIMIT 1",  # noqa: S608
            ["{title body} : (" + expr + ")"],
        )
        if cursor.fetchone():
            return expr
    return f'"{word.prefix}"*'


def _sqlite_text(word: Word, ct_sql: str, g: int) -> tuple[list[str], list]:
    _entry, fts = _index_tables()
    expr = _sqlite_begun(word, " OR ".join(_fts_phrase(f) for f in word.forms))
    arms = []
    # CROSS JOIN: SQLite then runs the FTS5 match once and looks the entries up by id, never
    # the other way round (one match per entry).
    for _column, points in (("title", TITLE), ("title body", TEXT)):
        arms.append(
            f"SELECT e.page_id AS id, {g} AS g, {points} AS pts "  # noqa: S608
            f"FROM {fts} CROSS JOIN {ENTRY_PAGES} e ON e.eid = {fts}.rowid "
            f"WHERE {fts} MATCH %s AND e.content_type_id IN ({ct_sql})"
        )
    return arms, ["{title} : (" + expr + ")", "{title body} : (" + expr + ")"]


SHORT_WORD = 5
_ACCENTED = {
    "a": "aàâä",
    "c": "cç",
    "e": "eéèêë",
    "i": "iîï",
    "o": "oôö",
    "u": "uùûü",
    "y": "yÿ",
}


def _accents(folded: str) -> str:
    """A regular expression matching a folded word written with or without its accents."""
    return "".join(f"[{_ACCENTED[c]}]" if c in _ACCENTED else re.escape(c) for c in folded)


def _pg_checks(word: Word) -> list[tuple[str, str]]:
    """Each text of the word (as typed, or a synonym) with the pattern its match is rechecked
    with on the plain text ("" for none): an exact word (acronym, short word), since the
    stemmed vector takes "caf" for "café"."""
    checks = []
    for text in word.texts:
        tokens = words(text)
        pattern = ""
        if len(tokens) == 1 and is_exact(tokens[0]):
            pattern = r"\m" + _accents(fold(tokens[0])) + r"\M"
        elif len(tokens) == 1 and len(fold(tokens[0])) <= SHORT_WORD:
            # A short word stems to a short lexeme ("café" -> "caf"): keep its own beginning.
            pattern = r"\m" + _accents(roots(tokens[0])[0])
        checks.append((text, pattern))
    return checks


TSQUERY = "plainto_tsquery(%s::regconfig, %s)"
RECHECK = " AND (e.title_text ~* %s OR e.body_text ~* %s)"


def _pg_text(word: Word, ct_sql: str, g: int) -> tuple[list[str], list]:
    """Each text of the word as a tsquery of the configured text search configuration, which
    stems (no blind prefix on PostgreSQL); an exact word is rechecked on the plain text."""
    entry, _fts = _index_tables()
    config = settings.SEARCH_CONFIG or "simple"
    tsq = TSQUERY
    matches, params, titles, title_params = [], [], [], []
    for text, pattern in _pg_checks(word):
        cond = f"(e.title @@ {tsq} OR e.body @@ {tsq})"
        cond_params = [config, text, config, text]
        if pattern:
            cond += RECHECK
            cond_params += [pattern, pattern]
        matches.append(f"({cond})")
        params += cond_params
        titles.append(f"e.title @@ {tsq}")
        title_params += [config, text]
    sql = (
        f"SELECT CAST(e.object_id AS INTEGER) AS id, {g} AS g, "  # noqa: S608
        f"CASE WHEN {' OR '.join(titles)} THEN {TITLE} ELSE {TEXT} END AS pts "
        f"FROM {entry} e WHERE e.content_type_id IN ({ct_sql}) AND ({' OR '.join(matches)})"
    )
    return [sql], title_params + params


# One row per word of each index entry (PostgreSQL; kept by a trigger, search/migrations/0004).
ENTRY_WORDS = "search_entry_word"
_lexemes: dict[tuple[str, str], tuple[str, ...] | None] = {}


def _pg_lexemes(config: str, texts: list[str]) -> list[tuple[str, ...] | None]:
    """Per text, the words (lexemes) its `plainto_tsquery` asks for, all of them in one column
    for a match; None when the query is more than that (a phrase: a hyphenated word). Read from
    PostgreSQL once per text and process: the configuration's dictionaries change only with a
    migration."""
    missing = [t for t in dict.fromkeys(texts) if (config, t) not in _lexemes]
    if missing:
        if len(_lexemes) > _MEMO_SIZE:
            _lexemes.clear()
        select = " UNION ALL ".join(
            f"SELECT {i}, tsvector_to_array(to_tsvector(%s::regconfig, %s)), "
            f"CAST({TSQUERY} AS text)"
            for i in range(len(missing))
        )
        params = [value for t in missing for value in (config, t, config, t)]
        with connection.cursor() as cursor:
            cursor.execute(select, params)
            for i, lexemes, query in cursor.fetchall():
                plain = "<" not in query and "!" not in query and "|" not in query
                _lexemes[config, missing[i]] = tuple(lexemes) if plain else None
    return [_lexemes[config, t] for t in texts]


def _entry_words_arm(words: int, ct_sql: str, g: int, title: bool | None = None) -> str:
    """(id, g, pts) of the pages having all `words` (lexemes, as parameters) in their title
    (13 points) or all in their body (11), one row per page, from `search_entry_word`'s index:
    as `title @@ query OR body @@ query`. Several words are joined page by page, so PostgreSQL
    starts from the rarest (« personnes âgées »: the 3 pages with « âgées », not the 86,000
    with « personnes »). `title`: only the pages of the title's points (True) or of the
    body's (False), said on the word table's columns, which PostgreSQL can estimate (not on
    the points: it takes a test of an expression to keep 0.5 % of the rows)."""
    joins = "".join(
        f" JOIN {ENTRY_WORDS} w{i} ON w{i}.lexeme = %s AND w{i}.object_id = w0.object_id "
        f"AND w{i}.content_type_id = w0.content_type_id"
        for i in range(1, words)
    )
    every = range(words)
    in_title = " AND ".join(f"w{i}.in_title" for i in every)
    in_body = " AND ".join(f"w{i}.in_body" for i in every)
    both = f" AND (({in_title}) OR ({in_body}))" if words > 1 else ""
    if title is not None:
        both += f" AND {'' if title else 'NOT '}({in_title})"
    return (
        f"SELECT w0.object_id AS id, {g} AS g, "  # noqa: S608
        f"CASE WHEN {in_title} THEN {TITLE} ELSE {TEXT} END AS pts "
        f"FROM {ENTRY_WORDS} w0{joins} "
        f"WHERE w0.lexeme = %s AND w0.content_type_id IN ({ct_sql}){both}"
    )


# A word being typed stands for at most this many words of the index (the most frequent ones
# are not chosen: the first in alphabetical order, which a longer beginning narrows).
MAX_BEGUN = 64


def _pg_begun_lexemes(config: str, folded: str) -> tuple[str, ...]:
    """The words of the index (lexemes of `search_entry_word`) a word being typed begins,
    when the word itself is in none: « ateli » (the lexeme « atel », in no page) stands for
    « ateli » (atelier, ateliers); « numeri » (« numer », the lexeme of « numérique ») is a whole
    word and stands for itself (); also () when it begins no word. The beginning looked for
    is the word's lexeme, as PostgreSQL's own `ateli:*` would; read from the lexeme index as a
    range (the database's collation orders lowercase letters as the alphabet does), each word
    checked to begin with it."""
    (lexemes,) = _pg_lexemes(config, [folded])
    if not lexemes or len(lexemes) != 1:
        return ()
    start = lexemes[0]
    end = start[:-1] + chr(ord(start[-1]) + 1)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT EXISTS (SELECT 1 FROM {ENTRY_WORDS} WHERE lexeme = %s)",  # noqa: S608
            [start],
        )
        if cursor.fetchone()[0]:
            return ()
        # Word after word in the index (one probe each), not every row of every word: « num »
        # begins « numer », in 88,000 of 100,000 cards.
        cursor.execute(
            "WITH RECURSIVE begun (lexeme) AS ("  # noqa: S608
            f"SELECT min(lexeme) FROM {ENTRY_WORDS} WHERE lexeme > %s AND lexeme < %s "
            f"UNION ALL SELECT (SELECT min(lexeme) FROM {ENTRY_WORDS} "
            "WHERE lexeme > begun.lexeme AND lexeme < %s) FROM begun "
            "WHERE begun.lexeme IS NOT NULL) "
            "SELECT lexeme FROM begun WHERE starts_with(lexeme, %s) LIMIT %s",
            [start, end, end, start, MAX_BEGUN],
        )
        return tuple(lexeme for (lexeme,) in cursor.fetchall())


def _entry_any_arm(ct_sql: str, g: int) -> str:
    """(id, g, pts) of the pages having any of the words (lexemes) of one array parameter: a
    row per page and word (summed per page after the join with the candidates, as a synonym
    group's arms), 13 points for a word in the title, else 11."""
    return (
        f"SELECT w.object_id AS id, {g} AS g, "  # noqa: S608
        f"CASE WHEN w.in_title THEN {TITLE} ELSE {TEXT} END AS pts "
        f"FROM {ENTRY_WORDS} w WHERE w.lexeme = ANY(%s) AND w.content_type_id IN ({ct_sql})"
    )


def _pg_text_arms(
    word: Word, ct_sql: str, g: int, title: bool | None = None, begun: tuple[str, ...] = ()
) -> tuple[list[str], list]:
    """The same match as `_pg_text`, in arms PostgreSQL answers from an index. A text that is
    a set of words is one arm reading their pages from `search_entry_word`'s index alone; a
    text rechecked on the plain text (an exact or short word) or a phrase is one arm per column,
    a single `@@` answered by its GIN index (then each matching row of the index table is read,
    whose rows carry the whole text: 88,000 of them for a word in most of 100,000 cards). The
    title's points go to the texts that match, recheck included (the statement of `_pg_text`
    gives them for a title matching any text)."""
    entry, _fts = _index_tables()
    config = settings.SEARCH_CONFIG or "simple"
    arms, params = [], []
    # `begun`: for a word being typed (in no page as a whole word), the words it begins
    # (_pg_begun_lexemes): the pages having one of them; one such word is asked for as a typed
    # one (one row per page: read as fast).
    if len(begun) == 1:
        return [_entry_words_arm(1, ct_sql, g, title)], [begun[0]]
    if begun:
        return [_entry_any_arm(ct_sql, g)], [list(begun)]
    checks = _pg_checks(word)
    for (text, pattern), lexemes in zip(
        checks, _pg_lexemes(config, [text for text, _ in checks]), strict=True
    ):
        if not pattern and lexemes is not None:
            if lexemes:  # (only words the configuration ignores: matches nothing)
                arms.append(_entry_words_arm(len(lexemes), ct_sql, g, title))
                params += [*lexemes[1:], lexemes[0]]  # the joined words, then the first
            continue
        for column, points in (("title", TITLE), ("body", TEXT)):
            arms.append(
                f"SELECT CAST(e.object_id AS INTEGER) AS id, {g} AS g, {points} AS pts "  # noqa: S608
                f"FROM {entry} e WHERE e.content_type_id IN ({ct_sql}) "
                f"AND e.{column} @@ {TSQUERY}{RECHECK if pattern else ''}"
            )
            params += [config, text, *([pattern, pattern] if pattern else [])]
    if not arms:  # a word of ignored words only: an arm without rows keeps the union whole
        arms.append(f"SELECT CAST(NULL AS INTEGER) AS id, {g} AS g, 0 AS pts WHERE false")
    return arms, params


@dataclass(frozen=True)
class Hits:
    """The SQL of a text match: `SELECT id, score`, every page matching at least one word.
    Unpacks as (sql, params)."""

    union: str  # (id, g, pts) rows: each arm of each word
    params: tuple
    words: int
    # One arm, one row per page (its score): nothing to sum per page.
    unique: bool = False
    # Every arm read from indexes alone (PostgreSQL's word table, filter values): no GIN match.
    index_only: bool = False
    # When unique: the arm's rows of the title's points, and those of the body's (same params).
    title_union: str = ""
    body_union: str = ""

    def sql(self, within: tuple[str, list] | None = None) -> tuple[str, list]:
        """`within`: a `SELECT id` the hits are kept to (pages the filters could keep), applied
        before the per-page sums, so the sums are made for those pages only."""
        where, where_params = "", []
        if within is not None:
            where, where_params = f" WHERE id IN ({within[0]})", list(within[1])
        return self.scores(f"({self.union}) AS arms{where}"), [*self.params, *where_params]

    def arms(self, within: tuple[str, list] | None = None) -> tuple[str, list]:
        """The (id, g, pts) rows of every arm, not yet summed per page."""
        if within is None:
            return self.union, list(self.params)
        sql = f"SELECT * FROM ({self.union}) AS arms WHERE id IN ({within[0]})"  # noqa: S608
        return sql, [*self.params, *within[1]]

    def scores(self, arms: str) -> str:
        """`SELECT id, score` from `arms` (a table or subquery of (id, g, pts) rows)."""
        return f"SELECT id, {self.best} AS score FROM {arms} GROUP BY id"  # noqa: S608

    @property
    def best(self) -> str:
        """The score of a page from its (g, pts) rows grouped: per word the best points, added
        up."""
        return " + ".join(f"MAX(CASE WHEN g = {g} THEN pts ELSE 0 END)" for g in range(self.words))

    def __iter__(self):
        return iter(self.sql())


def hits_sql(words: list[Word], content_type_ids: list[int], split: bool = False) -> Hits:
    """SELECT id, score: every page matching at least one word, with its score. `split`: on
    PostgreSQL, one arm per text and column (`_pg_text_arms`), the title's points per text."""
    ct_sql = ", ".join(str(int(pk)) for pk in content_type_ids)
    begun: dict[str, tuple[str, ...]] = {}
    if connection.vendor == "postgresql" and split:
        config = settings.SEARCH_CONFIG or "simple"
        begun = {w.prefix: _pg_begun_lexemes(config, w.prefix) for w in words if w.prefix}

        def text(word, ct_sql, g, title=None):
            return _pg_text_arms(word, ct_sql, g, title, begun.get(word.prefix, ()))
    elif connection.vendor == "postgresql":
        text = _pg_text
    else:
        text = _sqlite_text
    arms, params = [], []
    for g, (word, named) in enumerate(zip(words, label_values(words), strict=True)):
        word_arms, word_params = text(word, ct_sql, g)
        arms += word_arms
        params += word_params
        for search_filter, values in named:
            sql, value_params = search_filter.pages_sql(values)
            arms.append(f"SELECT l.*, {g}, {LABEL} FROM ({sql}) AS l")  # noqa: S608
            params += value_params
    from_words = [ENTRY_WORDS in arm for arm in arms]
    # (a word being typed that begins several words: several rows per page)
    several = any(len(begun.get(w.prefix) or ()) > 1 for w in words)
    unique = split and from_words == [True] and not several
    title_union = body_union = ""
    if unique:
        title_union = text(words[0], ct_sql, 0, title=True)[0][0]
        body_union = text(words[0], ct_sql, 0, title=False)[0][0]
    return Hits(
        " UNION ALL ".join(arms),
        tuple(params),
        len(words),
        unique=unique,
        title_union=title_union,
        body_union=body_union,
        index_only=split
        and all(
            from_word or _index_tables()[0] not in arm
            for arm, from_word in zip(arms, from_words, strict=True)
        ),
    )

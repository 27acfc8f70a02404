"""Text matching in SQL for the database backend: the `hits` of a query, (page id, score), over
the index tables Wagtail keeps up to date (SQLite FTS5 or PostgreSQL tsvectors). No cap: every
matching page is a hit, so counts and facets are exact at any size.

The score is the same on every backend (README "Classement"): for each query word, 13 points if
a form of it is in the title, 12 if it names a filter value the page has (a vocabulary term, a
region, a department), 11 if it is elsewhere in the indexed text; only the best counts per word,
and the points of the words add up. So a page matching more words always ranks first (10 points
a word), then title beats label beats text; ties go to the newest page.
"""

import re

from django.conf import settings
from django.db import connection
from modelsearch.conf import get_app_config

from core.text import fold

from .filters import filters
from .french import Word, is_exact, roots, words

TITLE, LABEL, TEXT = 13, 12, 11


def label_values(words: list[Word]) -> list[list[tuple[object, list[str]]]]:
    """Per word, the (filter, values) whose labels it names: every word of the form is in the
    label (roots as prefixes, exact words whole). A form naming more than MAX_LABEL_VALUES values
    of one filter is too generic to stand for any ("numérique" is in most theme names)."""
    per_filter = []
    for search_filter in filters():
        texts = search_filter.label_texts()
        if texts:
            per_filter.append(
                (
                    search_filter,
                    [(value, [fold(t).split() for t in labels]) for value, labels in texts],
                )
            )
    found = []
    for word in words:
        named = []
        for search_filter, labelled in per_filter:
            values = set()
            for form in word.forms:
                hits = set()
                for value, labels in labelled:
                    for label_words in labels:
                        if all(
                            any(
                                lw.startswith(w) if prefix else lw in form.spelled(i)
                                for lw in _split(label_words)
                            )
                            for i, (w, prefix) in enumerate(
                                zip(form.words, form.prefix, strict=True)
                            )
                        ):
                            hits.add(value)
                if len(hits) <= MAX_LABEL_VALUES:
                    values |= hits
            if values:
                named.append((search_filter, sorted(values)))
        found.append(named)
    return found


MAX_LABEL_VALUES = 4


def _split(label_words: list[str]) -> list[str]:
    return words(" ".join(label_words))


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


def _sqlite_text(word: Word, ct_sql: str, g: int) -> tuple[list[str], list]:
    entry, fts = _index_tables()
    expr = " OR ".join(_fts_phrase(f) for f in word.forms)
    arms = []
    # CROSS JOIN: SQLite then runs the FTS5 match once and looks the entries up by id, never
    # the other way round (one match per entry).
    for _column, points in (("title", TITLE), ("title body", TEXT)):
        arms.append(
            f"SELECT CAST(e.object_id AS INTEGER) AS id, {g} AS g, {points} AS pts "  # noqa: S608
            f"FROM {fts} CROSS JOIN {entry} e ON e.id = {fts}.rowid "
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


def _pg_text(word: Word, ct_sql: str, g: int) -> tuple[list[str], list]:
    """Each text of the word (as typed, or a synonym) as a tsquery of the configured text search
    configuration, which stems (no blind prefix on PostgreSQL); an exact word (acronym, short
    word) is rechecked on the plain text, since the stemmed vector takes "caf" for "café"."""
    entry, _fts = _index_tables()
    config = settings.SEARCH_CONFIG or "simple"
    tsq = "plainto_tsquery(%s::regconfig, %s)"
    matches, params, titles, title_params = [], [], [], []
    for text in word.texts:
        cond = f"(e.title @@ {tsq} OR e.body @@ {tsq})"
        cond_params = [config, text, config, text]
        tokens = words(text)
        pattern = ""
        if len(tokens) == 1 and is_exact(tokens[0]):
            pattern = r"\m" + _accents(fold(tokens[0])) + r"\M"
        elif len(tokens) == 1 and len(fold(tokens[0])) <= SHORT_WORD:
            # A short word stems to a short lexeme ("café" -> "caf"): keep its own beginning.
            pattern = r"\m" + _accents(roots(tokens[0])[0])
        if pattern:
            cond += " AND (e.title_text ~* %s OR e.body_text ~* %s)"
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


def hits_sql(words: list[Word], content_type_ids: list[int]) -> tuple[str, list]:
    """SELECT id, score: every page matching at least one word, with its score."""
    ct_sql = ", ".join(str(int(pk)) for pk in content_type_ids)
    text = _pg_text if connection.vendor == "postgresql" else _sqlite_text
    arms, params = [], []
    for g, (word, named) in enumerate(zip(words, label_values(words), strict=True)):
        word_arms, word_params = text(word, ct_sql, g)
        arms += word_arms
        params += word_params
        for search_filter, values in named:
            sql, value_params = search_filter.pages_sql(values)
            arms.append(f"SELECT l.*, {g}, {LABEL} FROM ({sql}) AS l")  # noqa: S608
            params += value_params
    union = " UNION ALL ".join(arms)
    sql = (
        "SELECT id, SUM(best) AS score FROM (SELECT id, g, MAX(pts) AS best "  # noqa: S608
        f"FROM ({union}) AS arms GROUP BY id, g) AS per_word GROUP BY id"
    )
    return sql, params

"""French query analysis for the database backend: accent folding, stop words, light stemming.

SQLite FTS5 (unicode61 tokenizer) folds accents and case but does not stem, so the query side does
the rest: each term is reduced to a root that prefixes its inflections ("bibliothèques" ->
"bibliothequ", which matches "bibliothèque" and "bibliothèques"), and matched as a prefix.
The search engines do the same work at index time with the analyzer of ENGINE_INDEX_SETTINGS.
"""

import re

from core.text import fold

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10

# The usual French stop words (articles, pronouns, prepositions, auxiliaries' short forms).
_STOP_WORDS = (
    "a au aux avec ce ces c d dans de des du elle en et eux il ils je j la le les leur lui l ma "
    "mais me m meme mes moi mon ne n nos notre nous on ou par pas pour qu que qui sa se s ses son "
    "sur ta te t tes toi ton tu un une vos votre vous y ete etre sont est etait ont cette cet "
    "comme plus sans sous chez entre vers ni car donc or si tout tous toute toutes"
)
STOP_WORDS = frozenset(_STOP_WORDS.split())

_WORD = re.compile(r"\w+", re.UNICODE)


def stem(word: str) -> str:
    """A light French stemmer whose output is a prefix of the word's inflections.

    Strips plural marks and feminine endings only (no derivation): the aim is recall on
    singular/plural and masculine/feminine, not linguistic roots.
    """
    w = fold(word)
    if len(w) <= 3 or w.isdigit():
        return w
    if w.endswith("eaux"):
        w = w[:-1]
    elif w.endswith("aux") and len(w) > 4:
        w = w[:-2]  # locaux -> loca (prefix of local, locale)
    elif w[-1] in "sx":
        w = w[:-1]
    for ending, replacement in (("trice", "t"), ("euse", "eu"), ("elle", "el"), ("enne", "en")):
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[: -len(ending)] + replacement
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]  # bibliotheque -> bibliothequ, numerique -> numeriqu
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]  # associee -> associ
    return w


def words(text: str) -> list[str]:
    return _WORD.findall(text or "")


def clean_query(raw: str) -> str:
    """The visitor's query, capped in length and number of terms, without control characters."""
    text = "".join(c for c in (raw or "") if c.isprintable()).strip()[:MAX_QUERY_LENGTH]
    return " ".join(text.split()[:MAX_TERMS])


def query_stems(query: str) -> list[str]:
    """Distinct stems of the meaningful terms of a query, in order (stop words and elided
    articles dropped: "l'inclusion" -> "inclusion")."""
    stems = []
    for word in words(query.replace("’", "'")):
        folded = fold(word)
        if folded in STOP_WORDS or (len(folded) == 1 and not folded.isdigit()):
            continue
        root = stem(folded)
        if root and root not in stems:
            stems.append(root)
    return stems[:MAX_TERMS]


def meaningful_words(query: str) -> str:
    """The query without stop words and elided articles, for the engines (whose own stop filter
    is then only a second guard)."""
    kept = []
    for word in words(query.replace("’", "'")):
        folded = fold(word)
        if folded in STOP_WORDS or (len(folded) == 1 and not folded.isdigit()):
            continue
        kept.append(word)
    return " ".join(kept[:MAX_TERMS])

"""Query analysis: the visitor's text -> the words to look for, each with its accepted forms.

Backend-neutral: every backend (SQLite FTS5, PostgreSQL, an engine) receives the same `Word`
list and decides how to match a form. Rules (README "Recherche"):
- stop words and elided articles are dropped (French or English, after the page language);
- a word of three letters or fewer, or typed in capitals (CAF, QPV), is an exact word: no stem,
  no prefix, so "CAF" never matches "café";
- any other word is reduced to a root that prefixes its inflections (plural, feminine; "-teur"
  and "-trice" give both roots, so "médiatrice" finds "médiateur" but not "médiathèque");
- a run of words naming a synonym group (editors keep them: search.models.SynonymGroup) is one
  word whose forms are every member of the group ("personnes âgées" = "seniors" = "aînés").
Accents and case are folded with `core.text.fold`, the one fold of the project.
"""

import re
from dataclasses import dataclass

from core.text import fold

MAX_QUERY_LENGTH = 200
MAX_TERMS = 10

# The usual French stop words (articles, pronouns, prepositions, auxiliaries' short forms).
_STOP_FR = (
    "a au aux avec ce ces c d dans de des du elle en et eux il ils je j la le les leur lui l ma "
    "mais me m meme mes moi mon ne n nos notre nous on ou par pas pour qu que qui sa se s ses son "
    "sur ta te t tes toi ton tu un une vos votre vous y ete etre sont est etait ont cette cet "
    "comme plus sans sous chez entre vers ni car donc or si tout tous toute toutes"
)
_STOP_EN = (
    "a an and are as at be by for from has have how in into is it its of on or our that the their "
    "them they this to was we what when where which who with you your"
)
STOP_WORDS = {"fr": frozenset(_STOP_FR.split()), "en": frozenset(_STOP_EN.split())}

_WORD = re.compile(r"\w+", re.UNICODE)
_MIN_PREFIX = 4  # shorter roots are matched as whole words


@dataclass(frozen=True)
class Form:
    """One way to write a query word: folded words, each matched as a prefix or exactly."""

    words: tuple[str, ...]
    prefix: tuple[bool, ...]
    # Per word, its exact spellings when it is not a prefix (a whole word and its inflections).
    spellings: tuple[tuple[str, ...], ...] = ()

    def spelled(self, i: int) -> tuple[str, ...]:
        return self.spellings[i] if self.spellings else (self.words[i],)

    @property
    def text(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True)
class Word:
    """A meaningful word (or synonym phrase) of the query and the forms that match it."""

    typed: str  # as the visitor wrote it
    forms: tuple[Form, ...]
    roots: tuple[str, ...]  # folded roots of every form's words (for labels and highlighting)
    texts: tuple[str, ...] = ()  # the typed word or the synonyms, as written (for an engine)
    # The admin's search, as the editor types: the folded typed word, matched as the beginning
    # of words when it is in no page as a word (« ateli » finds « atelier »); "" for none.
    prefix: str = ""


def words(text: str) -> list[str]:
    return _WORD.findall(text or "")


def clean_query(raw: str) -> str:
    """The visitor's query, capped in length and number of terms, without control characters."""
    text = "".join(c for c in (raw or "") if c.isprintable()).strip()[:MAX_QUERY_LENGTH]
    return " ".join(text.split()[:MAX_TERMS])


def _singular(w: str) -> str:
    if w.endswith("eaux"):
        return w[:-1]
    if w.endswith("aux") and len(w) > 4:
        return w[:-2] + "l"  # ruraux -> rural, locaux -> local
    if w[-1] in "sx" and not w.endswith("ss"):
        return w[:-1]
    return w


def roots(word: str) -> tuple[str, ...]:
    """Roots of a folded word that prefix its inflections; two for -teur/-trice."""
    w = fold(word)
    if len(w) <= 3 or w.isdigit():
        return (w,)
    w = _singular(w)
    if w.endswith("trice") and len(w) > 7:
        return (w[:-1], w[:-5] + "teur")  # mediatrice -> mediatric, mediateur
    if w.endswith("teur") and len(w) > 6:
        return (w, w[:-4] + "tric")  # mediateur -> mediateur, mediatric
    for ending, replacement in (("euse", "eu"), ("elle", "el"), ("enne", "en"), ("ive", "i")):
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return (w[: -len(ending)] + replacement,)
    if w.endswith("if") and len(w) > 5:
        return (w[:-1],)  # sportif -> sporti (sportive)
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]  # bibliotheque -> bibliothequ, numerique -> numeriqu
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]  # associee -> associ
    if w.endswith("al") and len(w) > 4:
        w = w[:-1]  # rural -> rura (rurale, ruraux)
    return (w,)


def stem(word: str) -> str:
    """The first root of a word (kept for callers matching one prefix)."""
    return roots(word)[0]


def is_exact(typed: str) -> bool:
    """Matched as a whole word: three letters or fewer, a number, or typed in capitals."""
    folded = fold(typed)
    return len(folded) <= 3 or (typed.isupper() and len(typed) > 1) or folded.isdigit()


def inflections(w: str) -> tuple[str, ...]:
    """A whole word and its plural and feminine spellings (folded)."""
    found = [w, w + "s", w + "e", w + "es"]
    if w.endswith(("eu", "au")):
        found.append(w + "x")
    for ending, feminine in (("en", "enne"), ("el", "elle"), ("er", "ere"), ("f", "ve")):
        if w.endswith(ending):
            found += [w[: -len(ending)] + feminine, w[: -len(ending)] + feminine + "s"]
    return tuple(found)


def _form(tokens: list[str]) -> list[Form]:
    """The forms of one run of typed words (several when a word has two roots). A root that is
    the whole word ("média", "atelier") is matched with its inflections only, not as a prefix:
    "médias" must not find "médiathèque"."""
    options: list[list[tuple[str, bool, tuple[str, ...]]]] = []
    for token in tokens:
        folded = fold(token)
        if is_exact(token):
            options.append([(folded, False, (folded,))])
            continue
        choice = []
        for r in roots(token):
            whole = r == _singular(folded) or len(r) < _MIN_PREFIX
            choice.append((r, not whole, inflections(r) if whole else (r,)))
        options.append(choice)
    forms = [((), (), ())]
    for choice in options:
        forms = [(w + (r,), p + (pre,), s + (sp,)) for w, p, s in forms for r, pre, sp in choice]
    return [Form(w, p, s) for w, p, s in forms]


_ANY_STOP = STOP_WORDS["fr"] | STOP_WORDS["en"]


def _phrase_forms(phrase: str) -> list[Form]:
    """The forms of a synonym (its stop words dropped in either language)."""
    tokens = [t for t in words(phrase.replace("’", "'")) if fold(t) not in _ANY_STOP]
    return _form(tokens) if tokens else []


def _key(folded_words) -> tuple[str, ...]:
    """Synonyms are looked up singular: "médiatrices" finds the group of "médiatrice"."""
    return tuple(_singular(w) if len(w) > 3 else w for w in folded_words)


def _synonym_index(groups) -> tuple[dict[tuple[str, ...], tuple[str, ...]], int]:
    """Folded phrase (as word tuple) -> every phrase of its group; and the longest phrase."""
    index = {}
    for group in groups:
        members = tuple(m.strip() for m in group.split(",") if m.strip())
        for member in members:
            index[_key(fold(w) for w in words(member.replace("’", "'")))] = members
    return index, max((len(k) for k in index), default=1)


def synonym_groups() -> list[str]:
    """The synonym groups editors keep (search.models.SynonymGroup), read once per content
    generation (saving a group purges it) and once per search."""
    from .filters import kept, memo
    from .models import SynonymGroup

    def read():
        return list(SynonymGroup.objects.values_list("terms", flat=True))

    return memo("synonyms", lambda: kept("synonyms", read))


def _synonyms():
    """The lookup index of the groups, built once per content generation (not per search)."""
    from .filters import kept, memo

    return memo(
        "synonym-index", lambda: kept("synonym-index", lambda: _synonym_index(synonym_groups()))
    )


_ANALYSED_SIZE = 4096


def analyse(query: str, lang: str = "fr") -> list[Word]:
    """The meaningful words of a query, in order, each with its forms (MAX_TERMS at most).
    Kept per content generation (the synonyms change only with one), query and language."""
    from .filters import kept

    store = kept("analysed", dict)  # a new, empty dict at each generation
    key = (query, lang)
    found = store.get(key)
    if found is None:
        if len(store) >= _ANALYSED_SIZE:
            store.clear()
        found = store[key] = tuple(_analyse(query, lang))
    return list(found)


def _analyse(query: str, lang: str) -> list[Word]:
    stop = STOP_WORDS.get(lang, STOP_WORDS["fr"])
    tokens = words((query or "").replace("’", "'"))
    folded = [fold(t) for t in tokens]
    found: list[Word] = []
    seen: set[tuple[str, ...]] = set()
    i = 0
    synonyms, longest = _synonyms() if tokens else ({}, 1)
    while i < len(tokens) and len(found) < MAX_TERMS:
        for n in range(min(longest, len(tokens) - i), 0, -1):
            key = _key(folded[i : i + n])
            members = synonyms.get(key)
            if members is None and n > 1:
                # A phrase may be typed with or without its stop words ("démarches en ligne").
                key = _key(w for w in folded[i : i + n] if w not in stop)
                members = synonyms.get(key) if len(key) > 1 else None
            if members is None and n > 1:
                continue
            typed = " ".join(tokens[i : i + n])
            if members is not None:
                forms = [f for m in members for f in _phrase_forms(m)]
                texts = members
            elif folded[i] in stop or (len(folded[i]) == 1 and not folded[i].isdigit()):
                forms = []
            else:
                forms = _form([tokens[i]])
            if members is None:
                # "-trice" <-> "-teur": stemmers keep them apart, so both words are asked for.
                other = [r + "e" if r.endswith("tric") else r for r in roots(tokens[i])[1:]]
                texts = (typed, *other)
            i += n
            unique = tuple(dict.fromkeys(forms))
            if unique and unique not in seen:
                seen.add(unique)
                found.append(
                    Word(
                        typed,
                        unique,
                        tuple(dict.fromkeys(w for f in unique for w in f.words)),
                        tuple(texts),
                    )
                )
            break
    return found


def typed_prefix(word: Word) -> Word:
    """`word`, marked to be matched as the beginning of words when it is in no page as a word
    (the backend checks): one word of _MIN_PREFIX letters or more, not in capitals nor a number
    (an acronym, an exact word), not a synonym phrase. Else `word` itself."""
    tokens = words(word.typed)
    if len(tokens) != 1 or word.texts != (word.typed,):
        return word  # a synonym group, or a -teur/-trice word asked for under both roots
    folded = fold(tokens[0])
    if len(folded) < _MIN_PREFIX or folded.isdigit() or tokens[0].isupper():
        return word
    return Word(word.typed, word.forms, word.roots, word.texts, folded)


def query_stems(query: str, lang: str = "fr") -> list[str]:
    """Distinct roots of the meaningful words, for highlighting."""
    return list(dict.fromkeys(r for word in analyse(query, lang) for r in word.roots))


def meaningful_words(query: str, lang: str = "fr") -> str:
    """The query without stop words and elided articles (an engine's analyzer does the rest)."""
    return " ".join(word.typed for word in analyse(query, lang))

"""Text helpers shared by every app: one way to fold French text for matching."""

import unicodedata

LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "’": "'", "ʼ": "'"})


def fold(text) -> str:
    """Lower case without accents, ligatures spelt out, one space between words:
    "  Cœur de l’Écrin " -> "coeur de l'ecrin". The key for matching what people type against
    names and labels (search, places' search columns, import vocabularies)."""
    text = str(text or "").translate(LIGATURES)
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join(
        "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split()
    )


def ascii_slug(text) -> str:
    """The URL slug of a title or typed slug, in plain ASCII: "Cœur de l’Écrin" ->
    "coeur-de-lecrin" (shared links stay readable, no %C3%A9)."""
    from django.utils.text import slugify

    return slugify(fold(text).replace("'", ""))

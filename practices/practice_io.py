"""Bulk import and export of practice cards as CSV or JSON: columns, parsing, validation, upsert.

Import and export share one canonical shape per card (the "state": a dict of plain Python
values keyed by column name), so the same code decides what a row means, whether a card changed
and what an export writes. The management commands and any later HTTP export use this module.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_unicode_slug
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.rich_text import RichText

from core import downloads, spreadsheet
from core.blocks import RICH_FEATURES
from core.geo import department_of
from core.models import TaggedPage
from core.models import TerritoryType as TerritoryTypeTerm
from core.tables import RowIssue, RowReport, TableError, open_table
from core.text import fold
from core.vocabularies import vocabularies
from practices.models import (
    PracticeIndexPage,
    PracticeLineage,
    PracticePage,
    locate,
    merge_derived_territories,
)

# One column per vocabulary the cards carry (registry order), named by its field: "themes".
VOCABULARIES = {v.field: v for v in vocabularies() if v.param in PracticePage.tagged_with}
# Stream fields: column -> (block name, parts of one item); "checklist" items are plain strings.
STRUCTURED_STREAMS = {
    "steps": ("step", ["title", "text"]),
    "partners": ("partner", ["name", "kind", "role"]),
    "indicators": ("indicator", ["label", "value"]),
}

# Every column in export order, with how its cells are read and written: the one list a new
# card field joins (README "Ajouter un champ de fiche"). Every name is a key of the JSON
# objects too. "export": written for readers, ignored by the import (derived or site-specific).
CARD_COLUMNS = [
    ("key", "key"),
    ("language", "key"),
    ("title", "text"),
    ("summary", "text"),
    ("structure_name", "text"),
    ("structure_kind", "choice"),
    ("library_size", "choice"),
    ("commune", "text"),
    ("postal_code", "text"),
    ("insee_code", "text"),
    ("department", "text"),
    ("region", "export"),
    *((name, "vocabulary") for name in VOCABULARIES),
    ("context", "rich"),
    ("steps", "stream"),
    ("budget_range", "choice"),
    ("staff", "text"),
    ("volunteers", "int"),
    ("setup_time", "choice"),
    ("equipment", "text"),
    ("partners", "stream"),
    ("results", "rich"),
    ("indicators", "stream"),
    ("difficulties", "rich"),
    ("tips", "rich"),
    ("checklist", "list"),
    ("period_start", "date"),
    ("period_end", "date"),
    ("status", "choice"),
    ("contact_name", "text"),
    ("contact_email", "text"),
    ("contact_phone", "text"),
    ("contact_url", "text"),
    ("inspired_by", "list"),
    ("url", "export"),
]
COLUMNS = [name for name, _kind in CARD_COLUMNS]


def _columns(kind):
    return [name for name, column_kind in CARD_COLUMNS if column_kind == kind]


TEXT_FIELDS = _columns("text")
CHOICE_FIELDS = _columns("choice")
DATE_FIELDS = _columns("date")
INT_FIELDS = _columns("int")
RICH_FIELDS = _columns("rich")
LIST_FIELDS = [*VOCABULARIES, *_columns("list")]
REQUIRED_COLUMNS = ["key", "title", "summary", "structure_name", "commune"]
EXPORT_ONLY = set(_columns("export"))
# The state fields that an import can change (and that decide "unchanged").
STATE_FIELDS = [c for c in COLUMNS if c not in EXPORT_ONLY and c not in ("key", "language")]

ITEM_SEPARATOR = "|"
PART_SEPARATOR = "::"


# The shared table reader's error and report (kept under these names for the command and tests).
ImportFileError = TableError
RowError = RowIssue


@dataclass
class ImportReport(RowReport):
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    ignored_columns: list = field(default_factory=list)

    @property
    def rejected_rows(self):
        return sorted(self.rejected_lines)


# --- Rich text -------------------------------------------------------------------------------

_BLOCK_KEY = re.compile(r' data-block-key="[^"]*"')
_SCRIPT_LIKE = re.compile(r"<(script|style|template)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def clean_rich_text(html: str) -> str:
    """Untrusted HTML -> Wagtail database HTML limited to the card's rich text features.

    Goes through Draftail's content state, Wagtail's own whitelist of what the editor can
    produce: unknown elements and every attribute but a checked href or an internal link id
    are dropped (so no <script>, onclick or javascript: link survives). Internal page and
    document links exported by the hub (`<a linktype="page" id="…">`) are kept."""
    html = _SCRIPT_LIKE.sub("", html or "").strip()
    if not html:
        return ""
    converter = ContentstateConverter(RICH_FEATURES)
    # Twice: one pass can leave an attribute-less <a> that the next pass unwraps; the result
    # must be stable so that importing an export changes nothing.
    for _pass in range(2):
        html = converter.to_database_format(converter.from_database_format(html))
    if not re.sub(r"<[^>]+>", "", html).strip():
        return ""
    return html


def comparable_html(html: str) -> str:
    # Block keys are Draftail's internal ids (regenerated on each conversion), not content.
    return _BLOCK_KEY.sub("", html or "")


# --- Export ------------------------------------------------------------------------------------


def _rich_source(value) -> str:
    return comparable_html(value.source if isinstance(value, RichText) else str(value or ""))


def card_state(page: PracticePage, key: str | None = None) -> dict:
    """The canonical, JSON-ready description of a card (the columns of the import format)."""
    state = {"key": key or page.slug, "language": page.locale.language_code if page.pk else "fr"}
    for name in TEXT_FIELDS + CHOICE_FIELDS:
        state[name] = getattr(page, name) or ""
    for name in DATE_FIELDS:
        value = getattr(page, name)
        state[name] = value.isoformat() if value else ""
    state["volunteers"] = page.volunteers
    for name in RICH_FIELDS:
        state[name] = comparable_html(getattr(page, name))
    for name, v in VOCABULARIES.items():
        state[name] = [term.slug for term in page._terms(v.items)]
    for name, (_block, parts) in STRUCTURED_STREAMS.items():
        items = []
        for child in getattr(page, name):
            item = {}
            for part in parts:
                value = child.value.get(part)
                item[part] = _rich_source(value) if part == "text" else (value or "")
            items.append(item)
        state[name] = items
    state["checklist"] = [str(child.value) for child in page.checklist]
    state["inspired_by"] = [link.source.slug for link in page.inspiration_links.all()]
    state["region"] = page.region or ""
    return state


def export_queryset(language="fr", include_drafts=False):
    pages = PracticePage.objects.filter(locale__language_code=language)
    if not include_drafts:
        pages = pages.live()
    return (
        pages.select_related("locale")
        .prefetch_related(*TaggedPage.TAG_PREFETCH, "inspiration_links__source")
        .order_by("path")
    )


def iter_export_states(queryset, with_urls=True, live_sources_only=True):
    """Card states one by one, reading the database in chunks (exports can be large).

    By default lineage only names published source cards: an export of published cards then
    names no unpublished one, and imports into an empty site without rejected rows."""
    for page in queryset.iterator(chunk_size=200):
        key = page.slug
        if page.locale.language_code != "fr":
            # A translation carries the key of its French source card.
            source = (
                PracticePage.objects.filter(
                    translation_key=page.translation_key, locale__language_code="fr"
                )
                .values_list("slug", flat=True)
                .first()
            )
            key = source or page.slug
        state = card_state(page, key=key)
        if live_sources_only:
            state["inspired_by"] = [
                link.source.slug for link in page.inspiration_links.all() if link.source.live
            ]
        state["url"] = (page.get_full_url() or "") if with_urls and page.live else ""
        yield state


def _escape(text: str) -> str:
    text = str(text).replace("\\", "\\\\").replace(ITEM_SEPARATOR, "\\" + ITEM_SEPARATOR)
    # Only a run of colons could be read as the part separator.
    return re.sub(r":(?=:)", r"\\:", text)


def _join_parts(item: dict, parts: list) -> str:
    values = [_escape(item.get(part) or "") for part in parts]
    while len(values) > 1 and not values[-1]:
        values.pop()
    return f" {PART_SEPARATOR} ".join(values)


def state_to_csv_row(state: dict) -> list:
    """The CSV cells of a card state (the formula rule is applied when they are written)."""
    row = []
    for column in COLUMNS:
        value = state.get(column)
        if column in STRUCTURED_STREAMS:
            parts = STRUCTURED_STREAMS[column][1]
            value = f" {ITEM_SEPARATOR} ".join(_join_parts(item, parts) for item in value)
        elif column in LIST_FIELDS:
            value = f" {ITEM_SEPARATOR} ".join(_escape(item) for item in value)
        row.append(value)
    return row


def csv_export_chunks(states):
    """The CSV export as text chunks (header first), one card at a time."""
    return downloads.csv_chunks(COLUMNS, (state_to_csv_row(state) for state in states))


def json_export_chunks(states):
    """The JSON export (an array of objects) as text chunks, one card at a time."""
    return downloads.json_array_chunks({c: state.get(c) for c in COLUMNS} for state in states)


def write_csv(stream, states):
    """Write states to a text stream as CSV (header first), row by row."""
    for chunk in csv_export_chunks(states):
        stream.write(chunk)


def write_json(stream, states):
    """Write states to a text stream as a JSON array, one object at a time."""
    for chunk in json_export_chunks(states):
        stream.write(chunk)


# --- Reading files -----------------------------------------------------------------------------


def read_rows(data, fmt: str | None = None, report: RowReport | None = None):
    """The columns of a CSV or JSON file and its (row number, {column: raw value}) pairs, read by
    the shared table reader (`core.tables`: UTF-8 with or without BOM, delimiter, row numbers as
    a spreadsheet shows them, JSON objects by rank). Rows that cannot be read are rejected in
    `report`; a file that cannot be read at all raises ImportFileError."""
    with open_table(data, fmt, report=report) as table:
        if table.kind == "csv":
            columns = table.columns
            rows = [
                (row.line, {name: spreadsheet.restore(value) for name, value in row.values.items()})
                for row in table
            ]
        else:
            rows = [(row.line, row.values) for row in table]
            columns = list(dict.fromkeys(name for _line, item in rows for name in item))
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        raise ImportFileError(
            _("Colonnes obligatoires absentes : %(columns)s.") % {"columns": ", ".join(missing)}
        )
    return columns, rows


# --- Parsing one row ---------------------------------------------------------------------------


def _split(text: str, separator: str) -> list:
    """Split on unescaped separators, keeping the escapes for the next level."""
    parts, buffer, index = [], [], 0
    while index < len(text):
        if text[index] == "\\" and index + 1 < len(text) and text[index + 1] in "\\|:":
            buffer.append(text[index : index + 2])
            index += 2
        elif text.startswith(separator, index):
            parts.append("".join(buffer))
            buffer = []
            index += len(separator)
        else:
            buffer.append(text[index])
            index += 1
    parts.append("".join(buffer))
    return parts


def _unescape(text: str) -> str:
    return re.sub(r"\\([\\|:])", r"\1", text).strip()


class Lookups:
    """Looks terms and choices up by slug, French label or English label."""

    def __init__(self):
        self.terms = {}
        for name, v in VOCABULARIES.items():
            lookup = {}
            for term in v.tag.objects.all():
                for text in (term.slug, term.name, term.name_en):
                    if text:
                        lookup.setdefault(fold(text), term)
            self.terms[name] = lookup
        self.choices = {}
        for name in CHOICE_FIELDS:
            lookup = {}
            for value, label in PracticePage._meta.get_field(name).choices:
                lookup[fold(value)] = value
                for language in ("fr", "en"):
                    with translation.override(language):
                        lookup.setdefault(fold(str(label)), value)
            self.choices[name] = lookup


def _as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool | dict | list):
        raise ValueError(_("une valeur texte est attendue"))
    return str(value).strip()


def _as_list(value) -> list:
    """Items of a list cell: a JSON array as it is, or a text split on unescaped `|` (its
    items keep their escapes, for splitting into parts)."""
    if value is None:
        return []
    if isinstance(value, list):
        return [(item, False) for item in value]
    text = _as_text(value)
    return [(item, True) for item in _split(text, ITEM_SEPARATOR) if item.strip()]


def _list_text(item, escaped: bool) -> str:
    return _unescape(item) if escaped else _as_text(item)


def _parse_item(item, parts: list) -> dict:
    if isinstance(item, dict):
        unknown = set(item) - set(parts)
        if unknown:
            raise ValueError(_("clés inconnues : %(keys)s") % {"keys": ", ".join(sorted(unknown))})
        return {part: _as_text(item.get(part)) for part in parts}
    values = [_unescape(value) for value in _split(_as_text(item), PART_SEPARATOR)]
    if len(values) > len(parts):
        raise ValueError(
            _("« %(item)s » a plus de %(count)s parties séparées par « :: »")
            % {"item": _as_text(item)[:60], "count": len(parts)}
        )
    values += [""] * (len(parts) - len(values))
    return dict(zip(parts, values, strict=True))


def parse_row(raw: dict, lookups: Lookups, base: dict):
    """The state a row asks for (starting from `base`, the card as it is) and the errors.

    A column absent from the file leaves its field as it is; an empty cell empties it."""
    state = dict(base)
    errors = []

    def fail(column, message):
        errors.append((column, str(message)))

    for column, value in raw.items():
        if column not in STATE_FIELDS:
            continue
        try:
            if column in TEXT_FIELDS:
                state[column] = _as_text(value)
            elif column in CHOICE_FIELDS:
                text = _as_text(value)
                choice = lookups.choices[column].get(fold(text)) if text else ""
                if choice is None:
                    fail(column, _("valeur inconnue « %(value)s »") % {"value": text})
                else:
                    state[column] = choice
            elif column in DATE_FIELDS:
                text = _as_text(value)
                state[column] = datetime.date.fromisoformat(text).isoformat() if text else ""
            elif column in INT_FIELDS:
                text = _as_text(value)
                number = int(text) if text else None
                if number is not None and number < 0:
                    raise ValueError
                state[column] = number
            elif column in RICH_FIELDS:
                state[column] = comparable_html(clean_rich_text(_as_text(value)))
            elif column in VOCABULARIES:
                terms, unknown = [], []
                for item, escaped in _as_list(value):
                    text = _list_text(item, escaped)
                    term = lookups.terms[column].get(fold(text))
                    if term is None:
                        unknown.append(text)
                    elif term.slug not in terms:
                        terms.append(term.slug)
                if unknown:
                    fail(
                        column,
                        _("valeur(s) inconnue(s) du vocabulaire : %(values)s")
                        % {"values": ", ".join(f"« {text} »" for text in unknown)},
                    )
                state[column] = terms
            elif column in STRUCTURED_STREAMS:
                parts = STRUCTURED_STREAMS[column][1]
                items = [_parse_item(item, parts) for item, _escaped in _as_list(value)]
                for item in items:
                    if "text" in item:
                        item["text"] = comparable_html(clean_rich_text(item["text"]))
                state[column] = items
            elif column == "checklist":
                state[column] = [_list_text(item, esc) for item, esc in _as_list(value)]
            elif column == "inspired_by":
                keys = [_list_text(item, esc) for item, esc in _as_list(value)]
                state[column] = list(dict.fromkeys(keys))
        except ValueError as error:
            detail = str(error) if str(error) else ""
            if column in DATE_FIELDS:
                detail = _("date attendue au format AAAA-MM-JJ")
            elif column in INT_FIELDS:
                detail = _("nombre entier positif attendu")
            fail(column, detail or _("valeur illisible"))
    if not state.get("department"):
        # The card derives it on save: say so now, or the next import would see a change.
        state["department"] = department_of(state.get("postal_code"), state.get("insee_code"))
    return state, errors


# --- Applying a state to a page ----------------------------------------------------------------


def apply_state(page: PracticePage, state: dict, terms: dict, pages_by_key: dict):
    """Set the page's fields from a state (in memory: nothing is written)."""
    for name in TEXT_FIELDS + CHOICE_FIELDS + RICH_FIELDS:
        setattr(page, name, state[name])
    for name in DATE_FIELDS:
        setattr(page, name, datetime.date.fromisoformat(state[name]) if state[name] else None)
    page.volunteers = state["volunteers"]
    page.draft_title = page.title
    for name, v in VOCABULARIES.items():
        setattr(page, v.items, [v.through(tag=terms[name][slug]) for slug in state[name]])
    for name, (block_name, _parts) in STRUCTURED_STREAMS.items():
        setattr(page, name, _stream(name, block_name, state[name]))
    page.checklist = _stream("checklist", "item", state["checklist"])
    page.inspiration_links = [
        PracticeLineage(source=pages_by_key[key], sort_order=order)
        for order, key in enumerate(state["inspired_by"])
        if key in pages_by_key
    ]


def _stream(name, block_name, values):
    stream_block = PracticePage._meta.get_field(name).stream_block
    return stream_block.to_python([{"type": block_name, "value": value} for value in values])


def canonical(state: dict) -> dict:
    """The state with its rich text as an import would store it, for comparisons."""
    state = dict(state)
    for name in RICH_FIELDS:
        state[name] = comparable_html(clean_rich_text(state[name]))
    state["steps"] = [
        {**step, "text": comparable_html(clean_rich_text(step["text"]))} for step in state["steps"]
    ]
    return state


def validate_page(page: PracticePage, publish: bool) -> list:
    """Field errors (column, message) of a card about to be saved, without touching the
    database: what the model, its stream blocks and the card's rules (PracticePage.card_errors,
    as in the admin) would refuse."""
    errors = []
    content = set(TEXT_FIELDS + CHOICE_FIELDS + RICH_FIELDS + DATE_FIELDS + INT_FIELDS)
    content |= {"title"}
    exclude = [f.name for f in PracticePage._meta.fields if f.name not in content]
    try:
        page.clean_fields(exclude=exclude)
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            errors.extend((name, message) for message in messages)
    for name in [*STRUCTURED_STREAMS, "checklist"]:
        stream_field = PracticePage._meta.get_field(name)
        try:
            stream_field.stream_block.clean(getattr(page, name))
        except ValidationError as error:
            errors.append((name, _stream_error_text(error)))
    for name, messages in page.card_errors(publishing=publish).items():
        errors.extend((name, message) for message in messages)
    return errors


def _stream_error_text(error) -> str:
    """Stream block errors as one French sentence: item numbers (from 1) and messages."""
    data = error.as_json_data() if hasattr(error, "as_json_data") else {}
    parts = []
    for index, child in sorted((data.get("blockErrors") or {}).items(), key=lambda i: int(i[0])):
        messages = []
        for part, part_errors in (child.get("blockErrors") or {}).items():
            messages.extend(f"{part} : {message}" for message in part_errors)
        messages.extend(child.get("messages") or [])
        parts.append(
            _("élément %(number)s : %(messages)s")
            % {"number": int(index) + 1, "messages": "; ".join(messages)}
        )
    return " ; ".join(parts) or "; ".join(error.messages)


# --- Import ------------------------------------------------------------------------------------


def practice_index() -> PracticeIndexPage:
    index = PracticeIndexPage.objects.filter(locale__language_code="fr").order_by("path").first()
    if index is None:
        raise ImportFileError(
            _("Aucune page « Bonnes pratiques » en français : lancez d’abord setup_site.")
        )
    return index


def comparable_state(state: dict) -> dict:
    return {name: state[name] for name in STATE_FIELDS}


def _add_derived_territory(state: dict, terms: dict):
    """The same derivation as a card saved in the admin (PracticePage.derive_territory_types):
    INSEE code and territory types from the commune, before the publishing rule and the
    "unchanged" comparison see the row."""
    located = locate(state["commune"], state["postal_code"], state["insee_code"])
    if not located:
        return
    if not state["insee_code"]:
        state["insee_code"] = located["code"]
    known = terms["territory_types"]
    derived = [t["slug"] for t in located["terms"] if t["slug"] in known]
    density = {slug for slug, term in known.items() if term.kind == TerritoryTypeTerm.Kind.DENSITY}
    merged = merge_derived_territories(state["territory_types"], derived, density)
    # The order card_state() reads them in, so that an unchanged card compares equal.
    state["territory_types"] = sorted(merged, key=lambda s: (known[s].sort_order, known[s].name))


def import_rows(rows, columns, publish=True, dry_run=False, user=None, report=None) -> ImportReport:
    """Validate every row, then create or update the cards of the good ones (French cards, key =
    slug under the practice index). A card gets a new revision only when it changed."""
    report = report or ImportReport()
    report.ignored_columns = [c for c in columns if c not in COLUMNS]
    index = practice_index()
    lookups = Lookups()
    terms = {
        name: {term.slug: term for term in lookup.values()}
        for name, lookup in lookups.terms.items()
    }
    existing = {
        page.slug: page
        for page in PracticePage.objects.child_of(index).prefetch_related(
            *TaggedPage.TAG_PREFETCH, "inspiration_links__source"
        )
    }
    blank = card_state(PracticePage())

    # 1. Parse and validate each row on its own.
    planned = {}  # key -> (row number, state, current page or None, current state or None)
    for number, raw in rows:

        def reject(column, message, number=number):
            report.errors.append(RowError(number, column, message))

        key = _as_text(raw.get("key"))
        language = _as_text(raw.get("language")) or "fr"
        try:
            validate_unicode_slug(key)
        except ValidationError:
            reject("key", _("clé manquante ou invalide (lettres, chiffres, tirets)"))
            continue
        if language != "fr":
            reject("language", _("seules les fiches en français (fr) sont importées"))
            continue
        if key in planned:
            reject("key", _("clé déjà utilisée ligne %(row)s") % {"row": planned[key][0]})
            continue
        page = existing.get(key)
        current = None
        if page is not None:
            page = page.get_latest_revision_as_object()
            current = canonical(card_state(page, key=key))
        state, errors = parse_row(raw, lookups, current or {**blank, "key": key})
        if not errors:
            _add_derived_territory(state, terms)
            candidate = page or PracticePage(slug=key, locale=index.locale)
            apply_state(candidate, state, terms, {})
            errors = validate_page(candidate, publish)
        if errors:
            for column, message in errors:
                reject(column, message)
            continue
        planned[key] = (number, state, page, current)

    # 2. Lineage: a source is an existing card or a good row of the file. Rejecting a row can
    # orphan another one, hence the loop.
    changed = True
    while changed:
        changed = False
        for key, (number, state, _page, _current) in list(planned.items()):
            missing = [k for k in state["inspired_by"] if k not in planned and k not in existing]
            if key in state["inspired_by"]:
                missing.append(key)
            if missing:
                report.errors.append(
                    RowError(
                        number,
                        "inspired_by",
                        _("fiche(s) d’origine introuvable(s) : %(keys)s")
                        % {"keys": ", ".join(missing)},
                    )
                )
                del planned[key]
                changed = True

    # 3. Write (or, for a dry run, only say what would be written).
    outcome = {}
    for key, (_number, state, page, current) in planned.items():
        if page is None:
            outcome[key] = "created"
        elif comparable_state(state) != comparable_state(current) or (
            publish and (not page.live or page.has_unpublished_changes)
        ):
            outcome[key] = "updated"
        else:
            outcome[key] = "unchanged"
    if not dry_run:
        # One transaction for the file: an import killed or crashing half-way leaves none of
        # its cards (never pages without a revision); a card the database refuses is rolled
        # back alone (its savepoint) and reported.
        with transaction.atomic():
            _write(index, planned, outcome, terms, existing, publish, user, report)
    for key, result in outcome.items():
        getattr(report, result).append(key)
    return report


def _write(index, planned, outcome, terms, existing, publish, user, report):
    """Save the planned cards, each in its own savepoint: a card that the database still
    refuses is reported and rolled back, the others go in."""

    def refuse(key, error):
        messages = error.message_dict if hasattr(error, "error_dict") else {"": error.messages}
        for column, texts in messages.items():
            for text in texts:
                report.errors.append(RowError(planned[key][0], column, text))
        del outcome[key]

    pages_by_key = dict(existing)
    # New cards first, so that every lineage link has a page to point to.
    for key, (_number, state, _page, _current) in planned.items():
        if outcome[key] != "created":
            continue
        page = PracticePage(slug=key, live=False, owner=user)
        apply_state(page, {**state, "inspired_by": []}, terms, {})
        try:
            with transaction.atomic():
                index.add_child(instance=page)
        except ValidationError as error:
            refuse(key, error)
            continue
        pages_by_key[key] = page
    for key, (_number, state, page, current) in planned.items():
        result = outcome.get(key)
        if result in (None, "unchanged"):
            continue
        if result == "created":
            page = pages_by_key[key]
        apply_state(page, state, terms, pages_by_key)
        try:
            with transaction.atomic():
                same = current is not None and comparable_state(state) == comparable_state(current)
                revision = page.get_latest_revision() if same else None
                if revision is None:
                    revision = page.save_revision(user=user, log_action=True)
                if publish:
                    revision.publish(user=user)
        except ValidationError as error:
            if result == "created":
                page.delete()  # a half-made card (no revision) would only confuse editors
            refuse(key, error)


def import_file(data, fmt: str | None = None, **options) -> ImportReport:
    """Import a CSV or JSON file (a path, bytes or an upload); the format is read from the
    content unless `fmt` says."""
    report = ImportReport()
    columns, rows = read_rows(data, fmt, report)
    return import_rows(rows, columns, report=report, **options)

"""The one table reader of the importers (places, practice cards): CSV or JSON from a path, bytes or
an upload; encoding, BOM, delimiter, row numbers, a streamed JSON array; and the per-row report.

Rows come one at a time, so an importer can work in batches and keep its memory bounded whatever
the size of the file. A file that cannot be read at all raises TableError (a French message): the
encoding is checked over the whole file before the first row is given, so that a bad byte near the
end never stops an import halfway.
"""

import codecs
import csv
import io
import json
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _

CHUNK = 1 << 16
BOM = codecs.BOM_UTF8
# Delimiters tried on the header line: comma is the standard's; French spreadsheets save with
# semicolons; some exports use tabs.
DELIMITERS = (",", ";", "\t")


class TableError(Exception):
    """The file as a whole cannot be read (encoding, syntax, shape): nothing is imported."""


# --- The per-row report --------------------------------------------------------------------------


@dataclass
class RowIssue:
    line: int
    column: str
    message: str
    warning: bool = False


@dataclass
class RowReport:
    """What happened to each row: rejections (`errors`: the row is left out) and `warnings` (the
    row is kept, something in it was changed or dropped), with the row number as a spreadsheet
    shows it (the header is line 1) or, in JSON, the rank of the object from 1; and `notes` on
    the whole file. Importers subclass it with their own counts."""

    row_label: str = "ligne"
    errors: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def reject(self, line: int, column: str, message: str) -> None:
        self.errors.append(RowIssue(line, column, str(message)))

    def warn(self, line: int, column: str, message: str) -> None:
        self.warnings.append(RowIssue(line, column, str(message), warning=True))

    def note(self, message: str) -> None:
        self.notes.append(str(message))

    @property
    def rejected_lines(self) -> set[int]:
        return {issue.line for issue in self.errors}

    @property
    def rejected(self) -> int:
        return len(self.rejected_lines)

    def describe(self, issue: RowIssue) -> str:
        """ "ligne 4, code_postal : …" (a warning says so)."""
        where = f"{self.row_label} {issue.line}"
        if issue.column:
            where = f"{where}, {issue.column}"
        if issue.warning:
            return _("%(where)s (avertissement) : %(message)s") % {
                "where": where,
                "message": issue.message,
            }
        return f"{where} : {issue.message}"

    def issue_lines(self, listed: int = 20) -> Iterator[str]:
        """Every rejection, in row order, then the warnings: one line per kind of warning with
        the rows it concerns (the first `listed` of them), so that a national file where 5,000
        rows share one warning gives one line, not 5,000."""
        for issue in sorted(self.errors, key=lambda issue: issue.line):
            yield self.describe(issue)
        groups: dict[tuple[str, str], list[int]] = {}
        for issue in self.warnings:
            groups.setdefault((issue.column, issue.message), []).append(issue.line)
        for (column, message), lines in groups.items():
            if len(lines) == 1:
                yield self.describe(RowIssue(lines[0], column, message, warning=True))
                continue
            shown = ", ".join(str(line) for line in sorted(lines)[:listed])
            if len(lines) > listed:
                shown += _(" … (%(n)s en tout)") % {"n": len(lines)}
            else:
                shown += f" ({len(lines)})"
            yield _("%(label)ss %(lines)s, %(column)s (avertissement) : %(message)s") % {
                "label": self.row_label,
                "lines": shown,
                "column": column,
                "message": message,
            }


# --- Opening a file ------------------------------------------------------------------------------


@dataclass
class TableRow:
    line: int
    values: dict[str, Any]


def _binary(source) -> tuple[io.BufferedIOBase, bool]:
    """A seekable binary handle on `source` (path, bytes, or a file object such as an upload),
    and whether we opened it (and so close it)."""
    if isinstance(source, (str, Path)):
        return open(source, "rb"), True  # noqa: SIM115 (closed by Table.close)
    if isinstance(source, (bytes, bytearray)):
        return io.BytesIO(source), True
    handle = source
    if hasattr(handle, "open") and getattr(handle, "closed", False):
        handle.open("rb")  # a Django File/UploadedFile that was closed
    if not (hasattr(handle, "seekable") and handle.seekable()):
        spool = tempfile.SpooledTemporaryFile(max_size=8 * CHUNK)  # noqa: SIM115
        shutil.copyfileobj(handle, spool)
        return spool, True
    handle.seek(0)
    return handle, False


def _check_utf8(handle) -> None:
    """Decode the whole file once, by chunks (memory stays flat): UTF-8, with or without BOM.
    Other encodings (a spreadsheet's "Windows-1252" or Latin-1) are refused rather than guessed:
    a wrong guess would store wrong letters in every name without anyone noticing."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    lines = 1
    while True:
        chunk = handle.read(CHUNK)
        try:
            decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as error:
            position = offset + error.start
            raise TableError(
                _(
                    "Le fichier n’est pas en UTF-8 (octet illisible en position %(pos)s, ligne "
                    "%(line)s) : enregistrez-le au format « CSV UTF-8 » depuis votre tableur."
                )
                % {"pos": position, "line": lines + chunk[: error.start].count(b"\n")}
            ) from error
        if not chunk:
            break
        offset += len(chunk)
        lines += chunk.count(b"\n")
    handle.seek(0)


def _sniff_kind(handle) -> str:
    head = handle.read(CHUNK)
    handle.seek(0)
    text = head.removeprefix(BOM).lstrip()
    return "json" if text[:1] in (b"[", b"{") else "csv"


class Table:
    """An open CSV or JSON table: iterate it for its rows (TableRow), once.

    `kind` is "csv" or "json" (from the content unless `fmt` says), `row_label` the word the
    report uses for a row, `columns` the CSV header (None for JSON, whose objects may differ)."""

    def __init__(self, source, fmt: str | None = None, containers=(), report=None):
        self._binary, self._owned = _binary(source)
        self.report = report
        self.containers = containers
        try:
            self.size = self._binary.seek(0, io.SEEK_END)
            self._binary.seek(0)
            _check_utf8(self._binary)
            self.kind = fmt or _sniff_kind(self._binary)
            if self.kind not in ("csv", "json"):
                raise TableError(_("Format inconnu : %(fmt)s (csv ou json).") % {"fmt": fmt})
            self._text = io.TextIOWrapper(self._binary, encoding="utf-8-sig", newline="")
            self.row_label = "ligne" if self.kind == "csv" else "enregistrement"
            self.columns = self._read_header() if self.kind == "csv" else None
        except BaseException:
            self.close()
            raise
        if report is not None:
            report.row_label = self.row_label

    # -- life cycle
    def close(self):
        if self._owned:
            self._binary.close()
        elif hasattr(self, "_text"):
            self._text.detach()  # leave the caller's file open

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def position(self) -> int:
        """Bytes read so far (a progress display divides it by `size`)."""
        try:
            return min(self._binary.tell(), self.size)
        except (OSError, ValueError):
            return self.size

    def __iter__(self) -> Iterator[TableRow]:
        return self._csv_rows() if self.kind == "csv" else self._json_rows()

    # -- CSV
    def _read_header(self) -> list[str]:
        header_line = self._text.readline()
        self._text.seek(0)
        if not header_line.strip():
            raise TableError(_("Le fichier est vide."))
        self.delimiter = max(DELIMITERS, key=header_line.count)
        if not header_line.count(self.delimiter):
            self.delimiter = ","
        self._csv = csv.reader(self._text, delimiter=self.delimiter, strict=True)
        try:
            columns = [name.strip() for name in next(self._csv)]
        except csv.Error as error:
            raise TableError(_("CSV illisible, ligne 1 : %(error)s") % {"error": error}) from error
        named = [name for name in columns if name]
        doubled = sorted({name for name in named if named.count(name) > 1})
        if doubled:
            raise TableError(
                _("Colonne(s) en double dans l’en-tête : %(columns)s.")
                % {"columns": ", ".join(doubled)}
            )
        return columns

    def _csv_rows(self) -> Iterator[TableRow]:
        columns = self.columns
        width = len(columns)
        number = 1
        try:
            for cells in self._csv:
                number += 1
                if not any(cell.strip() for cell in cells):
                    continue
                surplus = [cell for cell in cells[width:] if cell.strip()]
                surplus += [
                    cell for name, cell in zip(columns, cells, strict=False) if not name and cell
                ]
                if surplus:
                    self._reject(
                        number,
                        _("plus de valeurs que de colonnes (%(n)s de trop)") % {"n": len(surplus)},
                    )
                    continue
                yield TableRow(
                    number, {name: cell for name, cell in zip(columns, cells, strict=False) if name}
                )
        except csv.Error as error:
            raise TableError(
                _("CSV illisible, ligne %(line)s : %(error)s")
                % {"line": number + 1, "error": error}
            ) from error

    # -- JSON
    def _reject(self, line, message):
        if self.report is None:
            raise TableError(
                _("%(label)s %(line)s : %(message)s")
                % {
                    "label": self.row_label.capitalize(),
                    "line": line,
                    "message": message,
                }
            )
        self.report.reject(line, "-", message)

    def _json_rows(self) -> Iterator[TableRow]:
        head = self._text.read(CHUNK)
        start = head.lstrip()[:1]
        # A top-level array is streamed; an object (GeoJSON…) is read whole.
        items = _stream_array(self._text, head) if start == "[" else iter(self._whole_json(head))
        for number, item in enumerate(items, start=1):
            if isinstance(item, _Duplicate):
                self._reject(number, item.message)
            elif not isinstance(item, dict):
                self._reject(number, _("ce n’est pas un objet JSON"))
            else:
                yield TableRow(number, item)

    def _whole_json(self, head: str) -> list:
        """A top-level object: read whole (not streamed), its list found under `containers`."""
        text = head + self._text.read()
        try:
            data = json.loads(text, object_pairs_hook=_pairs)
        except json.JSONDecodeError as error:
            raise _syntax_error(error, 0) from error
        if isinstance(data, dict) and not isinstance(data, _Duplicate):
            for key in self.containers:
                if isinstance(data.get(key), list):
                    return data[key]
        raise TableError(
            _("Le JSON doit être une liste d’objets (un objet par ligne du tableau)%(keys)s.")
            % {
                "keys": _(", ou un objet dont la clé %(keys)s porte cette liste")
                % {"keys": " / ".join(f"« {k} »" for k in self.containers)}
                if self.containers
                else ""
            }
        )


class _Duplicate(dict):
    """An object with a key given twice: rejected as a row, never silently half-read."""

    def __init__(self, key):
        super().__init__()
        self.message = _("clé « %(key)s » en double dans l’objet") % {"key": key}


def _pairs(pairs):
    result = {}
    for key, value in pairs:
        if key in result:
            return _Duplicate(key)
        result[key] = value
    return result


_DECODER = json.JSONDecoder(object_pairs_hook=_pairs)
_SPACE = " \t\r\n"


def _syntax_error(error: json.JSONDecodeError, lines_before: int) -> TableError:
    return TableError(
        _("JSON illisible, ligne %(line)s : %(msg)s")
        % {"line": lines_before + error.lineno, "msg": error.msg}
    )


def _stream_array(handle, buffer: str) -> Iterator[Any]:
    """The items of a top-level JSON array, decoded one at a time from a text stream: only one
    item (and one chunk of text) is in memory at once."""
    position = buffer.index("[") + 1
    lines_before = 0  # newlines in the text already dropped from the buffer, for error messages
    at_end = False
    first = True

    def refill(keep_from):
        nonlocal buffer, position, lines_before, at_end
        more = handle.read(max(CHUNK, len(buffer)))  # doubles for an item larger than a chunk
        at_end = not more
        lines_before += buffer.count("\n", 0, keep_from)
        buffer = buffer[keep_from:] + more
        position = 0

    def skip_space():
        nonlocal position
        while True:
            while position < len(buffer) and buffer[position] in _SPACE:
                position += 1
            if position < len(buffer) or at_end:
                return
            refill(position)

    def finish():
        if (buffer[position + 1 :] + handle.read()).strip():
            raise TableError(_("JSON illisible : du texte suit la fin de la liste."))

    expect_separator = False
    while True:
        skip_space()
        if position >= len(buffer):
            raise TableError(_("JSON illisible : la liste n’est pas fermée (« ] » manque)."))
        char = buffer[position]
        if char == "]" and (expect_separator or first):
            finish()
            return
        if expect_separator:
            if char != ",":
                raise TableError(
                    _("JSON illisible, ligne %(line)s : « , » ou « ] » attendu.")
                    % {"line": lines_before + buffer.count("\n", 0, position) + 1}
                )
            position += 1
            expect_separator = False
            continue
        try:
            item, end = _DECODER.raw_decode(buffer, position)
        except json.JSONDecodeError as error:
            if at_end:
                raise _syntax_error(error, lines_before) from error
            refill(position)  # most often an item cut by the chunk's end
            continue
        if end >= len(buffer) and not at_end and not isinstance(item, (dict, list)):
            refill(position)  # a number or word cut by the chunk's end: read it whole
            continue
        first = False
        expect_separator = True
        yield item
        position = end
        if position > CHUNK:
            lines_before += buffer.count("\n", 0, position)
            buffer = buffer[position:]
            position = 0


def open_table(source, fmt: str | None = None, *, containers=(), report=None) -> Table:
    """Open `source` (a path, bytes, or a file object such as an upload) as a table.

    `fmt` ("csv" or "json") forces the format; by default it is read from the content (a file
    whose first character is "[" or "{" is JSON). `containers` names the keys under which a
    top-level JSON object may hold its list (GeoJSON's "features"). With a `report`, rows that
    cannot be read (an item that is not an object, surplus CSV cells) are rejected there and the
    others come through; without one, they raise TableError."""
    return Table(source, fmt, containers=containers, report=report)

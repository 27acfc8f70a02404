"""Downloads written row by row: CSV and JSON as chunks of text, sent as a streamed response, so an
export of 100,000 rows never sits whole in memory (the rows come from `iterator(chunk_size=…)`)."""

import csv
import json
from collections.abc import Iterable, Iterator

from django.http import StreamingHttpResponse

from core import spreadsheet


class _Echo:
    """A file-like object whose write() returns the line, for csv.writer in a generator."""

    def write(self, value):
        return value


def csv_chunks(header: list[str], rows: Iterable[list]) -> Iterator[str]:
    """The header, then one line per row; every cell goes through the formula rule
    (`core.spreadsheet.neutralise`), the one defence against formula injection."""
    writer = csv.writer(_Echo(), lineterminator="\n")
    yield writer.writerow(header)
    for row in rows:
        yield writer.writerow(
            ["" if cell is None else spreadsheet.neutralise(str(cell)) for cell in row]
        )


def json_array_chunks(
    objects: Iterable, head: str = "[", tail: str = "]", compact: bool = False
) -> Iterator[str]:
    """A JSON array, one object per line and per chunk (`head`/`tail` wrap it, e.g. in a
    FeatureCollection); `compact` drops the spaces after separators (large GeoJSON)."""
    separators = (",", ":") if compact else None
    yield head
    for index, item in enumerate(objects):
        yield (
            ("," if index else "")
            + "\n"
            + json.dumps(item, ensure_ascii=False, separators=separators)
        )
    yield "\n" + tail + "\n"


CONTENT_TYPES = {
    "csv": "text/csv",
    "json": "application/json",
    "geojson": "application/geo+json",
}


def download(chunks: Iterable[str], fmt: str, filename: str) -> StreamingHttpResponse:
    """A streamed attachment `filename.fmt` of the text chunks, in UTF-8."""
    response = StreamingHttpResponse(
        (chunk.encode() for chunk in chunks),
        content_type=f"{CONTENT_TYPES[fmt]}; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response

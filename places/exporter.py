"""Open data out: places as CSV in the v1 standard's columns, or as GeoJSON, streamed row by row so
a large export never sits whole in memory."""

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import date

from django.http import StreamingHttpResponse

from core import spreadsheet
from places import standard

CHUNK = 2000


class _Echo:
    """A file-like object whose write() returns the line, for csv.writer in a generator."""

    def write(self, value):
        return value


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return standard.MULTI_SEPARATOR.join(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def csv_lines(places) -> Iterator[str]:
    """The CSV export; cells a spreadsheet would run as formulas get an apostrophe in front (the
    import removes it). GeoJSON is left as it is: no spreadsheet opens it."""
    writer = csv.writer(_Echo(), lineterminator="\n")
    yield writer.writerow(standard.COLUMNS)
    for place in places.iterator(chunk_size=CHUNK):
        yield writer.writerow(
            [
                spreadsheet.neutralise(_cell(getattr(place, name)))
                for name in standard.COLUMN_FIELDS.values()
            ]
        )


def geojson_chunks(places) -> Iterator[str]:
    """A FeatureCollection; properties use the standard's column names and "|"-joined values, so
    the file reads like the CSV. Actors without coordinates have a null geometry."""
    yield '{"type":"FeatureCollection","features":['
    first = True
    for place in places.iterator(chunk_size=CHUNK):
        geometry = (
            {"type": "Point", "coordinates": [place.longitude, place.latitude]}
            if place.has_position
            else None
        )
        properties = {
            column: _cell(getattr(place, name))
            for column, name in standard.COLUMN_FIELDS.items()
            if column not in ("latitude", "longitude")
        }
        feature = {"type": "Feature", "geometry": geometry, "properties": properties}
        yield ("" if first else ",") + json.dumps(
            feature, ensure_ascii=False, separators=(",", ":")
        )
        first = False
    yield "]}\n"


def export_chunks(places, fmt: str) -> Iterable[str]:
    return csv_lines(places) if fmt == "csv" else geojson_chunks(places)


def streaming_response(places, fmt: str) -> StreamingHttpResponse:
    content_type = "text/csv" if fmt == "csv" else "application/geo+json"
    response = StreamingHttpResponse(
        (chunk.encode() for chunk in export_chunks(places, fmt)),
        content_type=f"{content_type}; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="lieux-mediation-numerique.{fmt}"'
    return response

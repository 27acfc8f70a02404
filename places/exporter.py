"""Open data out: places as CSV in the v1 standard's columns, as JSON (the same columns, lists as
arrays) or as GeoJSON, streamed row by row (`core.downloads`) so a large export never sits whole in
memory. Each format reads back through `manage.py import_places` and the admin import."""

from collections.abc import Iterable, Iterator
from datetime import date

from django.http import StreamingHttpResponse

from core.downloads import csv_chunks, download, json_array_chunks
from places import standard

CHUNK = 2000
FORMATS = ("csv", "json", "geojson")
FILENAME = "lieux-mediation-numerique"


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
    import removes it). JSON and GeoJSON are left as they are: no spreadsheet opens them."""
    return csv_chunks(
        standard.COLUMNS,
        (
            [_cell(getattr(place, name)) for name in standard.COLUMN_FIELDS.values()]
            for place in places.iterator(chunk_size=CHUNK)
        ),
    )


def json_chunks(places) -> Iterator[str]:
    """An array of objects keyed by the standard's columns; multi-valued columns are arrays,
    coordinates numbers, dates ISO (`AAAA-MM-JJ`), empty values null."""

    def record(place):
        item = {}
        for column, name in standard.COLUMN_FIELDS.items():
            value = getattr(place, name)
            if isinstance(value, date):
                value = value.isoformat()
            item[column] = value if value not in ("", None) else None
        return item

    return json_array_chunks(record(place) for place in places.iterator(chunk_size=CHUNK))


def geojson_chunks(places) -> Iterator[str]:
    """A FeatureCollection; properties use the standard's column names and "|"-joined values, so
    the file reads like the CSV. Actors without coordinates have a null geometry."""

    def feature(place):
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
        return {"type": "Feature", "geometry": geometry, "properties": properties}

    return json_array_chunks(
        (feature(place) for place in places.iterator(chunk_size=CHUNK)),
        head='{"type":"FeatureCollection","features":[',
        tail="]}",
        compact=True,
    )


def export_chunks(places, fmt: str) -> Iterable[str]:
    return {"csv": csv_lines, "json": json_chunks, "geojson": geojson_chunks}[fmt](places)


def streaming_response(places, fmt: str) -> StreamingHttpResponse:
    return download(export_chunks(places, fmt), fmt, FILENAME)

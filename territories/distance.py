"""Places around a commune: the shared distance query (core.distance) on the directory's places,
and the same search done in Python for the territory page."""

from core.distance import bounding_box, haversine_km, near
from places.models import Place

RINGS_KM = (10, 20, 40)

__all__ = ["RINGS_KM", "haversine_km", "places_around", "places_near"]


def places_near(lat: float, lon: float, radius_km: float):
    """Places of the directory within `radius_km`, nearest first (attribute `distance`, km)."""
    return near(Place.objects.all(), lat, lon, radius_km)


def places_around(lat: float, lon: float, radius_km: float, fields=("name",)) -> list[dict]:
    """The same places as `places_near`, as plain rows (`pk`, `distance` and `fields`), nearest
    first. The database only reads the indexed bounding box; the exact distance is computed
    here: SQLite calls a Python function for each of the ten math operations of the SQL formula
    on every row of the box (about 15 ms of a territory page for a few hundred places)."""
    min_lat, max_lat, min_lon, max_lon = bounding_box(lat, lon, radius_km)
    rows = Place.objects.filter(
        latitude__gte=min_lat,
        latitude__lte=max_lat,
        longitude__gte=min_lon,
        longitude__lte=max_lon,
    ).values_list("pk", "latitude", "longitude", *fields)
    found = []
    for pk, row_lat, row_lon, *values in rows:
        distance = haversine_km(lat, lon, row_lat, row_lon)
        if distance <= radius_km:
            found.append({"pk": pk, "distance": distance, **dict(zip(fields, values, strict=True))})
    found.sort(key=lambda place: (place["distance"], place["pk"]))
    return found

"""Distances for rows with coordinates: a bounding box on the indexed coordinates first, then the
great-circle (haversine) distance computed by the database, with the same SQL functions on
SQLite (Django registers them) and PostgreSQL. Used by places (`near=`) and territories."""

import math

from django.db.models import F, FloatField, Value
from django.db.models.functions import ASin, Cos, Least, Power, Radians, Sin, Sqrt

EARTH_RADIUS_KM = 6371.0088
KM_PER_DEGREE = math.pi * EARTH_RADIUS_KM / 180  # 111.2 km per degree of latitude


def bounding_box(lat: float, lon: float, km: float) -> tuple[float, float, float, float]:
    """(min lat, max lat, min lon, max lon) of a box holding every point within `km`."""
    dlat = km / KM_PER_DEGREE
    cos_lat = max(math.cos(math.radians(lat)), 0.01)  # no division by zero near the poles
    dlon = min(km / (KM_PER_DEGREE * cos_lat), 180.0)
    return lat - dlat, lat + dlat, lon - dlon, lon + dlon


def haversine_km(lat1, lon1, lat2, lon2) -> float:
    """Great-circle distance in Python (for tests and one-off checks)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def distance_expression(lat: float, lon: float, lat_field="latitude", lon_field="longitude"):
    """The haversine distance in km from (lat, lon) to each row, as a database expression."""
    lat_r = Value(math.radians(lat), output_field=FloatField())
    lon_r = Value(math.radians(lon), output_field=FloatField())
    row_lat = Radians(F(lat_field))
    a = Power(Sin((row_lat - lat_r) / 2), 2) + Value(math.cos(math.radians(lat))) * Cos(
        row_lat
    ) * Power(Sin((Radians(F(lon_field)) - lon_r) / 2), 2)
    # Least(): rounding can push `a` a hair above 1 for antipodes, outside asin's domain.
    return Value(2 * EARTH_RADIUS_KM) * ASin(Least(Value(1.0), Sqrt(a)))


def near(
    queryset, lat: float, lon: float, radius_km: float, lat_field="latitude", lon_field="longitude"
):
    """Rows of `queryset` within `radius_km` of (lat, lon), nearest first, with `distance`."""
    min_lat, max_lat, min_lon, max_lon = bounding_box(lat, lon, radius_km)
    return (
        queryset.filter(
            **{
                f"{lat_field}__gte": min_lat,
                f"{lat_field}__lte": max_lat,
                f"{lon_field}__gte": min_lon,
                f"{lon_field}__lte": max_lon,
            }
        )
        .annotate(distance=distance_expression(lat, lon, lat_field, lon_field))
        .filter(distance__lte=radius_km)
        .order_by("distance", "pk")
    )

"""Places around a commune: the shared distance query (core.distance) on the directory's places."""

from core.distance import haversine_km, near
from places.models import Place

RINGS_KM = (10, 20, 40)

__all__ = ["RINGS_KM", "haversine_km", "places_near"]


def places_near(lat: float, lon: float, radius_km: float):
    """Places of the directory within `radius_km`, nearest first (attribute `distance`, km)."""
    return near(Place.objects.all(), lat, lon, radius_km)

"""Geocoding: a gazetteer compiled from GeoNames data on PyPI, place recognition and joint resolution."""

from __future__ import annotations

from eventwatch.geo.gazetteer import Gazetteer, get_gazetteer
from eventwatch.geo.resolve import Geocoder

__all__ = ["Gazetteer", "Geocoder", "get_gazetteer"]

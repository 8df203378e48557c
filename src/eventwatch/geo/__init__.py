"""Geocoding: a gazetteer compiled from GeoNames data on PyPI, place recognition and joint resolution.

`Gazetteer`, `Geocoder` and `get_gazetteer` are loaded on first use (PEP 562), not on import: the light modules
here (`normalize`, `distance`) are imported by the merge, and importing the package must not pull in the
gazetteer module and numpy for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from eventwatch.geo.gazetteer import Gazetteer, get_gazetteer
    from eventwatch.geo.resolve import Geocoder

__all__ = ["Gazetteer", "Geocoder", "get_gazetteer"]


def __getattr__(name: str) -> Any:
    if name in ("Gazetteer", "get_gazetteer"):
        from eventwatch.geo import gazetteer

        return getattr(gazetteer, name)
    if name == "Geocoder":
        from eventwatch.geo.resolve import Geocoder

        return Geocoder
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

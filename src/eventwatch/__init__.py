"""eventwatch: geocoded, source-attributed political event data from raw news reports."""

from __future__ import annotations

__version__ = "0.1.0"

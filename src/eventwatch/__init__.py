"""eventwatch: geocoded, source-attributed political event data from raw news reports."""

from __future__ import annotations

from eventwatch.api import extract, process
from eventwatch.pipeline import Pipeline
from eventwatch.records import Actor, DateRef, Document, Drop, Event, Evidence, Place, Span
from eventwatch.settings import Settings

__version__ = "0.1.0"
__all__ = [
    "Actor", "DateRef", "Document", "Drop", "Event", "Evidence", "Pipeline", "Place", "Settings", "Span",
    "extract", "process",
]

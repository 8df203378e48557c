"""eventwatch: geocoded, source-attributed political event data from raw news reports.

The names below are loaded from their modules when first asked for (PEP 562 `__getattr__`), not with the package:
`eventwatch run --workers N` starts the fork server its workers are forked from as early as it can
(`runner/forkserver.py`), and every module of the package, the command line's among them, imports the package
first; the API and what it imports (the dates, the stages' modules) cost some 0.17 CPU s there, on the way to the
server's start. `import eventwatch; eventwatch.extract(...)` and `from eventwatch import Settings` work as before.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from eventwatch.api import extract, process
    from eventwatch.pipeline import Pipeline
    from eventwatch.records import Actor, DateRef, Document, Drop, Event, Evidence, Place, Span
    from eventwatch.settings import Settings

__version__ = "0.1.0"
__all__ = [
    "Actor", "DateRef", "Document", "Drop", "Event", "Evidence", "Pipeline", "Place", "Settings", "Span",
    "extract", "process",
]
_HOME = {
    "extract": "api", "process": "api", "Pipeline": "pipeline", "Settings": "settings",
    **{name: "records" for name in ("Actor", "DateRef", "Document", "Drop", "Event", "Evidence", "Place", "Span")},
}


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"eventwatch.{module}"), name)
    globals()[name] = value  # asked once: later look-ups find it as a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})

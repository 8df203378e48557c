"""Event coding in ACLED's taxonomy: what happened in a sentence, who did it to whom, and how many died.

The rules are data (`eventwatch/data/codebook/`); this package applies them. The coder, the actors and the counts
load spaCy, so they are imported when first asked for (PEP 562 `__getattr__`): the taxonomy (`interaction`), the
codebook and the mention records are read without it, as the cluster's driver does when it merges reports.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from eventwatch.events.codebook import CodebookError, load_codebook
from eventwatch.events.mentions import ActorMention, EventMention
from eventwatch.events.taxonomy import interaction, plover_type

if TYPE_CHECKING:
    from eventwatch.events.actors import fill_country, resolve_actor
    from eventwatch.events.coder import EventCoder
    from eventwatch.events.counts import find_fatalities
    from eventwatch.events.crowd import find_size
    from eventwatch.events.number_words import parse_count

_LAZY = {
    "fill_country": "actors", "resolve_actor": "actors", "EventCoder": "coder",
    "find_fatalities": "counts", "find_size": "crowd", "parse_count": "number_words",
}

__all__ = [
    "ActorMention",
    "CodebookError",
    "EventCoder",
    "EventMention",
    "fill_country",
    "find_fatalities",
    "find_size",
    "interaction",
    "load_codebook",
    "parse_count",
    "plover_type",
    "resolve_actor",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"eventwatch.events.{module}"), name)

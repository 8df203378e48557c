"""Event coding in ACLED's taxonomy: what happened in a sentence, who did it to whom, and how many died.

The rules are data (`eventwatch/data/codebook/`); this package applies them.
"""

from __future__ import annotations

from eventwatch.events.actors import fill_country, resolve_actor
from eventwatch.events.codebook import CodebookError, load_codebook
from eventwatch.events.coder import EventCoder
from eventwatch.events.counts import find_fatalities, find_size, parse_count
from eventwatch.events.mentions import ActorMention, EventMention
from eventwatch.events.taxonomy import interaction, plover_type

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

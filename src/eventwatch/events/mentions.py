"""What the coder says about one sentence: event mentions with their actors, before place and date are known.

Actor names may hold the placeholder "{country}" ("Protesters ({country})"); the assembler fills it with the
event's country (see `eventwatch.events.actors.resolve_actor`), because the sentence alone rarely says it.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwatch.records import Span


@dataclass(frozen=True, slots=True)
class ActorMention:
    name: str
    inter: int
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class EventMention:
    event_type: str
    sub_event_type: str
    trigger: Span
    actor1: ActorMention | None
    actor2: ActorMention | None
    assoc_actor_1: str | None
    assoc_actor_2: str | None
    fatalities: int | None
    size: str | None
    civilian_targeting: bool
    confidence: float
    rule: str = ""  # the id of the decisions.toml rule that coded it: the explanation of the coding
    decided_by: str = "rules"  # or "arbiter", "rules and arbiter agree" (see events/arbiter.py)
    remembered: bool = False  # the occurrence an anniversary remembers: background (`EventCoder.remembered`)

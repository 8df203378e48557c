"""What the rules saw and decided, as records: a cue hit, a coding (the rule that fired and on which hits) and a
reading of a text (the rule-side features of the learned arbiter).

Kept apart from the coder so that what reads these records (the arbiter, its training) needs no spaCy.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwatch.events.codebook import Rule


@dataclass(frozen=True, slots=True)
class CueHit:
    group: str
    start: int  # offsets in the sentence text
    end: int


@dataclass(frozen=True, slots=True)
class Coding:
    """The outcome of the rules on one stretch of text: which rule fired and on which hits."""

    rule: Rule
    hits: tuple[CueHit, ...]


@dataclass(frozen=True, slots=True)
class Reading:
    """What the rules saw in a text (cue groups of its lead and of the rest, the relevance gate that fired) and
    what they decided: the rule-side features of the learned arbiter (`events/arbiter.py`)."""

    lead: frozenset[str]
    later: frozenset[str]
    gate: str | None
    coding: Coding | None
    note: bool  # the text is known to report an event (an ACLED note)

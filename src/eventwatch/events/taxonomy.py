"""ACLED taxonomy helpers: PLOVER mapping and the joint interaction code."""

from __future__ import annotations

from eventwatch.events.codebook import load_codebook


def plover_type(event_type: str, sub_event_type: str) -> str:
    """The PLOVER event type for an ACLED (event_type, sub_event_type); "OTHER" for an unknown pair."""
    entry = load_codebook().sub_events.get(sub_event_type)
    if entry is None or entry[0] != event_type:
        return "OTHER"
    return entry[1]


def interaction(inter1: int | None, inter2: int | None) -> int:
    """ACLED's interaction code: the two inter codes, smallest first (1 and 8 -> 18, 7 and 3 -> 37).

    A one-sided event codes the missing actor as 0, so a lone actor of type 6 gives 60; no actors give 0.
    """
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return 0
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]

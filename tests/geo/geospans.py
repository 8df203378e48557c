"""Spans of names in a team-written text, for the geocoder tests that resolve given spans."""

from __future__ import annotations

from collections.abc import Iterable


def spans_in(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """The (start, end) of each name in turn, each found after the one before: a name said twice gives two spans."""
    spans: list[tuple[int, int]] = []
    for name in names:
        start = text.index(name, spans[-1][1] if spans else 0)
        spans.append((start, start + len(name)))
    return spans

"""Spans of names in a team-written text, and their places, for the geocoder tests that resolve given spans."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from eventwatch.geo import Geocoder
from eventwatch.geo.locale import LocaleVotes


def spans_in(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """The (start, end) of each name in turn, each found after the one before: a name said twice gives two spans."""
    spans: list[tuple[int, int]] = []
    for name in names:
        start = text.index(name, spans[-1][1] if spans else 0)
        spans.append((start, start + len(name)))
    return spans


def resolve_names(geocoder: Geocoder, text: str, names: Iterable[str], votes: LocaleVotes | None = None) -> list[Any]:
    """The geocoder's place for each name in turn (`spans_in`), with the report's locale `votes` if given."""
    return geocoder.resolve_spans(text, spans_in(text, names), votes=votes)

"""Arrests told as a day or more after a protest are an arrest of their own (`later_arrests.without_earlier_protest`,
coder115, issue 10). Team-written reports: an arrest with no gap of days stays the protest's intervention."""

from __future__ import annotations

from eventwatch.api import extract


def types(text: str) -> list[str | None]:
    return [e.sub_event_type for e in extract(text, published="2024-03-12")]


def test_arrests_a_day_after_a_march_are_arrests() -> None:
    found = types("ISTANBUL, March 12, 2024 (Wire) -- Police arrested five union leaders at their homes in Bursa on "
                  "Monday, a day after hundreds of dock workers marched to the port authority, the union said.")
    assert found == ["Arrests"]


def test_arrests_that_end_a_blockade_are_its_intervention() -> None:
    found = types("ISTANBUL, March 12, 2024 (Wire) -- Police arrested 20 protesters in Bursa on Monday after they "
                  "blocked the road to the port, the union said.")
    assert found == ["Protest with intervention"]

"""A count in the present perfect from an event told as a clause of its own ("have died since the protests began") is
a running total, as "since 2009" is (`totals.total_since_event`, coder104; read in a story's sentences only).
Team-written sentences; a count in the simple past after such a clause and a perfect with no count keep their
events, and a short text read alone keeps its reading."""

from __future__ import annotations

import pytest
from test_staged import coded  # a story's sentence coded as `staged.py`'s tests code it

from eventwatch.events import EventCoder


@pytest.mark.parametrize("text", [
    "More than 60 people have been wounded in the clashes since the talks collapsed in March.",
    "At least 12 mayors have been killed across the state since the campaign opened last autumn.",
    "Police have arrested 300 people since the talks collapsed.",
])
def test_a_count_since_an_event_is_no_event(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, text) == []


@pytest.mark.parametrize(("text", "sub"), [
    ("Police arrested 12 students in Kisumu on Monday after the talks collapsed.", "Arrests"),
    ("Gunmen killed four farmers in Damboa on Monday, the first killing since the rains began.", "Attack"),
])
def test_the_events_that_stay(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    assert sub in coded(coder, nlp, text)

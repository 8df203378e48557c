"""The irregular past verbs a yearless day is told with ("the panel heard evidence on May 11"), and an
expression widened back over one read before it ("Saturday, the day before Easter" is one expression, not two over
the same words). Sentences are the team's own."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.lexicon import lexicon
from eventwatch.dates.timeml import timexes

REFERENCE = dt.date(2024, 3, 6)  # a Wednesday


def _timexes(text: str, reference: dt.date = REFERENCE) -> list[tuple[str, str, str]]:
    return [(t.span.text, t.type, t.value) for t in timexes(text, reference)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # said in a March report: the day has passed, not the coming May 11 or April 2
        ("The inquiry heard the pilots on May 11.", "2023-05-11"),
        ("The delegation went home on April 2.", "2023-04-02"),
        ("The crew rebuilt the bridge in April.", "2023-04"),
        # a plan keeps looking ahead
        ("The inquiry will hear the pilots on May 11.", "2024-05-11"),
    ],
)
def test_an_irregular_past_verb_keeps_a_yearless_day_behind_the_report(text: str, expected: str) -> None:
    assert [t[2] for t in _timexes(text) if t[1] == "DATE"] == [expected]


def test_past_verbs_are_lower_case_and_not_the_present_too() -> None:
    verbs = lexicon().past_verbs
    assert {"heard", "went", "overcame", "withheld"} <= verbs
    assert not verbs & {"hit", "cut", "set", "put", "read", "spread", "quit", "lay"}
    assert all(v == v.lower() and " " not in v for v in verbs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The march was held on Saturday, the day before Easter.",
         [("Saturday", "2024-03-02"), ("the day before Easter", "2024-03-30")]),
        ("The shops shut on Christmas Eve, the day before Christmas.",
         [("Christmas Eve", "2023-12-24"), ("the day before Christmas", "2023-12-24")]),
    ],
)
def test_an_expression_widened_back_swallows_the_one_it_covers(text: str,
                                                               expected: list[tuple[str, str]]) -> None:
    assert [(t[0], t[2]) for t in _timexes(text)] == expected
    spans = [(d.span.start, d.span.end) for d in find_dates(text, REFERENCE) if d.span is not None]
    assert all(a[1] <= b[0] for a, b in pairwise(spans))


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["Monday", "Friday", "March 3", "Christmas Eve", "Jan. 14"]),
    st.sampled_from(["the day before", "the day after", "the week of"]),
    st.sampled_from(["Easter", "Christmas", "the vote", "March 9", "Thanksgiving"]),
)
def test_expressions_never_overlap(day: str, around: str, what: str) -> None:
    text = f"The rally took place on {day}, {around} {what}, and ended quietly."
    found = timexes(text, REFERENCE)
    assert all(a.span.end <= b.span.start for a, b in pairwise(found))

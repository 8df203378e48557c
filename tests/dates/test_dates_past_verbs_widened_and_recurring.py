"""The irregular past verbs a yearless day is told with ("the panel heard evidence on May 11"), an expression
widened back over one read before it ("Saturday, the day before Easter" is one expression, not two over the same
words), how many times in a unit ("twice a week", TimeML's SET) and one unit said with "-long" and no count ("its
week-long strike", a DURATION). Sentences are the team's own."""

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



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mobile clinic visits the camp twice a week.", ("twice a week", "SET", "P1W")),
        ("Water is trucked in three times a day.", ("three times a day", "SET", "P1D")),
        ("The ferry to the island sails once a month in winter.", ("once a month", "SET", "P1M")),
        ("The council meets four times per year.", ("four times per year", "SET", "P1Y")),
        ("Patrols pass 12 times an hour along the fence.", ("12 times an hour", "SET", "PT1H")),
    ],
)
def test_a_count_of_times_in_a_unit_is_a_recurrence(text: str, expected: tuple[str, str, str]) -> None:
    # TimeML's own example of a SET ("twice a week", value P1W, the count its freq); the count before "a week"
    # made it a rate before, and no expression at all
    assert expected in _timexes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dockers ended their week-long strike on Monday.", ("week-long", "DURATION", "P1W")),
        ("The year-long inquiry reported in May.", ("year-long", "DURATION", "P1Y")),
        ("After a weeklong tour of the camps, the envoy left.", ("weeklong", "DURATION", "P1W")),
        ("Delegates left their second day-long session without a deal.", ("day-long", "DURATION", "P1D")),
        ("The two-month-long siege was lifted.", ("The two-month-long", "DURATION", "P2M")),
    ],
)
def test_a_unit_said_long_without_a_count_is_one_unit(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _timexes(text)


def test_a_unit_then_long_as_two_words_is_no_length() -> None:
    # "long" here says how long ago something was remembered, not how long the day lasted
    assert not [t for t in _timexes("The day long remembered as the worst of the war.") if t[1] == "DURATION"]


def test_an_amount_in_a_unit_stays_a_rate() -> None:
    assert _timexes("Guards earn $300 a month at the depot.") == []
    assert _timexes("The pipeline carries 80,000 barrels a day.") == []

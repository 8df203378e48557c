"""A weekday with its week said after it ("on Tuesday last week", "Friday next week") and two units back ("the week
before last", "the year before last"): against the report, one expression each.

The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.timeml import timexes

REF = dt.date(2012, 3, 14)  # a Wednesday


def timeml(text: str, reference: dt.date = REF) -> list[tuple[str, str]]:
    return [(t.span.text, t.value) for t in timexes(text, reference) if t.type in ("DATE", "TIME")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("On Tuesday last week, militants ambushed a bus.", ("Tuesday last week", "2012-03-06")),
    ("The envoy arrives on Friday next week.", ("Friday next week", "2012-03-23")),
    ("The envoy arrived on Monday this week.", ("Monday this week", "2012-03-12")),
    ("The week before last, rebels shelled the town.", ("The week before last", "2012-W09")),
    ("Rebels shelled the town the month before last.", ("the month before last", "2012-01")),
    ("The year before last was dry.", ("The year before last", "2010")),
])
def test_the_week_said_of_a_weekday_and_two_units_back(sentence: str, expected: tuple[str, str]) -> None:
    assert timeml(sentence)[-1] == expected


@pytest.mark.parametrize(("sentence", "first"), [
    ("Officials said Tuesday last week's attack killed five.", ("Tuesday", "2012-03-13")),  # a possessive
    ("Rebels shelled the town on Tuesday. Last week, they fled.", ("Tuesday", "2012-03-13")),
    ("Rebels shelled the town the week before last Tuesday.", ("the week", "2012-WXX")),  # before a day named
])
def test_the_week_after_a_weekday_only_when_it_qualifies_it(sentence: str, first: tuple[str, str]) -> None:
    assert timeml(sentence)[0] == first


@given(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)),
       st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]))
def test_a_weekday_last_week_is_in_the_iso_week_before_the_report_s(reference: dt.date, weekday: str) -> None:
    day = find_dates(f"Rebels shelled the town on {weekday} last week.", reference)[0].first
    assert day.isocalendar()[:2] == (reference - dt.timedelta(days=7)).isocalendar()[:2]
    assert day.strftime("%A") == weekday

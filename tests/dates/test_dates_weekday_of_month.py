"""A weekday by its place in a month: "the first Sunday of March", "the first Tuesday in November", "the last Friday
of next month" (`units.weekday_of_month`).

The sentences are written for these tests.
"""

from __future__ import annotations

import calendar
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
    ("The vote took place on the first Sunday of March.", ("the first Sunday of March", "2012-03-04")),
    ("The vote is set for the first Tuesday in November.", ("the first Tuesday in November", "2012-11-06")),
    ("Elections are held on the second Sunday of October 2013.",
     ("the second Sunday of October 2013", "2013-10-13")),
    ("The summit ended on the last Friday of January.", ("the last Friday of January", "2012-01-27")),
    ("The vote is set for the last Friday of next month.", ("the last Friday of next month", "2012-04-27")),
])
def test_a_weekday_by_its_place_in_a_month(sentence: str, expected: tuple[str, str]) -> None:
    assert timeml(sentence) == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    # "last Friday" is last week's; a place or a month after "in" does not make it the month's last
    ("The envoys met last Friday in Pretoria.", [("last Friday", "2012-03-09")]),
    ("The envoys met last Friday in May.", [("last Friday", "2012-03-09"), ("May", "2011-05")]),
])
def test_last_weekday_in_a_place_or_month_stays_last_week_s(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(sentence) == expected


@given(st.integers(1990, 2040), st.integers(1, 12), st.integers(0, 6), st.sampled_from(["first", "second", "last"]))
def test_the_day_is_that_weekday_at_that_place(year: int, month: int, weekday: int, ordinal: str) -> None:
    name, month_name = calendar.day_name[weekday], calendar.month_name[month]
    found = find_dates(f"The board met on the {ordinal} {name} of {month_name} {year}.", dt.date(2041, 1, 1))
    assert len(found) == 1
    day = found[0].first
    assert (day.year, day.month, day.weekday()) == (year, month, weekday)
    if ordinal == "first":
        assert day.day <= 7
    elif ordinal == "second":
        assert 8 <= day.day <= 14
    else:
        assert (day + dt.timedelta(days=7)).month != month

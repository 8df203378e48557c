"""A season, month, quarter or part of the year (month) the story named, said "of that year", "of the following
year", "the same year" or "October that year": of the story's year, not the report's.

The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.dates import calendar as cal
from eventwatch.dates import find_dates
from eventwatch.dates.timeml import timexes

REF = dt.date(2012, 3, 14)
BEGAN = "The siege of the town began in 1998. "


def timeml(text: str, reference: dt.date = REF) -> list[tuple[str, str]]:
    return [(t.span.text, t.value) for t in timexes(text, reference) if t.type in ("DATE", "TIME")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("In the summer of that year the rebels fled.", ("the summer of that year", "1998-SU")),
    ("In the winter of that year the rebels fled.", ("the winter of that year", "1998-WI")),
    ("In the autumn of the following year the rebels fled.", ("the autumn of the following year", "1999-FA")),
    ("In the spring of the same year the rebels fled.", ("the spring of the same year", "1998-SP")),
    ("In March of that year the rebels fled.", ("March of that year", "1998-03")),
    ("In March of the previous year the rebels had armed.", ("March of the previous year", "1997-03")),
    ("In April the next year the rebels fled.", ("April the next year", "1999-04")),
    ("At the end of that year the rebels fled.", ("the end of that year", "1998")),
    ("At the end of the following year the rebels fled.", ("the end of the following year", "1999")),
    ("In the first quarter of that year exports fell.", ("the first quarter of that year", "1998-Q1")),
    ("In the first half of the same year exports fell.", ("the first half of the same year", "1998-H1")),
])
def test_a_part_of_the_story_s_year_is_of_that_year(sentence: str, expected: tuple[str, str]) -> None:
    assert timeml(BEGAN + sentence)[-1] == expected


def test_a_part_of_the_story_s_month_is_of_that_month() -> None:
    text = "The siege of the town began in May 2003. By the end of that month, 200 people had fled."
    assert timeml(text)[-1] == ("the end of that month", "2003-05")


def test_a_day_named_sets_the_year_too() -> None:
    text = "The truce was signed on Oct. 24, 2009, and lapsed in April the next year."
    assert timeml(text)[-1] == ("April the next year", "2010-04")


@pytest.mark.parametrize(("sentence", "expected"), [
    # nothing named before: the report's year, as "that year" alone keeps it
    ("In the autumn of the following year the plant will reopen.", ("the autumn of the following year", "2013-FA")),
    ("In March of that year the rebels fled.", ("March of that year", "2012-03")),
    # said of the report's year by its own words: not moved
    ("The war began in 1998. The autumn of last year was wet.", ("The autumn of last year", "2011-FA")),
    # the unit alone keeps `units.referred_unit`'s reading
    ("The war began in 1998. Later that year the rebels fled.", ("Later that year", "1998")),
    ("The war began in 1998. The following year the rebels fled.", ("The following year", "1999")),
])
def test_what_the_rule_leaves_alone(sentence: str, expected: tuple[str, str]) -> None:
    assert timeml(sentence)[-1] == expected


def test_events_get_the_story_s_days() -> None:
    text = "The truce began in April 2022 and formally lapsed in October that year."
    last = find_dates(text, dt.date(2024, 7, 23))[-1]
    assert (last.first, last.last) == (dt.date(2022, 10, 1), dt.date(2022, 10, 31))


@given(st.integers(1950, 2040), st.sampled_from(["spring", "summer", "autumn", "winter"]))
def test_a_season_of_that_year_is_the_named_year_s_whatever_the_report(year: int, season: str) -> None:
    text = f"The siege began in {year}. In the {season} of that year the rebels fled."
    for reference in (dt.date(1999, 1, 3), dt.date(2012, 6, 30), dt.date(2045, 12, 31)):
        assert timeml(text, reference)[-1][1].startswith(f"{year}-")


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), st.integers(-300, 300))
def test_moved_keeps_a_month_s_shape(day: dt.date, months: int) -> None:
    month = cal.month_ref(day.year, day.month)
    moved = cal.moved(month, months)
    assert moved is not None and moved.granularity == "month"
    assert (moved.first.year * 12 + moved.first.month) - (day.year * 12 + day.month) == months
    assert moved.last == cal.month_end(moved.first.year, moved.first.month)


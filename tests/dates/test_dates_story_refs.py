"""Days, weekends, units, months and seasons said of the story's time by their own words ("that Sunday", "the next
Sunday", "the Sunday after", "that weekend", "the week after", "the night before", "the following December"), and a
bare weekday after a story's day (the report's week, as TBAQ's gold reads it).

The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.story_refs import _weekday_from, _weekend_from
from eventwatch.dates.timeml import timexes

REF = dt.date(2012, 3, 20)  # a Tuesday; the story's day below, Friday 10 February 2012, is five weeks before
SIGNED = "The ceasefire was signed on Friday, Feb. 10. "


def timeml(text: str, reference: dt.date = REF) -> list[tuple[str, str]]:
    return [(t.span.text, t.value) for t in timexes(text, reference) if t.type in ("DATE", "TIME")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("That Sunday the rebels shelled the town.", ("That Sunday", "2012-02-12")),
    ("That Sunday night the rebels shelled the town.", ("That Sunday night", "2012-02-12")),
    ("Later that Saturday the rebels fled.", ("that Saturday", "2012-02-11")),
    ("By that Saturday the rebels had fled.", ("that Saturday", "2012-02-11")),
    # a past perfect tells what came before the story's day
    ("That Monday the rebels had shelled the town.", ("That Monday", "2012-02-06")),
    ("The next Sunday the rebels shelled the town.", ("The next Sunday", "2012-02-12")),
    ("The Sunday after, the rebels shelled the town.", ("The Sunday after", "2012-02-12")),
    ("The Tuesday before, the rebels had shelled the town.", ("The Tuesday before", "2012-02-07")),
    ("That weekend the rebels shelled the town.", ("That weekend", "2012-W06-WE")),
    ("The following weekend the rebels shelled the town.", ("The following weekend", "2012-W06-WE")),
    ("The weekend before, the rebels shelled the town.", ("The weekend before", "2012-W05-WE")),
    ("The week after, the rebels left.", ("The week after", "2012-W07")),
    ("The month before, the rebels had left.", ("The month before", "2012-01")),
    ("The night before, the rebels had shelled the town.", ("The night before", "2012-02-09TNI")),
    ("The morning after, the rebels shelled the town.", ("The morning after", "2012-02-11TMO")),
    ("The day after, fighting resumed.", ("The day after", "2012-02-11")),
])
def test_an_expression_that_refers_back_takes_the_story_s_day(sentence: str, expected: tuple[str, str]) -> None:
    assert timeml(SIGNED + sentence)[-1] == expected


def test_a_bare_weekday_after_a_story_s_day_is_the_report_s_week() -> None:
    # TBAQ's gold: 16 of 17 bare weekdays written after a day a week or more before the report are its week
    text = "Rebels seized the dam on May 3. On Wednesday, the two sides met in Geneva."
    assert timeml(text, dt.date(2023, 6, 15))[-1] == ("Wednesday", "2023-06-14")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Officials said that Sunday's vote was fair.", ("Sunday", "2012-03-18")),  # a possessive, the conjunction
    ("The rebels will meet next Sunday.", ("next Sunday", "2012-03-25")),  # no "the": the report's next
])
def test_what_does_not_refer_back_keeps_the_report_s_reading(sentence: str, expected: tuple[str, str]) -> None:
    assert timeml(SIGNED + sentence)[-1] == expected


def test_with_no_day_named_the_postposed_after_names_no_date() -> None:
    # "freed the day after": after something the text does not date, so no date (never the report's next day)
    assert find_dates("The hostages were freed the day after.", REF) == []
    assert [(r.span.text, r.value) for r in find_dates("Two warehouses burned the night before.", REF)
            if r.span] == [("the night before", "2012-03-19")]


def test_the_night_before_a_named_day() -> None:
    text = "The governor visited the port on Tuesday; rioters had burned two warehouses the night before."
    assert timeml(text, dt.date(2021, 6, 16))[-1] == ("the night before", "2021-06-14TNI")


@pytest.mark.parametrize(("text", "expected"), [
    ("The army entered the town in October 2009. That December the rebels fled.", ("That December", "2009-12")),
    ("The army entered the town in October 2009. The following December the rebels fled.",
     ("The following December", "2009-12")),
    ("The army entered the town in October 2009. The next summer the rebels fled.", ("The next summer", "2010-SU")),
    ("The army entered the town in October 2009. The previous spring it had been routed.",
     ("The previous spring", "2009-SP")),
    ("The army entered the town in 2009. That October the rebels fled.", ("That October", "2009-10")),
    ("Sales rose in the following December.", ("the following December", "2012-12")),  # no month named: as read
])
def test_a_month_or_season_refers_back_to_the_month_named(text: str, expected: tuple[str, str]) -> None:
    assert timeml(text)[-1] == expected


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 1)), st.integers(0, 6))
def test_weekdays_from_a_day(day: dt.date, target: int) -> None:
    after = _weekday_from(day, target, 1)
    before = _weekday_from(day, target, -1)
    same = _weekday_from(day, target, 0)
    assert after.weekday() == before.weekday() == same.weekday() == target
    assert 1 <= (after - day).days <= 7 and 1 <= (day - before).days <= 7 and 0 <= (same - day).days <= 6


@given(st.dates(min_value=dt.date(1900, 1, 8), max_value=dt.date(2100, 12, 1)))
def test_weekends_from_a_day(day: dt.date) -> None:
    own, following, previous = (_weekend_from(day, step) for step in (0, 1, -1))
    for weekend in (own, following, previous):
        assert weekend.first.weekday() == 5 and (weekend.last - weekend.first).days == 1
    assert following.first > day and previous.last < day and own.first <= day + dt.timedelta(days=5)
    assert (following.first - day).days <= 7 and (day - previous.last).days <= 7

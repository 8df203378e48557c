""""The past week" as the seven days up to the report, and decades written by two digits without an apostrophe
("the mid-90s", `dates/resolve_relative.py`, `dates/periods.py`).

"The past week", "the last week" and "this past week" count back from the report's day, where "last week" is the
calendar week before it; TimeML gives the ISO week holding most of the seven days. "The mid-90s" and "the late
80s" are parts of a decade only after "the" and a part of it, and not where the clause measures something or
speaks of someone's age. The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.timeml import timeml_mod, to_timeml_value

FRIDAY = dt.date(2013, 3, 15)
MONDAY = dt.date(2013, 3, 11)


def timeml(text: str, reference: dt.date = FRIDAY) -> list[tuple[str, str]]:
    return [(r.span.text if r.span else "", to_timeml_value(r)) for r in find_dates(text, reference, indefinite=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # on a Friday, five of the seven days lie in the report's own week (2013-W11)
        ("Over the past week, militias shelled the ring road every night.", [("the past week", "2013-W11")]),
        ("The miners have been camped outside the ministry for the last week.", [("the last week", "2013-W11")]),
        ("Fuel queues grew longer this past week.", [("this past week", "2013-W11")]),
        # "last week" stays the calendar week before the report's
        ("Fuel queues grew longer last week.", [("last week", "2013-W10")]),
        # a week given by something else is not the seven days up to the report
        ("Turnout collapsed in the last week of February.", [("the last week of February", "2013-W09")]),
    ],
)
def test_the_past_week(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


def test_the_past_week_on_a_monday_is_mostly_the_week_before() -> None:
    assert timeml("In the past week, police detained 40 students.", MONDAY) == [("the past week", "2013-W10")]


def test_the_past_week_for_an_event_covers_the_seven_days_up_to_the_report() -> None:
    (ref,) = find_dates("In the past week, police detained 40 students in the capital.", FRIDAY)
    assert (ref.first, ref.last, ref.time_precision) == (dt.date(2013, 3, 9), FRIDAY, 2)


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.sampled_from(["the past week", "the last week", "this past week"]))
def test_the_past_week_always_ends_on_the_report(reference: dt.date, phrase: str) -> None:
    (ref,) = find_dates(f"Looting spread across the delta over {phrase}.", reference)
    assert ref.last == reference and (ref.last - ref.first).days == 6


@pytest.mark.parametrize(
    ("text", "expected", "mod"),
    [
        ("Remittances peaked in the mid-90s and never recovered.", "199", "MID"),
        ("The dam was planned in the late 80s.", "198", "END"),
        ("The port grew in the early 60s.", "196", "START"),
        ("The port grew in the early '60s.", "196", "START"),
    ],
)
def test_short_decades_with_a_part(text: str, expected: str, mod: str) -> None:
    (ref,) = find_dates(text, FRIDAY, indefinite=True)
    assert (to_timeml_value(ref), timeml_mod(ref)) == (expected, mod)


@pytest.mark.parametrize(
    "text",
    [
        "The former minister, who is in his late 80s, was not charged.",
        "Temperatures in the mid-90s kept the crowds small.",
        "His approval rating fell to the mid-40s.",
        "Both leaders are in their 70s.",
        "The 90s bus route was cut.",
    ],
)
def test_ages_and_measures_are_no_decades(text: str) -> None:
    assert find_dates(text, FRIDAY, indefinite=True) == []


@given(st.integers(min_value=0, max_value=9), st.sampled_from(["early", "mid", "late"]), st.sampled_from(["-", " "]))
def test_short_decade_parser(tens: int, part: str, joiner: str) -> None:
    (ref,) = find_dates(f"Exports doubled in the {part}{joiner}{tens}0s.", FRIDAY, indefinite=True)
    start = (1900 if tens * 10 > 30 else 2000) + tens * 10
    assert start <= ref.first.year and ref.last.year <= start + 9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted from the coming weekday (the report is a Friday: "from Friday" counts from the report's day)
        ("The run-off is a week from Friday.", [("a week from Friday", "2013-03-22")]),
        ("Schools reopen two weeks from Monday.", [("two weeks from Monday", "2013-04-01")]),
        ("The tribunal sits three days from Wednesday.", [("three days from Wednesday", "2013-03-23")]),
        # only days and weeks: "a year from Monday" is no date said, and Monday stays the weekday
        ("The lease ran out a year from Monday, the landlord said.", [("Monday", "2013-03-11")]),
    ],
)
def test_a_count_from_a_weekday(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)), st.integers(1, 6),
       st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]))
def test_weeks_from_a_weekday_parser(reference: dt.date, weeks: int, weekday: str) -> None:
    count = "a" if weeks == 1 else str(weeks)
    (ref,) = find_dates(f"The ceasefire expires {count} week{'s' if weeks > 1 else ''} from {weekday}.", reference)
    assert ref.first.strftime("%A") == weekday
    assert 7 * weeks <= (ref.first - reference).days <= 7 * weeks + 6

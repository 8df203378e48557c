"""TimeML conventions added in the third dates round of issue 12: a day named by what it was ("the fifth day of
the strike"), a month that modifies a noun ("the March accession"), "in five years" said of the future, a
holiday said of the future, and "the morning of <day>".

The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.dates import find_dates
from eventwatch.dates.timeml import to_timeml_value

REF = dt.date(2013, 3, 13)  # a Wednesday


def timeml(text: str, reference: dt.date = REF) -> list[tuple[str, str]]:
    return [(r.span.text if r.span else "", to_timeml_value(r)) for r in find_dates(text, reference, indefinite=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the present tense: the report's day (or the day the clause names)
        ("In the port city, today is the fifth day of the dock strike.",
         [("today", "2013-03-13"), ("the fifth day", "2013-03-13")]),
        ("It's the third day of a sit-in by nurses outside the ministry.", [("the third day", "2013-03-13")]),
        ("Sunday marks the 40th day of the hunger strike.", [("Sunday", "2013-03-10"), ("the 40th day", "2013-03-10")]),
        # the past tense: the day told of before
        ('The treaty was signed on Monday. The envoy said it was "a proud day for both nations."',
         [("Monday", "2013-03-11"), ("a proud day", "2013-03-11")]),
        ("Friday was the day of the final vote.", [("Friday", "2013-03-08"), ("the day", "2013-03-08")]),
    ],
)
def test_a_day_named_by_what_it_was_is_the_day_it_is_said_of(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The envoy said it was a proud day for both nations.",  # the past, and no day told of: which one is unknown
        "The day of the vote was cold and wet.",  # no copula: a day given by an event
        "Farmers asked for a day of rest.",
    ],
)
def test_a_day_named_by_what_it_was_needs_a_copula_and_a_known_day(text: str) -> None:
    assert [span for span, _ in timeml(text) if "day" in span.lower()] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The March accession lets the two states vote at the summit.", [("March", "2013-03")]),
        ("Ministers met before a May deadline set by the court.", [("May", "2013-05")]),
        ("The board called its March meeting off.", [("March", "2013-03")]),
    ],
)
def test_march_and_may_before_a_noun_are_months(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The March organisers asked for a permit.",  # the march's organisers
        "He joined the March for Justice in the capital.",
        "They walked in the March on the parliament.",
    ],
)
def test_march_as_a_name_or_an_event_stays_undated(text: str) -> None:
    assert timeml(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bonds will be repaid in five years.", [("five years", "2018")]),
        ("The talks will resume in two weeks.", [("two weeks", "2013-W13")]),
        ("The bridge should reopen in three days, the council says it will confirm.", [("three days", "2013-03-16")]),
    ],
)
def test_in_a_count_of_units_said_of_the_future_is_that_far_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose 3%, the biggest gain in a year.",  # a length of time, not a date ahead
        "He will be back in a few days.",  # no count said
        "Costs would be lower in a year that brought rain.",
    ],
)
def test_in_a_count_of_units_that_is_no_date_ahead(text: str) -> None:
    assert timeml(text) == []


def test_a_holiday_said_of_the_future_is_the_coming_one() -> None:
    august = dt.date(2013, 8, 20)
    assert timeml("The troops will be home by Christmas.", august) == [("Christmas", "2013-12-25")]
    assert timeml("The troops were home at Christmas.", august) == [("Christmas", "2012-12-25")]


def test_the_morning_of_a_day_is_that_day() -> None:
    # not a second expression, the morning of the report's day
    assert timeml("On the morning of March 4, the ferry left the harbour.") == [("March 4", "2013-03-04")]
    assert timeml("The ferry left on March 4. In the morning, the crew slept.") == [
        ("March 4", "2013-03-04"), ("the morning", "2013-03-04TMO")
    ]


def test_a_plan_told_as_previously_planned_is_not_ahead() -> None:
    assert timeml("The strike began as previously planned on Saturday.") == [("Saturday", "2013-03-09")]
    assert timeml("The strike is planned for Saturday.") == [("Saturday", "2013-03-16")]


def test_the_past_century_is_a_length_of_time() -> None:
    assert timeml("The flood was the worst of the past century.") == []
    assert timeml("Fishing was different in the past.") == [("in the past", "PAST_REF")]

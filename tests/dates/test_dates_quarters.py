"""Quarters in results reports: the quarter a report is about, quarters given by the day they ended, and the
fiscal quarters that do not line up with the calendar.

The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwatch.dates import calendar as cal
from eventwatch.dates import find_dates
from eventwatch.dates.timeml import to_timeml_value

REF = dt.date(2021, 11, 3)  # a Wednesday, after the third quarter closed


def timeml(text: str, reference: dt.date = REF) -> list[tuple[str, str]]:
    return [(r.span.text if r.span else "", to_timeml_value(r)) for r in find_dates(text, reference, indefinite=True)]


def test_a_fiscal_fourth_quarter_reported_is_the_topic_even_if_the_calendar_one_is_not_over() -> None:
    text = (
        "Zenith Foods posted a 20% drop in fourth-quarter profit. It earned $3 million, against $5 million a year "
        "earlier. Sales in the latest period rose 4% from last year's level."
    )
    assert timeml(text) == [
        ("fourth-quarter", "2021-Q4"),
        ("a year earlier", "2020-Q4"),
        ("the latest period", "2021-Q4"),
        ("last year", "2020-Q4"),
    ]


def test_a_passing_future_quarter_does_not_replace_a_completed_topic() -> None:
    text = "Net rose in the third quarter, and the company expects a fourth-quarter charge. The quarter was strong."
    assert timeml(text)[-1] == ("The quarter", "2021-Q3")


def test_a_day_something_ended_on_is_not_after_the_report() -> None:
    # 30 November is after the report (3 November 2021): a quarter that "ended" then is last year's
    assert timeml("In the second quarter ended Nov. 30, the chain lost $2 million.") == [
        ("the second quarter", "2020-Q2"),
        ("Nov. 30", "2020-11-30"),
    ]


def test_that_quarter_follows_the_quarter_given_by_its_end() -> None:
    text = "In the second quarter ended Nov. 30, the chain lost $2 million. Results for that quarter included a charge."
    assert timeml(text)[-1] == ("that quarter", "2020-Q2")


@pytest.mark.parametrize(
    ("end", "expected"),
    [("July 31", "2021-Q2"), ("Aug. 31", "2021-Q3"), ("Sept. 30", "2021-Q3"), ("Jan. 31", "2020-Q4")],
)
def test_the_quarter_ended_is_the_calendar_quarter_holding_most_of_it(end: str, expected: str) -> None:
    found = timeml(f"In the quarter ended {end}, the retailer sold 40 stores.")
    assert found[0] == ("the quarter", expected)


def test_the_quarter_ended_after_a_fiscal_quarter_named_is_that_quarter() -> None:
    text = "Acme earned $4 million in its fiscal first quarter. Sales in the quarter ended Sept. 30 rose 9%."
    assert ("the quarter", "2021-Q1") in timeml(text)


def test_a_numbered_quarter_ended_keeps_its_number() -> None:
    # a fiscal fourth quarter that ended in September is Q4 of that year, not the calendar's third quarter
    assert timeml("Profit fell in its fourth quarter ended Sept. 30.")[0] == ("its fourth quarter", "2021-Q4")


def test_this_years_quarter_is_the_topic_and_last_years_is_not() -> None:
    text = "In this year's third quarter, net was $10 million, against $9 million a year earlier."
    assert timeml(text)[-1] == ("a year earlier", "2020-Q3")
    text = "Net rose in the third quarter. Last year's second quarter was weak. Sales in the quarter rose."
    assert timeml(text)[-1] == ("the quarter", "2021-Q3")


def test_a_fiscal_quarter_named_starts_a_new_topic() -> None:
    # a report on several companies: the second names its own fiscal quarter, which the next sentence follows
    text = "Acme's net rose in the third quarter. Zenith posted a profit for its fiscal second quarter. The latest " \
        "period included a gain."
    assert timeml(text)[-1] == ("The latest period", "2021-Q2")


def test_the_comparable_year_ago_quarter_is_a_year_before_the_topic() -> None:
    text = "Net rose in the third quarter, against a loss in the comparable year-ago quarter."
    assert timeml(text)[-1] == ("the comparable year-ago quarter", "2020-Q3")


def test_a_quarter_in_apposition_names_the_same_quarter() -> None:
    text = (
        "Net rose in the third quarter. In the comparable year-ago quarter, the second quarter ended Nov. 30, "
        "the chain lost money."
    )
    found = timeml(text)
    assert ("the comparable year-ago quarter", "2020-Q2") in found
    assert ("the second quarter", "2020-Q2") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales fell in the fourth quarter of last year.", [("the fourth quarter of last year", "2020-Q4")]),
        ("Output grew in the first half of this year.", [("the first half of this year", "2021-H1")]),
        ("The plant opens in the second quarter of next year.", [("the second quarter of next year", "2022-Q2")]),
        ("Costs rose in the last quarter of the previous year.",
         [("the last quarter of the previous year", "2020-Q4")]),
        # "a year ago" counts back from the quarter just named, now that its year is part of it
        ("Margins widened in the third quarter of this year; a year ago they narrowed.",
         [("the third quarter of this year", "2021-Q3"), ("a year ago", "2020-Q3")]),
    ],
)
def test_a_quarter_of_a_year_named_by_its_relation_is_one_expression(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert timeml(text) == expected


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
       st.sampled_from(["first", "second", "third", "fourth"]),
       st.sampled_from([("last", -1), ("this", 0), ("next", 1), ("the previous", -1), ("the following", 1)]))
def test_generated_quarters_of_a_relative_year(reference: dt.date, ordinal: str, relation: tuple[str, int]) -> None:
    word, step = relation
    number = ["first", "second", "third", "fourth"].index(ordinal) + 1
    (ref,) = find_dates(f"Profit rose in the {ordinal} quarter of {word} year.", reference)
    year = reference.year + step
    assert (ref.first, ref.last) == (dt.date(year, 3 * number - 2, 1), cal.quarter_ref(year, number).last)

"""TimeML conventions of the fifth dates round of issue 12: a generic "today" (`PRESENT_REF`), a year by its last
two digits ("'98"), analysts' quarter and half shorthand ("1Q 2012", "H1 2013") and "a century ago"; with
property tests for the two parsers.

The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.resolve_base import year_number
from eventwatch.dates.timeml import timeml_mod, to_timeml_value

REF = dt.date(2013, 3, 13)  # a Wednesday


def timeml(text: str, reference: dt.date = REF) -> list[tuple[str, str]]:
    return [(r.span.text if r.span else "", to_timeml_value(r)) for r in find_dates(text, reference, indefinite=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the present age, set against another one in the same sentence
        ("Today, more families in the valley own a tractor than ever.", [("Today", "PRESENT_REF")]),
        (
            "Unlike in the 1980s, the port today lives on cruise ships.",
            [("the 1980s", "198"), ("today", "PRESENT_REF")],
        ),
        ("Two generations ago the village had four bakeries; today it has one.", [("today", "PRESENT_REF")]),
        # the report's day: no other age named, or a past form beside "today"
        ("Firefighters contained the blaze today.", [("today", "2013-03-13")]),
        ("Today, the council votes on the budget.", [("Today", "2013-03-13")]),
        ("The mayor said today that turnout was higher than ever.", [("today", "2013-03-13")]),
        ("Rail fares rose today to levels last seen in the 1990s.", [("today", "2013-03-13"), ("the 1990s", "199")]),
    ],
)
def test_a_generic_today_is_the_present_age(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


def test_a_generic_today_keeps_the_reports_day_for_events() -> None:
    """Events never ask for indefinite references: the same sentence dates an event to the report's day."""
    (ref,) = find_dates("Today, more families in the valley own a tractor than ever.", REF)
    assert (ref.first, ref.last, ref.value) == (REF, REF, "2013-03-13")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The floods of '98 are still remembered.", [("'98", "1998")]),
        ("She has coached the team since '05.", [("'05", "2005")]),
        ("In the summer of '76 the reservoir ran dry.", [("the summer of '76", "1976-SU")]),
        ("The strike of March '84 split the union.", [("March '84", "1984-03")]),
        ("The '08 crash hit exporters.", [("'08", "2008")]),
        # a quotation opening on a number, a decade and a percentage are no years
        ("The nurse wrote: '40 beds for 300 patients'.", []),
        ("Fashion of the '70s is back.", [("the '70s", "197")]),
        ("The clinic has been open since '24/7 cover began.", []),
    ],
)
def test_a_year_by_its_last_two_digits(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


def test_a_two_digit_year_is_read_near_the_reports_year() -> None:
    assert timeml("Prices peaked in '25.", dt.date(1989, 10, 27)) == [("'25", "1925")]
    assert timeml("The games are due in '22.", dt.date(2015, 6, 1)) == [("'22", "2022")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Margins widened in 1Q 2012.", [("1Q 2012", "2012-Q1")]),
        ("Orders slowed in 4Q 2011 and in Q1 2012.", [("4Q 2011", "2011-Q4"), ("Q1 2012", "2012-Q1")]),
        ("Guidance for H2 2013 was cut.", [("H2 2013", "2013-H2")]),
        ("The 1H 2012 results beat forecasts.", [("1H 2012", "2012-H1")]),
        # without a year: a visa class, a road, not a half of a year
        ("He entered the country on an H1 visa.", []),
    ],
)
def test_quarter_and_half_shorthand_with_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lighthouse was built a century ago.", [("a century ago", "19")]),
        ("The canal was dug two centuries ago.", [("two centuries ago", "18")]),
        ("The mill closed half a century ago.", []),  # fifty years, which a century does not say
    ],
)
def test_centuries_ago(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


def test_a_century_ago_dates_no_event() -> None:
    assert find_dates("The lighthouse was built a century ago.", REF) == []


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=99), st.integers(min_value=1700, max_value=2100))
def test_two_digit_years_end_in_their_digits_within_a_century_up_to_ten_years_ahead(last_two: int, year: int) -> None:
    value = year_number(f"'{last_two:02d}", dt.date(year, 6, 1))
    assert value % 100 == last_two
    assert year - 90 <= value <= year + 10


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1950, max_value=2090),
    st.integers(min_value=1, max_value=4),
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
)
def test_quarter_shorthand_round_trips(year: int, quarter: int, reference: dt.date) -> None:
    assert timeml(f"Sales in {quarter}Q {year} rose.", reference) == [(f"{quarter}Q {year}", f"{year}-Q{quarter}")]
    half = 1 + quarter % 2
    assert timeml(f"Sales in H{half} {year} rose.", reference) == [(f"H{half} {year}", f"{year}-H{half}")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present copula before a bare day: a schedule, the coming day (REF is a Wednesday)
        ("The referendum is on Sunday.", [("Sunday", "2013-03-17")]),
        ("The final is Saturday, and tickets are sold out.", [("Saturday", "2013-03-16")]),
        ("The deadline for bids is due Friday.", [("Friday", "2013-03-15")]),
        # the past copula, and a possessive day, are not
        ("The referendum was on Sunday.", [("Sunday", "2013-03-10")]),
        ("The focus is on Sunday's referendum.", [("Sunday", "2013-03-10")]),
        ("The union's Sunday rally drew thousands.", [("Sunday", "2013-03-10")]),
    ],
)
def test_a_present_copula_before_a_day_looks_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy landed on Tuesday of last week.", [("Tuesday of last week", "2013-03-05")]),
        ("Hearings resume on Monday of next week.", [("Monday of next week", "2013-03-18")]),
        ("Ballots are counted on Friday of this week.", [("Friday of this week", "2013-03-15")]),
        ("Thousands fled in the winter of 2011-12.", [("the winter of 2011-12", "2011-WI")]),
    ],
)
def test_a_day_of_a_named_week_and_a_winter_across_two_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The lease ends on June 30. Until then, the tenants may stay.",
            [("June 30", "2013-06-30"), ("then", "2013-06-30")],
        ),
        ("The troops leave in 2015. By then the border will be quiet.", [("2015", "2015"), ("then", "2015")]),
        # with no time named before, or "since then" (the stretch since, not a time): nothing
        ("Until then, nobody had heard of the town.", []),
        ("The dam burst in 2004. Since then, the valley has been empty.", [("2004", "2004")]),
    ],
)
def test_until_then_is_the_time_named_last(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


def test_until_then_dates_no_event() -> None:
    assert [
        r.span.text for r in find_dates("The lease ends on June 30. Until then, the tenants may stay.", REF) if r.span
    ] == ["June 30"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Farmers fear for the future of the orchards.", []),
        ("Sales fell, and the future looks grim.", []),
        ("The board hopes to list the shares in the future.", [("in the future", "FUTURE_REF")]),
        ("Fishermen worry about the future and sell their boats.", [("the future", "FUTURE_REF")]),
    ],
)
def test_the_future_of_something_is_its_prospects_not_a_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill opened at the start of the 1990s.", [("the start of the 1990s", "199", "START")]),
        ("Exports slumped at the end of the '80s.", [("the end of the '80s", "198", "END")]),
        ("The canal was dug at the end of the 19th century.", [("the end of the 19th century", "18", "END")]),
        (
            "By the middle of the twentieth century the town had doubled.",
            [("the middle of the twentieth century", "19", "MID")],
        ),
        ("The bypass opened in the autumn of last year.", [("the autumn of last year", "2012-FA", None)]),
        ("Work starts in the spring of next year.", [("the spring of next year", "2014-SP", None)]),
    ],
)
def test_parts_of_decades_and_centuries_and_a_season_of_a_year_named_by_relation(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    found = find_dates(text, REF, indefinite=True)
    assert [(r.span.text if r.span else "", to_timeml_value(r), timeml_mod(r)) for r in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # REF is a Wednesday: the weekend just past is 9-10 March, the coming one 16-17 March
        ("The hosepipe ban lasts through the weekend.", [("the weekend", "2013-W11-WE")]),
        ("Negotiators will keep talking over the weekend.", [("the weekend", "2013-W11-WE")]),
        ("Negotiators kept talking over the weekend.", [("the weekend", "2013-W10-WE")]),
        ("The hosepipe ban lasted through the weekend.", [("the weekend", "2013-W10-WE")]),
    ],
)
def test_the_weekend_follows_the_tense(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected

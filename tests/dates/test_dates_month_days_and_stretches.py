"""A day of a month said by its number alone ("on the 20th"), "this time last year", a month after "since", the
bare "years ago", and the end of a year told of in the past tense (`dates/units.py`, `dates/told.py`,
`dates/resolve_base.py`). The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.dates import find_dates
from eventwatch.dates.timeml import timeml_mod, to_timeml_value

REF = dt.date(2013, 2, 6)  # a Wednesday


def timeml(text: str, reference: dt.date = REF) -> list[tuple[str, str]]:
    return [(r.span.text if r.span else "", to_timeml_value(r)) for r in find_dates(text, reference, indefinite=True)]


def event_values(text: str, reference: dt.date = REF) -> list[str]:
    return [r.value for r in find_dates(text, reference)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the month named close before
        ("The talks opened on March 3, 2012 and collapsed on the 20th.",
         [("March 3, 2012", "2012-03-03"), ("the 20th", "2012-03-20")]),
        ("In October the mayor resigned. His deputy took over on the 14th, after a vote.",
         [("October", "2012-10"), ("the 14th", "2012-10-14")]),
        # none named: the latest such day up to the report, or the next one in a clause about the future
        ("The deal closed on the 20th.", [("the 20th", "2013-01-20")]),
        ("The deal closed on the 2nd.", [("the 2nd", "2013-02-02")]),
        ("The deal will close on the 20th.", [("the 20th", "2013-02-20")]),
        ("On the 20th, gunmen stormed the depot.", [("the 20th", "2013-01-20")]),
        # the month said with it
        ("Payment is due by the 3rd of next month.", [("the 3rd of next month", "2013-03-03")]),
        ("Rents rose on the 1st of last month.", [("the 1st of last month", "2013-01-01")]),
    ],
)
def test_a_day_of_the_month_by_its_number(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He lives on the 20th floor.",
        "They met on the 3rd day of the siege.",
        "The bill passed on the 2nd reading.",
        "Celebrations on the 50th anniversary drew crowds.",
    ],
)
def test_an_ordinal_before_a_noun_is_no_day(text: str) -> None:
    assert timeml(text) == []


def test_a_day_of_the_month_dates_an_event() -> None:
    assert event_values("Rebels took the town on March 2, 2012 and lost it on the 9th.") == ["2012-03-02",
                                                                                          "2012-03-09"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales were up 4% from this time last year.", [("this time last year", "2012-02-06")]),
        ("At the same time a year ago, sales fell.", [("the same time a year ago", "2012-02-06")]),
        ("This time last week the town was quiet.", [("This time last week", "2013-01-30")]),
        ("By this time next month the dam will be full.", [("this time next month", "2013-03-06")]),
    ],
)
def test_this_time_last_year_is_the_reports_day_a_unit_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a starting point is never after the report, though the coming March is nearer
        ("Prices have risen 8% since March.", [("March", "2012-03")]),
        ("He has been held since March 20.", [("March 20", "2012-03-20")]),
        ("The border has been shut since early February.", [("early February", "2013-02")]),
        # elsewhere the nearer month still wins
        ("The vote is set for April.", [("April", "2013-04")]),
    ],
)
def test_a_month_after_since_is_not_after_the_report(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Years ago, the village had four bakeries.", [("Years ago", "PAST_REF")]),
        ("The mill closed decades ago.", [("decades ago", "PAST_REF")]),
        ("The mill closed many years ago.", [("many years ago", "PAST_REF")]),
        # a count is no bare "years ago"
        ("The mill closed two years ago.", [("two years ago", "2011")]),
        ("The mill closed a hundred years ago.", []),
        ("The mill closed 20-odd years ago.", []),
    ],
)
def test_bare_years_ago_is_the_past(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


def test_bare_years_ago_dates_no_event() -> None:
    assert event_values("Years ago, the village had four bakeries.") == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # told of in the past tense: the year named
        ("In 2011 the firm said it would hire 300 people by the end of the year.", "2011"),
        ("The firm said in 2011 that it expected to finish by the end of the year.", "2011"),
        # the present or the future between them: the report's year
        ("In 2011 sales fell; the firm will recover by the end of the year.", "2013"),
        ("In 2011 the firm hired 300 people, and it plans to hire 500 by the end of the year.", "2013"),
        # another sentence: the report's year
        ("The plant opened in 2011. The firm said it would hire 300 people by the end of the year.", "2013"),
    ],
)
def test_the_end_of_the_year_told_of_in_the_past(text: str, year: str) -> None:
    found = find_dates(text, dt.date(2013, 6, 6), indefinite=True)
    end = [r for r in found if r.span is not None and r.span.text == "the end of the year"]
    assert len(end) == 1
    assert to_timeml_value(end[0]) == year
    assert timeml_mod(end[0]) == "END"


def test_the_end_of_a_month_told_of_in_the_past() -> None:
    found = find_dates("In May 2012 the army said it had cleared the road by the end of the month.",
                       dt.date(2013, 6, 6))
    assert [r.value for r in found] == ["2012-05", "2012-05-21/2012-05-31"]


def test_a_hole_or_a_lap_is_no_day() -> None:
    assert timeml("He missed a short putt on the 18th in a round of 68.") == []


@pytest.mark.parametrize(
    ("text", "expected", "mod"),
    [
        ("The firm was founded in the late 1800s.", [("the late 1800s", "18")], "END"),
        ("The mill was built in the 1900s.", [("the 1900s", "19")], None),
        # the 2000s and the 1990s are decades
        ("In the 2000s, growth slowed.", [("the 2000s", "200")], None),
        ("The 1990s were calm.", [("The 1990s", "199")], None),
    ],
)
def test_hundreds_of_years_are_a_century(text: str, expected: list[tuple[str, str]], mod: str | None) -> None:
    assert timeml(text) == expected
    assert timeml_mod(find_dates(text, REF, indefinite=True)[0]) == mod


def test_a_century_dates_no_event_nor_is_it_a_year() -> None:
    assert event_values("The firm was founded in the late 1800s and moved in 1990.") == ["1990"]


def test_a_years_possessive_is_still_the_year() -> None:
    assert event_values("Gambles such as 2002's epic lost money, as did the 1800's mills.") == ["2002"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The election is in two weeks.", [("two weeks", "2013-W08")]),
        ("The talks are in three days.", [("three days", "2013-02-09")]),
        # no copula before the count: a length of time
        ("The biggest gain in two weeks.", []),
        ("The record was set in two years of trading.", []),
    ],
)
def test_a_count_after_a_present_copula_lies_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected

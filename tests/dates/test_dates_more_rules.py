"""Rules added for spoken years, possessives, parts of day, tense cues, fiscal periods and centuries.

The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.dates import find_dates
from eventwatch.dates.timeml import to_timeml_value

REF = dt.date(2021, 1, 5)  # a Tuesday


def values(text: str, reference: dt.date = REF) -> list[tuple[str, str]]:
    return [(r.span.text if r.span else "", r.value) for r in find_dates(text, reference)]


def timeml(text: str, reference: dt.date = REF) -> list[tuple[str, str]]:
    return [(r.span.text if r.span else "", to_timeml_value(r)) for r in find_dates(text, reference, indefinite=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dam burst in nineteen ninety-six after the rains.", [("nineteen ninety-six", "1996")]),
        ("It reopened in January nineteen ninety-seven.", [("January nineteen ninety-seven", "1997-01")]),
        ("Unemployment was to be halved by the year two thousand.", [("the year two thousand", "2000")]),
        ("The army fired two thousand rounds.", []),
        ("Some nineteen hundred people marched.", []),
    ],
)
def test_years_in_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_may_after_a_preposition_is_a_month() -> None:
    assert values("The court will hear the case in May in the capital.") == [("May", "2021-05")]
    assert values("Prices may rise.") == []


def test_possessive_yesterday_and_tomorrow() -> None:
    assert values("Investors cheered yesterday's announcement.") == [("yesterday", "2021-01-04")]
    assert values("Tomorrow's vote matters.") == [("Tomorrow", "2021-01-06")]


def test_weekday_evening_keeps_the_part_of_day_in_timeml() -> None:
    assert timeml("The rally ended Monday evening.") == [("Monday evening", "2021-01-04TEV")]
    assert timeml("Talks broke off at noon Monday.") == [("noon Monday", "2021-01-04T12:00")]
    assert timeml("Shots were heard Monday night.") == [("Monday night", "2021-01-04")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The two leaders meet separately Monday with the envoy.", "2021-01-11"),
        ("The talks, set to resume Monday, were in doubt.", "2021-01-11"),
        ("Officials postponed until Monday any action on the permit.", "2021-01-11"),
        ("On Monday, the league plans to hold a news conference.", "2021-01-11"),
        ("On Monday, the league planned to hold a news conference.", "2021-01-04"),
        ("Until Monday, they had not named a suspect.", "2021-01-04"),
        ("The offer had been due to expire Monday evening.", "2021-01-04"),
        ("The minister met the envoy Monday.", "2021-01-04"),
    ],
)
def test_tense_cues_for_a_bare_weekday(text: str, value: str) -> None:
    assert [v for _, v in values(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Net sales for this year's third quarter fell.", "1989-Q3"),
        ("The spin-off could be effective in next year's first quarter.", "1990-Q1"),
        ("In the year-ago third quarter it earned $2 million.", "1988-Q3"),
        ("Output in the first two quarters of 1990 will be lower.", "1990-H1"),
        ("Sales should recover in the last half of 1989.", "1989-H2"),
        ("Profit fell last quarter.", "1989-Q3"),
    ],
)
def test_quarters_and_halves(text: str, value: str) -> None:
    assert [v for _, v in timeml(text, dt.date(1989, 10, 26))] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Demand was weak over the summer.", "1989-SU"),
        ("Orders rose from the low levels of the early summer.", "1989-SU"),
        ("Prices may fall sharply.", None),
        ("The deal should close by year-end.", "1989-12-31"),
        ("The index is down 4% since year-end.", "1988-12-31"),
        ("Shares were sold at the end of the year.", "1989"),
        ("Sales for the full year rose 13%.", "1989"),
        ("Earnings will be lower for the fiscal year.", "1989"),
        ("It accounted for a quarter of sales in the latest fiscal year.", "1988"),
        ("Prices should ease in the near future.", "FUTURE_REF"),
        ("Rates have fallen in the last few months.", "PAST_REF"),
    ],
)
def test_seasons_fiscal_years_and_vague_phrases(text: str, value: str | None) -> None:
    assert [v for _, v in timeml(text, dt.date(1989, 10, 26))] == ([value] if value else [])


def test_earlier_this_month_on_its_first_day_is_the_month() -> None:
    assert values("Earlier this month, the group made a bid.", dt.date(1989, 11, 1)) == [
        ("Earlier this month", "1989-11")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mr. Smith, 52 years old, will succeed Daniel P. Jones Feb. 1, the bank said.", "1990-02-01"),
        ("The new pact is effective June 1.", "1990-06-01"),
        ("The company must pay down the loan by February.", "1990-02"),
        ("Sites may be visited as laid down by the Feb. 23 accord.", "1989-02-23"),
        ('"We will focus on our core businesses," Mr. Gerstner said Friday.', "1989-10-20"),
        ("The agency ordered the boy returned by Oct. 20.", "1989-10-20"),
        ("It was the best market of the last half of the '80s.", "198"),
    ],
)
def test_deadlines_quotes_and_initials(text: str, value: str) -> None:
    assert [v for _, v in timeml(text, dt.date(1989, 10, 26))] == [value]


def test_decade_in_words_and_previous_weekday() -> None:
    assert timeml("Membership kept dropping through the nineties.") == [("the nineties", "199")]
    found = timeml("The index closed Friday down 4.5% from the previous Friday.", dt.date(1989, 10, 30))
    assert found == [("Friday", "1989-10-27"), ("previous Friday", "1989-10-20")]


def test_quarter_century_is_not_a_quarter() -> None:
    assert timeml("Unemployment stayed just above its quarter-century low.", dt.date(1998, 2, 6)) == []


@pytest.mark.parametrize(
    "text",
    [
        "She was arrested at this march in each of the last three years.",  # a march, not March
        "He founded a venture called Orion 1980 that builds satellites.",  # a number in a name
        "The firm wants to hire the engineers of tomorrow.",  # the future in general
        "The case speaks to today's youth more than to their parents.",  # the present age
        "Chips of this kind run most of today's personal computers.",
    ],
)
def test_words_that_look_like_dates_but_are_not(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The offer, printed in today's editions, expires soon.", [("today", "2021-01-05")]),
        ("Protesters will gather this March in the capital.", [("this March", "2021-03")]),
        ("Since 1980 the firm has grown.", [("1980", "1980")]),
        ("Orders fell, the company said in October 1980.", [("October 1980", "1980-10")]),
        ("The report, published Monday, covers 1999 and 2000.", [("Monday", "2021-01-04"), ("1999", "1999"),
                                                                 ("2000", "2000")]),
    ],
)
def test_the_same_words_as_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The post-1959 exodus split families.", [("1959", "1959")]),
        ("Its pre-1990 debts were forgiven.", [("1990", "1990")]),
        ("The MiG-1999 prototype never flew.", []),  # a name
    ],
)
def test_years_after_pre_and_post(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_a_festival_before_a_year_keeps_the_year() -> None:
    assert values("Clashes broke out during Ramadan 2019 in the north.") == [("2019", "2019")]

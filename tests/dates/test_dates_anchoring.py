"""Expressions that refer back to another one (the quarter a report is about, "that day", "the week of ...")
and the rules that keep names and event-relative phrases from being read as dates.

The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.dates import find_dates
from eventwatch.dates.timeml import to_timeml_value

REF = dt.date(2021, 11, 3)  # a Wednesday, after the third quarter closed


def values(text: str, reference: dt.date = REF) -> list[tuple[str, str]]:
    return [(r.span.text if r.span else "", r.value) for r in find_dates(text, reference)]


def timeml(text: str, reference: dt.date = REF) -> list[tuple[str, str]]:
    return [(r.span.text if r.span else "", to_timeml_value(r)) for r in find_dates(text, reference, indefinite=True)]


def test_the_quarter_is_the_fiscal_quarter_named_before() -> None:
    text = (
        "Acme earned $4 million in the fiscal first quarter. Sales in the quarter rose 9%; in the 2020 period "
        "the company lost money."
    )
    assert timeml(text) == [
        ("the fiscal first quarter", "2021-Q1"),
        ("the quarter", "2021-Q1"),
        ("the 2020 period", "2020-Q1"),
    ]


def test_a_passing_mention_of_another_quarter_does_not_change_the_topic() -> None:
    text = (
        "Net rose in the third quarter. After a flat second quarter, margins improved, and the company expects "
        "a fourth-quarter charge. Sales in the latest quarter were $2 billion, up from a year earlier."
    )
    found = timeml(text)
    assert ("the latest quarter", "2021-Q3") in found
    assert ("a year earlier", "2020-Q3") in found


def test_after_the_nine_months_a_year_earlier_is_the_year() -> None:
    text = (
        "Net rose in the third quarter. For the nine months, profit was $9 million, against $7 million a year earlier."
    )
    assert timeml(text)[-1] == ("a year earlier", "2020")


def test_the_quarter_a_year_ago_is_one_expression() -> None:
    assert timeml("Profit doubled from the quarter a year ago.") == [("the quarter a year ago", "2020-Q3")]


def test_that_day_is_the_day_named_before() -> None:
    text = "The strike began on Oct. 12. Later that day, police arrested 40 workers, and the next day 12 more."
    assert values(text) == [("Oct. 12", "2021-10-12"), ("Later that day", "2021-10-12"), ("the next day", "2021-10-13")]


def test_that_day_without_a_day_before_it_is_generic() -> None:
    assert values("Traders who sold that day lost money.") == []


def test_the_same_day_after_a_month_is_a_day_of_that_month() -> None:
    text = "On Oct. 2 the mayor spoke. The mill closed last August, and its owner left town that same day."
    found = find_dates(text, REF, indefinite=True)
    assert [(r.span.text if r.span else "", r.value) for r in found][-1] == ("that same day", "2021-08")
    assert to_timeml_value(found[-1]) == "2021-08-XX"


def test_a_bare_that_day_after_a_month_stays_generic() -> None:
    assert values("Last month, prices fell; investors who sold that day lost money.") == [("Last month", "2021-10")]


def test_the_day_before_and_the_week_of() -> None:
    assert values("The day before last Tuesday's hearing, lawyers met.") == [
        ("The day before last Tuesday", "2021-11-01")
    ]
    assert values("A hearing is set for the week of March 6, 2022.") == [("the week of March 6, 2022", "2022-W09")]


def test_days_before_an_event_are_not_days_before_the_report() -> None:
    assert values("A jogger saw the car ten days before the shooting.") == []
    assert values("The talks had collapsed two days before.") == [("two days before", "2021-11-01")]


def test_a_clock_time_takes_the_day_named_after_it() -> None:
    """... and is one expression with it, as TimeML marks "10 p.m. Wednesday" up, unless a parenthesis (a time
    of its own) comes between; the day is still the one a later "that day" refers back to."""
    text = "The blast came at about 10:35 a.m. (0735 GMT) Friday, officials said."
    assert [value for _, value in timeml(text)] == ["2021-10-29T10:35", "2021-10-29"]
    text = "The blast came at about 10:35 a.m. Friday, officials said."
    assert timeml(text) == [("about 10:35 a.m. Friday", "2021-10-29T10:35")]
    text = "Sirens sounded at 6 p.m. local time on Friday. Later that day, the roads were shut."
    assert timeml(text) == [("6 p.m. local time on Friday", "2021-10-29T18:00"), ("Later that day", "2021-10-29")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dealers placed orders in the morning.", [("the morning", "2021-11-03TMO")]),
        ("By mid-afternoon, shares had fallen.", [("mid-afternoon", "2021-11-03TAF")]),
        ("The convoy will leave at 4 in the morning.", [("4 in the morning", "2021-11-03T04:00")]),
    ],
)
def test_parts_of_the_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'The minister spoke on ABC\'s "This Week" about the talks.',
        "The poster showed Gary Cooper in High Noon.",
        "She told USA Today that she would run.",
    ],
)
def test_capitalised_time_words_in_mid_sentence_are_names(text: str) -> None:
    assert values(text) == []


def test_sentence_initial_capital_is_still_a_date() -> None:
    assert values("Today, the union met. This week it marches.")[0] == ("Today", "2021-11-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The investigation in the past year widened.", [("the past year", "2020")]),
        ("The then current price was lower.", [("then current", "PAST_REF")]),
        ("The mill closed several years ago.", [("several years ago", "PAST_REF")]),
    ],
)
def test_vague_and_unit_phrases(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


def test_last_month_and_day_is_read_as_the_date() -> None:
    assert values("He was last seen last Oct. 23 in the capital.", dt.date(2022, 4, 19)) == [("Oct. 23", "2021-10-23")]


def test_past_perfect_plans_are_over() -> None:
    # reported on Wednesday 3 November: the offer "had been scheduled to expire" on the Friday before
    assert values("The offer had been scheduled to expire at midnight Friday.") == [("midnight Friday", "2021-10-29")]
    assert values("The offer is scheduled to expire at midnight Friday.") == [("midnight Friday", "2021-11-05")]


def test_a_bare_month_looks_back_up_to_three_times_as_far_as_ahead() -> None:
    assert values("In January, the company hired a new chief.", dt.date(2021, 10, 25)) == [("January", "2021-01")]
    assert values("In February, the company hired a new chief.", dt.date(2021, 10, 30)) == [("February", "2021-02")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The summit meets on April 24 and 25.", [("April 24", "2022-04-24"), ("25", "2022-04-25")]),
        ("Polls open Oct. 30 and 31, officials said.", [("Oct. 30", "2021-10-30"), ("31", "2021-10-31")]),
        ("Rain fell on May 5 and 6 people died.", [("May 5", "2021-05-05")]),
        ("Sales on June 3 and 4.5% of orders...", [("June 3", "2021-06-03")]),
        ("On June 9 and 3 others were hurt.", [("June 9", "2021-06-09")]),
    ],
)
def test_a_second_day_of_the_same_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_an_opening_now_with_a_comma_is_a_discourse_marker() -> None:
    assert timeml("Now, the question is who pays.") == []
    assert timeml("Now the rebels hold the town.") == [("Now", "PRESENT_REF")]
    assert timeml("The rebels now hold the town.") == [("now", "PRESENT_REF")]


def test_overnight_names_no_day_to_refer_back_to() -> None:
    text = "Shares closed on Friday, hit by overnight losses in Tokyo, down 2% from the previous Friday."
    found = values(text, dt.date(2021, 11, 8))  # a Monday
    assert found[0] == ("Friday", "2021-11-05")
    assert found[-1] == ("previous Friday", "2021-10-29")


def test_the_day_in_apposition_is_the_day_just_named() -> None:
    text = "Shares peaked on Oct. 12, the day before the crash, and the day belonged to the bulls."
    assert values(text) == [("Oct. 12", "2021-10-12"), ("the day", "2021-10-12")]
    assert values("It was, the day before the vote, quiet.") == []


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # the month just ended, in the report's year, would be "last month": "last <that month>" is a year before
        ("The ferry sank last October, the coastguard said.", dt.date(2021, 11, 3), [("last October", "2020-10")]),
        # an earlier month of the same year is this year's
        ("The ferry sank last August, the coastguard said.", dt.date(2021, 11, 3), [("last August", "2021-08")]),
        # across the new year "last December" is the one just ended, last year's
        ("The ferry sank last December, the coastguard said.", dt.date(2022, 1, 12), [("last December", "2021-12")]),
        # the report's own month named with "last" is a year before, as before
        ("The ferry sank last November, the coastguard said.", dt.date(2021, 11, 3), [("last November", "2020-11")]),
    ],
)
def test_last_month_name_skips_the_month_just_ended(
    text: str, reference: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert values(text, reference) == expected

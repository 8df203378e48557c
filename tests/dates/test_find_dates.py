"""Detection and normalisation of single time expressions in sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.dates import find_dates

REF = dt.date(2021, 1, 5)  # a Tuesday


def only(text: str, reference: dt.date | None = REF) -> tuple[str, str, str]:
    found = find_dates(text, reference)
    assert len(found) == 1, [(r.span.text if r.span else None, r.value) for r in found]
    ref = found[0]
    assert ref.span is not None
    return ref.span.text, ref.value, ref.granularity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A drone raid on January 3, 2020, took his life.", ("January 3, 2020", "2020-01-03", "day")),
        ("The march took place on 3 Jan in the capital.", ("3 Jan", "2021-01-03", "day")),
        ("Posters were burned on 31 Dec in the north.", ("31 Dec", "2020-12-31", "day")),
        ("The file is dated 2021-01-05 in the archive.", ("2021-01-05", "2021-01-05", "day")),
        ("Talks resumed on Jan 2, 2021 in Vienna.", ("Jan 2, 2021", "2021-01-02", "day")),
        ("The crackdown of November 2019 killed many.", ("November 2019", "2019-11", "month")),
        ("The protests went on throughout 2020 in many towns.", ("2020", "2020", "year")),
        ("Clashes broke out yesterday near the bazaar.", ("yesterday", "2021-01-04", "day")),
        ("Clashes broke out last Friday near the bazaar.", ("last Friday", "2021-01-01", "day")),
        ("The strike started two days ago in the port.", ("two days ago", "2021-01-03", "day")),
        ("Students were arrested earlier this month.", ("earlier this month", "2021-01-01/2021-01-05", "range")),
        ("The ceasefire was signed a year ago in Doha.", ("a year ago", "2020", "year")),
        ("Workers rallied between 2 and 4 January in the south.",
         ("between 2 and 4 January", "2021-01-02/2021-01-04", "range")),
        ("The sit-in lasted from 1-2 March 2020 in the square.",
         ("from 1-2 March 2020", "2020-03-01/2020-03-02", "range")),
        ("Fuel prices rose sharply in late November.", ("late November", "2020-11-21/2020-11-30", "range")),
        ("Protests spread last week to the oil fields.", ("last week", "2020-W53", "week")),
        ("Elections are due in the summer of 2021.", ("the summer of 2021", "2021-06-01/2021-08-31", "season")),
        ("Inflation doubled in the 1990s.", ("the 1990s", "199X", "decade")),
    ],
)
def test_expressions(text: str, expected: tuple[str, str, str]) -> None:
    assert only(text) == expected


def test_in_recent_days_is_the_week_before_the_reference() -> None:
    ref = find_dates("In recent days, people torched images of the commander.", REF)[0]
    assert ref.granularity == "range"
    assert (ref.first, ref.last) == (dt.date(2020, 12, 30), REF)


def test_bare_weekday_is_the_most_recent_one() -> None:
    assert only("Protesters gathered on Sunday in the square.")[1] == "2021-01-03"
    assert only("Protesters gathered on Tuesday in the square.")[1] == "2021-01-05"  # the report's own day


def test_weekday_in_the_future_tense_looks_ahead() -> None:
    assert only("The union will strike on Friday, its leader said.")[1] == "2021-01-08"
    assert only("Talks are expected to resume next Monday.")[1] == "2021-01-11"


def test_month_without_year_takes_the_nearest_past_one() -> None:
    assert only("Prices rose in December after the cut.")[1] == "2020-12"
    assert only("Prices rose in December after the cut.", dt.date(2021, 12, 20))[1] == "2021-12"


def test_day_month_wraps_to_the_previous_year() -> None:
    assert only("Banners burned on Dec. 30 in Rasht.")[1] == "2020-12-30"


@pytest.mark.parametrize(
    "text",
    [
        "Security forces killed over 1,500 protesters.",
        "728 x 90",
        "The airline's flight PS752 was downed near the capital.",
        "Some 2000 people marched to the ministry.",
        "The bill passed by 120 votes to 45.",
        "Call 555-1234 for details.",
        "Officials may decide to march on.",
    ],
)
def test_numbers_that_are_not_dates(text: str) -> None:
    assert find_dates(text, REF) == []


def test_without_reference_relative_expressions_are_skipped() -> None:
    found = find_dates("Yesterday and on 3 Jan and on January 3, 2020 and in 2019, crowds gathered.", None)
    assert [r.value for r in found] == ["2020-01-03", "2019"]


def test_results_are_sorted_and_spans_index_the_text() -> None:
    text = "On 2 January, a day after protests began on 1 January 2021, officials met. Two days ago more came."
    found = find_dates(text, REF)
    starts = [r.span.start for r in found if r.span]
    assert starts == sorted(starts)
    assert all(r.span and text[r.span.start : r.span.end] == r.span.text for r in found)
    assert [r.value for r in found] == ["2021-01-02", "2021-01-01", "2021-01-03"]


def test_indefinite_expressions_only_on_request() -> None:
    text = "In the future, the council said, such rallies will be banned."
    assert find_dates(text, REF) == []
    assert [r.span.text for r in find_dates(text, REF, indefinite=True) if r.span] == ["In the future"]


def test_quarter_and_year_ago_in_a_financial_sentence() -> None:
    text = "Profit in the third quarter rose to $5 million from $3 million a year ago."
    found = find_dates(text, dt.date(1989, 10, 26))
    assert [(r.span.text if r.span else "", r.value) for r in found] == [
        ("the third quarter", "1989-07-01/1989-09-30"),
        ("a year ago", "1988-07-01/1988-09-30"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first number above 12 cannot be a month: the day comes first
        ("The sit-in began on 17/09/2019 outside the ministry.", ["2019-09-17"]),
        # ... and then every numeric date of the text is read day first
        ("Rallies on 21/05/2018 and 06/07/2018 were dispersed.", ["2018-05-21", "2018-07-06"]),
        # with nothing to show otherwise, month first, as US news writes it
        ("The ballot on 6/7/2018 was delayed.", ["2018-06-07"]),
        ("Filed 11/30/2017 in county court.", ["2017-11-30"]),
        # dots are written day first
        ("The sit-in began on 05.09.2019 outside the ministry.", ["2019-09-05"]),
        ("Curfew ended 31.12.2019.", ["2019-12-31"]),
    ],
)
def test_numeric_dates_day_or_month_first(text: str, expected: list[str]) -> None:
    assert [r.value for r in find_dates(text, REF)] == expected

"""A day of the month and a season said of the time the story named: "the 20th of that month", "the 3rd of the
following month", "that Summer", "that fall", "the same summer" (`units.day_of_named_month`, `of_story`,
`detect`, `periods.that_fall`, `story_refs.story_month`).

The sentences are written for these tests; the report is dated 14 March 2013 unless a test says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.timeml import timexes

REF = dt.date(2013, 3, 14)
STALLED = "Talks stalled in June 2011. "


def timeml(text: str, reference: dt.date = REF) -> list[tuple[str, str]]:
    return [(t.span.text, t.value) for t in timexes(text, reference) if t.type in ("DATE", "TIME")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the latest 20th up to a March report is February's: moved by the months from March to June, it was May 20
    ("They resumed on the 20th of that month.", ("the 20th of that month", "2011-06-20")),
    ("They resumed on the 20th of the same month.", ("the 20th of the same month", "2011-06-20")),
    ("They resumed on the 3rd of that month.", ("the 3rd of that month", "2011-06-03")),
    # a month counted from the one named; it was "the following month" alone, the day lost
    ("They resumed on the 3rd of the following month.", ("the 3rd of the following month", "2011-07-03")),
    ("They resumed on the 20th of the next month.", ("the 20th of the next month", "2011-07-20")),
    ("They had met on the 20th of the previous month.", ("the 20th of the previous month", "2011-05-20")),
    ("They had met on the 20th of the preceding month.", ("the 20th of the preceding month", "2011-05-20")),
    # neighbours that were right already and stay so
    ("They resumed on the 20th.", ("the 20th", "2011-06-20")),
    ("Later that month they resumed.", ("Later that month", "2011-06")),
    ("At the end of that month they resumed.", ("the end of that month", "2011-06")),
])
def test_a_day_of_the_month_named_is_of_that_month(sentence: str, expected: tuple[str, str]) -> None:
    assert timeml(STALLED + sentence)[-1] == expected


def test_a_day_named_gives_its_month_too() -> None:
    text = "The talks opened on June 3, 2011. They resumed on the 20th of the following month."
    assert timeml(text)[-1] == ("the 20th of the following month", "2011-07-20")


def test_the_following_month_crosses_the_year() -> None:
    text = "Talks stalled in December 2011. They resumed on the 3rd of the following month."
    assert timeml(text)[-1] == ("the 3rd of the following month", "2012-01-03")


@pytest.mark.parametrize(("sentence", "expected"), [
    # with no month named before: "the following month" is the report's next, "of this / next month" as said
    ("The talks resume on the 3rd of the following month.", ("the 3rd of the following month", "2013-04-03")),
    ("The talks resumed on the 20th of the previous month.", ("the 20th of the previous month", "2013-02-20")),
    ("The talks resume on the 20th of next month.", ("the 20th of next month", "2013-04-20")),
])
def test_with_no_month_named_the_month_is_counted_from_the_report(sentence: str, expected: tuple[str, str]) -> None:
    assert timeml(sentence) == [expected]


@given(st.integers(1990, 2030), st.integers(1, 12), st.integers(1, 28), st.dates(dt.date(1995, 1, 1),
                                                                                  dt.date(2040, 12, 31)))
def test_the_day_of_that_month_whatever_the_report(year: int, month: int, day: int, reference: dt.date) -> None:
    names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
    text = f"Talks stalled in {names[month - 1]} {year}. They resumed on the {day}{suffix} of that month."
    assert timeml(text, reference)[-1][1] == f"{year:04d}-{month:02d}-{day:02d}"


@pytest.mark.parametrize(("word", "code"), [
    ("Summer", "SU"), ("Spring", "SP"), ("Autumn", "FA"), ("Winter", "WI"), ("Fall", "FA"), ("fall", "FA"),
])
def test_that_season_with_a_capital_or_said_fall_is_of_the_year_named(word: str, code: str) -> None:
    for text in (f"The war began in 1998. The rebels fled that {word}.",
                 f"The war began in 1998. That {word}, the rebels fled.",
                 f"The war began in 1998, and that {word} they fled."):
        assert timeml(text)[-1] == (word, f"1998-{code}")


def test_that_fall_at_a_sentence_s_start_before_its_subject() -> None:
    assert timeml("The war began in 1998. That fall the rebels fled.")[-1] == ("fall", "1998-FA")


@pytest.mark.parametrize("text", [
    "Stocks that fall sharply are sold.",
    "Stocks that fall the most are banks.",
    "Rockets that fall short hit homes.",
    "Costs that fall on the towns rose.",
    "The fund buys the stocks that fall.",
    "That fall broke his hip.",
    "The war began in 1998. The rebels reached that Spring Festival.",  # a name of capitalised words
    "The war began in 1998. That Summer Olympics was hot.",
])
def test_what_is_no_season(text: str) -> None:
    assert [value for _, value in timeml(text) if value.endswith(("SP", "SU", "FA", "WI"))] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The war began in 1998. The same summer the rebels fled.", ("The same summer", "1998-SU")),
    ("The war began in 1998. The rebels fled that same summer.", ("that same summer", "1998-SU")),
    ("The war began in 1998. That same fall the rebels fled.", ("That same fall", "1998-FA")),
    ("The army came in 2009. The same December the rebels fled.", ("The same December", "2009-12")),
    ("The army came in October 2009. That same December the rebels fled.", ("That same December", "2009-12")),
    ("The army came in June 2009. The same summer the rebels fled.", ("The same summer", "2009-SU")),
    # the winter that holds January is named by its first year, as TimeML names "the winter of 2009-10"
    ("The army came in January 2010. The same winter the rebels fled.", ("The same winter", "2009-WI")),
    # nothing named before: the report's, as read
    ("The same summer was hot.", ("The same summer", "2013-SU")),
])
def test_the_same_season_or_month_is_the_one_named(text: str, expected: tuple[str, str]) -> None:
    assert timeml(text)[-1] == expected


def test_events_get_the_story_s_days() -> None:
    text = "Talks stalled in June 2011 and resumed on the 20th of that month."
    last = find_dates(text, REF)[-1]
    assert (last.first, last.last) == (dt.date(2011, 6, 20), dt.date(2011, 6, 20))

"""Rules added for spoken years, possessives, parts of day, tense cues, fiscal periods and centuries.

The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.dates import find_dates
from eventwatch.evaluation.timeml import to_timeml_value

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

"""Holidays, fixed and movable: Christmas, Thanksgiving, Easter and the days and week around it.

The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.periods import easter
from eventwatch.dates.timeml import to_timeml_value

REF = dt.date(2021, 5, 10)


def values(text: str, reference: dt.date = REF) -> list[tuple[str, str]]:
    return [(r.span.text if r.span else "", r.value) for r in find_dates(text, reference)]


@given(st.integers(min_value=1583, max_value=2199))
def test_easter_is_a_sunday_between_22_march_and_25_april(year: int) -> None:
    day = easter(year)
    assert day.weekday() == 6
    assert dt.date(year, 3, 22) <= day <= dt.date(year, 4, 25)


@pytest.mark.parametrize(("year", "day"), [(2000, dt.date(2000, 4, 23)), (2019, dt.date(2019, 4, 21)),
                                           (2021, dt.date(2021, 4, 4)), (2038, dt.date(2038, 4, 25))])
def test_known_easters(year: int, day: dt.date) -> None:
    assert easter(year) == day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Churches were attacked on Easter Sunday.", [("Easter Sunday", "2021-04-04")]),
        ("The march was held on Good Friday.", [("Good Friday", "2021-04-02")]),
        ("Pilgrims arrived as Easter week began.", [("Easter week", "2021-W13")]),
        ("The ceasefire held over Easter 2019.", [("Easter 2019", "2019-04-21")]),
        ("Talks will resume after next Easter.", [("next Easter", "2022-04-17")]),
        ("The boy was found on Thanksgiving Day.", [("Thanksgiving Day", "2020-11-26")]),
        ("Shops close on Christmas Eve.", [("Christmas Eve", "2020-12-24")]),
    ],
)
def test_holidays(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_eastern_and_a_lower_case_easter_are_not_holidays() -> None:
    assert values("Troops moved to the eastern border.") == []
    assert values("The easter egg hunt was cancelled.") == []


def test_easter_week_is_a_week_in_timeml() -> None:
    found = find_dates("Pilgrims arrived as Easter week began.", REF)
    assert to_timeml_value(found[0]) == "2021-W13"

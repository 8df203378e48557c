"""The weekday conventions of `dates.weekdays`, counted from a Wednesday and from a Friday."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from eventwatch.dates import weekdays as wd

WEDNESDAY = dt.date(2021, 1, 6)
FRIDAY = dt.date(2021, 1, 8)
Rule = Callable[[dt.date, int], dt.date]


@pytest.mark.parametrize(
    ("rule", "day", "weekday", "expected"),
    [
        (wd.previous, FRIDAY, wd.FRIDAY, dt.date(2021, 1, 1)),  # never the day itself
        (wd.previous, WEDNESDAY, wd.FRIDAY, dt.date(2021, 1, 1)),
        (wd.following, FRIDAY, wd.FRIDAY, dt.date(2021, 1, 15)),
        (wd.following, WEDNESDAY, wd.FRIDAY, FRIDAY),
        (wd.on_or_before, FRIDAY, wd.FRIDAY, FRIDAY),  # the day itself when it is one
        (wd.on_or_before, WEDNESDAY, wd.FRIDAY, dt.date(2021, 1, 1)),
        (wd.on_or_after, FRIDAY, wd.FRIDAY, FRIDAY),
        (wd.on_or_after, WEDNESDAY, wd.MONDAY, dt.date(2021, 1, 11)),
        (wd.of_week, WEDNESDAY, wd.MONDAY, dt.date(2021, 1, 4)),  # the day's own Monday-to-Sunday week
        (wd.of_week, WEDNESDAY, wd.SUNDAY, dt.date(2021, 1, 10)),
    ],
)
def test_each_convention(rule: Rule, day: dt.date, weekday: int, expected: dt.date) -> None:
    assert rule(day, weekday) == expected


def test_of_week_counts_whole_weeks() -> None:
    assert wd.of_week(FRIDAY, wd.TUESDAY, -1) == dt.date(2020, 12, 29)  # "Tuesday of last week"
    assert wd.of_week(FRIDAY, wd.TUESDAY, 1) == dt.date(2021, 1, 12)


def test_every_day_of_a_fortnight_agrees_with_counting_days() -> None:
    for offset in range(14):
        day = WEDNESDAY + dt.timedelta(days=offset)
        for weekday in range(7):
            before = [day - dt.timedelta(days=n) for n in range(1, 8)]
            after = [day + dt.timedelta(days=n) for n in range(1, 8)]
            assert wd.previous(day, weekday) == next(d for d in before if d.weekday() == weekday)
            assert wd.following(day, weekday) == next(d for d in after if d.weekday() == weekday)
            assert wd.on_or_before(day, weekday) == next(d for d in [day, *before] if d.weekday() == weekday)
            assert wd.on_or_after(day, weekday) == next(d for d in [day, *after] if d.weekday() == weekday)


def test_weekend() -> None:
    assert wd.is_weekend(dt.date(2021, 1, 9)) and wd.is_weekend(dt.date(2021, 1, 10))
    assert not wd.is_weekend(FRIDAY)

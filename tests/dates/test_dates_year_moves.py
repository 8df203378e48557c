"""The two ways a time is put in another year: `told.in_year` and `calendar.moved`.

They overlap (a day, a month or a season moved by whole years comes out the same from both) and are kept apart on
purpose, for what each moves:

- `told.in_year` moves a date *written with its numbers* whose year the story gives ("on February 29", "June 5-7",
  said of a year named beside them): the numbers are the writer's, so a day the year lacks is no date, and a range
  keeps its day numbers; a range over two months, a year or a week is no written day and is not moved.
- `calendar.moved` moves a unit *read against the report's year* into the story's ("the end of February of that
  year", "the summer of the following year"): its shape is what was said, so a month's last day stays its last
  (February 28 of a common year becomes February 29 of a leap year), a day that is not there clamps to the
  month's end, and a year or a range of any length moves whole.

The tests pin both behaviours where they part (February 29, a month's end, a year, a range over months) and where
they meet. The dates are made up for these tests.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from eventwatch.dates import calendar as cal
from eventwatch.dates.told import in_year


def _day(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, day)


def test_a_written_february_29_has_no_day_in_a_common_year_but_a_moved_one_clamps() -> None:
    leap_day = cal.day_ref(_day(2012, 2, 29))
    assert in_year(leap_day, 2013) is None
    assert cal.moved(leap_day, 12) == cal.day_ref(_day(2013, 2, 28))


def test_a_written_range_keeps_its_numbers_and_a_moved_one_its_month_s_end() -> None:
    late_february = cal.range_ref(_day(2013, 2, 21), _day(2013, 2, 28))
    assert in_year(late_february, 2012) == cal.range_ref(_day(2012, 2, 21), _day(2012, 2, 28))
    assert cal.moved(late_february, -12) == cal.range_ref(_day(2012, 2, 21), _day(2012, 2, 29))


def test_a_year_and_a_range_over_months_move_only_by_calendar_moved() -> None:
    year = cal.year_ref(2013)
    assert in_year(year, 2011) is None
    assert cal.moved(year, -24) == cal.year_ref(2011)
    spring_break = cal.range_ref(_day(2013, 3, 25), _day(2013, 4, 5))
    assert in_year(spring_break, 2011) is None
    assert cal.moved(spring_break, -24) == cal.range_ref(_day(2011, 3, 25), _day(2011, 4, 5))


def test_neither_moves_a_week() -> None:
    week = cal.week_ref(_day(2013, 3, 14))
    assert in_year(week, 2011) is None
    assert cal.moved(week, -24) is None


@given(st.dates(dt.date(1901, 1, 1), dt.date(2098, 12, 31)), st.integers(-40, 40),
       st.sampled_from(["day", "month", "season"]))
def test_both_agree_on_a_day_month_or_season_that_exists_in_the_year_moved_to(
    day: dt.date, years: int, shape: str
) -> None:
    if shape == "day":
        ref = cal.day_ref(day)
    elif shape == "month":
        ref = cal.month_ref(day.year, day.month)
    else:
        ref = cal.season_ref(day.year, day.month)
    target = day.year + years
    if shape == "day" and cal.valid_day(target, day.month, day.day) is None:
        return  # February 29 in a common year: the case the first test pins
    assert in_year(ref, target) == cal.moved(ref, 12 * years)

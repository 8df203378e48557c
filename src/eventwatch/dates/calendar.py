"""Calendar arithmetic that builds `DateRef`s: one place for month lengths, ISO weeks, quarters and seasons.

Every constructor returns a `DateRef` without a span; the detector adds the span of the words it read.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt

from eventwatch.dates import weekdays
from eventwatch.records import DateRef

# An English month's name or its abbreviation (no full stop), for the rules that ask whether the words around a
# count or a date name a month ("the 24 June death", "in February and May 2025"); the scanner reads every written
# form from `lexicon()`
MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
              r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
MIN_YEAR = 1000
MAX_YEAR = 2199


def valid_day(year: int, month: int, day: int) -> dt.date | None:
    """The day, or None when the calendar (or the years read, `MIN_YEAR` to `MAX_YEAR`) has no such day: a
    written "February 30" or "31 June" is no date, not an error."""
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
        return None
    if not 1 <= day <= _cal.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _cal.monthrange(year, month)[1])


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """The (year, month) `delta` months on (back when negative), across year ends."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def shift(day: dt.date, *, days: int = 0, months: int = 0, years: int = 0) -> dt.date:
    """`day` moved by whole units, clamping the day of month (31 March - 1 month = 28/29 February)."""
    y, m = add_months(day.year, day.month, months + 12 * years)
    result = dt.date(y, m, min(day.day, _cal.monthrange(y, m)[1]))
    return result + dt.timedelta(days=days)


def day_ref(day: dt.date) -> DateRef:
    return DateRef(day.isoformat(), "day", day, day)


def month_ref(year: int, month: int) -> DateRef:
    return DateRef(f"{year:04d}-{month:02d}", "month", dt.date(year, month, 1), month_end(year, month))


def year_ref(year: int) -> DateRef:
    return DateRef(f"{year:04d}", "year", dt.date(year, 1, 1), dt.date(year, 12, 31))


def decade_ref(start_year: int) -> DateRef:
    """The decade holding `start_year` (TimeML writes the 1990s `199X`)."""
    start = start_year - start_year % 10
    return DateRef(f"{start // 10:03d}X", "decade", dt.date(start, 1, 1), dt.date(start + 9, 12, 31))


def century_ref(hundreds: int) -> DateRef:
    """The hundred years TimeML calls `19` (1900-1999) for the 20th century and "this century" in the 1900s."""
    return DateRef(f"{hundreds:02d}XX", "century", dt.date(hundreds * 100, 1, 1), dt.date(hundreds * 100 + 99, 12, 31))


def week_ref(day: dt.date) -> DateRef:
    """The ISO week (Monday to Sunday) that contains `day`."""
    iso_year, iso_week, _ = day.isocalendar()
    first = weekdays.of_week(day, weekdays.MONDAY)
    return DateRef(f"{iso_year:04d}-W{iso_week:02d}", "week", first, first + dt.timedelta(days=6))


def unspecified_week(year: int) -> DateRef:
    """TimeML's `1989-WXX`: a week of the year that the text does not say ("for the week, the index fell"),
    covering the year's days, since which week is unknown."""
    return DateRef(f"{year:04d}-WXX", "week", dt.date(year, 1, 1), dt.date(year, 12, 31))


def range_ref(first: dt.date, last: dt.date) -> DateRef:
    """The days from `first` to `last` in either order; a range of one day is that day, so that equal times
    compare equal however they were written."""
    if last < first:
        first, last = last, first
    if first == last:
        return day_ref(first)
    return DateRef(f"{first.isoformat()}/{last.isoformat()}", "range", first, last)


def quarter_ref(year: int, quarter: int) -> DateRef:
    first_month = 3 * (quarter - 1) + 1
    return range_ref(dt.date(year, first_month, 1), month_end(year, first_month + 2))


def half_ref(year: int, half: int) -> DateRef:
    return range_ref(dt.date(year, 1 if half == 1 else 7, 1), month_end(year, 6 if half == 1 else 12))


def season_ref(year: int, first_month: int) -> DateRef:
    """A three-month season starting in `first_month` of `year` (winter runs into the next year)."""
    end_year, end_month = add_months(year, first_month, 2)
    first = dt.date(year, first_month, 1)
    last = month_end(end_year, end_month)
    return DateRef(f"{first.isoformat()}/{last.isoformat()}", "season", first, last)


def moved(ref: DateRef, months: int) -> DateRef | None:
    """`ref` moved by whole months with its shape kept (a year stays a year, a season a season, a month's last day
    its last day), so that "the summer of that year" read in the report's year can be put in the story's; None
    for a week, a decade or a century, which a move by months does not keep. A date written with its numbers is
    moved by `told.in_year` instead, which keeps them: February 29 there has no day in a common year, where here it
    clamps to the 28th (`tests/dates/test_dates_year_moves.py`)."""
    first = shift(ref.first, months=months)
    last = shift(ref.last, months=months)
    if ref.last == month_end(ref.last.year, ref.last.month):
        last = month_end(last.year, last.month)
    if ref.granularity == "year":
        return year_ref(first.year)
    if ref.granularity == "month":
        return month_ref(first.year, first.month)
    if ref.granularity == "season":
        return season_ref(first.year, first.month)
    if ref.granularity == "day":
        return day_ref(first)
    if ref.granularity == "range":
        return range_ref(first, last)
    return None


def part_of(ref: DateRef, part: str) -> DateRef:
    """The early / mid / late third of a month, year or decade ("late November" = 21-30 November), as a range."""
    if ref.granularity not in ("month", "year", "decade", "season", "week"):
        return ref
    total = (ref.last - ref.first).days + 1
    third = total // 3
    if part == "early":
        return range_ref(ref.first, ref.first + dt.timedelta(days=third - 1))
    if part == "mid":
        return range_ref(ref.first + dt.timedelta(days=third), ref.last - dt.timedelta(days=third))
    return range_ref(ref.last - dt.timedelta(days=total - 2 * third - 1), ref.last)


def printed_year(reference: dt.date, month: int, day: int, slack: int = 7) -> int | None:
    """The year of a day printed without one on a caption or dateline: the latest such day at most `slack` days
    after the reference. A photo shows what already happened and a dateline is the report's own day, so "31 Dec"
    in a report of 5 January is the December before, and "20 April" in a February report is last April, not
    the coming one (which `nearest_year` would pick for a sentence). None when the day exists in no candidate year
    (29 February)."""
    latest = reference + dt.timedelta(days=slack)
    for year in (reference.year + 1, reference.year, reference.year - 1):
        value = valid_day(year, month, day)
        if value is not None and value <= latest:
            return year
    return None


def nearest_year(reference: dt.date, month: int, day: int | None = None) -> int:
    """The year that puts month(/day) closest to the reference; news looks back more than ahead, so a date
    up to three times further in the past wins ("January" in an October report is the January before, not the
    next one; "April 24" in a February report is the coming one)."""
    best_year = reference.year
    best_cost = 10**9
    for year in (reference.year - 1, reference.year, reference.year + 1):
        target = valid_day(year, month, day or 1) if day else dt.date(year, month, 1)
        if target is None:
            continue
        if day is None:
            # a month: compare with the reference month
            delta = (year * 12 + month) - (reference.year * 12 + reference.month)
            cost = -delta * 30 if delta <= 0 else delta * 30 * 3
        else:
            delta_days = (target - reference).days
            cost = -delta_days if delta_days <= 0 else delta_days * 3
        if cost < best_cost:
            best_year, best_cost = year, cost
    return best_year

"""How far a report of no day reaches: the period its date still names.

A report has no day when its time expression names only a season, a year or a decade (`events.assemble`: "the
clashes of 2017", "in the 2010s"); its `date_value` keeps that period. Such a report was compared with every report
of its country, of any day, so that what a batch holding one cost grew with the store (a scan of the country's rows,
each read back and compared). It is compared now only with the reports whose days meet its period, and with the
reports of no day whose periods meet it (or that name none): a report of "the 2017 clashes in Bamenda" cannot tell
the clash a report dates to 12 March 2024, whatever words they share. The period ends at the report's publication
when it runs past it (an article of March 2024 telling of a clash "this year" tells of one before March). A report
of no day and no period (no time expression and no date of its document: a corpus with no dates) still reaches its
whole country.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwatch.merge.report_days import as_date
from eventwatch.merge.reports import Report

Period = tuple[dt.date, dt.date]

# "2017"; "201X" (a decade), "20XX" (a century); "2017-03-20/2017-06-20" (a season, or any range of days or years)
_YEARS = re.compile(r"(\d{2,4})(X{0,2})")
_RANGE = re.compile(r"(\d{4}(?:-\d\d(?:-\d\d)?)?)/(\d{4}(?:-\d\d(?:-\d\d)?)?)")


def _bounds(value: str) -> Period | None:
    """The first and last day of a period written as `date_value` is, else None."""
    years = _YEARS.fullmatch(value)
    if years and len(years[1]) + len(years[2]) == 4:
        step = 10 ** len(years[2])
        first = int(years[1]) * step
        return (dt.date(max(first, 1), 1, 1), dt.date(min(first + step - 1, 9999), 12, 31)) if first else None
    span = _RANGE.fullmatch(value)
    if span:
        lo, hi = _bounds(span[1]) or _day(span[1]), _bounds(span[2]) or _day(span[2])
        if lo is not None and hi is not None and lo[0] <= hi[1]:
            return lo[0], hi[1]
    return None


def _day(value: str) -> Period | None:
    """A day ("2017-03-20") as a period of one day, a month ("2017-03") as its days."""
    day = as_date(value)
    if day is not None:
        return day, day
    if re.fullmatch(r"\d{4}-\d\d", value) and 1 <= int(value[5:]) <= 12:
        first = dt.date(int(value[:4]), int(value[5:]), 1)
        return first, (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return None


def period_of(value: object, published: dt.date | None) -> Period | None:
    """The days a report of no day may tell of: its `date_value`'s period, ended at its publication when that lies
    inside it; None when it names no period (it then reaches every report of its country)."""
    bounds = _bounds(value.strip()) if isinstance(value, str) else None
    if bounds is None:
        return None
    lo, hi = bounds
    return (lo, published) if published is not None and lo <= published < hi else bounds


def reach(report: Report) -> Period | None:
    """The days a report may tell of: its own days, or for one of no day its period (None: any)."""
    if report.first is not None and report.last is not None:
        return report.first, report.last
    return period_of(report.row.get("date_value"), report.published)


def meets(a: Period | None, b: Period | None) -> bool:
    """Whether two reaches share a day (a reach of None meets any)."""
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])

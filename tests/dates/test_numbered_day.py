"""A weekday told with its day number ("On Sunday the 12th"): the number decides the day and the weekday checks it
(`dates.numbered_day`). Team-written texts in several months, a month's and a year's turn, with and without the
report's day."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.dates import find_dates
from eventwatch.dates.numbered_day import head_day, numbered_days


def _days(text: str, reference: dt.date | None) -> list[tuple[str, str]]:
    dates = [d for d in find_dates(text, reference) if d.span is not None]
    return [(d.span.text, d.value) for d in numbered_days(text, dates, reference) if d.span is not None]


@pytest.mark.parametrize(("text", "reference", "day"), [
    ("On Sunday the 12th, gunmen attacked herders at Koui.", dt.date(2026, 4, 15), "2026-04-12"),
    # the report weeks later: the weekday alone would read the last Sunday before it
    ("On Sunday the 12th, gunmen attacked herders at Koui.", dt.date(2026, 4, 28), "2026-04-12"),
    # a number after the report's day is the month before's; a year's turn
    ("On Friday the 27th, traders blocked the road.", dt.date(2026, 3, 3), "2026-02-27"),
    ("On Wednesday the 31st, youths burnt tyres in Lome.", dt.date(2026, 1, 2), "2025-12-31"),
    ("Police dispersed the march on Tuesday 3rd.", dt.date(2026, 3, 10), "2026-03-03"),
])
def test_the_number_decides_the_day(text: str, reference: dt.date, day: str) -> None:
    assert [v for t, v in _days(text, reference) if t[-2:] in ("th", "st", "rd")] == [day]


@pytest.mark.parametrize("text", [
    # the weekday does not fall on that number: a misprint, the finder's reading stays
    "On Monday the 12th, gunmen attacked herders at Koui.",
    # a month named after the number: the finder reads that date itself
    "On Sunday the 12th of April, gunmen attacked herders at Koui.",
])
def test_no_numbered_reading(text: str) -> None:
    assert numbered_days(text, [], dt.date(2026, 4, 15)) == []


def test_a_head_lines_day_anchors_when_the_report_has_none() -> None:
    text = ("Statement of the Ministry of Security\nLome, Thursday 8 January 2026 (unofficial translation)\n\n"
            "On Monday the 5th, unidentified men set fire to the customs post at Kpendjal.")
    assert head_day(text) == dt.date(2026, 1, 8)
    assert ("Monday the 5th", "2026-01-05") in _days(text, None)
    # joined to the title by the clean stage, the head still ends its line
    assert head_day("Statement of the Ministry Lome, 8 January 2026\n\nOn Monday the 5th ...") == dt.date(2026, 1, 8)
    # a head line with more after the date is a sentence, not a head; none: nothing read
    assert head_day("Lome, 8 January 2026 was a quiet day.\n\nOn Monday the 5th, men set fire to a post.") is None
    assert _days("On Monday the 5th, men set fire to a post.", None) == []

"""A weekday told with its day number ("On Sunday the 12th", "Monday 13th"): the day number decides the day, and the
weekday checks it (issue 10).

A transcript, a statement or a chronology told inside one month counts its days by weekday and number and names the
month only once, at its head ("Bangui, Wednesday 15 April 2026 (translated from French)" / "On Saturday the 11th, our
forces engaged ..." / "On Sunday the 12th, ... attacked herders at Koui"): the weekday alone is read as the last
such day before the report, which is right only within the report's week, and with no report's day it dates
nothing (trial14's Central African Republic transcript: all three days undated). The number names a day of the
anchor's month or of the month before it (a number after the anchor's day is last month's); the weekday must agree
with that day, else the pair is a misprint and the finder's reading stays.

The anchor is the report's day; with none, the day of a head line that names a place and a date with its year and
nothing else ("Bangui, Wednesday 15 April 2026 (translated from French; edited for length)", a transcript's or a
statement's head, `head_day`) or of an unread wire dateline (`dateline_day.dateline_day`). Team-written example:
"NAIROBI, 3 March 2026 - ... On Friday the 27th, traders blocked the road" is 27 February.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwatch.dates import weekdays
from eventwatch.dates.dateline_day import PARAGRAPH, dateline_day, whole_day
from eventwatch.dates.lexicon import lexicon
from eventwatch.records import DateRef, Span

_NUMBERED = re.compile(rf"\b(?P<weekday>{weekdays.NAME}),?\s+(?:the\s+)?(?P<day>[1-3]?\d)(?:st|nd|rd|th)\b"
                       r"(?!\s+(?:of\s+)?[A-Z])", re.IGNORECASE)  # "Sunday the 12th of April" names its month
# "Bangui, Wednesday 15 April 2026 (translated from French)": a head line of a place and a date with its year alone
# that ends its line (the clean stage may join it to the title before it: "Transcript: press conference of the
# Minister of Defence Bangui, Wednesday 15 April 2026 (...)")
_HEAD = re.compile(r"(?:^|\s)[A-Z][\w'’.\-]+,\s*(?P<date>(?:[A-Z][a-z]+,?\s+)?\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|"
                   r"(?:[A-Z][a-z]+,?\s+)?[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})\s*(?:\([^()\n]{1,80}\))?\s*$")
HEAD_LINES = 2


def head_day(text: str) -> dt.date | None:
    """The day of a head line among the text's first `HEAD_LINES` lines that ends on a place and a whole date."""
    for number, line in enumerate(PARAGRAPH.finditer(text)):
        if number >= HEAD_LINES:
            break
        head = _HEAD.search(line.group().strip())
        if head is None:
            continue
        return whole_day(head.group("date"))
    return None


def anchor_day(text: str, reference: dt.date | None) -> dt.date | None:
    """The day a numbered weekday is counted from: the report's, else a head line's, else an unread dateline's."""
    if reference is not None:
        return reference
    found = dateline_day(text)
    return found[0] if found is not None else head_day(text)


def numbered_days(text: str, dates: list[DateRef], reference: dt.date | None) -> list[DateRef]:
    """`dates` with each weekday that carries its day number read by the number (the module's shape), in place of
    the finder's reading of the weekday alone; unchanged when there is no such weekday or no anchor's day."""
    found = list(_NUMBERED.finditer(text))
    anchor = anchor_day(text, reference) if found else None
    if anchor is None:
        return dates
    read: list[DateRef] = []
    for match in found:
        day = _numbered(anchor, lexicon().weekdays[match.group("weekday").lower()], int(match.group("day")))
        if day is not None:
            read.append(DateRef(value=day.isoformat(), granularity="day", first=day, last=day,
                                span=Span(match.start(), match.end(), match.group())))
    if not read:
        return dates
    kept = [d for d in dates if d.span is None or not any(
        r.span is not None and r.span.start <= d.span.start < r.span.end for r in read)]
    return sorted(kept + read, key=lambda d: d.span.start if d.span is not None else -1)


def _numbered(anchor: dt.date, weekday: int, number: int) -> dt.date | None:
    """The day `number` of the anchor's month, or of the month before when that day is after the anchor, when it
    falls on `weekday`; None otherwise (a misprint, or a day no such month has)."""
    year, month = anchor.year, anchor.month
    if number > anchor.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        day = dt.date(year, month, number)
    except ValueError:
        return None
    return day if day.weekday() == weekday else None

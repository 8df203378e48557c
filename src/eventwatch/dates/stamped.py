"""Entries dated by the page's head rather than by the report (issues 10 and 12, dates52).

Two kinds of page tell their events in entries under one day named once, at the head, and come with no day of the
report that the finder could count from:

- a live page: a head line opening on its day ("Tuesday 14 April 2026. Our live coverage ...") and entries that
  open on a clock time ("06:40 - Police say a grenade was thrown at a checkpoint in Goma overnight."). A time
  stamp is a time of its header's day: the entry's events are of that day unless the entry names another
  (`stamped_days`). They were left undated before, since no day was known to place "overnight" or "this morning" on.
- a monitor's summary: a head line that ends on a place and a whole date ("Issued in Nairobi, 4 May 2026", a
  statement's head, `numbered_day.head_day`) and entries each headed by its own day without a year ("- 12 April,
  Garissa: ..."). The entry's printed day is its events' day, its year the latest that puts it at most a week
  after the head's day (`single.printed_days`, the rule captions use); with no report's day it was left undated
  (`headed_days`).

Team-written examples: under "Tuesday 14 April 2026. Our live coverage ...", the entry "06:40 - Police say a
grenade was thrown at a checkpoint in Goma overnight." is of 14 April; in a summary "Issued in Nairobi, 4 May
2026", the entry "- 12 April, Garissa: gunmen abducted two teachers." is of 12 April 2026.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from eventwatch.dates.dateline_day import whole_day
from eventwatch.dates.numbered_day import anchor_day
from eventwatch.dates.single import printed_days
from eventwatch.records import DateRef, Span

# "07:12 - ", "7.45am: ", "0930 GMT - ": a clock time opening a paragraph, then a dash or a colon
_STAMP = re.compile(r"(?:[01]?\d|2[0-3])[:.h]?[0-5]\d(?:\s*(?:[ap]\.?m\.?|GMT|UTC|local(?: time)?))?"
                    r"\s*(?:—|–|-{1,2}|:)\s+(?=\S)", re.IGNORECASE)
# "Monday 2 March 2026. Our live coverage ...", "March 2, 2026 - Live updates": a paragraph opening on a whole day
_DAY_HEAD = re.compile(r"(?P<date>(?:[A-Z][a-z]+,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?,?|[A-Z][a-z]+\.?\s+\d{1,2},)"
                       r"\s+\d{4})\s*(?:[.:]|—|–|-{1,2}|$)")
MIN_STAMPS = 2  # one clock time at a paragraph's head may be a sentence ("10:30: the hour the polls closed")


def stamped_days(text: str, starts: Sequence[int]) -> dict[int, DateRef]:
    """The day of each time-stamped entry of a live page, by paragraph index: the day of the last paragraph before
    it that opens on a whole day (a live page's head, or a new day's header further down). Empty unless at least
    `MIN_STAMPS` paragraphs open on a clock time, and for entries before any day header."""
    bounds = [*starts, len(text)]
    stamped = [n for n, start in enumerate(starts) if _STAMP.match(text, start, bounds[n + 1])]
    if len(stamped) < MIN_STAMPS:
        return {}
    out: dict[int, DateRef] = {}
    day: tuple[dt.date, Span] | None = None
    for n, start in enumerate(starts):
        head = _DAY_HEAD.match(text, start, bounds[n + 1])
        read = whole_day(head.group("date")) if head is not None else None
        if head is not None and read is not None:
            day = (read, Span(start, head.end("date"), head.group("date")))
        elif day is not None and n in stamped:
            out[n] = DateRef(value=day[0].isoformat(), granularity="day", first=day[0], last=day[0], span=day[1])
    return out


def headed_days(text: str, dates: list[DateRef]) -> list[DateRef]:
    """`dates` (found with no report's day) with each day printed without its year ("12 April") placed by the
    page's head day (`numbered_day.anchor_day`: a head line's or an unread dateline's); unchanged with no such
    head."""
    loose = [span for span, ref in printed_days(text, None) if ref is None]
    if not loose:
        return dates
    anchor = anchor_day(text, None)
    if anchor is None:
        return dates
    wanted = {(span.start, span.end) for span in loose}
    placed = [ref for span, ref in printed_days(text, anchor) if ref is not None and (span.start, span.end) in wanted]
    kept = [d for d in dates if d.span is None or not any(
        r.span is not None and r.span.start <= d.span.start < r.span.end for r in placed)]
    return sorted(kept + placed, key=lambda d: d.span.start if d.span is not None else -1)

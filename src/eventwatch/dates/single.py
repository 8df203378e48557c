"""One expression on its own: a metadata date, a dateline's date, a caption's leading (or trailing) date.

Captions in scraped pages look like "Jan 4, 2021—Students torch a billboard" or "Night marches - 31 Dec":
the date sits at one end, separated by a dash. `leading_date` splits it off; `parse_date` reads one date;
`printed_days` finds the calendar days that cleaning looks for in captions and datelines.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from eventwatch.dates import calendar as cal
from eventwatch.dates.detect import find_dates, scan
from eventwatch.records import DateRef, Span

_METADATA = re.compile(
    r"^\s*(\d{4})-(\d\d)-(\d\d)(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:Z|[+-]\d\d:?\d\d|UTC|GMT)?)?\s*$"
)
_LEADING = re.compile(r"^\s*(?P<head>.{3,40}?)\s*(?:—|–|-{1,2}|:|\|)\s*(?P<rest>\S.*)$", re.DOTALL)
_TRAILING = re.compile(r"^(?P<rest>.*\S)\s+(?:—|–|-{1,2}|\|)\s+(?P<tail>.{3,40}?)\s*$", re.DOTALL)
_CALENDAR_KINDS = frozenset(
    {"iso", "slash_ymd", "slash_mdy", "dotted_dmy", "date", "month_year", "range_dm", "range_md", "month", "year",
     "weekday", "relday"}
)
_FILLER = re.compile(r"^[\s,.;:()\[\]—–-]*$")


def _whole(text: str, reference: dt.date | None) -> DateRef | None:
    """The date when `text` is nothing but one calendar date (give or take punctuation); a caption's
    "- a year ago" or "- now" is part of its words, not its date."""
    found = scan(text, reference)
    if len(found) != 1 or found[0][1].span is None or found[0][0] not in _CALENDAR_KINDS:
        return None
    span = found[0][1].span
    if _FILLER.match(text[: span.start]) and _FILLER.match(text[span.end :]):
        return found[0][1]
    return None


def parse_date(text: str, reference: dt.date | None) -> DateRef | None:
    """The one date in a short text: a metadata timestamp, a dateline date, or a caption's date at either end.

    Returns the first date found when the text holds several; spans are offsets into `text`.
    """
    metadata = _METADATA.match(text)
    if metadata:
        day = cal.valid_day(int(metadata[1]), int(metadata[2]), int(metadata[3]))
        if day is None:
            return None
        start = metadata.start(1)
        return dataclasses.replace(cal.day_ref(day), span=Span(start, start + 10, text[start : start + 10]))
    split = leading_date(text, reference)
    if split is not None:
        return split[0]
    found = find_dates(text, reference)
    return found[0] if found else None


def leading_date(line: str, reference: dt.date | None) -> tuple[DateRef, str] | None:
    """The date at the start of a caption line (or at its end, after " - ") and the rest of the line.

    The date must fill its side of the dash, so that "Jan 4, 2021—Students march..." gives (2021-01-04,
    "Students march...") while a sentence that merely mentions a date gives None.
    """
    for pattern, group in ((_LEADING, "head"), (_TRAILING, "tail")):
        match = pattern.match(line)
        if match is None:
            continue
        ref = _whole(match[group], reference)
        if ref is not None and ref.span is not None:
            offset = match.start(group)
            span = Span(ref.span.start + offset, ref.span.end + offset, ref.span.text)
            return dataclasses.replace(ref, span=span), match["rest"].strip()
    return None


PRINTED_KINDS = frozenset({"iso", "date"})
# A stand-in reference, only to recognise a yearless day's shape when the document has no date ("KABUL, March 3
# (Reuters) -" is a dateline even when nothing says which year).
_STAND_IN = dt.date(2000, 6, 15)
# A dash glued to an ISO day ("2021-01-04-Youths burn tyres", "Night rally-2021-01-04") parts a caption's date
# from its words; the sentence scanner reads a glued dash as part of a longer token, so it is read as a space.
_GLUED = re.compile(r"(?<=\d{4}-\d\d-\d\d)-|-(?=\d{4}-\d\d-\d\d)")
# "Fri Jan 1", "Tues, March 3": page templates abbreviate the weekday before a printed day; sentences rarely do,
# and "Sun", "Sat", "Wed" are too often other words for the sentence lexicon to take them
_SHORT_WEEKDAY = re.compile(r"(?<![\w.])(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?,?\s+$", re.IGNORECASE)
# Both printed kinds hold a figure (the ISO day's, or the day of the month in "Jan 4", "31 Dec", "Tuesday, March
# 3"), so a text with no digit prints no calendar day and its scan for every time expression is skipped: cleaning
# tries every short line as a caption, and hard-wrapped wire copy is all short lines (the scan was 8% of `extract`
# over the MUC-4 reports). A necessary condition only: what is found in a text with a digit is unchanged.
_DIGIT = re.compile(r"\d")


def printed_days(text: str, reference: dt.date | None,
                 kinds: frozenset[str] = PRINTED_KINDS) -> list[tuple[Span, DateRef | None]]:
    """The calendar days in `text` written as captions and datelines print them ("Jan 4, 2021", "31 Dec",
    "Tuesday, March 3", "2021-01-04"), each with its span and its day, in text order.

    A yearless day is the latest such day at most a week after `reference` (`calendar.printed_year`: a photo
    shows the past, a dateline is the report's day). Without a reference it is still found, with no day, so that
    cleaning can tell a caption or a dateline by its shape; an impossible day (30 February) is not a date.
    `kinds` are the scanner's kinds read as printed days (a report's head reads dotted days too,
    `head_forms.head_days`).
    """
    if not _DIGIT.search(text):
        return []
    loose = _GLUED.sub(" ", text)  # same length, so offsets still point into `text`
    shaped = [(_with_weekday(text, ref.span), ref) for kind, ref in scan(loose, reference or _STAND_IN, printed=True)
              if kind in kinds and ref.span is not None]
    if reference is not None:
        return [(span, dataclasses.replace(ref, span=span)) for span, ref in shaped]
    known = {(span.start, span.end): r for kind, r in scan(loose, None, printed=True)
             if kind in kinds and r.span is not None for span in [_with_weekday(text, r.span)]}
    out: list[tuple[Span, DateRef | None]] = []
    for span, _ in shaped:
        ref = known.get((span.start, span.end))
        out.append((span, dataclasses.replace(ref, span=span) if ref else None))
    return out


def _with_weekday(text: str, span: Span) -> Span:
    """`span` widened back over an abbreviated weekday printed before it ("Fri Jan 1")."""
    weekday = _SHORT_WEEKDAY.search(text, max(0, span.start - 8), span.start)
    start = weekday.start() if weekday else span.start
    return Span(start, span.end, text[start:span.end])

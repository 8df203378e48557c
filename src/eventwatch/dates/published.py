"""The one parser of publication dates (`published`), wherever they come from: `--published`, a JSONL or CSV field,
feed and page metadata, the Python API and the HTTP API.

It reads ISO dates and timestamps, RFC 2822 (feeds, e-mail), the common written forms ("12 March 2024", "March
12, 2024", "Tue, 12 Mar 2024"), and year-first numeric dates ("2024/03/12"). A numeric date with the day and month
in an order the value does not tell ("12/03/2024": 12 March or 3 December?) is read only by the explicit setting
`date_order` ("DMY" or "MDY"); without it, every such date is refused with the reason, even "25/03/2024", so that a
feed's dates are all read one way or none is: never a silent 3 December. A value that cannot be read raises
`UnreadableDate`, which readers turn into a drop with its reason rather than a document with no date.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import time

from eventwatch.dates.lexicon import tsv_rows
from eventwatch.errors import EventwatchError

DATE_ORDERS: tuple[str, ...] = ("", "DMY", "MDY")

# the month names and abbreviations of the dates lexicon (`data/dates/months.tsv`), one list for both readers
_MONTHS = {row[0]: int(row[1]) for row in tsv_rows("months.tsv")}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_TAIL = r"(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}.*)?$"  # a time of day after the date is allowed and ignored
_WRITTEN = (
    re.compile(rf"^{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}{_TAIL}", re.IGNORECASE),  # 12 March 2024
    re.compile(rf"^{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}{_TAIL}", re.IGNORECASE),  # March 12, 2024
)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")
_YEAR_FIRST = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$")


class UnreadableDate(EventwatchError):
    """A publication date that cannot be read as one day: the document is dropped with this reason."""

    code = "E161"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # without the code: what a drop records


def parse_published(value: object, date_order: str = "") -> str | None:
    """The ISO day (`2024-03-12`) of a publication date, None for no value; `UnreadableDate` for anything else.

    `date_order` ("DMY" or "MDY") says how to read numeric dates whose day and month could be swapped."""
    if value is None:
        return None
    if isinstance(value, time.struct_time):
        return _day(value.tm_year, value.tm_mon, value.tm_mday, value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    if not isinstance(value, str):
        raise UnreadableDate(f"published date {value!r} is not text")
    text = " ".join(value.split())
    if not text:
        return None
    if date_order not in DATE_ORDERS:
        raise UnreadableDate(f"date_order must be DMY or MDY, not {date_order!r}")
    if m := _ISO.match(text):
        return _day(int(m.group(1)), int(m.group(2)), int(m.group(3)), value)
    if m := _YEAR_FIRST.match(text):
        return _day(int(m.group(1)), int(m.group(2)), int(m.group(3)), value)
    if m := _NUMERIC.match(text):
        return _numeric(m, date_order, value)
    for pattern in _WRITTEN:
        if m := pattern.match(text):
            return _day(int(m.group("year")), _MONTHS[m.group("month").lower()], int(m.group("day")), value)
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed.date().isoformat()
    raise UnreadableDate(f"cannot read the published date {value!r}: give an ISO date like 2024-03-12")


def _numeric(m: re.Match[str], date_order: str, value: object) -> str:
    first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if len(m.group(4)) == 2:
        raise UnreadableDate(f"published date {value!r} has a two-digit year: give the year in full")
    if not date_order:
        raise UnreadableDate(f"published date {value!r} is numeric with the day and month in no stated order: "
                             "set date_order = \"DMY\" or \"MDY\", or give an ISO date")
    day, month = (first, second) if date_order == "DMY" else (second, first)
    return _day(year, month, day, value)


def _day(year: int, month: int, day: int, value: object) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError as exc:
        raise UnreadableDate(f"published date {value!r} is no calendar day ({exc})") from exc

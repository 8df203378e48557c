"""Dates as scrapers print them in captions and datelines ("Jan 4, 2021", "31 Dec", "March 3"), to ISO days.

A date without a year is resolved against the document's reference date: the latest such day that is not
more than a week after the reference (a caption for "31 Dec" in a report of 5 January is 31 December of the
year before). Without a reference, a yearless date stays unresolved (None) rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|2\d\d\d)"
# One date expression; groups: md_month md_day md_year | dm_day dm_month dm_year | iso.
DATE = (
    rf"{_WEEKDAY}(?:(?P<md_month>{MONTH})\s+(?P<md_day>{_DAY})(?:,?\s+(?P<md_year>{_YEAR}))?"
    rf"|(?P<dm_day>{_DAY})\s+(?P<dm_month>{MONTH}),?(?:\s+(?P<dm_year>{_YEAR}))?"
    rf"|(?P<iso>{_YEAR}-\d\d-\d\d))"
)
_DATE_RE = re.compile(DATE, re.IGNORECASE)


def _month(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def resolve(year: int | None, month: int, day: int, reference: dt.date | None) -> str | None:
    """ISO day, choosing the year from `reference` when it is missing; None when impossible."""
    if year is not None:
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    if reference is None:
        return None
    for candidate in (reference.year + 1, reference.year, reference.year - 1):
        try:
            value = dt.date(candidate, month, day)
        except ValueError:
            continue
        if value <= reference + dt.timedelta(days=7):
            return value.isoformat()
    return None


def from_match(match: re.Match[str], reference: dt.date | None) -> str | None:
    """The ISO day of a match of `DATE` (named groups as above)."""
    groups = match.groupdict()
    if groups.get("iso"):
        try:
            return dt.date.fromisoformat(groups["iso"]).isoformat()
        except ValueError:
            return None
    if groups.get("md_month"):
        year = int(groups["md_year"]) if groups.get("md_year") else None
        return resolve(year, _month(groups["md_month"]), _day(groups["md_day"]), reference)
    if groups.get("dm_month"):
        year = int(groups["dm_year"]) if groups.get("dm_year") else None
        return resolve(year, _month(groups["dm_month"]), _day(groups["dm_day"]), reference)
    return None


def parse_day(text: str, reference: dt.date | None = None) -> str | None:
    """ISO day of a whole string that is one date expression, or None."""
    match = _DATE_RE.fullmatch(text.strip().rstrip(".,"))
    return from_match(match, reference) if match else None


def to_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None

"""A part of the year or month the story has named, said with "of": "the summer of that year", "March of the
following year", "the first quarter of the same year", "the end of that month".

A narrative that has named a year ("the war began in 1998") goes on with a season, a month, a quarter or a part of
"that year", "the same year", "the following year" or "the previous year"; each is of the story's year (the one
after or before it), as "that year" alone already is (`units.referred_unit`): "The war began in 1998. In the
summer of that year the city burned" is the summer of 1998, "in March of the following year" March 1999, "by the
end of that month" (after "in May 1998") May 1998. The scanner reads them against the report's year (the words
"that" and "the same" as the report's own); this rule moves them by as many years (months) as lie between the
report's and the story's. With no year (month) named close before, they keep the report's reading, as "that year"
does.

A day of the month said by its number ("the 20th of that month", "the 3rd of the following month") is not moved
here: the scanner reads it as the latest such day up to the report, which need not be in the report's month (in a
March report, "the 20th" is February's), so a move by the months between the report's and the story's put it a
month off ("the 20th of that month" after "in June 2011" was May 20). `units.day_of_named_month` reads it from the
month named instead.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from eventwatch.dates import calendar as cal
from eventwatch.records import DateRef, Span

# the unit referred to, after a name or a part, with or without "of" ("October that year", "April the next year")
_OF_REFERRED = re.compile(
    r"\s(?:of\s+)?(?:that|that\s+same|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+"
    r"(?P<unit>year|month)$"
)
# the unit alone, or after "earlier" or "later": "that year", "later that month" (`units.referred_unit`'s)
_UNIT_ALONE = re.compile(
    r"^(?:(?:earlier|later|early|late)\s+(?:in\s+)?)?(?:that|the|same)\s(?:same\s|\w+\s)?(?:year|month)$"
)


def of_story_unit(name: str, ref: DateRef, lowered: str, span: Span, reference: dt.date | None,
                  named: dict[str, DateRef | None]) -> DateRef | None:
    """`ref`, read against the report, moved into the year (month) the story named last (`named`, each already
    limited to a reach by the caller) when its words end "of that year", "of the following month", "October that
    year"...; None when they do not, or nothing was named, or `ref` is a day said by its number (`name`
    "day_of_month", which `units.day_of_named_month` reads)."""
    m = _OF_REFERRED.search(lowered)
    if name == "day_of_month" or m is None or reference is None or _UNIT_ALONE.match(lowered):
        return None
    anchor = named.get(m["unit"])
    if anchor is None:
        return None
    if m["unit"] == "year":
        months = 12 * (anchor.first.year - reference.year)
    else:
        months = 12 * (anchor.first.year - reference.year) + anchor.first.month - reference.month
    if months == 0:
        return None
    moved = cal.moved(ref, months)
    return dataclasses.replace(moved, span=span) if moved is not None else None

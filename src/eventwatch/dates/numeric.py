"""Numeric dates: ISO ("2013-03-10"), slashed ("3/10/2013", "10/03/2013") and dotted ("10.03.2013").

Split from `resolve` to keep each module short. Slashes are read month first, as US news writes them, unless the
text shows it writes the day first; dots are always day first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwatch.dates import calendar as cal
from eventwatch.dates.resolve_base import Context, year_number
from eventwatch.records import DateRef


def iso(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"2012-03-14", "2012/03/14": year, month, day in that order, which no convention reads otherwise."""
    day = cal.valid_day(year_number(m["y"]), int(m["m"]), int(m["d"]))
    return cal.day_ref(day) if day else None


# a numeric date whose first number cannot be a month: the text writes the day first (14/02/2013)
_DAY_FIRST = re.compile(r"(?<![\w/])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/\d{4}(?![\w/])")


@lru_cache(maxsize=4)
def _writes_day_first(text: str) -> bool:
    """Once per text (a string caches its hash), not once per numeric date in it."""
    return _DAY_FIRST.search(text) is not None


def slash_numeric(m: re.Match[str], ctx: Context) -> DateRef | None:
    """ "3/4/2013": month first, as US news writes it, unless the text writes the day first, which a date whose
    first number is above 12 shows ("14/02/2013", and then "03/04/2013" in the same text is 3 April)."""
    first, second = int(m["m"]), int(m["d"])
    if first > 12 or _writes_day_first(ctx.text):
        first, second = second, first
    day = cal.valid_day(year_number(m["y"]), first, second)
    return cal.day_ref(day) if day else None


def dotted(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"14.03.2012": day, month, year, the order dates written with dots take."""
    day = cal.valid_day(year_number(m["y"]), int(m["m"]), int(m["d"]))
    return cal.day_ref(day) if day else None

"""A unit left unsaid after a comparison: "twice as high a dividend this year as last" is last year.

A comparison between the report's unit and the one before it names the unit once ("more this year than last",
"as busy this week as last", "up this quarter from last"), and TimeML marks the bare "last" with the unit's value.
Only a "last" that ends its clause right after "as", "than" or "from", with "this <unit>" before it in the same
sentence, is read so: "at last", "the last" and "last but not least" are no time.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwatch.dates import calendar as cal
from eventwatch.dates.resolve_base import Context
from eventwatch.records import DateRef

# "this year ... as", "this week than", "this quarter from": the compared unit, within the sentence before
_COMPARED = re.compile(r"\bthis\s+(?P<unit>year|month|week|quarter)\b[^.;:!?]{0,60}?\b(?:as|than|from)\s+$",
                       re.IGNORECASE)


def elided_last(m: re.Match[str], ctx: Context) -> DateRef | None:
    """The unit before the report's, when "last" ends a comparison with "this <unit>"; else no expression."""
    ref = ctx.reference
    compared = _COMPARED.search(ctx.text, max(0, m.start() - 90), m.start())
    if ref is None or compared is None:
        return None
    unit = compared["unit"].lower()
    if unit == "year":
        return cal.year_ref(ref.year - 1)
    if unit == "month":
        return cal.month_ref(*cal.add_months(ref.year, ref.month, -1))
    if unit == "week":
        return cal.week_ref(ref - dt.timedelta(days=7))
    quarter = (ref.month - 1) // 3  # the quarter under way, from 0
    return cal.quarter_ref(ref.year - (1 if quarter == 0 else 0), (quarter - 1) % 4 + 1)

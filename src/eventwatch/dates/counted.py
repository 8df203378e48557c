"""Counted times: "two days ago", "three weeks earlier", "a year ago", "in five years" said of the future (or
after a present copula: "the election is in two weeks"), and "two days later" (counted from the report here;
`anchor` counts it from the time named before, or drops it).

Split from `resolve` to keep each module short; the conventions are the same (see `resolve`): "N days ago" is a
day, "N weeks ago" a week, "N months ago" a month, "N years ago" a year.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwatch.dates import calendar as cal
from eventwatch.dates import weekdays
from eventwatch.dates.lexicon import lexicon
from eventwatch.dates.resolve_base import Context, norm
from eventwatch.records import DateRef

_VAGUE_NUMERALS = frozenset({"several", "a few", "a number of"})  # "in a few days": no day ahead said
_AHEAD_UNITS = frozenset({"day", "week", "month", "year"})
# "the election is in two weeks", "talks are in three days": a present copula before the count, a schedule
_IS_IN = re.compile(r"\b(?:is|are|['’]s)\s+in\s+$", re.IGNORECASE)


def _count(word: str | None) -> int | None:
    text = norm(word)
    if text.isdigit():
        return int(text)
    return lexicon().numerals.get(text)


def _from_weekday(word: str, n: int, unit: str, reference: dt.date) -> DateRef | None:
    """"A week from Friday", "two weeks from Monday": counted from the coming weekday (the report's own day when it
    is that weekday), as "from today" counts from the report; a day for days, the day for weeks too (the day the
    count lands on is said: "the vote is a week from Friday" is that Friday a week on). Only days and weeks: "a
    year from Monday" is not said of a date."""
    if not word[:1].isupper() or unit not in ("day", "week", "fortnight"):
        return None
    base = weekdays.on_or_after(reference, lexicon().weekdays[norm(word)])
    days = n * {"day": 1, "week": 7, "fortnight": 14}[unit]
    return cal.day_ref(base + dt.timedelta(days=days))


def ago(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"Three days ago", "a week ago", "in two weeks", "two years later": a count of units back from the report
    (or ahead of it in a clause about the future); `anchor` moves a count "later" or "earlier" to the time named."""
    ref = ctx.reference
    if ref is None:
        return None
    if m["unit2"]:
        n, unit, direction = 1, norm(m["unit2"]), "ago"
    elif m["unit3"]:
        count = _count(m["n3"]) if norm(m["n3"]) not in _VAGUE_NUMERALS else None
        unit = lexicon().units[norm(m["unit3"])]
        ahead = ctx.future(m.start(), m.end()) or _IS_IN.search(ctx.text, max(0, m.start() - 10), m.start())
        if count is None or count > 50 or unit not in _AHEAD_UNITS or not ahead:
            # "the smallest gain in a year", "in two weeks of talks", "won't be solved in a decade": a length of
            # time, not a date
            return None
        n, direction = count, "from now"
    else:
        count = _count(m["n"])
        if count is None or count > 200:
            return None
        n, unit, direction = count, lexicon().units[norm(m["unit"])], norm(m["dir"])
    if direction == "later" and ctx.indefinite:
        return None  # TimeML's DURATION ("three days" with "later" as its signal), not a date of its own
    if m["from_wd"]:
        return _from_weekday(m["from_wd"], n, unit, ref)
    sign = 1 if direction in ("from now", "from today", "hence", "later") else -1
    if unit == "day":
        return cal.day_ref(ref + dt.timedelta(days=sign * n))
    if unit in ("week", "fortnight"):
        return cal.week_ref(ref + dt.timedelta(days=sign * n * (14 if unit == "fortnight" else 7)))
    if unit == "month":
        y, mo = cal.add_months(ref.year, ref.month, sign * n)
        return cal.month_ref(y, mo)
    if unit == "quarter":
        y, mo = cal.add_months(ref.year, ref.month, sign * 3 * n)
        return cal.quarter_ref(y, (mo - 1) // 3 + 1)
    if unit == "year":
        return cal.year_ref(ref.year + sign * n)
    if unit == "decade":
        return cal.decade_ref(ref.year + sign * 10 * n)
    if (unit == "century" and direction == "ago" and ctx.indefinite
            and not re.search(r"\bhalf\s+$", ctx.text[max(0, m.start() - 6) : m.start()], re.IGNORECASE)):
        # "a century ago" in 2013 is TimeML's `19` (the 1900s), as "two decades ago" is `199`; only when
        # indefinite references are asked for, like "the 20th century": a hundred years is no event's date
        # ("half a century ago" is fifty years, which this does not say)
        return cal.century_ref((ref.year - 100 * n) // 100)
    return None

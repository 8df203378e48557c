"""The days a report's event may lie on, read from its stored row: the day it names, the week or month of a vaguer
date, the days before a day only the report's own date gave, and the day a toll revision or a telling names rather
than the event's own (`days`); and a stored day read as a date (`as_date`). Apart from `reports.py`, which builds a
report from its row, since the merge's look-ups of days (`storage`, `mentions`, `undated`) need only this.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from eventwatch.dates import weekdays
from eventwatch.dates.lexicon import lexicon
from eventwatch.merge.rules import Rules
from eventwatch.records import CAPTION_DATE_NOTE


def as_date(value: object) -> dt.date | None:
    """A stored day as a date: a DATE, a TIMESTAMP or an ISO text's first ten characters; None for anything else."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def days(row: Mapping[str, Any], rules: Rules) -> tuple[dt.date | None, dt.date | None, bool, str]:
    """The days an event may lie on and whether the report names the day: a day named outright is itself; a week
    or range its seven days; a month (or vaguer) the month; a day that only the report's own date gave (no time
    expression of the report dates the event) is that day or the `implicit_before` days before it. The last item
    says how a day was read that is not the event's own: "revised" (a toll revision), "told" (the day of the telling).
    """
    day = as_date(row.get("event_date"))
    if day is None:
        return None, None, False, ""
    sentence = str(row.get("sentence") or "")
    revised = revised_day(sentence, day, rules)
    if revised is not None:
        return revised, revised, True, "revised"
    precision = row.get("time_precision") or 1
    if precision == 1 and not row.get("date_span") and CAPTION_DATE_NOTE not in str(row.get("notes") or ""):
        return day, day, False, "story"
    if precision == 1:
        return _told_days(sentence, row.get("date_offset"), day, rules) or (day, day, True, "")
    if not row.get("date_span"):
        return day - dt.timedelta(days=rules.implicit_before), day, False, ""
    if precision == 2:
        return day, day + dt.timedelta(days=6), False, ""
    return day, _month_end(day), False, ""


def _told_days(sentence: str, offset: object, day: dt.date,
               rules: Rules) -> tuple[dt.date, dt.date, bool, str] | None:
    """The days of an event whose day the report gives only as that of a later clause, else None: of a toll revision
    naming no day, dated by the day it was revised, written after its cue ("the toll from a blast in a Bannu market
    rose to seven on Tuesday"), that day or the `implicit_before` days before it (a toll rises the day of its event
    or after); of the telling ("..., police said on Monday"), that day or the `told_before` days before it. Either
    way the day is not the event's own, so the report does not name it."""
    if not isinstance(offset, int) or not 0 <= offset <= len(sentence):
        return None
    rise = rules.toll_rise.search(sentence)
    if rise is not None and rise.end() <= offset:
        return day - dt.timedelta(days=rules.implicit_before), day, False, "revised"
    if rules.told.search(sentence[:offset]):
        return day - dt.timedelta(days=rules.told_before), day, False, "told"
    return None


def revised_day(sentence: str, day: dt.date, rules: Rules) -> dt.date | None:
    """The day of the event a toll revision names by its weekday ("The toll from Saturday's bombing rose to five
    on Monday": the Saturday before the Monday the report dated it by), else None. The revision is dated by the day
    the toll was revised; the event it updates lies on the day it names."""
    match = rules.revision.search(sentence)
    if match is None:
        return None
    named = weekdays.on_or_before(day, lexicon().weekdays[match.group(1).casefold()])
    return named if named != day else None

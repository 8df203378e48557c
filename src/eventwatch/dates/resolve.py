"""Turn one matched expression into a `DateRef`, anchored on the reference date (the report's date).

Conventions (chosen for news and ACLED): a bare weekday, month or day-and-month is the most recent one on or
before the reference unless the clause speaks of the future ("will meet on Friday"); "N days ago" is a day,
"N weeks ago" a week, "N months ago" a month, "N years ago" a year; vague phrases get fixed windows (see
`data/dates/vague.tsv`). Without a reference, anything that needs one resolves to None.

The handlers live by the kind of expression they read (`resolve_days`, `resolve_names`, `resolve_relative`,
`periods`, `units`, ...); this module maps each kind the scanner finds to its handler.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from eventwatch.dates.counted import ago
from eventwatch.dates.elided import elided_last
from eventwatch.dates.numeric import dotted, iso, slash_numeric
from eventwatch.dates.periods import (
    century,
    decade,
    fiscal_year,
    holiday,
    quarter,
    season,
    year_end,
    year_range,
)
from eventwatch.dates.resolve_base import Context
from eventwatch.dates.resolve_days import clock, date, range_dm, range_md, relday, same_day, spoken_day, weekday
from eventwatch.dates.resolve_names import month, month_year, year
from eventwatch.dates.resolve_relative import relunit, vague
from eventwatch.dates.told import then
from eventwatch.dates.units import day_of_month, this_time, week_of_month, weekday_of_month
from eventwatch.records import DateRef

Handler = Callable[[re.Match[str], Context], DateRef | None]

HANDLERS: dict[str, Handler] = {
    "iso": iso, "slash_ymd": iso, "slash_mdy": slash_numeric, "dotted_dmy": dotted, "range_dm": range_dm,
    "range_md": range_md, "date": date,
    "month_year": month_year, "relday": relday, "same_day": same_day, "weekday": weekday, "ago": ago,
    "relunit": relunit, "spoken_day": spoken_day, "quarter": quarter, "season": season, "month": month,
    "decade": decade, "year": year, "holiday": holiday, "vague": vague, "then": then, "clock": clock,
    "part_of_day": clock, "year_end": year_end, "century": century, "year_range": year_range,
    "week_of_month": week_of_month, "weekday_of_month": weekday_of_month, "fiscal_year": fiscal_year,
    "day_of_month": day_of_month, "this_time": this_time,
    "elided_last": elided_last,
}

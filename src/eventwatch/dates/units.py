"""Weeks, months and years said of another time than the report's.

Two kinds of expression name a unit by its place beside a time, not by the report's date:

- A week of a month: "the first week of April" is April 1-7, "the last week of February" its last seven days
  (not "the last week" before the report followed by a separate "February"). An event on it takes its first
  day with a week's precision; TimeML gets the ISO week holding most of its days.
- A weekday by its place in a month: "the first Sunday of March", "the first Tuesday in November", "the last
  Friday of next month" (an election's, a holiday's or a meeting's day) is that day, not "Sunday" against the report
  and "March" beside it; "last Friday in May" stays last week's Friday (the "last" of a month only before "of").
- A unit referred back to: a narrative that has named a day, a month or a year goes on with "that week",
  "the same year", "the previous month", "earlier that month", "the following week" or "later in the week",
  which are that unit (or the one before or after it), not the report's. "On June 3, 2011 rebels took the town.
  That week, prices rose" is the week of June 3, 2011; "in March 2011 ... the previous month" is February 2011.
  With nothing named before, "that week" is generic and names no date ("that week was the hardest of his life"),
  while the others keep their reading against the report ("the previous month" is the month before it).
  "Earlier in the week" and "later in the year" look back only to a time named close before them (a sentence or
  two) and not in a clause about the future ("the court will rule later in the month" is the report's month).
  "Exports rose in February from the same month last year" is February of the year before, one expression.
- A day of a month said by its number alone: "on the 20th" is the 20th of the month named last close before it
  ("the talks opened on March 3 and collapsed on the 20th": March 20); with none named, of the report's month, or
  the month before when that day is still to come (the one after in a clause about the future); "by the 3rd of
  next month" is of the month said. "This time last year" is the report's day a year before (a week, a month).
- A count after a time named before: "the rebels took the town on March 2. Two days later they left" is March 4,
  "elected in 2008 and re-elected four years later" 2012; with no time named before, no date (never a count after
  the report, which would put a past event in the future). Events only: TimeML marks a length of time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from eventwatch.dates import calendar as cal
from eventwatch.dates import weekdays
from eventwatch.dates.lexicon import lexicon
from eventwatch.dates.name_case import named
from eventwatch.dates.resolve_base import RELATION_STEPS, Context, norm, with_year
from eventwatch.records import DateRef, Span

# "the second week of January", "the final week of March 2012"
_LAST_WEEK_WORDS = frozenset({"last", "final"})


def _month_of(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    """The (year, month) a week or a weekday is placed in: a month by its name (`m`, perhaps with its year `y`) in
    its nearest year, the coming one in a clause about the future, as a month written alone is; or "this", "next"
    or "last month" (`rel`) from the report's; None without a reference or with a year out of range."""
    if m["m"]:
        number = lexicon().months[norm(m["m"])]
        year = with_year(ctx, number, None, m["y"], m.start(), m.end())
    elif ctx.reference is not None:
        year, number = cal.add_months(ctx.reference.year, ctx.reference.month, RELATION_STEPS[norm(m["rel"])])
    else:
        return None
    if year is None or not cal.MIN_YEAR <= year <= cal.MAX_YEAR:
        return None
    return year, number


def week_of_month(m: re.Match[str], ctx: Context) -> DateRef | None:
    """The seven days of the week of a month named by its place ("the first week of April": April 1-7; "the last
    week of February": the month's last seven days), in the month's nearest year (the coming one in a clause about
    the future), as a month written alone is; of "this", "next" or "last month", of that month of the report's."""
    named_month = _month_of(m, ctx)
    if named_month is None:
        return None
    year, number = named_month
    ordinal = norm(m["ord"])
    if ordinal in _LAST_WEEK_WORDS:
        first = cal.month_end(year, number) - dt.timedelta(days=6)
    else:
        first = dt.date(year, number, 7 * (lexicon().ordinals[ordinal] - 1) + 1)
    return cal.range_ref(first, first + dt.timedelta(days=6))


def weekday_of_month(m: re.Match[str], ctx: Context) -> DateRef | None:
    """ "The first Sunday of March" is that month's first Sunday, "the last Friday of next month" its last Friday:
    a weekday by its place in a month (elections, holidays, meetings are set so), in the month's nearest year (the
    coming one in a clause about the future), as "the first week of April" is; None for a fifth that is not there."""
    word = m["wd"] or m["wd2"]
    if not named(word):
        return None
    named_month = _month_of(m, ctx)
    if named_month is None:
        return None
    year, number = named_month
    target = lexicon().weekdays[norm(word)]
    if m["last"]:
        return cal.day_ref(weekdays.on_or_before(cal.month_end(year, number), target))
    weeks = lexicon().ordinals[norm(m["ord"])] - 1
    day = weekdays.on_or_after(dt.date(year, number, 1), target) + dt.timedelta(weeks=weeks)
    return cal.day_ref(day) if day.month == number else None


# "that week", "that same month", "the same year", "the following week", "the previous month", "earlier that year",
# "later in the week", "early the next year" (the determiner "the" alone only after "earlier in" / "later in")
_REFERRED = re.compile(
    r"^(?:(?P<part>earlier|later|early|late)\s+(?P<within>in\s+)?)?"
    r"(?P<det>that|that\s+same|the\s+same|same|the\s+following|the\s+next|the\s+previous|the\s+preceding|the)\s+"
    r"(?P<unit>week|month|year)$"
)
# "the same month last year", "the same week a year earlier": that month of the year before (sales figures)
_A_YEAR_BEFORE = re.compile(
    r"\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year)(?![\w-])",
    re.IGNORECASE,
)
# characters over which "earlier in the week" still looks back to the time named (the sentence or one before)
_WITHIN_REACH = 300


class Generic:
    """Marks an expression that refers back to nothing and so names no date ("that week was the hardest")."""


GENERIC = Generic()


def referred_unit(lowered: str, start: int, named: dict[str, DateRef | None], ctx: Context,
                  end: int) -> DateRef | Generic | None:
    """The unit an expression such as "that week" or "the previous month" refers back to: of the day (for a week),
    month or year named last (`named`, each already limited to a reach by the caller), shifted by "following" or
    "previous"; `GENERIC` for a bare "that week" with no day named; None when the expression is no such reference
    or keeps its reading against the report."""
    m = _REFERRED.match(lowered)
    if m is None or (m["det"] == "the" and not m["within"]):
        return None
    unit = m["unit"]
    anchor = named.get(unit)
    if anchor is not None and m["within"] and (
        anchor.span is None or start - anchor.span.end > _WITHIN_REACH or ctx.future(start, end)
    ):
        anchor = None  # "the court will rule later in the month": the report's month
    if anchor is None:
        return GENERIC if unit == "week" and m["det"] in ("that", "that same") else None
    step = RELATION_STEPS.get(m["det"], 0)  # "that", "the same", "same" and a bare "the" are the unit itself
    back = _A_YEAR_BEFORE.match(ctx.text, end) if "same" in m["det"] and unit != "year" else None
    if back is not None:  # "the same month last year": the month named, a year before, one expression
        if unit == "week":
            moved = cal.week_ref(anchor.first - dt.timedelta(weeks=52))
        else:
            moved = cal.month_ref(anchor.first.year - 1, anchor.first.month)
        return dataclasses.replace(moved, span=Span(start, back.end(), ctx.text[start : back.end()]))
    if unit == "week":
        return cal.week_ref(anchor.first + dt.timedelta(days=7 * step))
    if unit == "month":
        return cal.month_ref(*cal.add_months(anchor.first.year, anchor.first.month, step))
    return cal.year_ref(anchor.first.year + step)


# the granularities a time named before must have for a count of each unit to be taken from it ("two weeks
# later" is not counted from "March 2001"), and the largest count read (not "200 years later")
_LATER_FROM = {"day": ("day",), "week": ("day", "week"), "month": ("day", "month"), "year": ("day", "month", "year")}
_LATER_MOST = {"day": 60, "week": 52, "month": 36, "year": 50}


def later_than_named(ref: DateRef, reference: dt.date | None, named: DateRef | None) -> DateRef | None:
    """ "Two days later", "four years later": the same count after the time named outright last before it
    (`named`: a date, a weekday, a month, a year...), as `counted` resolved it after the report; None when
    nothing fine enough was named (a count of weeks after "March 2001"), or for another unit. TimeML marks these
    as lengths of time (DURATION), so only events ask for them."""
    unit = ref.granularity
    if reference is None or named is None or named.granularity not in _LATER_FROM.get(unit, ()):
        return None
    first = ref.first
    if unit == "day":
        count = (first - reference).days
        moved = cal.day_ref(named.first + dt.timedelta(days=count))
    elif unit == "week":
        count = (first - cal.week_ref(reference).first).days // 7
        moved = cal.week_ref(named.first + dt.timedelta(weeks=count))
    elif unit == "month":
        count = (first.year * 12 + first.month) - (reference.year * 12 + reference.month)
        moved = cal.month_ref(*cal.add_months(named.first.year, named.first.month, count))
    else:
        count = first.year - reference.year
        moved = cal.year_ref(named.first.year + count)
    return moved if 0 < count <= _LATER_MOST[unit] else None


# "of this month", "of next month": the month is said against the report, and no month named before is referred
# back to ("of that month" and "of the same month" are not said against the report: they refer back)
_SAID_MONTH = ("this", "last", "next")
_OWN_MONTH = re.compile(rf"\bof\s+(?:{'|'.join(_SAID_MONTH)})\s+month$")
# "of the following month", "of the previous month": a month counted from the one named before
_OF_REFERRED_MONTH = re.compile(r"\bof\s+(?P<rel>the following|the next|the previous|the preceding)\s+month$")
_DAY_OF_MONTH_REACH = 600  # characters over which "on the 20th" is still a day of the month named


def day_of_month(m: re.Match[str], ctx: Context) -> DateRef | None:
    """ "On the 20th" against the report: of the month said ("of next month"), else the latest such day up to the
    report, or in a clause about the future the next one from it (`day_of_named_month` moves it to a month
    named before)."""
    ref = ctx.reference
    if ref is None:
        return None
    number = int(m["d"])
    rel = norm(m["rel"])
    if rel in _SAID_MONTH or RELATION_STEPS.get(rel, 0):  # "of next month", "of the following month"
        day = cal.valid_day(*cal.add_months(ref.year, ref.month, RELATION_STEPS[rel]), number)
        return cal.day_ref(day) if day else None
    step = 1 if ctx.future(m.start(), m.end()) else -1
    year, month = ref.year, ref.month
    for _ in range(3):
        day = cal.valid_day(year, month, number)
        if day is not None and (day <= ref if step < 0 else day >= ref):
            return cal.day_ref(day)
        year, month = cal.add_months(year, month, step)
    return None


def day_of_named_month(ref: DateRef, lowered: str, start: int, named: dict[str, DateRef | None]) -> DateRef | None:
    """ "On the 20th", "on the 20th of that month" after a month or a day named close before it: that day of that
    month; "on the 3rd of the following month" (of the next, the previous, the preceding) of the month after (before)
    it. "Of this / last / next month" is said against the report and keeps that reading."""
    month = named.get("month")
    if _OWN_MONTH.search(lowered) or month is None or month.span is None:
        return None
    if start - month.span.end > _DAY_OF_MONTH_REACH:
        return None
    of = _OF_REFERRED_MONTH.search(lowered)
    year, number = cal.add_months(month.first.year, month.first.month, RELATION_STEPS[of["rel"]] if of else 0)
    day = cal.valid_day(year, number, ref.first.day)
    return cal.day_ref(day) if day else None


def this_time(m: re.Match[str], ctx: Context) -> DateRef | None:
    """ "This time last year", "the same time a month ago": the report's day, a year (month, week) before or after."""
    if ctx.reference is None:
        return None
    unit = norm(m["unit"] or m["unit2"])
    sign = 1 if norm(m["rel"]) == "next" else -1
    if unit == "week":
        return cal.day_ref(ctx.reference + dt.timedelta(days=7 * sign))
    if unit == "month":
        return cal.day_ref(cal.shift(ctx.reference, months=sign))
    return cal.day_ref(cal.shift(ctx.reference, years=sign))

"""Days, weekends and units said of the story's day by their own words: "that Sunday", "the next Sunday", "the
Sunday after", "that weekend", "the following weekend", "the week after".

A news report reads a bare weekday against its own week, even after a story has named an earlier day: on
TimeBank and AQUAINT's even half, 16 of the 17 bare weekdays written within 400 characters after a day a week or
more before the report are the report's week ("Rebels seized the dam on May 3. On Wednesday, the two sides met in
Geneva" is the report's Wednesday; the 17th is in a document the gold dates a week early throughout),
so a bare weekday keeps the report's reading. What refers back is the determiner or the word after: "that", "the
next", "the following", "the previous", a postposed "after" or "before" at a clause's end. These name the day,
weekend or unit beside the day the story named last (`Memory`, within `DAY_REACH`), never the report's:

- "The ceasefire was signed on Friday, Feb. 10. That Sunday the rebels shelled the town" is Sunday 12 February; in
  a past perfect ("that Monday the rebels had shelled it") the Monday before the day, as a past perfect tells what
  came before the story's time.
- "The next Sunday", "the Sunday after": the first Sunday after the day; "the Sunday before": the last before it.
- "That weekend": the weekend of the day's week (Saturday and Sunday after a weekday; its own when the day is one);
  "the following weekend", "the next weekend", "the weekend after": the first weekend that begins after the day;
  "the previous weekend", "the weekend before": the last that ends before it.
- "The week after", "the month before", "the year after" at a clause's end: the unit after or before the one
  named (a week from the day, a month from the day or month, a year from any of them), as "the following week"
  already is (`units.referred_unit`).

With no day named close before, each keeps its reading against the report, as before. TimeML reads these against
the story's time (its anchorTimeID), and so does an event told with them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from eventwatch.dates import calendar as cal
from eventwatch.dates import weekdays
from eventwatch.dates.anchor_memory import DAY_REACH, Memory
from eventwatch.dates.lexicon import lexicon
from eventwatch.records import DateRef, Span

# "that Sunday", "on that same Friday", "That Sunday, ..." (not "officials said that Sunday's vote": the
# conjunction "that" follows a verb, so only a preposition, a clause's start or its punctuation may come before)
_THAT_BEFORE = re.compile(
    r"(?:(?:^|[.!?;:,(\n]|[\"“”]|\b(?:on|by|until|till|since|from|before|after|of|for|during|and|but|then|later|earlier))\s*)"
    r"(?P<that>that(?:\s+same)?|the\s+next|the\s+same)\s+$",
    re.IGNORECASE,
)
# a postposed "after" / "before" ending the clause: "the Sunday after,", "the week before."
_POSTPOSED = re.compile(r"\s+(?P<dir>after|before)(?=\s*(?:[.,;:!?)\"'”’]|$))", re.IGNORECASE)
_THE_BEFORE = re.compile(r"(?:^|(?<=\W))the\s+$", re.IGNORECASE)
_PLUPERFECT = re.compile(r"\bhad\s+(?:not\s+|never\s+|already\s+|just\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|t)\b")
_CLAUSE_AFTER = re.compile(r"[^.;!?\n]{0,120}")
_MONTH_OR_SEASON = re.compile(
    r"^(?:the\s+(?P<rel>following|next|previous|preceding)\s+|(?:the\s+)?(?P<same>same)\s+)?(?P<word>[a-z]+)$"
)
_THAT_SAME = re.compile(r"\bthat\s+$", re.IGNORECASE)  # "that same summer": the scanner's expression is "same summer"
_WEEKDAY_ALONE = re.compile(rf"^{weekdays.NAME}{weekdays.PART_OF_DAY}$")
_UNIT_ALONE = re.compile(r"^the\s+(?P<unit>week|weekend|month|year)$")
_WEEKEND = re.compile(r"^(?:(?P<that>that|that\s+same|the\s+same)|the\s+(?P<rel>following|next|previous|preceding))"
                      r"\s+weekend$")


def _widened(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _weekend(saturday: dt.date) -> DateRef:
    return cal.range_ref(saturday, saturday + dt.timedelta(days=1))


def _weekend_from(day: dt.date, step: int) -> DateRef:
    """The weekend of `day`'s week (step 0), the first that begins after it (1), the last that ends before it (-1)."""
    own = weekdays.of_week(day, weekdays.SATURDAY)
    if step > 0:
        return _weekend(own if own > day else own + dt.timedelta(days=7))
    if step < 0:
        return _weekend(own - dt.timedelta(days=7))
    return _weekend(own)


def _weekday_from(day: dt.date, target: int, step: int) -> dt.date:
    """The first such weekday after `day` (step 1) or the last before it (-1); the day itself when it is one (0)."""
    if step > 0:
        return weekdays.following(day, target)
    if step < 0:
        return weekdays.previous(day, target)
    return weekdays.on_or_after(day, target)


def _story_day(memory: Memory, span: Span) -> DateRef | None:
    """The day the story named last, within `DAY_REACH` before the expression (not one written after it)."""
    day = memory.near_day(span.start, DAY_REACH)
    if day is None or day.span is None or day.span.end > span.start:
        return None
    return day


_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)


def _told_before(text: str, start: int, end: int) -> bool:
    """Is the clause of the expression at `start`..`end` a past perfect telling what came before the story's day
    ("that Monday the rebels had shelled it")? Not after "by" ("by that Saturday they had fled": by then, after)."""
    if _BY_BEFORE.search(text, max(0, start - 4), start):
        return False
    clause = _CLAUSE_AFTER.match(text, end)
    return clause is not None and _PLUPERFECT.search(clause.group().lower()) is not None


def story_weekday(memory: Memory, ref: DateRef, lowered: str, span: Span) -> DateRef | None:
    """ "That Sunday", "the next Sunday", "the Sunday after" / "before" beside the day the story named last (see the
    module's docstring); None for a bare weekday or with no day named close before."""
    day = _story_day(memory, span)
    if day is None:
        return None
    text = memory.text
    bare = _WEEKDAY_ALONE.match(lowered)
    target = ref.first.weekday()
    if text.startswith(("'s", "’s"), span.end):
        return None  # "that Sunday's vote": a possessive, as often after the conjunction "that"
    if bare is not None:
        that = _THAT_BEFORE.search(text, max(0, span.start - 40), span.start)
        if that is not None:
            said = that["that"].lower()
            start = that.start("that")
            if said == "the next":
                step = 1
            elif said == "the same":
                return None  # "the same Sunday" of another year, as often as of the story's week
            else:
                step = 0 if day.first.weekday() == target else -1 if _told_before(text, start, span.end) else 1
            return dataclasses.replace(cal.day_ref(_weekday_from(day.first, target, step)),
                                       span=_widened(text, start, span.end))
        post = _POSTPOSED.match(text, span.end)
        the = _THE_BEFORE.search(text, max(0, span.start - 5), span.start)
        if post is not None and the is not None:
            step = 1 if post["dir"].lower() == "after" else -1
            return dataclasses.replace(cal.day_ref(_weekday_from(day.first, target, step)),
                                       span=_widened(text, the.start(), post.end()))
        return None
    the = _THE_BEFORE.search(text, max(0, span.start - 5), span.start) if lowered.startswith("next ") else None
    if the is not None:
        # "the next Sunday": the first after the day named ("next Sunday" alone is the report's)
        return dataclasses.replace(cal.day_ref(_weekday_from(day.first, target, 1)),
                                   span=_widened(text, the.start(), span.end))
    return None


def story_unit(memory: Memory, lowered: str, span: Span, named: dict[str, DateRef | None]) -> DateRef | None:
    """ "That weekend", "the following weekend", "the weekend after", "the week after", "the month before", "the
    year after" beside the day (or month, year) the story named last (see the module's docstring)."""
    text = memory.text
    weekend = _WEEKEND.match(lowered)
    alone = _UNIT_ALONE.match(lowered)
    post = _POSTPOSED.match(text, span.end) if alone is not None else None
    if weekend is None and post is None:
        return None
    if weekend is not None:
        step = 0 if weekend["that"] else 1 if weekend["rel"] in ("following", "next") else -1
        end = span.end
        unit = "weekend"
    else:
        assert post is not None and alone is not None
        step = 1 if post["dir"].lower() == "after" else -1
        end = post.end()
        unit = alone["unit"]
    if unit in ("week", "weekend"):
        day = _story_day(memory, span)
        if day is None:
            return None
        if unit == "weekend":
            moved = _weekend_from(day.first, step)
        else:
            moved = cal.week_ref(day.first + dt.timedelta(weeks=step))
    else:
        anchor = named.get(unit)
        if anchor is None:
            return None
        if unit == "month":
            moved = cal.month_ref(*cal.add_months(anchor.first.year, anchor.first.month, step))
        else:
            moved = cal.year_ref(anchor.first.year + step)
    return dataclasses.replace(moved, span=_widened(text, span.start, end))


def story_month(memory: Memory, name: str, lowered: str, span: Span) -> DateRef | None:
    """ "That December", "the following December", "the next summer", "the previous spring" beside the month (or
    day) the story named last: "the army entered the town in October 2009; that December the rebels fled" is
    December 2009, "the next summer they returned" the summer of 2010, not the report's. "That December" is the
    first December from the month named (the last before it in a past perfect); "the following" / "the next" the
    first after it, "the previous" the last before it. After a year alone, "that December" is that year's, and the
    others keep their reading against the report (is "the next summer" after "in 2009" that year's or the next?).
    "The same December", "that same summer" are the one of the month named (the season holding it) or of the year
    named alone: "the war began in 1998; the same summer the city fell" is the summer of 1998. A season after "that"
    is `told.that_season`'s."""
    if name not in ("month", "relunit"):
        return None
    m = _MONTH_OR_SEASON.match(lowered)
    if m is None:
        return None
    word = m["word"]
    lex = lexicon()
    if word in lex.months:
        first_month, kind = lex.months[word], "month"
    elif word in lex.seasons and (m["rel"] or m["same"]):
        first_month, kind = lex.seasons[word][0], "season"
    else:
        return None
    named = memory.named_units(span.start)
    text = memory.text
    start = span.start
    if m["rel"]:
        step = 1 if m["rel"] in ("following", "next") else -1
    elif m["same"]:
        step = 0
        that = _THAT_SAME.search(text, max(0, span.start - 8), span.start)
        start = that.start() if that is not None and not lowered.startswith("the") else start
    else:
        that = _THAT_BEFORE.search(text, max(0, span.start - 40), span.start)
        if that is None or that["that"].lower() not in ("that", "that same"):
            return None
        start = that.start("that")
        step = -1 if _told_before(text, start, span.end) else 0
    month = named.get("month")
    if month is None or month.span is None or month.span.end > span.start:
        year = named.get("year")
        if step or year is None or year.granularity != "year":
            return None
        value = year.first.year
    else:
        here = month.first.month
        if step > 0:
            value = month.first.year + (0 if first_month > here else 1)
        elif step < 0:
            value = month.first.year - (0 if first_month < here else 1)
        elif m["same"] and kind == "season":  # the season holding the month named (a winter by its first year)
            value = month.first.year - (1 if here < first_month and (here - first_month) % 12 < 3 else 0)
        else:
            value = month.first.year + (0 if first_month >= here else 1)
    moved = cal.month_ref(value, first_month) if kind == "month" else cal.season_ref(value, first_month)
    return dataclasses.replace(moved, span=_widened(text, start, span.end))

"""Handlers for expressions that name a day: a date written out, a range of days, "yesterday", a weekday, "that
day", a day named by what it was, a clock time.

Each turns one match into a `DateRef` against the reference date (the report's); `anchor` later re-anchors those
that refer back to a day named before them. Split from `resolve` so that each module holds one kind of
expression.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwatch.dates import calendar as cal
from eventwatch.dates import weekdays
from eventwatch.dates.generic import as_present_ref, generic_today
from eventwatch.dates.lexicon import lexicon
from eventwatch.dates.name_case import named
from eventwatch.dates.resolve_base import (
    RELATION_STEPS,
    SPOKEN_COPULA,
    Context,
    apply_part,
    day_number,
    month_number,
    norm,
    with_year,
)
from eventwatch.records import DateRef

_GENERIC_TODAY = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?:world|youth|society|generation|children|kids|young|people|families|economy|"
    r"technology|computers?|market|standards|culture|age|era)\b", re.IGNORECASE,
)


def date(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"March 14", "14 March 2012", "Tuesday, March 14": that day, in the year written or else the nearest
    year that fits the report and the clause's tense (`with_year`); None for a day the month lacks."""
    month = month_number(m["m1"] or m["m2"])
    number = day_number(m["d1"] or m["d2"])
    year = with_year(ctx, month, number, m["y"], m.start(), m.end())
    if year is None:
        return None
    day = cal.valid_day(year, month, number)
    if day is None:
        return None
    return apply_part(cal.day_ref(day), None)


def range_dm(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"14-16 March", "between 14 and 16 March": the days of one month, in the year of the last day."""
    month = month_number(m["mon"])
    first, last = day_number(m["a1"] or m["b1"]), day_number(m["a2"] or m["b2"])
    year = with_year(ctx, month, last, m["y"], m.start(), m.end())
    if year is None or first >= last:
        return None
    a, b = cal.valid_day(year, month, first), cal.valid_day(year, month, last)
    return cal.range_ref(a, b) if a and b else None


def range_md(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"March 14-16", "Dec. 30 - Jan. 2, 2013": the year belongs to the last day, and a first month after the
    last is of the year before (a range across New Year)."""
    month_a = month_number(m["mon1"] or m["mon2"])
    second = m["mon3"] or m["mon4"]
    month_b = month_number(second) if second else month_a
    first, last = day_number(m["a1"] or m["b1"]), day_number(m["a2"] or m["b2"])
    year = with_year(ctx, month_b, last, m["y"], m.start(), m.end())
    if year is None:
        return None
    a = cal.valid_day(year if month_a <= month_b else year - 1, month_a, first)
    b = cal.valid_day(year, month_b, last)
    if a is None or b is None or b <= a or (b - a).days > 62:
        return None
    return cal.range_ref(a, b)


def relday(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"Yesterday", "today", "tomorrow", "last night", "this morning": the report's day or the one beside it;
    not "the cars of tomorrow" nor "today's youth", which name no day."""
    ref = ctx.reference
    if ref is None:
        return None
    word = norm(m["w"] or m["w2"] or m["w3"])
    if word == "tomorrow" and re.search(r"\bof\s+$", ctx.text[max(0, m.start() - 4) : m.start()]):
        return None  # "the people of tomorrow", "the cars of tomorrow": the future in general
    if word == "today" and _GENERIC_TODAY.match(ctx.text, m.end()):
        return None  # "today's youth", "in today's world": the present age, not the report's day
    offsets = {
        "yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "this": 0, "last": -1 if m["tod2"] else 0,
        "the day before yesterday": -2, "the day after tomorrow": 2, "overnight": 0,
    }
    if word == "last" and norm(m["tod2"]) != "night":
        offsets["last"] = -1
    if word == "last" and norm(m["tod2"]) == "night":
        offsets["last"] = -1
    day = cal.day_ref(ref + dt.timedelta(days=offsets.get(word, 0)))
    if (ctx.indefinite and m["w"] and norm(m.group(0)) == "today"
            and generic_today(ctx.text, m.start(), m.end())):
        return as_present_ref(day)  # "Today, more people own phones than ever": the present age
    return day


def same_day(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"that day", "the next morning", "the previous day": the report's day (or the next, or the one before)
    until `detect` finds the day they refer back to."""
    if ctx.reference is None:
        return None
    step = 1 if m["next"] or m["next2"] else -1 if m["prev"] or m["prev2"] else 0
    return cal.day_ref(ctx.reference + dt.timedelta(days=step))


def spoken_day(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"Today is the eighth day of the siege", "it was a great day for Poland": a day named by what it was, after
    a copula, is the day it is said of: the report's day in the present tense; in the past, the day last named
    (`anchor`). Without the copula ("the day of the attack", "a day for talks") it names no day."""
    if ctx.reference is None or not SPOKEN_COPULA.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None
    return cal.day_ref(ctx.reference)


def weekday(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"Friday", "last Friday", "next Friday", "this Friday": counted from the report's day by the word before
    it and the clause's tense (`weekdays` holds each convention)."""
    ref = ctx.reference
    word = m["wd"]
    if ref is None or not named(word):
        return None
    target = lexicon().weekdays[norm(word)]
    rel = norm(m["rel"])
    if rel in ("last", "past", "previous"):
        return cal.day_ref(weekdays.previous(ref, target))
    if rel in ("next", "coming", "following"):
        return cal.day_ref(weekdays.following(ref, target))
    week_rel = norm(m["wrel"] or m["wrel2"])
    if rel == "this" or week_rel:
        # "Tuesday of last week" is the Tuesday of the week before the report's, whatever day the report is
        step = RELATION_STEPS.get(week_rel, 0)
        day = weekdays.of_week(ref, target, step)
        if rel == "this" and day < ref and ctx.future(m.start(), m.end()):
            day += dt.timedelta(days=7)  # "will resign this Tuesday", said on a Thursday: the coming Tuesday
        elif rel == "this" and day > ref and ctx.told_past(m.start(), m.end()):
            day -= dt.timedelta(days=7)  # "resigned this Friday", said on a Wednesday: the Friday gone by
        return cal.day_ref(day)
    if ref.weekday() != target and ctx.future(m.start(), m.end()):
        return cal.day_ref(weekdays.on_or_after(ref, target))
    return cal.day_ref(weekdays.on_or_before(ref, target))


def clock(m: re.Match[str], ctx: Context) -> DateRef | None:
    """A clock time on its own: the day of the nearest preceding day-level expression, else the reference."""
    return cal.day_ref(ctx.reference) if ctx.reference else None

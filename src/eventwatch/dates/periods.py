"""Handlers for calendar periods longer than a day: quarters and halves, seasons, decades, holidays.

Split from `resolve` to keep each module short; the conventions are the same (see `resolve`).
"""

from __future__ import annotations

import datetime as dt
import re

from eventwatch.dates import calendar as cal
from eventwatch.dates import weekdays
from eventwatch.dates.lexicon import lexicon
from eventwatch.dates.resolve_base import RELATION_STEPS, Context, apply_part, norm, year_number
from eventwatch.records import DateRef

_OF_DECADE = re.compile(r"\s+of\s+the\s+(?:['’]\d0s|\d{3}0['’]?s)", re.IGNORECASE)


def season_year(ref: dt.date, first_month: int, rel: str, future: bool) -> int:
    """The year of a season named without one: "last" the latest ended, "next" the first not begun, "this" the
    report's year's; a clause about the future looks for one not yet over ("the floods will come in the spring",
    said in October, is next spring), and a bare season otherwise is the latest begun."""
    this_year = ref.year if not (first_month == 12 and ref.month <= 2) else ref.year - 1
    start = dt.date(this_year, first_month, 1)
    end_year, end_month = cal.add_months(this_year, first_month, 2)
    ended = cal.month_end(end_year, end_month) < ref
    if rel in ("last", "the past"):
        return this_year if ended else this_year - 1
    if rel in ("next", "the coming"):
        return this_year + 1 if start <= ref else this_year
    if future:
        return this_year + 1 if ended else this_year
    if rel == "this":
        return this_year
    return this_year if start <= ref else this_year - 1


# "that fall", "that same fall": the American autumn, as "that autumn" is (`told.that_season` dates it by the year
# named); "that" before "fall" is far more often a relative pronoun ("stocks that fall", "rockets that fall short"),
# so only where no verb can be: at a clause's end ("they left that fall."), before a subject pronoun ("that fall
# they left"), or after a sentence-opening "That" before a subject ("That fall the rebels fled")
_THAT_BEFORE = re.compile(r"\b(?P<that>that)(?:\s+same)?\s+$", re.IGNORECASE)
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;:!?)\"”’]|$)|\s+(?:he|she|they|we|I)\b")
_SUBJECT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|their|its|[A-Z][a-z]+)\b")
_PLURAL_BEFORE = re.compile(r"[a-z]{2,}s\s+$")
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?;:\n][\"'”’]*)\s*$")


def that_before(text: str, start: int) -> re.Match[str] | None:
    """"that" or "that same" just before `start` (a season word's), its group `that` the word "that"."""
    return _THAT_BEFORE.search(text, max(0, start - 12), start)


def that_fall(text: str, start: int, end: int) -> bool:
    """Whether "fall" at `start` is the season: after "that" where "that fall" cannot be a relative clause."""
    that = that_before(text, start)
    if that is None:
        return False
    if _CLAUSE_END_AFTER.match(text, end):  # not after a plural noun ("buy the stocks that fall."), its subject
        return _PLURAL_BEFORE.search(text, max(0, that.start() - 30), that.start()) is None
    opens = text[that.start("that")].isupper() and _SENTENCE_START_BEFORE.search(text, max(0, that.start() - 4),
                                                                                  that.start()) is not None
    return opens and _SUBJECT_AFTER.match(text, end) is not None


def season(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"The summer of 2012", "last winter", "the autumn of last year": three months of the year written, said
    or nearest; a part of it ("late summer") narrows it."""
    first_month = lexicon().seasons[norm(m["s"])][0]
    rel = norm(m["rel"]).replace("this past", "last")
    if m["y"]:
        return apply_part(cal.season_ref(year_number(m["y"], ctx.reference), first_month), m["part"])
    if m["yrel"]:  # "the autumn of last year"
        if ctx.reference is None:
            return None
        year = ctx.reference.year + RELATION_STEPS.get(norm(m["yrel"]), 0)
        return apply_part(cal.season_ref(year, first_month), m["part"])
    bare_fall = not rel and not m["the"] and norm(m["s"]) == "fall"
    if ctx.reference is None or (bare_fall and not that_fall(ctx.text, m.start(), m.end())):
        return None  # a bare "fall" is a verb more often than a season; "summer" alone is the last or this one
    year = season_year(ctx.reference, first_month, rel, ctx.future(m.start(), m.end()))
    return apply_part(cal.season_ref(year, first_month), m["part"])



def quarter(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"The third quarter", "Q3 2012", "1Q 2012", "H1 2013", "next quarter": three (six) months of the year
    written or of the report's, as results reports name them."""
    ref = ctx.reference
    if m["qq"]:
        number, year_text = int(m["qq"][1]), m["y2"]
        kind = "quarter"
    elif m["qs"]:  # "1Q 2012", "H1 2013", "2H 2012"
        short = m["qs"].upper()
        number, year_text = int(short.strip("QH")), m["y3"]
        kind = "half" if "H" in short else "quarter"
    elif m["qnext"]:
        if ref is None:
            return None
        current = (ref.month - 1) // 3 + 1
        return cal.quarter_ref(ref.year + current // 4, current % 4 + 1)
    elif m["q3"]:
        if ref is None:
            return None
        current = (ref.month - 1) // 3 + 1
        return cal.quarter_ref(int(m["yq3"]), current - 1 if current > 1 else 4)
    elif m["q2"]:
        if ref is None:
            return None
        qrel = norm(m["qrel"])
        if m["q2"].lower() == "period" and not qrel:
            return None
        current = (ref.month - 1) // 3 + 1
        # "this quarter" is the calendar quarter the report is in ("growth this quarter will be weak"), as "the
        # current quarter" is; in a report on results it is the quarter reported on, which `anchor` sets when
        # one is named ("This quarter's loss includes...")
        if qrel in ("current", "this") or (not qrel and m.group(0).lower().startswith("this")):
            y, q = ref.year, current
        else:
            y, q = (ref.year, current - 1) if current > 1 else (ref.year - 1, 4)
        if qrel in ("year-earlier", "year-ago") or m["qago"]:
            y -= 1
        return cal.quarter_ref(y, q)
    elif m["ord2"]:  # "the first two quarters" is the first half
        number, kind, year_text = (1 if norm(m["ord2"]) == "first" else 2), "half", m["y"] or m["yq"]
    else:
        ordinal = norm(m["ord"])
        kind = norm(m["q"])
        number = (4 if kind == "quarter" else 2) if ordinal in ("final", "last") else lexicon().ordinals[ordinal]
        year_text = m["y"] or m["yq"]
    if kind == "half" and (number > 2 or _OF_DECADE.match(ctx.text, m.end())):
        return None  # "the last half of the '80s" is a part of the decade, not of a year
    if (ref is not None and not year_text and not m["yrel"] and not m["yrel2"] and norm(m["ord"]) == "last"
            and kind == "quarter"):
        current = (ref.month - 1) // 3 + 1  # "last quarter" is the one before this one, not the fourth
        return cal.quarter_ref(ref.year, current - 1) if current > 1 else cal.quarter_ref(ref.year - 1, 4)
    if year_text:
        year = year_number(year_text, ref)
    elif ref is None:
        return None
    elif m["yrel"] or (m["yrel2"] and norm(m["yrel2"]) != "the") or m["yago"]:
        # "this year's third quarter", "the first half of last year" ("of the year" is read as a bare quarter)
        year = ref.year + RELATION_STEPS.get(norm(m["yrel"] or m["yrel2"]), -1)  # "the year-ago third quarter": -1
    else:
        year = ref.year
        start_month = 3 * (number - 1) + 1 if kind == "quarter" else 6 * (number - 1) + 1
        if dt.date(year, start_month, 1) > ref and not ctx.future(m.start(), m.end()):
            year -= 1
    return cal.quarter_ref(year, number) if kind == "quarter" else cal.half_ref(year, number)


def year_end(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"by year-end": the late part of the report's year; "since year-end": of the year before."""
    if ctx.reference is None:
        return None
    since = re.search(r"\bsince\s+$", ctx.text[max(0, m.start() - 8) : m.start()], re.IGNORECASE)
    return cal.part_of(cal.year_ref(ctx.reference.year - (1 if since else 0)), "late")


# "the mid-90s", "the late 80s": two digits without an apostrophe are a decade only after "the" and a part of it
# (the pattern asks for the part), never after a possessive ("in his late 80s" is an age) nor where the clause
# measures something ("temperatures in the mid-90s", "scores in the late 80s")
_BARE_SHORT_DECADE = re.compile(r"the\s+(?:early|mid|late)[\s-]+\d0s$", re.IGNORECASE)
_MEASURED = re.compile(
    r"\b(?:temperatures?|highs?|lows?|degrees?|heat|fahrenheit|percent|per\s+cent|scores?|rates?|prices?|aged?|"
    r"ages|polls?|polling|approval|ratings?|mph|km/h)\b[^.;:!?]*$", re.IGNORECASE)


def decade(m: re.Match[str], ctx: Context) -> DateRef | None:
    """ "The 1990s" (TimeML `199`), "the '80s", "the nineties". "The 1800s" and "the late 1900s" are hundreds of
    years, a century (TimeML `18`, `19`), which only `eventwatch dates` asks for, like "the 19th century"; "the
    2000s" is the decade, as it is mostly said."""
    if m["d"]:
        start = int(m["d"])
        if start % 100 == 0 and start < 2000:
            return apply_part(cal.century_ref(start // 100), m["part"] or m["part3"]) if ctx.indefinite else None
    elif m["dw"]:  # "the nineties" are the 1990s
        return apply_part(cal.decade_ref(1900 + lexicon().numerals[norm(m["dw"])[:-3] + "y"]), m["part2"] or m["part3"])
    else:
        if m.string[m.start("d2") - 1 : m.start("d2")] not in ("'", "’") and (
            not _BARE_SHORT_DECADE.match(m.group(0))
            or _MEASURED.search(ctx.text, max(0, m.start() - 40), m.start())
        ):
            return None  # "in his 90s", "temperatures in the mid-90s": an age or a measure, not a decade
        short = int(m["d2"])
        start = (1900 if short > 30 else 2000) + short
    return apply_part(cal.decade_ref(start), m["part"] or m["part3"])


_CENTURY_WORDS = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21}


def century(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"the 20th century" (TimeML `19`): a reference for `eventwatch dates`, never an event's date (an event
    dated "in the 11th century" is worse than one dated by its report), so only when asked for indefinite ones."""
    if not ctx.indefinite:
        return None
    number = int(m["n"]) if m["n"] else _CENTURY_WORDS[norm(m["w"])]
    return apply_part(cal.century_ref(number - 1), m["part"] or m["part3"])


def year_range(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"1957-58", "2010/11", "1998-2001": the years from the first to the second (one event per year is not
    ACLED's rule, so events get the range's first day with a range's precision)."""
    first = year_number(m["a"])
    tail = m["b"]
    last = int(tail) if len(tail) == 4 else first - first % 100 + int(tail)
    if not first < last <= first + 10 or not cal.MIN_YEAR <= first <= cal.MAX_YEAR:
        return None
    return cal.range_ref(dt.date(first, 1, 1), dt.date(last, 12, 31))


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * mm + 114, 31)
    return dt.date(year, month, day + 1)


def _holiday_day(rule: str, year: int) -> dt.date | None:
    """The day of a holiday `rule` (`MM-DD`, `us-thanksgiving`, `easter`, `easter-2`...) in `year`."""
    if rule == "us-thanksgiving":  # the fourth Thursday of November
        return weekdays.on_or_after(dt.date(year, 11, 1), weekdays.THURSDAY) + dt.timedelta(days=21)
    if rule.startswith("easter"):
        offset = rule[len("easter"):].removesuffix("-week")
        return easter(year) + dt.timedelta(days=int(offset or 0))
    month_number, day_number = (int(x) for x in rule.split("-"))
    return cal.valid_day(year, month_number, day_number)


# "since Christmas", "ever since Easter": a starting point, never after the report (as "since March" is not)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_AROUND_BEFORE = re.compile(r"\bthe\s+(?:day|night|morning|evening|week)\s+(?:before|after|of)\s+$", re.IGNORECASE)
# a report may be dated a few days before the paper that prints it, as a caption's day may (`printed_year`)
_TOLD_SLACK = dt.timedelta(days=7)


def _gone_by(m: re.Match[str], ctx: Context, day: dt.date) -> bool:
    """Is a holiday the nearest year puts ahead of the report one already gone by? It is when the clause tells
    it in the simple past ("the mayor spoke on Christmas Eve", said in October, is last year's Christmas Eve,
    though the coming one is nearer) or after "since", as a day and month written out are read
    (`resolve_base.with_year`): what a report tells in the past has happened."""
    assert ctx.reference is not None
    if day <= ctx.reference + _TOLD_SLACK:
        return False
    start = m.start("h")
    if _SINCE_BEFORE.search(ctx.text, max(0, start - 8), start):
        return True
    # "stores reopened the day after Christmas": the verb's day is the one around the holiday (`anchor_days`)
    around = _AROUND_BEFORE.search(ctx.text, max(0, start - 24), start)
    return ctx.told_past(around.start() if around else start, m.end())


def holiday(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"Christmas", "Easter", "last Thanksgiving": the holiday's day by its rule (`holidays.tsv`) in the year
    written or said; a lower-case "easter" is no holiday."""
    name = norm(m["h"]).replace("’", "'")
    rule = lexicon().holidays.get(name) or lexicon().holidays[norm(m["h"])]
    if not m["h"][:1].isupper() and rule.startswith("easter"):
        return None
    if m["y"]:
        year_value = year_number(m["y"], ctx.reference)
    elif ctx.reference is None:
        return None
    else:
        # the nearest year, as for a day and month, then "last" and "next" move it across the reference
        this_year = _holiday_day(rule, ctx.reference.year)
        if this_year is None:
            return None
        year_value = cal.nearest_year(ctx.reference, this_year.month, this_year.day)
        rel = norm(m["rel"])
        day = _holiday_day(rule, year_value)
        # "will be home by Christmas", said in August, is the coming Christmas, as a month or a day would be
        if rel == "last" and day is not None and day >= ctx.reference:
            year_value -= 1
        elif day is not None and (
            (rel == "next" and day <= ctx.reference)
            or (not rel and day < ctx.reference and ctx.future(m.start(), m.end()))
        ):
            year_value += 1
        elif not rel and day is not None and _gone_by(m, ctx, day):
            year_value -= 1
    day_value = _holiday_day(rule, year_value)
    if day_value is None:
        return None
    # "Easter week": the week that ends on Easter Sunday
    return cal.week_ref(day_value) if rule.endswith("-week") else cal.day_ref(day_value)


def fiscal_year(m: re.Match[str], ctx: Context) -> DateRef | None:
    """ "FY2012", "FY 13": the fiscal year of that number, TimeML's `2012` as for "fiscal 2012" (a company's fiscal
    year is named by the calendar year it ends in; which months it covers is the company's, not said)."""
    digits = m["y"]
    year = year_number(digits if len(digits) == 4 else "'" + digits, ctx.reference)
    return cal.year_ref(year) if cal.MIN_YEAR <= year <= cal.MAX_YEAR else None

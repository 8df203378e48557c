"""Turn one matched expression into a `DateRef`, anchored on the reference date (the report's date).

Conventions (chosen for news and ACLED): a bare weekday, month or day-and-month is the most recent one on or
before the reference unless the clause speaks of the future ("will meet on Friday"); "N days ago" is a day,
"N weeks ago" a week, "N months ago" a month, "N years ago" a year; vague phrases get fixed windows (see
`data/dates/vague.tsv`). Without a reference, anything that needs one resolves to None.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from eventwatch.dates import calendar as cal
from eventwatch.dates.counted import ago
from eventwatch.dates.generic import as_present_ref, generic_today
from eventwatch.dates.lexicon import lexicon
from eventwatch.dates.numeric import dotted, iso, slash_numeric
from eventwatch.dates.periods import (
    century,
    decade,
    fiscal_year,
    holiday,
    quarter,
    season,
    season_year,
    year_end,
    year_range,
)
from eventwatch.dates.resolve_base import SPOKEN_COPULA, Context, apply_part, norm, with_year, year_number
from eventwatch.dates.told import then
from eventwatch.dates.units import day_of_month, this_time, week_of_month
from eventwatch.records import DateRef


def _month(word: str | None) -> int:
    return lexicon().months[norm(word)]


def _day(word: str | None) -> int:
    return int(re.sub(r"\D", "", word or "0"))


# a capitalised word (not a month, a title or a sentence's first word) that names something ("Orion 1980")
# right before a four-digit number, after a lower-case word that is not a preposition of time ("during Ramadan
# 2020", "since Eid 2019" are dates)
_NAME_BEFORE = re.compile(
    r"(?<=[a-z,;] )(?<!\bin )(?<!\bon )(?<!\bby )(?<!\bof )(?<!\bfor )(?<!\bfrom )(?<!\bafter )(?<!\bbefore )"
    r"(?<!\bsince )(?<!\bduring )(?<!\buntil )(?<!\bthrough )(?<!\bover )"
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|In|Since|By|Until)\w*\s)[A-Z][a-z]+\s$"
)
_GENERIC_TODAY = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?:world|youth|society|generation|children|kids|young|people|families|economy|"
    r"technology|computers?|market|standards|culture|age|era)\b", re.IGNORECASE,
)
# "flight 1999", "$2000", "MiG-1999" (a name); but "post-1959 politics" is after the year, TimeML's 1959
_NOT_A_YEAR_BEFORE = re.compile(
    r"(\bno\.|\bnumber|\bflight|\broute|\bmodel|\bsection|\barticle|[$£€#]|[a-z](?<!\bpre)(?<!\bpost)-)\s*$"
)
# an exact count and a unit after "the past": "two years", "18 months", "twenty-five years" (TimeML's DURATION);
# "the past few weeks", "the past several quarters" stay PAST_REF, as the vague lexicon reads them
_COUNT_AND_UNIT = re.compile(
    r"\s+(?:at\s+least\s+)?(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:days|weeks|months|years|decades|quarters|centuries|hours|seasons)\b", re.IGNORECASE,
)


_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)  # "the week of March 4": the week of the day named (see anchor)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\"'”’]|$)")
_VAGUE_COUNTS = frozenset({"several", "few", "many", "some"})


def _span_of_time(text: str, end: int) -> bool:
    count = _COUNT_AND_UNIT.match(text, end)
    if count is None:
        return False
    number = count["n"].lower()
    if number in _VAGUE_COUNTS:
        return False
    return number.isdigit() or all(part in lexicon().numerals for part in number.split("-"))

Handler = Callable[[re.Match[str], Context], DateRef | None]


def date(m: re.Match[str], ctx: Context) -> DateRef | None:
    month = _month(m["m1"] or m["m2"])
    day_number = _day(m["d1"] or m["d2"])
    year = with_year(ctx, month, day_number, m["y"], m.start(), m.end())
    if year is None:
        return None
    day = cal.valid_day(year, month, day_number)
    if day is None:
        return None
    return apply_part(cal.day_ref(day), None)


def range_dm(m: re.Match[str], ctx: Context) -> DateRef | None:
    month = _month(m["mon"])
    first, last = _day(m["a1"] or m["b1"]), _day(m["a2"] or m["b2"])
    year = with_year(ctx, month, last, m["y"], m.start(), m.end())
    if year is None or first >= last:
        return None
    a, b = cal.valid_day(year, month, first), cal.valid_day(year, month, last)
    return cal.range_ref(a, b) if a and b else None


def range_md(m: re.Match[str], ctx: Context) -> DateRef | None:
    month_a = _month(m["mon1"] or m["mon2"])
    second = m["mon3"] or m["mon4"]
    month_b = _month(second) if second else month_a
    first, last = _day(m["a1"] or m["b1"]), _day(m["a2"] or m["b2"])
    year = with_year(ctx, month_b, last, m["y"], m.start(), m.end())
    if year is None:
        return None
    a = cal.valid_day(year if month_a <= month_b else year - 1, month_a, first)
    b = cal.valid_day(year, month_b, last)
    if a is None or b is None or b <= a or (b - a).days > 62:
        return None
    return cal.range_ref(a, b)


def month_year(m: re.Match[str], ctx: Context) -> DateRef | None:
    if m["rel"]:
        if ctx.reference is None:
            return None
        rel = norm(m["rel"])
        year = ctx.reference.year + (-1 if rel in ("last", "the previous") else 1 if rel != "this" else 0)
    else:
        year = year_number(m["y"], ctx.reference)
    if not cal.MIN_YEAR <= year <= cal.MAX_YEAR:
        return None
    return apply_part(cal.month_ref(year, _month(m["m"])), m["part"])


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


_JOINED_TO_A_MONTH = re.compile(r"([A-Z][a-z]+)\.?\s*(?:and|or|to|through|until|-|–)\s*$")


def _after_a_month(text: str, start: int) -> bool:
    """"March" or "May" joined to a month named just before ("between January and March", "April or May",
    "from February to March") is a month too, however ambiguous the word is alone."""
    joined = _JOINED_TO_A_MONTH.search(text, max(0, start - 20), start)
    return joined is not None and joined.group(1).lower() in lexicon().months


# "the March accession", "a May deadline": a capitalised month between a determiner and a lower-case noun
# modifies the noun as a month does; not before a function word ("the March on Washington") nor before an agent
# noun ("the March organisers": a march's)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|its|their|his|her)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|on|to|for|in|from|and|or|at|by|with|against|through|across|into|is|was|were|are|will|has|had|"
    r"would|that|which|who)\b)[a-z]{3,}(?<!ers)(?<!ors)\b"
)


def _month_modifier(text: str, start: int, end: int) -> bool:
    return _DETERMINER_BEFORE.search(text, max(0, start - 8), start) is not None and bool(_NOUN_AFTER.match(text, end))


def month(m: re.Match[str], ctx: Context) -> DateRef | None:
    word = m["m"]
    name = norm(word)
    if not _capitalised(word) or (len(name) <= 4 and not word.endswith(".") and name not in ("june", "july", "may")):
        return None  # "may", "march" and bare abbreviations ("Mar", "Jan") are too often not months
    if name in ("may", "march"):
        before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
        cue = r"\b(in|of|since|until|by|during|last|this|next|early|late|mid)\s*$"
        if (not m["part"] and not re.search(cue, before) and not _after_a_month(ctx.text, m.start())
                and not _month_modifier(ctx.text, m.start(), m.end())):
            return None
    if ctx.reference is None:
        return None
    number = _month(word)
    year = with_year(ctx, number, None, None, m.start(), m.end())
    if year is None:
        return None
    return apply_part(cal.month_ref(year, number), m["part"])


def relday(m: re.Match[str], ctx: Context) -> DateRef | None:
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
    return cal.day_ref(ctx.reference + dt.timedelta(days=1 if m["next"] else -1 if m["prev"] or m["prev2"] else 0))


def spoken_day(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"Today is the eighth day of the siege", "it was a great day for Poland": a day named by what it was, after
    a copula, is the day it is said of: the report's day in the present tense; in the past, the day last named
    (`anchor`). Without the copula ("the day of the attack", "a day for talks") it names no day."""
    if ctx.reference is None or not SPOKEN_COPULA.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None
    return cal.day_ref(ctx.reference)


def weekday(m: re.Match[str], ctx: Context) -> DateRef | None:
    ref = ctx.reference
    word = m["wd"]
    if ref is None or not _capitalised(word):
        return None
    target = lexicon().weekdays[norm(word)]
    rel = norm(m["rel"])
    back = (ref.weekday() - target) % 7
    ahead = (target - ref.weekday()) % 7
    if rel in ("last", "past", "previous"):
        return cal.day_ref(ref - dt.timedelta(days=back or 7))
    if rel in ("next", "coming"):
        return cal.day_ref(ref + dt.timedelta(days=ahead or 7))
    if rel == "this" or m["wrel"]:
        # "Tuesday of last week" is the Tuesday of the week before the report's, whatever day the report is
        step = {"last": -1, "the previous": -1, "next": 1, "the following": 1}.get(norm(m["wrel"]), 0)
        monday = ref - dt.timedelta(days=ref.weekday() - 7 * step)
        return cal.day_ref(monday + dt.timedelta(days=target))
    if back and ctx.future(m.start(), m.end()):
        return cal.day_ref(ref + dt.timedelta(days=ahead))
    return cal.day_ref(ref - dt.timedelta(days=back))


def relunit(m: re.Match[str], ctx: Context) -> DateRef | None:
    ref = ctx.reference
    if ref is None:
        return None
    rel = norm(m["rel"]) or norm(m["the"])
    unit = norm(m["unit"] or m["unit2"])
    part = norm(m["part"] or m["part2"]).removesuffix(" in")  # "earlier in the week": its earlier part
    lex = lexicon()
    # "the latest (fiscal) year" is the last complete one, as "the latest quarter" is
    steps = {"last": -1, "past": -1, "previous": -1, "latest": -1, "most recent": -1, "next": 1, "coming": 1}
    step = steps.get(rel, 1 if rel == "following" else 0)
    if m["unit2"] and unit in ("decade", "week") and not part:
        # "over the decade", "for the week" name no period an event can be dated by ("by the end of the week" is
        # the current one's end); TimeML writes the bare "the week" as a week of the year left unsaid
        if unit == "week" and rel == "the" and ctx.indefinite and not _OF_AFTER.match(ctx.text, m.end()):
            return cal.unspecified_week(ref.year)
        # "that week": the week of the day named before, which `anchor` finds (or drops the expression)
        return cal.week_ref(ref) if unit == "week" and rel == "that" else None
    base: DateRef
    if unit in lex.seasons:
        year = season_year(ref, lex.seasons[unit][0], "last" if step < 0 else "next" if step > 0 else "this", False)
        base = cal.season_ref(year, lex.seasons[unit][0])
    elif unit in lex.months:
        if not _capitalised(m["unit"]):
            return None  # "arrested at this march": a month is capitalised
        number = lex.months[unit]
        if step < 0:
            year = ref.year if number < ref.month else ref.year - 1
        elif step > 0:
            year = ref.year if number > ref.month else ref.year + 1
        else:
            year = ref.year
        base = cal.month_ref(year, number)
    elif unit == "week":
        base = cal.week_ref(ref + dt.timedelta(days=7 * step))
    elif unit == "weekend":
        saturday = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)
        # "this weekend" on a weekday, and "the weekend" in a clause about the future ("the ban lasts through the
        # weekend", "talks will go on over the weekend"), are the coming one
        if step > 0 or (step == 0 and ref.weekday() < 5 and (rel == "this" or ctx.future(m.start(), m.end()))):
            saturday += dt.timedelta(days=7)
        elif step < 0 and ref.weekday() >= 5:
            saturday -= dt.timedelta(days=7)
        base = cal.range_ref(saturday, saturday + dt.timedelta(days=1))
    elif unit == "month":
        y, mo = cal.add_months(ref.year, ref.month, step)
        base = cal.month_ref(y, mo)
    elif unit == "year":
        base = cal.year_ref(ref.year + step)
    elif unit == "decade":
        base = cal.decade_ref(ref.year + 10 * step)
    elif unit == "century" and ctx.indefinite and rel != "past":  # "this century": a reference, never an event's
        # date; "the past century" is the hundred years up to now, a length of time
        base = cal.century_ref(ref.year // 100 + step)
    else:
        return None
    if part in ("earlier", "the rest of", "later"):
        if step == 0:
            if part == "earlier":  # on the first day of the month, "earlier this month" is still the month
                return cal.range_ref(base.first, min(ref, base.last)) if ref > base.first else base
            return cal.range_ref(max(ref, base.first), base.last)
        return base
    return apply_part(base, part or None)


# the words after which "'98" stands for a year ("in '98", "since '05", "the '98 elections", "class of '89");
# elsewhere an apostrophe before two digits is more often a quotation opening on a number ("'12 people died'")
_SHORT_YEAR_BEFORE = re.compile(
    r"\b(?:in|of|since|by|until|till|from|during|before|after|to|through|and|or|the|early|mid|late|spring|summer"
    r"|fall|autumn|winter)\s+$", re.IGNORECASE)


def year(m: re.Match[str], ctx: Context) -> DateRef | None:
    value = year_number(m["y"], ctx.reference)
    if m["y"][:1] in "'’" and m.start() == m.start("y") and not _SHORT_YEAR_BEFORE.search(ctx.text, 0, m.start()):
        return None  # "'98" on its own is a year only after a word that takes one ("in '98"), not a quotation
    after = ctx.text[m.end() : m.end() + 20].lower()
    if re.match(r"s\b", after) or (value % 100 == 0 and value < 2000 and re.match(r"['’]s\b", after)):
        return None  # "the 1800s", "the 1900's": hundreds of years (`periods.decade`), not a year; "2002's" is
    following = re.match(r"\s*([a-z%]+)", after)
    if following and following.group(1) in lexicon().quantity_words:
        return None
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
    if _NOT_A_YEAR_BEFORE.search(before):
        return None
    if re.search(r"\b(than|about|over|some|nearly|almost|around|of|least|up to)\s+$", before) and value < 1900:
        return None
    if m.start() == m.start("y") and _NAME_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None  # a number in a name ("Orion 1980", "Vision 2030") is not a year
    part = norm(m["part"])
    if part in ("earlier in", "later in"):
        part = "early" if part.startswith("earlier") else "late"
    return apply_part(cal.year_ref(value), part or None)


# after "the future": whose future it is, or a verb of how it looks; the prospects of something, not a time
# a count before a bare "years ago" ("a hundred years ago", "20-odd years ago", "a couple of years ago")
_COUNTED_BEFORE = re.compile(r"(?:\d|hundred|thousand|odd|dozen|couple\s+of)[\s-]*$", re.IGNORECASE)
_PROSPECTS_AFTER = re.compile(r"\s+(?:of|for)\s|\s+(?:looks|seems|appears|holds|is\s+(?:bright|bleak|uncertain))\b",
                              re.IGNORECASE)


def vague(m: re.Match[str], ctx: Context) -> DateRef | None:
    ref = ctx.reference
    phrase = lexicon().vague.get(norm(m["v"]))
    if ref is None or phrase is None:
        return None
    windows = {
        "recent_days": -6, "recent_weeks": -27, "recent_months": -89, "recently": -29,
        "coming_days": 7, "coming_weeks": 28, "coming_months": 90,
    }
    if phrase.rule == "present":
        if m["v"] == "Now" and ctx.text.startswith(",", m.end()):
            return None  # "Now, the question is...": a sentence's opening discourse marker, not a time
        return cal.day_ref(ref)
    if phrase.rule == "recent_years":
        return cal.range_ref(cal.shift(ref, years=-3), ref)
    if phrase.rule in windows:
        days = windows[phrase.rule]
        if days < 0:
            return cal.range_ref(ref + dt.timedelta(days=days), ref)
        return cal.range_ref(ref + dt.timedelta(days=1), ref + dt.timedelta(days=days))
    if not ctx.indefinite:
        return None
    if norm(m["v"]) == "at the time" and not _CLAUSE_END.match(ctx.text, m.end()):
        return None  # "at the time of the attack", "at the time he left": a time given by an event, not the past
    if phrase.rule == "past" and _span_of_time(ctx.text, m.end()):
        return None  # "the past two years", "in the past few weeks": a length of time (a duration), not the past
    if phrase.rule == "past" and _COUNTED_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "a hundred years ago", "twenty-odd years ago": a count the scanner does not read, not the past
    if phrase.rule == "future" and _PROSPECTS_AFTER.match(ctx.text, m.end()):
        return None  # "the future of our peoples", "the future looks bleak": someone's prospects, not a time
    if phrase.rule == "past":
        return cal.range_ref(cal.shift(ref, years=-10), ref - dt.timedelta(days=1))
    return cal.range_ref(ref + dt.timedelta(days=1), cal.shift(ref, years=10))


def clock(m: re.Match[str], ctx: Context) -> DateRef | None:
    """A clock time on its own: the day of the nearest preceding day-level expression, else the reference."""
    return cal.day_ref(ctx.reference) if ctx.reference else None


HANDLERS: dict[str, Handler] = {
    "iso": iso, "slash_ymd": iso, "slash_mdy": slash_numeric, "dotted_dmy": dotted, "range_dm": range_dm,
    "range_md": range_md, "date": date,
    "month_year": month_year, "relday": relday, "same_day": same_day, "weekday": weekday, "ago": ago,
    "relunit": relunit, "spoken_day": spoken_day, "quarter": quarter, "season": season, "month": month,
    "decade": decade, "year": year, "holiday": holiday, "vague": vague, "then": then, "clock": clock,
    "part_of_day": clock, "year_end": year_end, "century": century, "year_range": year_range,
    "week_of_month": week_of_month, "fiscal_year": fiscal_year, "day_of_month": day_of_month, "this_time": this_time,
}

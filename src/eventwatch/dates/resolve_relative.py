"""Handlers for times named by their relation to the report's: "last week", "earlier this month", "the coming
weekend", and the vague "in recent days", "now", "the past", "the future".

Split from `resolve` so that each module holds one kind of expression.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwatch.dates import calendar as cal
from eventwatch.dates import weekdays
from eventwatch.dates.lexicon import lexicon
from eventwatch.dates.name_case import lower_case_month, named
from eventwatch.dates.not_lengths import some_day_ahead
from eventwatch.dates.periods import season_year
from eventwatch.dates.resolve_base import RELATION_STEPS, Context, apply_part, norm
from eventwatch.records import DateRef

# an exact count and a unit after "the past": "two years", "18 months", "twenty-five years" (TimeML's DURATION);
# "the past few weeks", "the past several quarters" stay PAST_REF, as the vague lexicon reads them
_COUNT_AND_UNIT = re.compile(
    r"\s+(?:at\s+least\s+)?(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:days|weeks|months|years|decades|quarters|centuries|hours|seasons)\b", re.IGNORECASE,
)


# "the last week of the campaign", "the past week before the vote": a week given by something else
_EVENT_AFTER = re.compile(r"\s+(?:of|before|after)\b", re.IGNORECASE)
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


def relunit(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"Last week", "this month", "next year", "the past year", "earlier this week": the unit by its relation
    to the report's (a part of it after "earlier", "late"...); `units` moves the ones that refer back."""
    ref = ctx.reference
    if ref is None:
        return None
    rel = norm(m["rel"]) or norm(m["the"])
    unit = norm(m["unit"] or m["unit2"])
    part = norm(m["part"] or m["part2"]).removesuffix(" in")  # "earlier in the week": its earlier part
    lex = lexicon()
    step = RELATION_STEPS.get(rel, 0)  # "this", "current", "same", "the", "that": the report's own unit
    if m["unit4"]:  # "the week before last"
        unit, step = norm(m["unit4"]), -2
    if m["unit2"] and unit in ("decade", "week") and not part:
        # "over the decade", "for the week" name no period an event can be dated by ("by the end of the week" is
        # the current one's end); TimeML writes the bare "the week" as a week of the year left unsaid
        if unit == "week" and rel == "the" and ctx.indefinite and not _OF_AFTER.match(ctx.text, m.end()):
            return cal.unspecified_week(ref.year)
        # "that week": the week of the day named before, which `anchor` finds (or drops the expression)
        return cal.week_ref(ref) if unit == "week" and rel == "that" else None
    if (unit == "week" and rel in ("past", "last") and m["det"] and not part
            and not _EVENT_AFTER.match(ctx.text, m.end())):
        # "the past week", "the last week", "this past week": the seven days up to the report, not the calendar
        # week before it ("in the past week, police arrested 12", said on a Friday, counts Monday to Friday too);
        # TimeML gives the ISO week holding most of them (`timeml`)
        return cal.range_ref(ref - dt.timedelta(days=6), ref)
    base: DateRef
    if unit in lex.seasons:
        year = season_year(ref, lex.seasons[unit][0], "last" if step < 0 else "next" if step > 0 else "this", False)
        base = cal.season_ref(year, lex.seasons[unit][0])
    elif unit in lex.months:
        if not (named(m["unit"]) or lower_case_month(ctx.text, m.start("unit"), m.end("unit"))):
            return None  # "arrested at this march": "may", "march" and "august" are capitalised as months
        number = lex.months[unit]
        if step < 0:
            # "last April" is the latest April ended; but the month just ended, in the same year, is "last month"
            # to a writer, so "last February" in a March report is a year earlier (TimeBank: the crash of "last
            # February" in a March 1998 report is 1997-02); across the new year "last December" stays the one
            # just ended, as it is also last year's
            year = ref.year if number < ref.month - 1 else ref.year - 1
        elif step > 0:
            year = ref.year if number > ref.month else ref.year + 1
        else:
            year = ref.year
        base = cal.month_ref(year, number)
    elif unit == "week":
        base = cal.week_ref(ref + dt.timedelta(days=7 * step))
    elif unit == "weekend":
        saturday = weekdays.on_or_before(ref, weekdays.SATURDAY)
        # "this weekend" on a weekday, and "the weekend" in a clause about the future ("the ban lasts through the
        # weekend", "talks will go on over the weekend"), are the coming one
        weekend = weekdays.is_weekend(ref)
        if step > 0 or (step == 0 and not weekend and (rel == "this" or ctx.future(m.start(), m.end()))):
            saturday += dt.timedelta(days=7)
        elif step < 0 and weekend:
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


# a count before a bare "years ago" ("a hundred years ago", "20-odd years ago", "a couple of years ago")
_COUNTED_BEFORE = re.compile(r"(?:\d|hundred|thousand|odd|dozen|couple\s+of)[\s-]*$", re.IGNORECASE)
# after "the future": whose future it is, or a verb of how it looks; the prospects of something, not a time
_PROSPECTS_AFTER = re.compile(r"\s+(?:of|for)\s|\s+(?:looks|seems|appears|holds|is\s+(?:bright|bleak|uncertain))\b",
                              re.IGNORECASE)


def vague(m: re.Match[str], ctx: Context) -> DateRef | None:
    """"Recently", "in recent days", "in the coming weeks", "now": a window around the report's day, or TimeML's
    `PRESENT_REF` / `PAST_REF` / `FUTURE_REF` where the phrase names no stretch (`vague.tsv` says which)."""
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
    if phrase.rule == "some_day" and not some_day_ahead(ctx.text, m.start(), m.end()):
        # "will one day be", "could someday return", "hopes to one day see": some day ahead; "one day" with no modal
        # before it, or after a preposition's "to", is a length ("lasted one day", "cut to one day") or a story's day
        return None
    if phrase.rule == "future" and _PROSPECTS_AFTER.match(ctx.text, m.end()):
        return None  # "the future of our peoples", "the future looks bleak": someone's prospects, not a time
    if phrase.rule == "past":
        return cal.range_ref(cal.shift(ref, years=-10), ref - dt.timedelta(days=1))
    return cal.range_ref(ref + dt.timedelta(days=1), cal.shift(ref, years=10))

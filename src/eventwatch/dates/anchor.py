"""Rules across expressions: an expression whose value depends on another one named before it.

A report on quarterly results says "the third quarter" once and then "the quarter", "the latest period", "a
year earlier" or "the 1988 period"; a narrative names a day and then says "that day" or "the next morning";
"the previous Friday" counts back from the day last named, not from the report. The scanner resolves each
expression on its own against the report's date; these rules then re-anchor the ones that refer back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from eventwatch.dates.anchor_days import (
    SAME_DAY,
    apposition_day,
    clock_before_day,
    day_rules,
    part_of_the_day_after,
    told_day,
)
from eventwatch.dates.anchor_memory import DAY_REACH, Memory
from eventwatch.dates.anchor_quarters import appositions, quarter_ended, quarter_rules
from eventwatch.dates.event_times import event_day, event_times
from eventwatch.dates.narrated import narrated_year, quoted_day
from eventwatch.dates.of_story import of_story_unit
from eventwatch.dates.rescheduled import rescheduled
from eventwatch.dates.resolve_base import Context
from eventwatch.dates.story_refs import story_month, story_unit, story_weekday
from eventwatch.dates.told import (
    and_day,
    before_an_event,
    earlier_than_named,
    first_of_two_days,
    listed_years,
    narrated_part,
    range_years,
    that_season,
    then_named,
    unit_before,
)
from eventwatch.dates.units import Generic, day_of_named_month, later_than_named, referred_unit
from eventwatch.records import DateRef, Span

_THAT_DAY = re.compile(r"^(?:that|the same|that same) day$")
_SPACES = re.compile(r"\s+")
_AFTER_WHAT = re.compile(r"^the \w+ after$")  # "the day after", "the morning after" (postposed, see patterns)
# kinds that name a time outright, or count it from one ("two days later" after "three days later")
_TOLD_KINDS = frozenset({"date", "iso", "slash_ymd", "slash_mdy", "dotted_dmy", "month_year", "month", "year",
                         "weekday", "relday", "ago", "week_of_month", "weekday_of_month",
                         "fiscal_year"})


def swallowed(out: list[tuple[str, DateRef]], span: Span | None) -> list[tuple[str, DateRef]]:
    """`out` without the expressions a widened one now covers: "Saturday, the day before Easter" read "the day"
    in apposition to Saturday, and then "Easter" widened back over it to "the day before Easter" (the same day);
    one expression, the longer, as TimeML marks it, not two over the same words."""
    if span is None:
        return out
    return [(n, r) for n, r in out if r.span is None or not (span.start <= r.span.start and r.span.end <= span.end)]


def anchor(text: str, found: list[tuple[str, DateRef]], reference: dt.date | None) -> list[tuple[str, DateRef]]:
    """`found` (kind, DateRef) in text order, with the expressions that refer back re-anchored."""
    memory = Memory(text, reference)
    out: list[tuple[str, DateRef]] = []
    joined = -1  # the index of a day already made part of the clock time before it
    covered = -1  # the end of an expression widened over the ones after it ("the same month last year")
    named_last: DateRef | None = None  # the last time named outright, which "two days later" counts from
    narrated: set[int] = set()  # the starts of yearless times read in the year a narrative has set
    for index, (name, ref) in enumerate(found):
        span = ref.span
        assert span is not None
        if span.start < covered:
            continue
        if index == joined:
            memory.remember(name, ref, _SPACES.sub(" ", span.text.lower()), memory.topic_quarter(span.start))
            continue
        lowered = _SPACES.sub(" ", span.text.lower())
        topic = memory.topic_quarter(span.start)
        if (name == "same_day" and _THAT_DAY.match(lowered) and memory.near_day(span.start, DAY_REACH) is None
                and (not SAME_DAY.match(lowered) or memory.day_in_month(span.start) is None)):
            continue  # "trades made that day" with no day named before: a generic day, not a date
        if name == "same_day" and _AFTER_WHAT.match(lowered) and memory.near_day(span.start, DAY_REACH) is None:
            continue  # "he was released the day after", with no day named: after something the text does not date
        if name == "then":  # "until then": the time named last, else nothing
            named = then_named(out, span)
            if named is not None:
                out.append((name, named))
            continue
        if name == "relunit" and before_an_event(text, lowered, span):
            continue  # "the month before the vote": given by an event
        named_units = memory.named_units(span.start) if name in ("relunit", "day_of_month") else {}
        referred = (referred_unit(lowered, span.start, named_units, Context(text, reference), span.end)
                    if name == "relunit" else None)
        if isinstance(referred, Generic):
            continue  # "that week was the hardest", with no day named before: a generic week, not a date
        if name == "ago" and lowered.endswith("later"):
            later = later_than_named(ref, reference, named_last if named_last and named_last.span and
                                     span.start - named_last.span.end < DAY_REACH else None)
            if later is None:
                continue  # "two days later" after no time named: counted from nothing the text says
            ref = dataclasses.replace(later, span=span)
        following = found[index + 1][1] if index + 1 < len(found) else None
        if name == "part_of_day" and part_of_the_day_after(text, span, following):
            continue  # "on the morning of Aug. 7": a part of the day named next, which is the expression
        if name == "spoken_day":
            known, told = told_day(memory, span)
            if not known:
                continue  # "it was a great day for them", with no day told of before: which day is unknown
            ref = told or ref
        if name == "same_day" and lowered == "the day":
            appositive = apposition_day(text, out[-1][1] if out else None, span)
            if appositive is None:
                continue
            ref = appositive
        clock_day = clock_before_day(text, ref, following) if name == "clock" else None
        if clock_day is not None and clock_day.span is not None:
            joined = index + 1
        moved = (
            clock_day
            or of_story_unit(name, ref, lowered, span, reference, memory.named_units(span.start))
            or (quarter_ended(text, ref, lowered, following, topic) if name == "quarter" else None)
            or quarter_rules(memory, name, ref, lowered, span)
            or (story_weekday(memory, ref, lowered, span) if name == "weekday" else None)
            or (story_unit(memory, lowered, span, named_units) if name == "relunit" else None)
            or story_month(memory, name, lowered, span)
            or day_rules(memory, name, ref, lowered, span)
            or referred
            or earlier_than_named(text, name, ref, reference, out)
            or that_season(text, name, span, memory.year)
            or (unit_before(text, lowered, span, reference, named_units) if name == "relunit" else None)
            or (day_of_named_month(ref, lowered, span.start, named_units) if name == "day_of_month" else None)
            or (narrated_part(text, lowered, span, reference, named_units) if name == "relunit" else None)
            or narrated_year(text, name, ref, reference, out, narrated)
            or quoted_day(memory, name, lowered, span)
            or event_day(text, name, ref, out)
        )
        if moved is not None:  # a rule returns a span only when it widened the expression ("the week of ...")
            ref = moved if moved.span is not None else dataclasses.replace(moved, span=span)
            out = swallowed(out, ref.span)
        memory.remember(name, ref, lowered, topic)
        out.append((name, ref))
        if ref.span is not None and ref.span.end > span.end:
            covered = ref.span.end
        if name in _TOLD_KINDS:
            named_last = ref
        second = and_day(text, name, ref)
        if second is not None:
            out.append((name, second))
    listed = listed_years(text, range_years(text, appositions(text, out)), reference)
    return first_of_two_days(text, event_times(text, rescheduled(text, listed, reference)))

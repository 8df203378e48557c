"""The lead's day for a wire's events left with no day (issues 10 and 12, dates58).

A report with a publication date dates a detail sentence that tells no time of its own ("Police closed the
cattle market at noon and detained its two guards", "Later in the day, a grenade was thrown into a bar in the
market town") by its lead's day (`when.lead_date`). A wire whose dateline the clean stage left unread
("KISUMU, May 6, 2026 (wire) - ...") has no publication date: `dateline_day.lead_dates` reads its lead's days
against the dateline, but its detail sentences' events stayed undated (16 of the 36 events found without gold's
day on the fix halves had no day at all; dates58's classes). Here the dateline's day stands for the report's in
finding the lead's day, and the events still undated once the report's events are folded take it.

The fill comes after folding, not at the sentence (dates57 found a bare time given the lead's day in its own
sentence made an event apart on a report half, and this round's first version, which dated them at the sentence,
left a recalled month's attack apart from a statement's retelling of the lead that had folded into it, one event
more on a fix half and on a report half): folded as on main, the report keeps main's events, and only their
missing days are given. An event with a date of its own that names no day (a year, a season, "since 2021") keeps
it. An event whose own sentence tells one weekday of an act (`told_weekdays`: no statement's day, no state's start)
takes that day rather than the lead's: read at the sentence, such weekdays dated retellings of the lead apart from
it (dates56's copies), but given after folding they change no event but the undated one.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from eventwatch.dates import find_dates, weekdays
from eventwatch.dates.anchor_days import SAID_BEFORE_DAY
from eventwatch.dates.dateline_day import desk_day
from eventwatch.events.when import lead_date, told_next
from eventwatch.records import DateRef, Event


def desk_lead(text: str, dates: Sequence[DateRef], starts: Sequence[int]) -> DateRef | None:
    """The lead's day of a report with no publication date, counted from its dateline's day (`desk_day`): the
    lead paragraph's first day of the dateline's week (`lead_date`), else the next paragraph's earliest
    (`told_next`); None with no readable dateline or no such day. `dates` are the text's dates in order, `starts`
    its paragraphs' offsets."""
    filed = desk_day(text)
    if filed is None:
        return None
    lead = lead_date(text, dates, filed, starts[1] if len(starts) > 1 else len(text))
    if lead is None and len(starts) > 1:
        lead = told_next(text, dates, filed, starts[1], starts[2] if len(starts) > 2 else len(text))
    return lead


# A weekday alone, perhaps with its part of the day ("on Saturday evening", "Wednesday night"); not after "since"
_WEEKDAY = re.compile(rf"^(?:on\s+)?{weekdays.NAME}\b", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def told_weekdays(text: str) -> list[DateRef]:
    """The weekdays of a report with no publication date read against its dateline's day (`desk_day`) that are no
    statement's day ("police said on Thursday", `SAID_BEFORE_DAY`), no state's start ("since Tuesday") and not
    after the dateline: the days an event left undated by its sentence may take (`undated_on_lead`)."""
    filed = desk_day(text)
    if filed is None:
        return []
    return [d for d in find_dates(text, filed) if d.span is not None and d.granularity == "day"
            and d.first <= filed and _WEEKDAY.match(d.span.text) is not None
            and SAID_BEFORE_DAY.search(text, max(0, d.span.start - 16), d.span.start) is None
            and _SINCE.search(text, max(0, d.span.start - 8), d.span.start) is None]


def undated_on_lead(events: list[Event], lead: DateRef | None, told: Sequence[DateRef] = ()) -> list[Event]:
    """`events` (folded) with those that have no date at all given a day, its precision and the note's "On <day>, "
    opening: the one day of the weekdays `told` (`told_weekdays`) inside the event's sentence ("the Guards said on
    Sunday that they had killed three gunmen in a clash on Saturday evening": Saturday), else the lead's day
    (`desk_lead`); the others unchanged."""
    def day_of(e: Event) -> DateRef | None:
        sentence = e.evidence.sentence
        days = {d.first: d for d in told if d.span is not None and sentence.start <= d.span.start < sentence.end}
        return next(iter(days.values())) if len(days) == 1 else lead

    out = []
    for e in events:
        when = day_of(e) if e.event_date is None and e.date_value is None else None
        if when is None:
            out.append(e)
            continue
        day = when.first.isoformat()
        out.append(dataclasses.replace(e, event_date=day, date_value=day, time_precision=when.time_precision,
                                       notes=f"On {day}, {e.notes}"))
    return out

"""The lead's day for a wire's events left with no day (issues 10 and 12, dates58).

A report with a publication date dates a detail sentence that tells no time of its own ("Troops searched homes in
the town during the morning and arrested nine people", "Later in the day, a grenade was thrown into a bar in the
market town") by its lead's day (`when.lead_date`). A wire whose dateline the clean stage left unread
("KISUMU, May 6, 2026 (wire) - ...") has no publication date: `dateline_day.lead_dates` reads its lead's days
against the dateline, but its detail sentences' events stayed undated (about a fifth of the fix halves' found
events without gold's day; dates58's classes). Here the dateline's day stands for the report's in finding the lead's
day, and the events still undated once the report's events are folded take it.

The fill comes after folding, not at the sentence (dates57 found a bare time given the lead's day in its own
sentence made an event apart on a report half, and this round's first version, which dated them at the sentence,
left a recalled "In May 2022" attack apart from a statement's retelling of the lead that had folded into it, one
event more on a fix half and on a report half): folded as on main, the report keeps main's events, and only their
missing days are given. An event with a date of its own that names no day (a year, a season, "since 2021") keeps
it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

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


def undated_on_lead(events: list[Event], lead: DateRef | None) -> list[Event]:
    """`events` (folded) with those that have no date at all given the lead's day (`desk_lead`), its precision
    and the note's "On <day>, " opening; the others unchanged."""
    if lead is None:
        return events
    day = lead.first.isoformat()
    return [dataclasses.replace(e, event_date=day, date_value=lead.value, time_precision=lead.time_precision,
                                 notes=f"On {day}, {e.notes}")
            if e.event_date is None and e.date_value is None else e for e in events]

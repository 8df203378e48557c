"""A wire's events left with no day take its lead's day, counted from the dateline's (`events.desk_lead`, dates58;
issues 10 and 12). Team-written wires."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwatch.api import extract
from eventwatch.dates import find_dates
from eventwatch.dates.dateline_day import lead_dates
from eventwatch.events import assemble
from eventwatch.events.desk_lead import desk_lead, told_weekdays, undated_on_lead
from eventwatch.records import DateRef, Event, Span
from eventwatch.sentences import paragraph_starts

WIRE = ("Gunmen raid a market town in the north\n\n"
        "KISUMU, May 6, 2026 (wire) - Gunmen attacked a police post in the town of Ahero on Monday night, "
        "killing two officers, the county commander said.\n\n"
        "Later in the day, a grenade was thrown into a bar in the market of Nyando, wounding four people.\n\n"
        "The attack was the third on a police post in the county this year.")


def _lead(text: str) -> DateRef | None:
    dates = lead_dates(text, find_dates(text, None))
    spanned = sorted((d for d in dates if d.span is not None), key=lambda d: d.span.start if d.span else 0)
    return desk_lead(text, spanned, paragraph_starts(text))


def test_the_leads_day_is_counted_from_the_datelines() -> None:
    lead = _lead(WIRE)
    assert lead is not None and lead.first == dt.date(2026, 5, 4)  # Monday before Wednesday 6 May


def test_no_readable_dateline_no_lead() -> None:
    assert _lead("Gunmen attacked a police post in Ahero on Monday night.\n\nPolice arrested nine men.") is None
    assert _lead("KISUMU, May 6 (wire) - Gunmen attacked a police post in Ahero on Monday night.") is None


def test_a_detail_with_no_day_takes_the_leads_day() -> None:
    events = extract(WIRE, None)
    grenades = [e for e in events if e.sub_event_type == "Grenade"]
    assert grenades and all(e.event_date == "2026-05-04" for e in grenades)
    assert all(e.notes.startswith("On 2026-05-04, ") for e in grenades)


def test_a_published_report_reads_the_same_day() -> None:
    """The dateline's day stands for the report's: a report published that day dates the detail alike."""
    undated = {(e.sub_event_type, e.event_date) for e in extract(WIRE, None)}
    published = {(e.sub_event_type, e.event_date) for e in extract(WIRE, "2026-05-06")}
    assert ("Grenade", "2026-05-04") in undated & published


def test_the_events_are_those_folded_without_the_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fill comes after folding: the wire keeps the events it had with no day given, the grenade undated."""
    filled = [(e.sub_event_type, e.location) for e in extract(WIRE, None)]
    monkeypatch.setattr(assemble, "undated_on_lead", lambda events, lead, told: events)
    unfilled = extract(WIRE, None)
    assert [(e.sub_event_type, e.location) for e in unfilled] == filled
    assert [e.event_date for e in unfilled if e.sub_event_type == "Grenade"] == [None]


@functools.cache
def _grenade() -> Event:
    return next(e for e in extract(WIRE, None) if e.sub_event_type == "Grenade")


@settings(deadline=None)
@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2035, 12, 31)))
def test_only_events_with_no_date_at_all_are_given_the_day(day: dt.date) -> None:
    event = _grenade()
    undated = dataclasses.replace(event, event_date=None, date_value=None, time_precision=None, notes="x.")
    yearly = dataclasses.replace(undated, date_value="2021")  # "since 2021": a date of its own, no day
    lead = DateRef(value=day.isoformat(), granularity="day", first=day, last=day)
    filled, kept, dated = undated_on_lead([undated, yearly, event], lead)
    assert (filled.event_date, filled.time_precision, filled.notes) == (day.isoformat(), 1, f"On {day}, x.")
    assert kept == yearly and dated == event
    assert undated_on_lead([undated], None) == [undated]


def test_the_weekdays_an_event_may_take() -> None:
    """A statement's day, a state's start and a day after the dateline are none of them."""
    text = ("KISUMU, May 6, 2026 (wire) - Gunmen attacked a police post in Ahero on Monday night.\n\n"
            "Separately, the army said on Tuesday that its troops had killed four raiders in a clash near Awasi "
            "on Sunday evening. Traders have blocked the road since Saturday.")
    assert [(d.span.text if d.span else "", d.first) for d in told_weekdays(text)] == [
        ("Monday night", dt.date(2026, 5, 4)), ("Sunday evening", dt.date(2026, 5, 3))]
    assert told_weekdays("Gunmen attacked a police post in Ahero on Monday night.") == []


def test_an_undated_event_takes_its_sentences_one_weekday() -> None:
    event = _grenade()
    sentence = event.evidence.sentence
    undated = dataclasses.replace(event, event_date=None, date_value=None, time_precision=None, notes="x.")
    lead = DateRef(value="2026-05-04", granularity="day", first=dt.date(2026, 5, 4), last=dt.date(2026, 5, 4))

    def told(day: dt.date, at: int) -> DateRef:
        return DateRef(value=day.isoformat(), granularity="day", first=day, last=day, span=Span(at, at + 6, "Sunday"))

    inside, outside = told(dt.date(2026, 5, 3), sentence.start + 1), told(dt.date(2026, 5, 2), sentence.end + 1)
    assert undated_on_lead([undated], lead, [inside, outside])[0].event_date == "2026-05-03"
    assert undated_on_lead([undated], lead, [outside])[0].event_date == "2026-05-04"  # none inside: the lead's
    two = [inside, told(dt.date(2026, 5, 1), sentence.start + 9)]
    assert undated_on_lead([undated], lead, two)[0].event_date == "2026-05-04"  # two days: the lead's

"""The Event record of one coded mention at one place and day, as the assembler's fan-out asks for it.

The assembler (`assemble.py`) decides how many events a sentence makes (one per place, day, actor pair and type) and
where and when each happened; this module turns each of those decisions into the ACLED-shaped record: actors named
for the event's country and date, the evidence spans, the generated note. Kept apart so that the fan-out reads as
one piece and the record's columns as another.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from eventwatch.events import ActorMention, EventMention, interaction, plover_type
from eventwatch.events.actors import fill_country, resolve_actor
from eventwatch.records import Actor, DateRef, Document, Event, Evidence, Place, Span, content_id, fatalities_phrase

# Granularities that name no day: ACLED dates an event to a day (or a week or month, time_precision 2 and 3), so an
# event known only by its season, year or decade has no event_date (it is kept, undated, with its date_value).
_NO_DAY = frozenset({"season", "year", "decade"})


def build_event(doc: Document, sentence: Span, m: EventMention, place: Place | None, when: DateRef | None,
                reference: dt.date | None, home: Place | None, window_days: int, recalled: bool = False) -> Event:
    """The record of one mention at one place (already moved to ACLED's point for it) on one day: the actors named
    for the event's country and date, the evidence spans, and the generated note. `window_days` is the reporting
    window: an event that ended further back than it before `reference` (the report's day: its publication date,
    else its dateline's, `numbered_day.anchor_day`) is background, and so is one the story `recalled` after its lead
    (`staged.other_period`'s aside): ACLED codes an event from the reports about it, not from a later story's
    background, and the export leaves such events out (`export.acled`)."""
    country_name = place.country_name if place else home.country_name if home else "Unknown"
    date_value = when.first.isoformat() if when and when.granularity not in _NO_DAY else None
    day = when.first.isoformat() if when else None  # actor names that change on a date need only a year
    actor1 = _actor(m.actor1, country_name, day)
    actor2 = _actor(m.actor2, country_name, day)
    m = _dated_direction(m, actor1)
    background = recalled or bool(when and reference and (reference - when.last).days > window_days)
    return Event(
        event_id=content_id("event", doc.id, sentence.start, m.trigger.start, m.sub_event_type,
                          place.geonameid if place else None, place.name if place else None,
                          date_value or (when.value if when else None)),
        doc_id=doc.id,
        event_type=m.event_type,
        sub_event_type=m.sub_event_type,
        plover_type=plover_type(m.event_type, m.sub_event_type),
        evidence=Evidence(sentence=sentence, trigger=m.trigger, actor1=actor1.span if actor1 else None,
                          actor2=actor2.span if actor2 else None, place=place.span if place else None,
                          date=when.span if when else None),
        event_date=date_value,
        time_precision=when.time_precision if date_value and when else None,
        date_value=when.value if when else None,
        actor1=actor1.name if actor1 else None,
        assoc_actor_1=fill_country(m.assoc_actor_1, country_name),
        inter1=actor1.inter if actor1 else None,
        actor2=actor2.name if actor2 else None,
        assoc_actor_2=fill_country(m.assoc_actor_2, country_name),
        inter2=actor2.inter if actor2 else None,
        interaction=interaction(actor1.inter if actor1 else None, actor2.inter if actor2 else None),
        civilian_targeting=m.civilian_targeting,
        country=place.country_name if place else None,
        iso3=place.iso3 if place else None,
        admin1=place.admin1 if place else None,
        admin2=place.admin2 if place else None,
        location=place.name if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        geo_precision=place.geo_precision if place else None,
        geonameid=place.geonameid if place else None,
        fatalities=m.fatalities or 0,
        size=m.size,
        notes=_notes(m, actor1, place, date_value, sentence.text),
        source=doc.source,
        reported_by=doc.reported_by,
        background=background,
        confidence=round(m.confidence * (1.0 if place and place.span else 0.7), 3),
    )


def _dated_direction(m: EventMention, actor1: Actor | None) -> EventMention:
    """A government's regaining of territory by an actor that, on the event's day, is no state force is a non-state
    actor overtaking it (issue 10, cause 5: the direction comes from who takes control, and who is a state force
    depends on the date). The sentence's rules read actors undated (the Taliban as Afghanistan's forces, ACLED's
    convention from 15 August 2021, `actor_periods.csv`); once the event is dated, its actor decides. Team-written
    example: "Taliban fighters seized the town of Sar-e Pul" on 8 August 2021 is the Taliban overtaking territory."""
    if (m.sub_event_type == _REGAINS and actor1 is not None and m.actor1 is not None and m.actor1.inter == 1
            and actor1.inter in (2, 3, 4)):
        return dataclasses.replace(m, sub_event_type=_OVERTAKES)
    return m


_REGAINS, _OVERTAKES = "Government regains territory", "Non-state actor overtakes territory"


def _actor(mention: ActorMention | None, country_name: str | None, day: str | None = None) -> Actor | None:
    """ACLED's actor name for the event's country, with foreign state forces coded as external (inter 8)."""
    if mention is None:
        return None
    return resolve_actor(mention, None if country_name in (None, "", "Unknown") else country_name, day)


def _shift(span: Span | None, offset: int) -> Span | None:
    return None if span is None else Span(span.start + offset, span.end + offset, span.text)


def _shift_actor(actor: ActorMention | None, offset: int) -> ActorMention | None:
    return None if actor is None else dataclasses.replace(actor, span=_shift(actor.span, offset))


def shift_mention(m: EventMention, offset: int) -> EventMention:
    trigger = _shift(m.trigger, offset)
    assert trigger is not None
    return dataclasses.replace(m, trigger=trigger, actor1=_shift_actor(m.actor1, offset),
                               actor2=_shift_actor(m.actor2, offset))


def _notes(m: EventMention, actor1: Actor | None, place: Place | None, date: str | None, sentence: str) -> str:
    """A generated one-line summary in the shape of ACLED notes."""
    who = actor1.name if actor1 else "Unidentified actors"
    where = f" in {place.name}" + (f" ({place.admin1}, {place.country_name})" if place.admin1 else "") if place else ""
    when = f"On {date}, " if date else ""
    deaths = fatalities_phrase(m.fatalities)
    decided = "" if m.decided_by == "rules" else f" Type: {m.decided_by} ({m.rule}, p={m.confidence:.2f})."
    return f"{when}{who}: {m.sub_event_type.lower()}{where} ({m.trigger.text}).{deaths}{decided}"

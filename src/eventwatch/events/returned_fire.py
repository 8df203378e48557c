"""A fight's answering fire told in a later sentence ("Troops returned fire"): folded into the fight told before it.

"Returned fire", "fired back", "responded with fire" name no act of their own: they are the answer of one side of a
fight the report has just told, so the sentence tells that fight again (issue 10, one event per occurrence). The
rules still code the sentence as an armed clash of its own, at whatever place it names (where the attackers fled,
where the wounded were flown) and on whatever day it is given:

- "Gunmen opened fire on a police post outside Kidal early on Friday, killing two officers, the army said. Officers
  returned fire and killed three of the gunmen before the rest escaped towards the Algerian border" codes a second
  clash at the border beside the one at Kidal; ACLED codes one armed clash at Kidal with five dead (every death of
  an event, on both sides);
- "At least nine people were killed in a police raid on a market district of Port Harcourt on Tuesday ... Police said
  the gang opened fire and officers fired back during a shootout" codes an attack on civilians and an armed clash;
  ACLED codes one armed clash (both sides armed and firing), with the raid's toll.

The later telling is folded into the nearest fight before it, in its own paragraph or the one before: an armed clash
(any place: the answering fire is that clash's), or an attack at the same place, which the answering fire shows to
have been a clash, so the clash's telling is kept with the attack's toll (and its day, when the clash's sentence
gives none). Its dead are added to a clash's toll when
the sentence counts them as the other side's ("killed three of the gunmen"); else the larger toll is kept.

What stays apart: a later sentence that tells an act of its own besides the fire (another fight or attack coded in
it), says it tells another occurrence (`ANOTHER`: "In a separate incident, police returned fire ..."), opens a
column item of its own ("KANO: ... returned fire"), is of another country, or tells a day that disagrees (a weekday
its sentence names and the fight's does not counts, even when no day of it was read as the telling's).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from eventwatch.dates.lexicon import lexicon
from eventwatch.events.number_words import number_regex, parse_count
from eventwatch.events.report_days import paragraph_of
from eventwatch.events.retelling import ANOTHER, dayless, e_country, one_kind, with_day
from eventwatch.records import Event
from eventwatch.sentences import paragraph_starts

# A side's answering fire: "returned fire", "returned the fire", "returning fire", "fired back", "shot back",
# "responded with gunfire", "fire was returned".
_ANSWER = re.compile(r"\b(?:return(?:ed|ing)?\s+(?:the\s+)?(?:gun)?fire|(?:fired|shot|firing|shooting)\s+back|"
                     r"respond(?:ed|ing)\s+with\s+(?:gun)?fire|fire\s+was\s+returned)\b", re.IGNORECASE)
# The other side's dead counted by the answering sentence: "killed two of the attackers", "shot dead three of them".
_THEIR_DEAD = re.compile(
    rf"\b(?:killed|killing|shot\s+dead|shooting\s+dead)\s+(?P<n>{number_regex()})\s+of\s+(?:them|the\s+(?:attackers|"
    r"assailants|gunmen|militants|raiders|insurgents|fighters|jihadists|rebels|bandits|gang\s+members))\b",
    re.IGNORECASE)
# A column item's head at a paragraph's start ("KANO: "): a new item, not the story before it.
_ITEM_HEAD = re.compile(r"[A-Z][A-Z .'-]{1,40}:\s")


def fold_returned_fire(events: list[Event], text: str, agree: Callable[[Event, Event], bool],
                       noted: Callable[[Event, Event], str]) -> list[Event]:
    """The events with each answering fire's clash folded into the fight before it (the module's docstring).
    `agree` says whether two events' days agree (`occurrence._days_agree`), `noted` writes the fold into the kept
    event's notes."""
    starts = paragraph_starts(text)
    ordered = sorted(events, key=lambda e: e.evidence.sentence.start)
    dropped: set[str] = set()
    replaced: dict[str, Event] = {}
    for n, later in enumerate(ordered):
        if later.event_id in dropped or not _answers(later, ordered, text, starts):
            continue
        target = _fight_answered(ordered[:n], later, dropped, agree, starts)
        if target is None:
            continue
        first = replaced.get(target.event_id, target)
        if first.event_type == "Battles":
            dropped.add(later.event_id)
            replaced[first.event_id] = dataclasses.replace(first, fatalities=_toll(first, later),
                                                           notes=noted(first, later))
        else:  # an attack the answering fire shows to be a clash: the clash's telling, with the attack's toll
            dropped.add(first.event_id)
            kept = later if dayless(later).evidence.date is not None else with_day(later, first)
            replaced[later.event_id] = dataclasses.replace(kept, fatalities=max(first.fatalities, later.fatalities),
                                                           notes=noted(kept, first))
    return [replaced.get(e.event_id, e) for e in events if e.event_id not in dropped]


def _answers(later: Event, ordered: list[Event], text: str, starts: list[int]) -> bool:
    """Whether `later` is a clash whose sentence tells only a side's answering fire: the words of it, no word of
    another occurrence, no column item's head opening its paragraph, and no fight of another kind coded in it."""
    sentence = later.evidence.sentence
    if later.sub_event_type != "Armed clash" or later.location is None:
        return False
    if _ANSWER.search(sentence.text) is None or ANOTHER.search(sentence.text):
        return False
    paragraph = starts[paragraph_of(starts, sentence.start)]
    if _ITEM_HEAD.match(text, paragraph) is not None:
        return False
    return not any(e.evidence.sentence.start == sentence.start and e.event_id != later.event_id
                   and not one_kind(e, later) for e in ordered)


def _fight_answered(before: list[Event], later: Event, dropped: set[str], agree: Callable[[Event, Event], bool],
                    starts: list[int]) -> Event | None:
    """The nearest fight told before `later` in its paragraph or the one before, on a day that agrees: a clash
    anywhere in the country, or an attack at the same place; None when there is none."""
    here = paragraph_of(starts, later.evidence.sentence.start)
    for first in reversed(before):
        if first.event_id in dropped or first.evidence.sentence.start >= later.evidence.sentence.start:
            continue
        if paragraph_of(starts, first.evidence.sentence.start) < here - 1:
            return None
        if e_country(first) != e_country(later) or not agree(first, dayless(later)) or _other_weekday(first, later):
            continue
        if first.sub_event_type == "Armed clash":
            return first
        if (first.sub_event_type == "Attack" and first.location == later.location
                and first.geonameid == later.geonameid):
            return first
    return None


def _weekdays(text: str) -> set[str]:
    days = lexicon().weekdays
    return {w for w in re.findall(r"[a-z]+", text.casefold()) if len(w) > 5 and w in days}


def _other_weekday(first: Event, later: Event) -> bool:
    """Whether the later sentence names a weekday the first does not, when no day of it was read as the later
    telling's ("On Wednesday, troops returned fire ..." after Friday's attack): another day may be told."""
    return later.evidence.date is None and bool(
        _weekdays(later.evidence.sentence.text) - _weekdays(first.evidence.sentence.text))


def _toll(first: Event, later: Event) -> int:
    """A clash's toll with its answering fire's: the sum when the later sentence counts the other side's dead
    ("killed two of the attackers") and its count is all the later telling's toll, else the larger of the two."""
    m = _THEIR_DEAD.search(later.evidence.sentence.text)
    if m is not None and later.fatalities and parse_count(m.group("n")) == later.fatalities:
        return first.fatalities + later.fatalities
    return max(first.fatalities, later.fatalities)

"""One event per occurrence inside one report: the events a report tells twice, folded into one.

The assembler codes each sentence's mentions at each place and day (`assemble.py`), and its keys already fold the
same type at the same place and day. A report still tells one occurrence in several ways that those keys cannot
see, and ACLED codes each as one event (one per type, place and day; what happens inside an event is part of it):

1. *A place named inside another town*: "a raid in the Vila Cruzeiro favela in northern Rio de Janeiro" gives one
   event per place the sentence names, but the first lies in the second. One event: at the inner place when the
   gazetteer puts it within a few kilometres of the town, else at the town (the inner name was read as another
   place of the same name far away). A district and its province in one sentence ("Argelia municipality in Cauca
   department") stay as the assembler made them: the merge across reports reads the pair (`merge/reports.py`'s
   twins), and the province is what a report told at the other end of a road joins.
2. *One site between two places*: "protesters clashed with police at the border between Punjab and Haryana", "on the
   Karnataka-Kerala border", "Assam and Meghalaya police clashed with villagers at the boundary" name two divisions
   (or towns, or countries) as the two sides of one site, and the assembler codes one event per side. One event: at
   the site when the sentence names it and it was placed ("the Wagah border between ..."), else at the side named
   first, a town side at precision 2 (ACLED: near a known place; a division is precision 3 already).
3. *A headline at a coarse place and a detail sentence at a precise one*: "A bomb attack on Colombia's pipeline in
   Arauca halted pumping on Monday ... The explosive was placed near the town of Saravena" is one bombing, told at
   the country and at the town. An event at a country (or a province) folds into the events of its sub-type that
   another sentence places inside it on a day that does not contradict its own; one such event takes its day when
   it has none of its own, the larger toll, and its actor when it names none. A crowd is one kind whatever its
   sub-type (`retelling.one_kind`): "set fire to six vehicles, KwaZulu-Natal police said" (mob violence at the
   province) is the riot the lead told at Mooi River.
4. *Arrests and seizures inside a larger event*: arrests made to disperse a protest, a riot or a clash, and arms
   seized in a clash, are part of it ("Riot police fired water cannon at protesters ... At least 100 people had
   been arrested by the end of the night"). ACLED folds them into the event (arrests at a peaceful protest make it
   a protest with intervention) and codes Arrests only for arrests on their own.

A day compatible with another is the same day, or a day the report's text does not give: an event dated only by the
report, or by the day a statement was made about an act it tells in the perfect ("the army said on Monday that it
had carried out an air strike": Monday is the statement's day, not the strike's). Each fold is written into the
kept event's notes, so that the table says which sentences it rests on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Collection, Iterable, Sequence

from eventwatch.events.corrected import drop_retracted
from eventwatch.events.headed import fold_head_copies
from eventwatch.events.other_type import fold_other_type
from eventwatch.events.quarters import fold_town_parts
from eventwatch.events.remains import fold_device_remains
from eventwatch.events.retelling import (
    e_country,
    fold_retellings,
    name_key,
    one_kind,
    with_count_and_actor,
    with_day,
    within_km,
)
from eventwatch.events.returned_fire import fold_returned_fire
from eventwatch.events.taxonomy import interaction, plover_type
from eventwatch.records import Event

# An inner place lies within this distance of a town it is said to be in (a district, a favela, a camp of a city).
_WITHIN_KM = 30.0
# Between an inner place's name and its outer place's: at most two words of kind ("favela", "camp"; never a word
# that joins or moves, as in "Lima and in Cusco" or "from Lima to Cusco"), then "in", an article and a compass word
# ("in northern", "in the south of", "in central").
_INSIDE = re.compile(
    r"(?:\s+(?!(?:and|or|but|nor|then|while|as|to|from|with|near|outside|before|after)\b)[a-z][\w-]*){0,2}?"
    r"\s*,?\s+in\s+(?:the\s+)?"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+|central\s+|"
    r"(?:north|south|east|west|centre|center)\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE)
# A statement's day before the act it reports in the perfect: "said on Monday that they had carried out".
_SAID_BEFORE = re.compile(r"\b(?:said|says|announced|confirmed|reported|claimed|stated|added|told\s+[\w ]{1,40}?)"
                          r"\s+(?:(?:on|late|early|overnight)\s+)?$", re.IGNORECASE)
_PERFECT_AFTER = re.compile(r"^[^.;:]{0,40}?\b(?:had|has|have)\b", re.IGNORECASE)
# What an event's own sub-types take in: arrests during a demonstration, a riot or a battle, arms seized in a battle.
HOSTS: dict[str, frozenset[str]] = {
    "Arrests": frozenset({"Protests", "Riots", "Battles"}),
    "Disrupted weapons use": frozenset({"Battles"}),
}


def fold_occurrences(events: Sequence[Event], text: str, captioned: Collection[str] = ()) -> list[Event]:
    """The report's events with each occurrence told twice folded into one (first a correction's retracted telling
    dropped, `corrected.py`, then a copy at the town heading the report or its item, `headed.py`, then the module's
    first two rules, a telling at a part of a town, `quarters.py`, the module's last two rules, then a later
    sentence's telling of an earlier event, `retelling.py`, a side's answering fire, `returned_fire.py`, a
    device's remains told after its explosion, `remains.py`, and last a part of an occurrence told again with
    another type, its victims alone or its shelling in a fight, `other_type.py`).
    `captioned`: the ids of events a photo caption dates (`assemble.py`); the report dates them as surely as its
    words would, so a coarse telling's day never replaces a caption's."""
    told = _Told(text, frozenset(captioned))

    def agree(a: Event, b: Event) -> bool:  # two tellings' days agree, in this report (`_days_agree`)
        return _days_agree(a, b, told)

    out = fold_head_copies(drop_retracted(list(events), text), text, agree, _noted)
    out = _fold_border_sides(_fold_inner_places(out, text), text)
    out = fold_town_parts(out, text, agree, _noted)
    out = _fold_into_hosts(_fold_coarse_places(out, told), told)
    out = fold_retellings(out, agree, _noted)
    out = fold_returned_fire(out, text, agree, _noted)
    out = fold_device_remains(out, agree, _noted)
    return fold_other_type(out, text, agree, _noted)


@dataclasses.dataclass(frozen=True)
class _Told:
    """What the folds read of the report beside its events: its text and the events its captions date."""

    text: str
    captioned: frozenset[str]


# -- places and days --------------------------------------------------------------------------------------------
def _level(e: Event) -> int:
    """How finely an event is placed: 0 a country (ACLED's precision 3 with no admin1), 1 a province (precision 3,
    its words naming the admin1: "Borno State", "Lamu County"), 2 finer (a town, a municipality or a road at
    precision 3: "the Damboa-Biu road", "Argelia municipality")."""
    if e.geo_precision != 3:
        return 2
    if not e.admin1:
        return 0
    words = name_key(e.evidence.place.text) if e.evidence.place else ""
    admin1 = name_key(e.admin1)
    return 1 if not words or admin1 in words or words in admin1 else 2


def _contains(coarse: Event, fine: Event) -> bool:
    """Whether a coarsely placed event's place holds a finer one's (the country, or the province by name)."""
    if e_country(coarse) is None or e_country(coarse) != e_country(fine) or _level(coarse) >= _level(fine):
        return False
    return _level(coarse) == 0 or coarse.admin1 == fine.admin1


def _same_place(a: Event, b: Event) -> bool:
    return a.geonameid == b.geonameid and a.location == b.location


def _text_dated(e: Event, told: _Told) -> bool:
    """Whether the report dates the event by its words or a photo caption (not by the report's own day, nor by a
    statement's day)."""
    if e.event_id in told.captioned:
        return True
    text = told.text
    date = e.evidence.date
    if date is None:
        return False
    trigger = e.evidence.trigger
    # not the day a statement was made about an earlier act
    return not (trigger is not None and trigger.start > date.end
                and _SAID_BEFORE.search(text[e.evidence.sentence.start:date.start]) is not None
                and _PERFECT_AFTER.search(text[date.end:trigger.start]) is not None)


def _days_agree(a: Event, b: Event, told: _Told) -> bool:
    """The same day, or a day one of them is not told by the text within a day of the other's (a report tells the
    events of its day and the day before; an undated event is not one told as years back)."""
    if a.event_date == b.event_date and a.date_value == b.date_value:
        return True
    if _text_dated(a, told) and _text_dated(b, told):
        return False
    if a.event_date is None or b.event_date is None:
        return a.date_value is None or b.date_value is None
    return abs((dt.date.fromisoformat(a.event_date) - dt.date.fromisoformat(b.event_date)).days) <= 1


def _noted(kept: Event, folded: Event) -> str:
    return f"{kept.notes} {told_as(folded)}"


def given_back(events: Sequence[Event], held: dict[str, int], before: Iterable[Event] = ()) -> list[Event]:
    """`events` with the tolls `totals.retold_toll` held for them given to those that still count no dead. A held
    toll of an event a fold took away (one of `before`, the events the folds were given) goes to the event that took
    it in, the one whose notes tell it (`told_as`): "Youths of both clans attacked each other's villages. Five men
    were killed on Sunday" holds the five for the attack, which is folded into the clash told before it."""
    out = [dataclasses.replace(e, fatalities=held[e.event_id]) if not e.fatalities and e.event_id in held else e
           for e in events]
    kept = {e.event_id for e in out}
    for gone in before:
        if gone.event_id in held and gone.event_id not in kept:
            hosts = [n for n, e in enumerate(out) if told_as(gone) in e.notes]
            if len(hosts) == 1 and not out[hosts[0]].fatalities:
                out[hosts[0]] = dataclasses.replace(out[hosts[0]], fatalities=held[gone.event_id])
    return out


def told_as(folded: Event) -> str:
    """What a fold writes into the kept event's notes for the telling it folded away (`given_back` finds the
    kept event by it)."""
    trigger = folded.evidence.trigger.text if folded.evidence.trigger else folded.sub_event_type.lower()
    return (f"Also told as {folded.sub_event_type.lower()} at {folded.location or 'no place'} (“{trigger}”): "
            "one occurrence.")


def _with_place(e: Event, src: Event) -> Event:
    return dataclasses.replace(e, country=src.country, iso3=src.iso3, admin1=src.admin1, admin2=src.admin2,
                               location=src.location, latitude=src.latitude, longitude=src.longitude,
                               geo_precision=src.geo_precision, geonameid=src.geonameid,
                               evidence=dataclasses.replace(e.evidence, place=src.evidence.place))


# -- 1. a place named inside another -----------------------------------------------------------------------------
def _fold_inner_places(events: list[Event], text: str) -> list[Event]:
    dropped: set[str] = set()
    replaced: dict[str, Event] = {}
    for inner in events:
        for outer in events:
            if inner is outer or inner.event_id in dropped or outer.event_id in dropped:
                continue
            if not _one_mention(inner, outer) or not _named_inside(inner, outer, text):
                continue
            keep, lose = (inner, outer) if _lies_in(inner, outer) else (outer, inner)
            dropped.add(lose.event_id)
            replaced[keep.event_id] = dataclasses.replace(replaced.get(keep.event_id, keep),
                                                          notes=_noted(replaced.get(keep.event_id, keep), lose))
    return [replaced.get(e.event_id, e) for e in events if e.event_id not in dropped]


def _one_mention(a: Event, b: Event) -> bool:
    """Two events of one coded mention, fanned out to two places: the same sentence, trigger, type and day."""
    ta, tb = a.evidence.trigger, b.evidence.trigger
    return (a.evidence.sentence.start == b.evidence.sentence.start and ta is not None and tb is not None
            and ta.start == tb.start and a.sub_event_type == b.sub_event_type and a.event_date == b.event_date
            and a.actor1 == b.actor1 and not _same_place(a, b))


def _named_inside(inner: Event, outer: Event, text: str) -> bool:
    """Whether the sentence names `inner`'s place as lying in `outer`'s ("X favela in northern Y")."""
    pi, po = inner.evidence.place, outer.evidence.place
    return pi is not None and po is not None and pi.end < po.start and po.start - pi.end < 60 \
        and _level(inner) == _level(outer) == 2 and _INSIDE.fullmatch(text, pi.end, po.start) is not None


def _lies_in(inner: Event, outer: Event) -> bool:
    """Whether the gazetteer puts the inner place within a few kilometres of the town it is said to be in: else the
    inner name was read as another place of that name."""
    return within_km(inner, outer, _WITHIN_KM)


# -- 2. one site between two places -----------------------------------------------------------------------------
_EDGE = r"(?:border|boundary|frontier|borderline)s?"
# the sides after the site's word: "the border between A and B", "the boundary of A and B", "the line dividing"
_EDGE_BEFORE = re.compile(rf"\b{_EDGE}\s+(?:between|of|separating|dividing)\s+(?:the\s+)?$", re.IGNORECASE)
_SIDES_AND = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?", re.IGNORECASE)
_SIDES_DASH = re.compile(r"\s?[-–—/]\s?")
# the site's word after the sides: "the A-B border", "the A and B inter-state border"
_EDGE_AFTER = re.compile(rf"(?:\s+|-)(?:inter-?state\s+|state\s+|international\s+)?{_EDGE}\b", re.IGNORECASE)
# the site alone, its sides named elsewhere in the sentence: "A and B police clashed with villagers at the boundary"
_EDGE_ALONE = re.compile(rf"\b(?:at|on|near|along|across)\s+the\s+(?:inter-?state\s+|state\s+)?{_EDGE}\b"
                         r"(?!\s+(?:of|with|between|town|crossing|post)\b)", re.IGNORECASE)
# a place named as the site itself: "the Wagah border", "the Rafah crossing"
_SITE_AFTER = re.compile(rf"\s+(?:{_EDGE}|crossing|border\s+crossing|checkpoint)\b", re.IGNORECASE)


def _fold_border_sides(events: list[Event], text: str) -> list[Event]:
    dropped: set[str] = set()
    replaced: dict[str, Event] = {}
    for first in events:
        for second in events:
            if first.event_id in dropped or second.event_id in dropped or not _one_mention(first, second) \
                    or not _sides(first, second, text):
                continue
            site = next((e for e in events if e.event_id not in dropped and _one_mention(e, first)
                         and _one_mention(e, second) and _names_the_site(e, text)), None)
            kept = replaced.get((site or first).event_id, site or first)
            if site is None and _level(kept) == 2 and (kept.geo_precision or 1) < 2:
                kept = dataclasses.replace(kept, geo_precision=2)  # somewhere near the town: ACLED's precision 2
            for side in (first, second):
                if side is not kept and side.event_id != kept.event_id:
                    dropped.add(side.event_id)
                    kept = dataclasses.replace(kept, notes=_noted(kept, side))
            replaced[kept.event_id] = kept
    return [replaced.get(e.event_id, e) for e in events if e.event_id not in dropped]


def _sides(first: Event, second: Event, text: str) -> bool:
    """Whether the sentence names `first`'s place and then `second`'s as the two sides of one border or boundary:
    places of one kind in two different divisions (or countries), joined by "and" or a dash, with the site's word
    before them, after them, or (joined by "and") elsewhere in the sentence."""
    a, b = first.evidence.place, second.evidence.place
    if a is None or b is None or not a.end <= b.start or b.start - a.end > 12 or _level(first) != _level(second):
        return False
    if e_country(first) == e_country(second) and (not first.admin1 or first.admin1 == second.admin1):
        return False
    before, after = text[max(0, a.start - 40):a.start], text[b.end:b.end + 40]
    if _SIDES_DASH.fullmatch(text, a.end, b.start):
        return _EDGE_AFTER.match(after) is not None
    if not _SIDES_AND.fullmatch(text, a.end, b.start):
        return False
    sentence = first.evidence.sentence
    return (_EDGE_BEFORE.search(before) is not None or _EDGE_AFTER.match(after) is not None
            or _EDGE_ALONE.search(text, sentence.start, sentence.end) is not None)


def _names_the_site(e: Event, text: str) -> bool:
    """Whether the event's place is named as the border site itself ("the Wagah border", "the Rafah crossing")."""
    p = e.evidence.place
    return p is not None and _SITE_AFTER.match(text, p.end) is not None


# -- 3. a coarse headline and its precise detail ------------------------------------------------------------------
def _fold_coarse_places(events: list[Event], told: _Told) -> list[Event]:
    replaced: dict[str, Event] = {}
    dropped: set[str] = set()
    for telling in sorted(events, key=_level):
        if _level(telling) == 2:
            break
        if telling.event_id in dropped:
            continue
        coarse = replaced.get(telling.event_id, telling)
        finer = [e for e in events if e.event_id not in dropped and one_kind(e, coarse)
                 and e.evidence.sentence.start != coarse.evidence.sentence.start
                 and _contains(coarse, e) and _days_agree(coarse, e, told)]
        if not finer:
            continue
        dropped.add(coarse.event_id)
        for fine in finer:
            kept = replaced.get(fine.event_id, fine)
            if len(finer) == 1 and _text_dated(coarse, told) and not _text_dated(fine, told):
                kept = with_day(kept, coarse)
            if len(finer) == 1:
                kept = with_count_and_actor(kept, coarse)
            replaced[fine.event_id] = dataclasses.replace(kept, notes=_noted(kept, coarse))
    return [replaced.get(e.event_id, e) for e in events if e.event_id not in dropped]


# -- 4. arrests and seizures inside a larger event ---------------------------------------------------------------
def _fold_into_hosts(events: list[Event], told: _Told) -> list[Event]:
    replaced: dict[str, Event] = {}
    dropped: set[str] = set()
    for part in events:
        hosts_of = HOSTS.get(part.sub_event_type)
        if hosts_of is None:
            continue
        hosts = [h for h in events if h.event_id not in dropped and h is not part and h.event_type in hosts_of
                 and _places_agree(h, part) and _days_agree(h, part, told) and _told_inside(h, part)]
        if not hosts:
            continue
        host = min(hosts, key=_nearest(part))
        kept = replaced.get(host.event_id, host)
        if _level(part) > _level(kept) and _contains(kept, part):
            kept = _with_place(kept, part)  # the part is told at the finer place
        if _text_dated(part, told) and not _text_dated(kept, told):
            kept = with_day(kept, part)
        if part.sub_event_type == "Arrests" and kept.sub_event_type == "Peaceful protest":
            kept = _intervened(kept, part)
        dropped.add(part.event_id)
        replaced[host.event_id] = dataclasses.replace(kept, notes=_noted(kept, part))
    return [replaced.get(e.event_id, e) for e in events if e.event_id not in dropped]


def _told_inside(host: Event, part: Event) -> bool:
    """Whether the part can be told as inside the host: arrests at a crowd are told with it or after it ("by the end
    of the night 100 had been arrested"), while a crowd told after arrests is more often gathered against them
    ("later on Monday, 300 people demanded the activists' release"); a clash and the arrests and seizures of its
    raid are told in either order."""
    return host.event_type == "Battles" or host.evidence.sentence.start <= part.evidence.sentence.start


def _places_agree(a: Event, b: Event) -> bool:
    return _same_place(a, b) or _contains(a, b) or _contains(b, a)


def _nearest(part: Event) -> Callable[[Event], tuple[int, int]]:
    """The host told closest to the part: the same sentence first, then the nearest before it, then after it."""
    at = part.evidence.sentence.start

    def distance(h: Event) -> tuple[int, int]:
        start = h.evidence.sentence.start
        return (0 if start == at else 1 if start < at else 2, abs(at - start))

    return distance


def _intervened(protest: Event, arrests: Event) -> Event:
    """A peaceful protest whose protesters were arrested is a protest with intervention, the arresting force its
    second actor (ACLED: an attempt to disperse or suppress it)."""
    actor2, inter2 = (protest.actor2, protest.inter2) if protest.actor2 else (arrests.actor1, arrests.inter1)
    sub = "Protest with intervention"
    return dataclasses.replace(protest, sub_event_type=sub, plover_type=plover_type(protest.event_type, sub),
                               actor2=actor2, inter2=inter2, interaction=interaction(protest.inter1, inter2))

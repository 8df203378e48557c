"""One occurrence told again in a later sentence of its report: folded into the telling that came first.

The assembler's key (`assemble.py`) folds the mentions of one sub-type at one place, day and first actor. A report
still tells one occurrence in several sentences that this key keeps apart, because each telling reads its actor or
its kind differently (issue 10, "one event per occurrence"):

- *a toll or a detail told by someone else*: "Members of a vigilante group clashed with bandits near Funtua on
  Thursday. Five vigilantes and three bandits were killed, according to a state government official" codes a second
  armed clash whose first actor is the official's government; "the explosive-laden drone hit a barracks tent at the
  camp ..., an officer of the army said" codes a second drone strike by the army that was struck;
- *a crowd told again by what happened to it*: "thousands gathered outside the parliament ... Water cannon are being
  used against the crowd near the parliament" codes a peaceful protest and a protest with intervention; "residents
  blocked roads with burning tyres ... Two people were arrested for public violence" a violent demonstration and mob
  violence.

- *a clash told again by one side's fire*: "an army patrol exchanged fire with armed cattle raiders ... the raiders
  opened fire from the bush" codes an armed clash and an attack on civilians nobody named (`_fight_of`);
- *an aftermath*: a toll revised or a wounded victim's later death, and the police's answer to a riot told in its
  own sentence (`aftermath.py`: the death folds into the fight or attack before it at its place, the dispersal into
  the riot).

ACLED codes each as one event (one per location, day, actor pair and type; what happens inside an event is part of
it). A later event is the earlier one told again when the two are of one kind (the same sub-type; for a crowd, any
sub-type of protest, or of riot), at the same place, on days that agree (`occurrence._days_agree`: the same day, or a
day the text does not give), and their actors agree: each side one of them names (an unidentified group, civilians, a
crowd name nobody) is a side of the other, or one names none. A time of day alone ("in the afternoon") gives no day
of its own. The later one is folded into the first; a protest keeps its most forceful telling's sub-type when that
telling names the force (an intervention told after the gathering makes it a protest with intervention, ACLED's
rule), and a toll told only in the later telling is the event's toll.

Distinct occurrences stay apart: two places or two told days (the keys differ), two different named sides ("the
army clashed with al-Shabaab ... In another attack, ISWAP fighters ..."), and a later sentence that says it tells
another occurrence ("separately", "another", "a second", "elsewhere", "meanwhile").

Before the folds, the assembler's events dated only by the report are folded into a dated event of their type at
their place (`merge_undated`), the report's undated lead taking the day of the detail that tells it.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable

from eventwatch.events.aftermath import death_of, dispersal_of, toll_kept
from eventwatch.events.number_words import number_regex, parse_count
from eventwatch.events.taxonomy import interaction, placeholder_actors, plover_type
from eventwatch.events.villages import finer_telling
from eventwatch.geo.distance import km
from eventwatch.records import Event

# Event types whose sub-types are one crowd told in several ways (a gathering and what the police did to it).
_CROWDS = frozenset({"Protests", "Riots"})
# A protest's sub-types from the least to the most forceful: the fold keeps the most forceful telling's.
_FORCE = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2}
# Words by which a sentence says it tells another occurrence, not the one before it told again.
ANOTHER = re.compile(r"\b(?:separate(?:ly)?|another|a\s+(?:second|third|further|fresh|similar)|elsewhere|meanwhile)\b",
                      re.IGNORECASE)
# The event types whose other side's dead a later sentence may count (`_attack_of`).
_FIGHTS = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
# A later sentence's dead of the other side, told by a partitive count: "Four of the attackers were killed",
# "Twenty-three of them were killed", "12 of the assailants had been shot dead".
_THEIR_DEAD = re.compile(
    rf"^(?:[^.;]{{0,60}}?\b(?:said|says)\s+(?:that\s+)?)?(?P<n>{number_regex()})\s+of\s+(?:them|the\s+(?:attackers|"
    r"assailants|gunmen|militants|raiders|insurgents|fighters|jihadists|rebels|bandits))\s+(?:were|had been|have been|"
    r"was)\s+(?:\w+\s+)?(?:killed|shot dead|dead)\b", re.IGNORECASE)
# The words of a shooting (`_fight_of`): a side's fire, not a killing or an assault of some other kind.
_FIRE = re.compile(r"\b(?:opened\s+fire|fired|shot\s+at|shooting)\b", re.IGNORECASE)
# The fire's target right after its words ("opened fire on them", "fired at the patrol"): when one is told, it must be a
# side of a fight (a pronoun, a force or its post), not people or a place of their own ("on villagers at a well").
_AIMED = re.compile(r"^\s*(?:on|at|upon)\s+(?P<target>[\w'-]+(?:\s+[\w'-]+){0,2})", re.IGNORECASE)
_AT_A_SIDE = re.compile(r"^(?:them|us|him|our\s+\w+|(?:the|their|an?)\s+(?:\w+\s+)?(?:patrol|post|checkpoint|"
                        r"troops|soldiers|guards|police|officers|convoy|position|base|unit|army|forces|boat|vehicles?)"
                        r")\b", re.IGNORECASE)
# A time of day with no day of its own ("in the afternoon", "at 8 a.m.", "21:05"): the date finder puts it on the
# report's day, but it tells the day of the story it is told in, so it is no day the text gives (`_days_agree`).
_TIME_OF_DAY = re.compile(r"(?:the\s+)?(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night|midday|noon|midnight|"
                          r"dawn|dusk)|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)


def fold_later(events: list[Event], target_of: Callable[[Event, list[Event], set[str]], Event | None],
               combine: Callable[[Event, Event], Event]) -> list[Event]:
    """The events with each later telling folded into the earlier event `target_of(later, told_before, folded)` finds
    for it (`folded`: the ids already folded away), `combine(kept, later)` giving the event kept: the loop that the
    one-occurrence folds of a device's remains (`remains.py`) and of victims or fire told again (`other_type.py`)
    share, so that an event folded twice keeps both folds."""
    ordered = sorted(events, key=lambda e: e.evidence.sentence.start)
    dropped: set[str] = set()
    replaced: dict[str, Event] = {}
    for n, later in enumerate(ordered):
        target = target_of(later, ordered[:n], dropped)
        if target is None:
            continue
        kept = replaced.get(target.event_id, target)
        dropped.add(later.event_id)
        replaced[target.event_id] = combine(kept, later)
    return [replaced.get(e.event_id, e) for e in events if e.event_id not in dropped]


def fold_retellings(events: list[Event], agree: Callable[[Event, Event], bool],
                    noted: Callable[[Event, Event], str]) -> list[Event]:
    """The events with each later telling of an earlier event folded into it. `agree` says whether two events' days
    agree (`occurrence._days_agree` with the report's text), `noted` writes a fold into the kept event's notes."""
    dropped: set[str] = set()
    replaced: dict[str, Event] = {}
    ordered = sorted(events, key=lambda e: e.evidence.sentence.start)
    added: dict[str, set[int]] = {}  # a kept event's id -> the sentences whose dead of the other side it took
    for n, later in enumerate(ordered):
        attack = _attack_of(ordered[:n], later, dropped)
        if attack is not None:
            kept = replaced.get(attack.event_id, attack)
            dropped.add(later.event_id)
            told = added.setdefault(attack.event_id, set())
            toll = kept.fatalities + (later.fatalities if later.evidence.sentence.start not in told else 0)
            told.add(later.evidence.sentence.start)
            replaced[attack.event_id] = dataclasses.replace(kept, fatalities=toll, notes=noted(kept, later))
            continue
        death = death_of(ordered[:n], later, dropped, ANOTHER)
        if death is not None:
            dropped.add(later.event_id)
            kept = replaced.get(death.event_id, death)
            replaced[death.event_id] = dataclasses.replace(kept, fatalities=toll_kept(kept, later),
                                                           notes=noted(kept, later))
            continue
        fight = _fight_of(ordered[:n], later, dropped, agree)
        if fight is not None:
            dropped.add(later.event_id)
            kept = replaced.get(fight.event_id, fight)
            replaced[fight.event_id] = dataclasses.replace(kept, notes=noted(kept, later))
            continue
        undated = dayless(later)
        first = next((e for e in ordered[:n] if e.event_id not in dropped and _retold(e, later)
                      and agree(e, undated)), None)
        if first is None:
            continue
        kept = replaced.get(first.event_id, first)
        dropped.add(later.event_id)
        replaced[first.event_id] = dataclasses.replace(_joined(kept, later, events), notes=noted(kept, later))
    return [replaced.get(e.event_id, e) for e in events if e.event_id not in dropped]


def _attack_of(before: list[Event], later: Event, dropped: set[str]) -> Event | None:
    """The attack or fight whose other side's dead a later sentence counts, or None: "Militants attacked a police
    checkpost ... killing five policemen. Four of the attackers were killed in the gunfight"; "Boko Haram fighters
    attacked a Chadian army position ... killing nine soldiers ... Twenty-three of them were killed and weapons were
    recovered". Why: ACLED counts every death of an event, on both sides, and codes one event; the later sentence
    (a partitive count of the attackers, `_THEIR_DEAD`, which is all the dead it tells) codes a second one of any
    type (a clash, an attack on civilians, arms seized) at the same place. It is folded into the nearest earlier
    fight or attack at that place and its dead added, once per sentence, unless that telling already gives their
    count. Not when the later sentence tells its own day, or says it tells another occurrence."""
    for first in reversed(before):
        if (first.event_id not in dropped and first.event_type in _FIGHTS and first.location == later.location
                and first.geonameid == later.geonameid
                and first.evidence.sentence.start < later.evidence.sentence.start):
            return first if _adds_dead(first, later) else None
    return None


def _fight_of(before: list[Event], later: Event, dropped: set[str],
              agree: Callable[[Event, Event], bool]) -> Event | None:
    """The armed clash whose shooting a later sentence tells again as one side's fire, or None: "an army patrol
    exchanged fire with armed cattle raiders near Mongo ... the raiders opened fire from the bush, the army said"; "a
    border guard was killed in a gunfight with Afghan border guards ... The Afghan guards opened fire on the patrol
    first". Why: the later sentence codes an attack on civilians (its victims unnamed, so the
    codebook's civilians), but the fire it tells is the clash's own, aimed at the clash's other side; ACLED codes one
    armed clash. Only when the later telling is an attack whose sentence names no victim (`evidence.actor2` none),
    tells fire (`_FIRE`) aimed at no one or at a side of a fight (`_at_a_side`), counts no dead of its own, names no
    first side the clash does not name, and the two are at one place on days that agree with no word of another
    occurrence; an attack that names its victims ("opened fire on villagers at a well") or kills stays its own."""
    if (later.sub_event_type != "Attack" or later.evidence.actor2 is not None or later.fatalities
            or later.evidence.trigger is None or _FIRE.search(later.evidence.trigger.text) is None
            or later.location is None or ANOTHER.search(later.evidence.sentence.text) or not _at_a_side(later)):
        return None
    for first in reversed(before):
        if (first.event_id not in dropped and first.sub_event_type == "Armed clash"
                and first.location == later.location and first.geonameid == later.geonameid
                and first.evidence.sentence.start < later.evidence.sentence.start
                and (unnamed(later.actor1) or later.actor1 in _named(first) or not _named(first))
                and agree(first, dayless(later))):
            return first
    return None


def _at_a_side(e: Event) -> bool:
    """Whether the fire of `e`'s trigger is aimed at no one its sentence names, or at a side of a fight ("opened
    fire on them", "on the patrol"), not at people of their own ("opened fire on villagers at a well")."""
    trigger = e.evidence.trigger
    assert trigger is not None
    sentence = e.evidence.sentence
    m = _AIMED.match(sentence.text[trigger.end - sentence.start:])
    return m is None or _AT_A_SIDE.match(m.group("target")) is not None


def _adds_dead(first: Event, later: Event) -> bool:
    """Whether `later`'s sentence tells only the dead of `first`'s other side (`_attack_of`): a partitive count
    that is the later event's whole toll, no day of the sentence's own, no word of another occurrence, and a count
    `first`'s telling does not already give."""
    sentence = later.evidence.sentence
    m = _THEIR_DEAD.search(sentence.text)
    if m is None or later.location is None or ANOTHER.search(sentence.text):
        return False
    if later.fatalities == 0 or parse_count(m.group("n")) != later.fatalities:
        return False
    date = later.evidence.date
    if date is not None and sentence.start <= date.start < sentence.end:
        return False
    count = re.compile(rf"\b{re.escape(m.group('n').strip())}\b", re.IGNORECASE)
    return count.search(first.evidence.sentence.text) is None


def _retold(first: Event, later: Event) -> bool:
    """Whether `later`, told in a later sentence, can be `first` told again: one kind, one place, agreeing sides,
    and no word that makes it another occurrence."""
    if first.evidence.sentence.start >= later.evidence.sentence.start:
        return False
    if not one_kind(first, later) and not dispersal_of(first, later):
        return False
    if first.geonameid != later.geonameid or first.location != later.location or first.location is None:
        return False
    if ANOTHER.search(later.evidence.sentence.text):
        return False
    return _sides_agree(first, later)


def one_kind(a: Event, b: Event) -> bool:
    """Whether two events can be one occurrence by their kind: the same sub-type, or for a crowd any sub-type of
    protest, or of riot (a gathering and what the police did to it, a riot and the mob's violence in it)."""
    if a.event_type != b.event_type:
        return False
    return a.sub_event_type == b.sub_event_type or a.event_type in _CROWDS


def dayless(e: Event) -> Event:
    """The event with a time of day that names no day read as no date of the text's ("Police moved in at midday
    ... before dispersing in the afternoon": the afternoon of the story's day, not of the report's)."""
    date = e.evidence.date
    if date is None or _TIME_OF_DAY.fullmatch(date.text.strip()) is None:
        return e
    return dataclasses.replace(e, evidence=dataclasses.replace(e.evidence, date=None))


def unnamed(actor: str | None) -> bool:
    """An actor nobody named: none, or the codebook's placeholder for a kind of actor ("Unidentified Armed Group
    (Nigeria)", "Rebel Group (DR Congo)", "Protesters (Peru)"); any side of the other telling may be it."""
    return not actor or actor.startswith(("Unidentified", *placeholder_actors()))


def _named(e: Event) -> set[str]:
    return {a for a in (e.actor1, e.actor2) if a and not unnamed(a)}


def _sides_agree(a: Event, b: Event) -> bool:
    """Each side one telling names is a side of the other, or one names none: "Government of Nigeria" (the official
    who told the toll) beside two unidentified groups, or the army that was struck beside the Houthis and the army."""
    named_a, named_b = _named(a), _named(b)
    return not named_a or not named_b or named_b <= named_a or named_a <= named_b


def _joined(kept: Event, later: Event, events: list[Event]) -> Event:
    """The first telling with what the later one adds: a protest's more forceful sub-type (with the intervening
    force as its second actor when it names none), and the later toll when the first told none or told a total it
    shares with other places ("shelled A, B and C, killing three" beside "in A, two people died")."""
    if _FORCE.get(later.sub_event_type, -1) > _FORCE.get(kept.sub_event_type, 99) and _force_named(later):
        actor2, inter2 = (kept.actor2, kept.inter2) if kept.actor2 else (later.actor2, later.inter2)
        # the second actor taken from the later telling keeps its words as evidence (every field is traceable)
        evidence = kept.evidence if kept.actor2 else dataclasses.replace(kept.evidence, actor2=later.evidence.actor2)
        kept = dataclasses.replace(kept, sub_event_type=later.sub_event_type,
                                   plover_type=plover_type(kept.event_type, later.sub_event_type),
                                   actor2=actor2, inter2=inter2, interaction=interaction(kept.inter1, inter2),
                                   evidence=evidence)
    if later.fatalities and (not kept.fatalities or _shared(kept, events)):
        kept = dataclasses.replace(kept, fatalities=later.fatalities)
    return kept


def _force_named(e: Event) -> bool:
    """Whether the telling names the force that intervened ("Police moved in and dispersed the crowd"), not only a
    crowd that went away ("They dispersed peacefully after a director received their letter")."""
    return e.evidence.actor2 is not None and not unnamed(e.actor2)


def _shared(e: Event, events: list[Event]) -> bool:
    """Whether the event's mention was fanned out to other places too (its toll is the sentence's, for all)."""
    trigger = e.evidence.trigger
    return trigger is not None and any(
        o.event_id != e.event_id and o.evidence.trigger is not None and o.evidence.trigger.start == trigger.start
        and o.location != e.location for o in events)


def merge_undated(events: list[Event], captioned: set[str]) -> list[Event]:
    """An event dated only by the report (no time expression of its own) that repeats a dated event of the same
    type at the same place is the same event told again: keep the dated one (ACLED: one per location-day-type).
    An event dated by a photo caption (`captioned` ids) counts as dated, but is itself the same event told again
    when the text dates an event of its type at its place to the same day.
    When the undated one is the report's lead (its first sentence that codes an event) and the dated one a later
    detail, the lead names the occurrence and the detail gives its day: "Armed bandits abducted dozens of residents
    in a village in Tsafe ... The gunmen arrived at around 11 p.m. on Saturday, shooting into the air" is one
    abduction on Saturday, not an attack (`_dated_by`). Not for strategic developments, a type of unrelated kinds (a
    looting and an agreement at one town are two developments)."""
    told = {(e.event_type, e.location, e.event_date) for e in events if e.evidence.date is not None}
    kept = [e for e in events if e.event_id not in captioned or (e.event_type, e.location, e.event_date) not in told]
    dated: dict[tuple[str | None, str | None], Event] = {}
    for e in kept:
        if e.evidence.date is not None or e.event_id in captioned:
            dated.setdefault((e.event_type, e.location), e)
    leads: dict[str, Event] = {}  # a dated event's id -> the undated lead told before it that takes its day
    first = min((e.evidence.sentence.start for e in kept), default=0)
    for e in kept:
        repeat = None if e.evidence.date is not None or e.event_id in captioned else dated.get(
            (e.event_type, e.location))
        if (repeat is not None and e.evidence.sentence.start == first < repeat.evidence.sentence.start
                and e.event_type != "Strategic developments"):
            leads.setdefault(repeat.event_id, e)
    taken = {leads[d.event_id].event_id: d for d in kept if d.event_id in leads}  # a lead's id -> its detail
    return [_dated_by(e, taken[e.event_id]) if e.event_id in taken else e for e in kept
            if e.event_id not in leads and (e.event_id in taken or e.evidence.date is not None
                                            or e.event_id in captioned or (e.event_type, e.location) not in dated
                                            or their_dead_of(dated[(e.event_type, e.location)], e))]


def their_dead_of(dated: Event, e: Event) -> bool:
    """Whether an undated repeat of a dated fight tells that fight's other side's dead ("Nine of the attackers were
    killed in the gunfight"): kept for `fold_retellings`, which adds them to its toll (`_attack_of`)."""
    return (dated.event_type in _FIGHTS and dated.evidence.sentence.start < e.evidence.sentence.start
            and dated.location is not None and _adds_dead(dated, e))


def _dated_by(lead: Event, detail: Event) -> Event:
    """An undated lead ("Armed bandits abducted dozens of residents in a village in Tsafe") with the day a later
    sentence gives the same occurrence ("The gunmen arrived ... at around 11 p.m. on Saturday, shooting into the
    air"): the lead's telling, which names the occurrence, at the detail's day, with the larger toll of the two.
    But a detail that names the lead's place by its village (`villages.finer_telling`: "Two herders killed in Bellamy
    raid" before "raiders attacked a kraal near Tarso, in Bellamy district, on Monday") is the report's own account
    of the occurrence, which the lead only sums up (a headline's toll may add up two events): the detail stands."""
    if finer_telling(lead, detail):
        return detail
    day = detail.evidence.date.text if detail.evidence.date is not None else detail.event_date
    notes = lead.notes.replace(f"On {lead.date_value},", f"On {detail.date_value},", 1)
    return dataclasses.replace(lead, event_date=detail.event_date, time_precision=detail.time_precision,
                               date_value=detail.date_value, background=detail.background,
                               fatalities=max(lead.fatalities, detail.fatalities),
                               evidence=dataclasses.replace(lead.evidence, date=detail.evidence.date),
                               notes=f"{notes} Dated by a later telling (“{day}”): one occurrence.")


def name_key(name: str) -> str:
    """A name's letters and digits in lower case, accents dropped: how a place's name is found in a sentence's words
    ("Ivohibé" in "near Ivohibe,"), by `headed.py` and `occurrence.py` alike."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name).lower() if ch.isalnum())


def e_country(e: Event) -> str | None:
    """The event's country by its ISO code, else by its name (an event placed with no code yet)."""
    return e.iso3 or e.country


def within_km(a: Event, b: Event, limit: float) -> bool:
    """Whether the gazetteer puts two tellings' points within `limit` kilometres (never when one has no point): a
    part of a town said to lie in it, read as another place of that name when it lies farther (`occurrence.py`,
    `quarters.py`)."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return False
    return km(a.latitude, a.longitude, b.latitude, b.longitude) <= limit


def with_day(e: Event, src: Event) -> Event:
    """`e` on `src`'s day, with the words that give it: a coarse telling's day given to its precise one
    (`occurrence.py`), an attack's day given to the clash that tells it again (`returned_fire.py`)."""
    return dataclasses.replace(e, event_date=src.event_date, time_precision=src.time_precision,
                               date_value=src.date_value, background=src.background,
                               evidence=dataclasses.replace(e.evidence, date=src.evidence.date))


def with_count_and_actor(e: Event, src: Event) -> Event:
    """`e` with the larger toll of two tellings of one occurrence, and `src`'s first actor where `e` names none
    ("suspected al-Shabaab militants killed five" beside "armed men shot them"): the fine event told again at a
    coarse place (`occurrence.py`), a copy at the town heading the report (`headed.py`)."""
    e = dataclasses.replace(e, fatalities=max(e.fatalities, src.fatalities))
    if src.actor1 and not src.actor1.startswith("Unidentified") and (e.actor1 or "Unidentified").startswith(
            "Unidentified"):
        e = dataclasses.replace(e, actor1=src.actor1, assoc_actor_1=src.assoc_actor_1, inter1=src.inter1,
                                interaction=interaction(src.inter1, e.inter2))
    return e

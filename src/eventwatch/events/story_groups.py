"""The armed group a story names, carried to its events whose doer the sentence names only by a kind (issue 10).

Why: a report names an armed group in a claim or an attribution ("Al Shabaab said its fighters had carried out the
raid", "the ministry blamed the rebels of the northern front") and tells the act with a kind of actor ("Gunmen
stormed the checkpoint", "The insurgents captured the town"). The coder reads the sentence alone and gives the act
an Unidentified Armed Group or a Rebel Group; ACLED codes the event to the group the report names. The group is
carried only when it is the story's one named armed group and a sentence that gives it an act (a claim, a blame, an
attribution: `story_groups.toml`) stands in the act's paragraph or one of the two after it, where a wire story tells
who claimed its lead. A group a story names only in passing ("extortion demands from a gang", a war "in 2021") or
in its headline alone, a roundup's other items, and a story that names two groups ("fighting between the 444
Brigade and Rada") keep their doers: a headline's group was carried in a first reading and moved no fix half's
actor, while a summary's or a roundup's head names the group of some of its items only.

What is carried: a group of the actor dictionary (`actors.csv`) with no "{country}" placeholder whose inter code on
the event's day and country is a non-state armed group's (`story_groups.toml`), to an event whose first actor is
one of the placeholders listed there, unless that group is the event's other side ("gunmen fired on Hamas
members"). A group denied the act in a paragraph that names it keeps the placeholder, and a claim told as missing
("No group has claimed the ambush, but the rebels have carried out raids near the town before") ties none. The first
actor's evidence points at the group's name in the story, so the field stays traceable. Run once per report after
its events are folded (`assemble`): no fold, copy or background reading sees other actors than before.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache

from eventwatch.events.actors import FoundActor, find_actors, resolve_actor
from eventwatch.events.codebook import codebook_toml
from eventwatch.events.mentions import ActorMention
from eventwatch.events.report_days import paragraph_of
from eventwatch.events.taxonomy import interaction
from eventwatch.records import Event, Span
from eventwatch.sentences import paragraph_starts, split_sentences

__all__ = ["carry_named_groups", "story_sides", "taken_from_the_state"]

_OVERTAKES, _MILITARY = "Non-state actor overtakes territory", "Military Forces of {country}"
_AFTER = 2  # a claim or a blame is told in the act's paragraph or one of the two after it


def story_sides(events: Sequence[Event], text: str) -> list[Event]:
    """The sides a report's events get from beyond their sentences: the story's named group
    (`carry_named_groups`), then the state's forces a group took a place from (`taken_from_the_state`)."""
    return taken_from_the_state(carry_named_groups(events, text))


def taken_from_the_state(events: Sequence[Event]) -> list[Event]:
    """A non-state group's taking of a place with no other side told was taken from the state's forces.

    Why: a Battle has two armed, organised sides, and ACLED's codebook defines the taking as a non-state actor that
    "wins control and/or subdues government forces" (both of the 2022 development notes' even half's two such events
    name the state's forces as actor 2), while a report of a seizure often names only the taker ("Rebels seized the
    river port of Kaseke on Sunday, a local official said"): the port was held by the state unless the story says
    whose it was. A taking whose sentence names the other side keeps it; an event with no country known gets none
    (the forces are named by country). The second actor has no words to point at (`evidence.actor2` stays empty):
    it is the codebook's convention, not the sentence's reading."""
    return [_from_the_state(e) if e.sub_event_type == _OVERTAKES and e.actor2 is None and e.inter1 in (2, 3, 4)
            and e.country else e for e in events]


def _day(e: Event) -> str | None:
    """The event's day as the actor dictionary reads it (a group's name and inter code change with the date)."""
    return e.event_date or (e.date_value[:10] if e.date_value else None)


def _from_the_state(e: Event) -> Event:
    forces = resolve_actor(ActorMention(_MILITARY, 1), e.country, _day(e))
    return dataclasses.replace(e, actor2=forces.name, inter2=forces.inter,
                               interaction=interaction(e.inter1, forces.inter))


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, ...], frozenset[int], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = codebook_toml("story_groups.toml")
    return (tuple(data["kinds"]["words"]), frozenset(data["groups"]["inters"]), _words(data["attribution"]["words"]),
            _words(data["disowning"]["words"]), _words(data["unclaimed"]["words"]))


def _words(words: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def carry_named_groups(events: Sequence[Event], text: str) -> list[Event]:
    """`events` with a placeholder doer replaced by the story's one named armed group (the module's docstring)."""
    kinds = _rules()[0]
    if not any(e.actor1 and e.actor1.startswith(kinds) for e in events):
        return list(events)
    named = [f for f in find_actors(text) if "{country}" not in f.name]
    if not named:
        return list(events)
    starts, spans = paragraph_starts(text), split_sentences(text)
    return [_carried(e, named, starts, spans, text) if e.actor1 and e.actor1.startswith(kinds) else e
            for e in events]


def _carried(e: Event, named: list[FoundActor], starts: list[int], spans: list[tuple[int, int]], text: str) -> Event:
    _, inters, attributes, disowns, unclaimed = _rules()
    day = _day(e)
    groups: dict[str, tuple[int, list[FoundActor]]] = {}  # the name on the event's day -> (inter, its mentions)
    for f in named:
        actor = resolve_actor(ActorMention(f.name, f.inter), e.country, day)
        if actor.inter in inters:
            groups.setdefault(actor.name, (actor.inter, []))[1].append(f)
    if len(groups) != 1:
        return e  # none, or two the story names: which one a bare "gunmen" is, it does not say
    name, (inter, found) = next(iter(groups.items()))
    if name == e.actor2:
        return e  # the group is the event's other side ("gunmen fired on Hamas members")
    told = paragraph_of(starts, e.evidence.sentence.start)
    sentences = [_sentence_of(spans, f.start, text) for f in found]
    if any(disowns.search(_paragraph_of(starts, f.start, text)) for f in found):
        return e  # "Officials blamed the OLA. Its spokesman denied any part.": the story leaves the doer open
    tying = [f for f, sentence in zip(found, sentences, strict=True)
             if told <= paragraph_of(starts, f.start) <= told + _AFTER and attributes.search(sentence)
             and not unclaimed.search(sentence)]  # "No group has claimed the ambush, but the rebels ..."
    if not tying:
        return e
    span = Span(tying[0].start, tying[0].end, text[tying[0].start:tying[0].end])
    notes = e.notes.replace(f"{e.actor1}:", f"{name}:", 1)
    return dataclasses.replace(e, actor1=name, inter1=inter, notes=notes, interaction=interaction(inter, e.inter2),
                               evidence=dataclasses.replace(e.evidence, actor1=span))


def _sentence_of(sentences: list[tuple[int, int]], offset: int, text: str) -> str:
    return next((text[s:t] for s, t in sentences if s <= offset < t), "")


def _paragraph_of(starts: list[int], offset: int, text: str) -> str:
    n = paragraph_of(starts, offset)
    return text[starts[n]:starts[n + 1] if n + 1 < len(starts) else len(text)]

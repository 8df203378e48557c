"""An occurrence told again at the town of the report's dateline (or a column item's heading): folded into the
telling the sentence itself places.

A report's head gives the town it was filed from ("ALMATY, Kazakhstan, May 14, 2026 (wire) - ", "TEHRAN, May 12,
2025 (wire) - ") or, in a column, the town of the item ("KADUNA: Gunmen blocked the Kaduna-Kachia road near
Kachia ..."). ACLED codes an event at that town only when the text places it nowhere else. The assembler still
codes the town of the head beside the place the sentence names, and so tells one occurrence twice (issue 10; trial10
fix-half class 4):

- *a lead placed only at the country, told at the head's town*: "ANTANANARIVO ... - Cattle raiders ... and four of
  the raiders were killed in a gunfight with gendarmes two days later" (the lead names only "southern Madagascar")
  codes an armed clash at Antananarivo, and the report's later "they caught up with them in a forest near Ivohibe,
  and four raiders were killed" the same clash at Ivohibe. When the head's copy's sentence names the country and one
  event of its kind in that country is placed by the text's own words on a day that agrees, the copy is folded into
  it (its larger toll, and its actor where that one names none).

- *one mention fanned out to the head's town and to the place its sentence names*: "KATSINA: Vigilantes clashed
  with bandits near Funtua on Thursday" codes the clash at Katsina and at Funtua, by one trigger of one sentence.
  The copy at the head's town is folded into its sibling (the same sentence, trigger, sub-type and an agreeing day)
  at a town the sentence names in the head's country, whether or not the sentence names the country. A column
  item's town heads the items of its province, so its sibling must lie in the same first-level division (read with
  a town elsewhere too, the fold cost a trial set's report half one matched event); a wire's dateline names where
  the report was filed, anywhere in the country, and a dateline of two towns ("JUBA/MALAKAL, May 5, 2026 - ") heads
  with each. A division, a part of a town or a site named by its unit word ("the Kasanda sector") is in the head's
  town, which ACLED codes; a road named after the head's town ("the Kaduna-Kachia road") does not name that town as
  the place.

What stays: an event at the head's town when its sentence names that town itself ("CHISINAU ... - supporters ...
rallied in the centre of Chisinau"), when the sentence names no place at all (the head is the place: "LILONGWE:
Police fired tear gas ... near the old town market"), when two or more events of its kind in the country could be
the one it tells, or when the sentence says it tells another occurrence.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from eventwatch.events.retelling import ANOTHER, e_country, name_key, one_kind, with_count_and_actor
from eventwatch.events.routes import WAY
from eventwatch.events.villages import unit_or_site
from eventwatch.records import Event

# What follows a head's town: a column item's colon ("KADUNA: "), or a dateline's comma, then at most its country,
# date and source, then the dash that ends it ("ALMATY, Kazakhstan, May 14, 2026 (wire) - ", "Kabul, March 3
# (Reuters) — ", "ludhiana, february 14, 2024: police").
_AFTER_HEAD = re.compile(r"(?P<colon>:\s)|,(?P<line>[^\n]{0,80}?)(?:\s(?:—|–|--|-)\s?|(?<=\d):\s)")
# A dateline of two towns joined by a slash ("JUBA/MALAKAL, May 5, 2026 - "): the second town's words up to the
# dateline's comma, or the first town's before the second's.
_SLASHED_AFTER = re.compile(r"/[^\n/,:]{2,30}(?=,)")
_SLASHED_BEFORE = re.compile(r"(?:^|\n)[^\n/,:]{2,30}/$")
# A road or a line named by the towns at its ends ("the Kaduna-Kachia road", "the Juba-Nimule highway"): it names
# no town as a place.
_ROAD = re.compile(rf"[\w'.]+(?:-[\w'.]+)+\s+{WAY}\b", re.IGNORECASE)
# A dateline's words after its town hold its date or its source ("March 3", "(Reuters)"): not a paragraph that opens
# with a town and an apposition ("Kisumu, the county's capital, was calm - ...").
_DATED = re.compile(r"\d|\(")
# A column item's town is followed by a colon ("KADUNA: "), a dateline's by a comma.
_COLUMN = re.compile(r":\s")


def fold_head_copies(events: list[Event], text: str, agree: Callable[[Event, Event], bool],
                     noted: Callable[[Event, Event], str]) -> list[Event]:
    """The events with each copy at the head's town folded into the telling the text places (the module's shape).
    `agree` says whether two events' days agree, `noted` writes a fold into the kept event's notes."""
    heads = [e for e in events if _at_head(e, text)]
    if not heads:
        return events
    placed = [e for e in events if not _at_head(e, text) and e.location is not None]
    dropped: set[str] = set()
    replaced: dict[str, Event] = {}
    for copy in heads:
        into = _sibling(copy, placed, text, agree) or _told_again(copy, placed, text, agree)
        if into is None:
            continue
        kept = replaced.get(into.event_id, into)
        dropped.add(copy.event_id)
        replaced[into.event_id] = dataclasses.replace(_with_toll_and_actor(kept, copy), notes=noted(kept, copy))
    return [replaced.get(e.event_id, e) for e in events if e.event_id not in dropped]


def _at_head(e: Event, text: str) -> bool:
    """Whether the event is placed by the town that heads the report or its column item (a line's first words,
    followed by a dateline's comma and dash or an item's colon), not by the words of its sentence."""
    place = e.evidence.place
    if place is None:
        return False
    first = place.start == 0 or text[place.start - 1] == "\n"
    if not first and _SLASHED_BEFORE.search(text, max(0, place.start - 32), place.start) is None:
        return False
    slashed = _SLASHED_AFTER.match(text, place.end) if first else None
    m = _AFTER_HEAD.match(text, slashed.end() if slashed else place.end)
    if m is not None and m.group("colon") and not first:
        return False
    if m is None:
        return False
    if m.group("colon"):  # a column item's town ("KADUNA: Gunmen ...", "Gusau: Bandits abduct 15 villagers ...")
        return True
    return place.text.isupper() or bool(_DATED.search(m.group("line")))


def _names_town(e: Event, text: str) -> bool:
    """Whether the event's sentence names its head's town in its own words ("rallied in the centre of Chisinau")."""
    place, sentence = e.evidence.place, e.evidence.sentence
    assert place is not None
    body = name_key(_ROAD.sub(" ", text[max(place.end, sentence.start):sentence.end]))
    return any(name_key(name) in body for name in (place.text, e.location or "") if len(name_key(name)) > 2)


def _sibling(copy: Event, placed: list[Event], text: str, agree: Callable[[Event, Event], bool]) -> Event | None:
    """The event of the copy's own mention (its sentence, trigger and sub-type) that the sentence's words place at
    a town of the head's country on a day that agrees (of the head's first-level division, for a column item's
    town), when the sentence does not name the head's town itself: the head's copy is that event told again. Not a
    division, a part of a town or a site the sentence names by its unit word ("the Kasanda sector", "Tarso Avenue",
    `villages.unit_or_site`): a head's town holds its parts, and ACLED codes what happens in them at the town."""
    trigger, head = copy.evidence.trigger, copy.evidence.place
    if trigger is None or head is None or _names_town(copy, text):
        return None
    column = _COLUMN.match(text, head.end) is not None
    return next((e for e in placed if e.evidence.trigger is not None and e.evidence.trigger.start == trigger.start
                 and e.evidence.place is not None and e.geo_precision != 3
                 and not unit_or_site(text, e.evidence.place)
                 and e.evidence.sentence.start == copy.evidence.sentence.start
                 and e.sub_event_type == copy.sub_event_type and e_country(e) == e_country(copy)
                 and (not column or (copy.admin1 is not None and e.admin1 == copy.admin1))
                 and e.location != copy.location and agree(copy, e)), None)


def _told_again(copy: Event, placed: list[Event], text: str, agree: Callable[[Event, Event], bool]) -> Event | None:
    """The event of the copy's kind the text places in the country its sentence names (its first telling, when the
    text places every telling of that kind at one place), on a day that agrees,
    when the copy's sentence names the country but not the head's town, nor another occurrence."""
    sentence = copy.evidence.sentence
    if _names_town(copy, text) or not copy.country or ANOTHER.search(sentence.text):
        return None
    assert copy.evidence.place is not None
    body = name_key(text[max(copy.evidence.place.end, sentence.start):sentence.end])
    if name_key(copy.country) not in body:
        return None
    kin = sorted((e for e in placed if one_kind(e, copy) and e_country(e) == e_country(copy)),
                 key=lambda e: e.evidence.sentence.start)
    if len({(e.location, e.geonameid) for e in kin}) != 1 or not agree(copy, kin[0]) \
            or not _sides_agree(copy, kin[0]):
        return None
    return kin[0]


def _sides_agree(a: Event, b: Event) -> bool:
    """The copy's first actor is the other's, or one of them names none ("Police Forces of Madagascar" beside the
    gendarmes and an unidentified group)."""
    sides_b = {b.actor1, b.actor2}
    return a.actor1 is None or a.actor1.startswith("Unidentified") or a.actor1 in sides_b \
        or b.actor1 is None or b.actor1.startswith("Unidentified")


def _with_toll_and_actor(e: Event, copy: Event) -> Event:
    """The telling kept, with the larger toll of the two and the copy's first actor where it names none
    (`retelling.with_count_and_actor`), unless that actor is the kept telling's other side."""
    if copy.actor1 is not None and copy.actor1 == e.actor2:
        copy = dataclasses.replace(copy, actor1=None)  # its toll still counts
    return with_count_and_actor(e, copy)

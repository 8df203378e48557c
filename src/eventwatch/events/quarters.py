"""An occurrence told again at a part of its town (a neighbourhood, a suburb, a district of a city): folded into the
telling at the town.

ACLED codes what happens in a city's neighbourhood at the city (`asides.part_of` already reads "struck Kharkiv, ...
hitting a warehouse in the Kyivskyi district" as one place). A report often names the part in another sentence, or
after other words, and the gazetteer knows it as a place of its own, so the assembler codes one occurrence twice
(issue 10; trial11's fix-half class 4):

- "Lithuanian police arrested two men in Kaunas on Tuesday ... The two suspects ... were detained at a flat in
  Kaunas's Silainiai district": arrests at Kaunas and again at Šilainiai;
- "in the Lisbon suburb of Amadora, a group of young men set fire to a city bus and threw stones at police in the
  Cova da Moura neighbourhood": a riot at Amadora and again at Cova da Moura (which the gazetteer puts 35 km away,
  a namesake: the sentence's words, not the distance, tie it to Amadora).

A place written as a part of a town, its kind after its name ("the X neighbourhood", "the city's X district"; not
"the northern districts of X", where X is the town) whose event is of one
kind (`retelling.one_kind`) with an event the report places at a town in the same first-level division is that
event told again, when the sentence names the town or the gazetteer puts the part within a few kilometres of it,
the days agree (the same day, or one the text does not give), the sides agree, and neither is background the other
is not. One event, at the town (ACLED's place), with the larger toll.

What stays apart: a sentence that says it tells another occurrence ("Two further explosions in Uppsala in October, in
the districts of Sävja and Gränby"), a part told on a day of its own beside the town's other day, two towns' parts,
and a part with no event of its kind at a town (it is the event's place).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from eventwatch.events.retelling import ANOTHER, e_country, name_key, one_kind, with_count_and_actor, within_km
from eventwatch.records import Event

# Words after a name that make it a part of a town: "the Cova da Moura neighbourhood", "Kaunas's Silainiai district".
_PART_AFTER = re.compile(r"\s+(?:neighbou?rhood|quarter|district|slum|estate)s?\b", re.IGNORECASE)
# Words by which a sentence tells other occurrences than the one already told ("two further explosions", "earlier
# protests"; not "the arrest of a local man earlier that day").
_OTHER = re.compile(r"\b(?:further|other|earlier|previous|similar)\s+(?:[a-z]+\s+)?(?:attacks|explosions|blasts|"
                    r"bombings|protests|demonstrations|rallies|riots|clashes|incidents|raids|arrests|strikes)\b",
                    re.IGNORECASE)
# A part of a town lies within this distance of it by the gazetteer (when its sentence does not name the town).
_PART_KM = 15.0


def fold_town_parts(events: list[Event], text: str, agree: Callable[[Event, Event], bool],
                    noted: Callable[[Event, Event], str]) -> list[Event]:
    """The events with each telling at a part of a town folded into the telling at the town (the module's shape).
    `agree` says whether two events' days agree, `noted` writes a fold into the kept event's notes."""
    dropped: set[str] = set()
    replaced: dict[str, Event] = {}
    for part in events:
        if not _a_part(part, text):
            continue
        towns = [e for e in events if e.event_id not in dropped and e is not part and _the_town(part, e, text)
                 and agree(part, e)]
        if not towns:
            continue
        at = part.evidence.sentence.start
        town = min(towns, key=lambda e: (e.evidence.sentence.start != at, abs(e.evidence.sentence.start - at)))
        kept = replaced.get(town.event_id, town)
        dropped.add(part.event_id)
        replaced[town.event_id] = dataclasses.replace(with_count_and_actor(kept, part), notes=noted(kept, part))
    return [replaced.get(e.event_id, e) for e in events if e.event_id not in dropped]


def _a_part(e: Event, text: str) -> bool:
    """Whether the event's place is written as a part of a town, in a sentence that tells no other occurrence."""
    place, sentence_at = e.evidence.place, e.evidence.sentence
    if place is None or e.location is None or e.geo_precision == 3 \
            or not sentence_at.start <= place.start < sentence_at.end:  # the sentence names the part itself
        return False
    sentence = e.evidence.sentence.text
    if ANOTHER.search(sentence) or _OTHER.search(sentence):
        return False
    return _PART_AFTER.match(text, place.end) is not None


def _the_town(part: Event, town: Event, text: str) -> bool:
    """Whether `town` is the part's occurrence at the town it lies in: one kind, one country and first-level
    division, agreeing sides and background, and the town named in the part's sentence or near the part."""
    if not one_kind(part, town) or town.location is None or town.location == part.location \
            or town.geo_precision == 3 or e_country(town) != e_country(part) \
            or not part.admin1 or part.admin1 != town.admin1 or part.background != town.background:
        return False
    if _first_sides(part) and _first_sides(town) and _first_sides(part) != _first_sides(town):
        return False
    return _named_with(part, town, text) or within_km(part, town, _PART_KM)


def _first_sides(e: Event) -> str:
    """The first actor a telling names ("" for none or an unidentified group)."""
    return "" if not e.actor1 or e.actor1.startswith("Unidentified") else e.actor1


def _named_with(part: Event, town: Event, text: str) -> bool:
    """Whether the part's sentence names the town outside the part's own name ("Kaunas's Silainiai district")."""
    place, sentence = part.evidence.place, part.evidence.sentence
    assert place is not None
    words = name_key(text[sentence.start:place.start] + " " + text[place.end:sentence.end])
    key = name_key(town.location or "")
    return len(key) > 2 and key in words

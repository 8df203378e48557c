"""The remains of a device that went off, told after its explosion: folded into the explosion told before it.

ACLED's Disrupted weapons use is a weapon seized or defused before it could be used. A report that tells a bombing
or a grenade attack and then what was found of the device ("Investigators found the remains of the bomb under the
car", "sappers collected fragments of a mortar shell near the market") tells the explosion again, not a disruption:
the device's remains are what is left once it went off (issue 10, one event per occurrence). The rules code the
finding as arms disrupted; the later telling is folded into the nearest explosion before it at the same place, on a
day that agrees.

- "A grenade was thrown into the yard of a police station in Ohrid late on Saturday, damaging two cars. Officers
  found the remains of the grenade near the gate" codes a grenade attack and a disrupted weapons use: one grenade
  attack.

What stays apart: a sentence that tells a device seized, defused, recovered intact or left unexploded, or a second
device (`_SEIZED`, `ANOTHER`: a disruption of its own), and remains found at another place or on another day.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from eventwatch.events.retelling import ANOTHER, dayless, fold_later
from eventwatch.records import Event

# What is left of a device that went off: "the remains of the grenade", "fragments of a mortar shell", "debris of the
# drone", "pieces of the bomb".
_REMAINS = re.compile(
    r"\b(?:remains|remnants|fragments|debris|pieces|shards)\s+of\s+(?:the|an?|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:grenades?|bombs?|devices?|explosives?|cylinders?|mines?|rockets?|shells?|missiles?|drones?|IEDs?)\b",
    re.IGNORECASE)
# A device disrupted in the same sentence: a disruption of its own, never folded.
_SEIZED = re.compile(r"\b(?:seiz|defus|confiscat|recover|unexploded|intact|disarm)\w*", re.IGNORECASE)
_EXPLOSIONS = "Explosions/Remote violence"


def fold_device_remains(events: list[Event], agree: Callable[[Event, Event], bool],
                        noted: Callable[[Event, Event], str]) -> list[Event]:
    """The events with each device's remains told after its explosion folded into that explosion (the module's
    docstring). `agree` says whether two events' days agree (`occurrence._days_agree`), `noted` writes the fold into
    the kept event's notes."""

    def target(later: Event, before: list[Event], dropped: set[str]) -> Event | None:
        if not _remains(later):
            return None
        return next((e for e in reversed(before) if e.event_id not in dropped and e.event_type == _EXPLOSIONS
                     and e.evidence.sentence.start < later.evidence.sentence.start
                     and e.location == later.location and e.geonameid == later.geonameid
                     and agree(e, dayless(later))), None)

    return fold_later(events, target, lambda kept, later: dataclasses.replace(kept, notes=noted(kept, later)))


def _remains(e: Event) -> bool:
    """Whether `e` is a disrupted weapons use whose sentence tells only the remains of a device that went off."""
    text = e.evidence.sentence.text
    return (e.sub_event_type == "Disrupted weapons use" and e.location is not None
            and _REMAINS.search(text) is not None and _SEIZED.search(text) is None and ANOTHER.search(text) is None)

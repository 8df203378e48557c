"""A peaceful protest has no dead of its own: the dead its sentence counts are what the gathering is about.

Why: ACLED defines a Peaceful protest as one where no one is harmed; protesters killed make it Excessive force against
protesters. A report of a march or a vigil often counts the dead it is for ("Some 300 mourners marched peacefully
to the governor's office in Goma to demand justice for the four miners killed at Rubaya."), and
`counts.find_fatalities` read that count as the protest's toll. The sub-event types are data (`protest_dead.toml`).

What keeps its count: a self-immolation told as a protest (`immolation.tells_immolation`; the protester's own death is
the event's, as ACLED and the trial golds code it), and every other sub-event type.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from functools import lru_cache

from eventwatch.events.codebook import codebook_toml
from eventwatch.events.immolation import tells_immolation
from eventwatch.records import Event, fatalities_phrase


@lru_cache(maxsize=1)
def _no_dead() -> frozenset[str]:
    return frozenset(str(s) for s in codebook_toml("protest_dead.toml")["no_dead"]["sub_event_types"])


def without_protest_dead(events: Sequence[Event]) -> list[Event]:
    """`events` with the fatalities of each peaceful protest set to 0, unless its sentence tells a self-immolation.

    Read on the final events of a document (after the folds, which may raise a protest's sub-type and take a later
    telling's toll), so a protest that ends as Excessive force keeps its dead."""
    return [dataclasses.replace(e, fatalities=0, notes=e.notes.replace(fatalities_phrase(e.fatalities), ""))
            if e.fatalities and e.sub_event_type in _no_dead() and not tells_immolation(e.evidence.sentence.text)
            else e for e in events]

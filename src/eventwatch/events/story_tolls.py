"""The toll an event of a sentence takes from the sentences around it, in the order the readings apply.

`assemble` reads five tolls per sentence from the story around it; this is where their order is kept: a count the
next sentences tell (`totals.carried_tolls`) or the uncoded lead's (`lead_toll.lead_tolls`) fills an event that
counted none; a revised toll ("raising the toll to five", `totals.raised_tolls`) replaces a lower one; the
attackers' dead told next (`other_side.other_side_tolls`) are added to a battle's count; last, a second source's lower
figure for the same dead (`source_tolls.lower_tolls`) replaces the earlier count, since ACLED codes the lowest.
Only fighting, bombing, attacks and riots (`totals.TOLL_TAKERS`) take a toll from another sentence.
"""

from __future__ import annotations

import dataclasses

from eventwatch.events.mentions import EventMention
from eventwatch.events.totals import TOLL_TAKERS


def story_toll(mention: EventMention, carried: int | None, led: int | None, risen: int | None, other: int | None,
               low: tuple[int, int] | None) -> EventMention:
    """`mention` with the toll the sentences around its own give it (the module's docstring says in what order)."""
    if mention.event_type not in TOLL_TAKERS:
        return mention
    dead = mention.fatalities
    if dead is None and carried is not None:
        dead = carried  # counted after it (`carried_tolls`)
    if dead is None and led is not None:
        dead = led  # the uncoded lead's (`lead_tolls`)
    if risen is not None and risen > (dead or 0):
        dead = risen  # "raising the toll to five"
    if other and dead and mention.event_type == "Battles":
        dead += other  # the attackers' dead (`other_side_tolls`)
    if low is not None and dead == low[0]:
        dead = low[1]  # a second source's lower figure (`lower_tolls`)
    return mention if dead == mention.fatalities else dataclasses.replace(mention, fatalities=dead)

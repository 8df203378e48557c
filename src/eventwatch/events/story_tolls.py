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
import re
from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan

from eventwatch.events.mentions import EventMention
from eventwatch.events.totals import TOLL_TAKERS, sentence_dead


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


# A later sentence of a record that says its count belongs elsewhere: "(coded separately)", "in a separate event".
_ELSEWHERE = re.compile(r"\bseparate(?:ly)?\b", re.IGNORECASE)


def record_later_toll(sentences: Sequence[tuple[int, bool, SpacySpan]]) -> int | None:
    """The first count of dead told after an event record's first coded sentence (its parse rows, as `assemble`
    gives them), coded or not, in its paragraph: the count of its event when that sentence counted none; None when
    there is none.

    Why: an event record (an ACLED note, a chronology's entry: a text that opens with its event's date) reports one
    event, and it often tells the act first and its dead in a sentence of their own that the rules code too ("On 9
    April 2026, militants detonated a roadside bomb beside a police truck near Garissa. The blast killed 2 and injured
    3."). `totals.carried_tolls` carries a count only from a sentence that codes no event, and `totals.retold_toll`
    only to a telling under the same key, so the record's event kept no dead. A sentence that says its count is
    another event's ("coded separately") is skipped, and the next paragraph, a chronology's next entry, ends the
    search. Team-written example: the two sentences above give the bombing
    2."""
    lead = next((i for i, (_, coded, _) in enumerate(sentences) if coded), None)
    if lead is None:
        return None
    for para, _, span in sentences[lead + 1:]:
        if para != sentences[lead][0]:
            break  # a chronology's next entry is another event's
        if _ELSEWHERE.search(span.text):
            continue
        count = sentence_dead(span)
        if count:
            return count
    return None

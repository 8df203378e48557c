"""A lead that counts the dead and codes no event gives its count to the act the next sentences code.

Why: a wire story's lead often opens with the toll and tells the act only as its circumstance ("A trader died and six
people were hurt when two crowds fought at the market on Friday"); when that sentence codes no event (its act is too
bare for a cue, or the arbiter judged it none), the act is coded from the detail that follows ("Youths from both
quarters threw stones and set two stalls alight.") and kept no dead, since `totals.carried_tolls` carries a count
only back to an event told before it. The lead's count is the story's toll, so it goes forward to the first coded
sentence after it, in its paragraph or the next, for its fighting, bombing, attack or riot events that count none.

What is not carried: a count of a sentence that is not the story's first (a later uncoded count is as often another
occurrence's, and `carried_tolls` reads those), a running total (`totals.without_running_totals`), anything to a
sentence two paragraphs on, to an event with a count of its own or of another type (`totals.TOLL_TAKERS`), and
anything in an event record (its note states its own toll).

Team-written example: "BUKAVU, 3 May 2026 - A trader died and six people were injured when two crowds clashed at the
market on Friday, police said. || Youths from both quarters threw stones at each other and set two stalls alight."
gives the riot told in the second paragraph 1 dead.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan

from eventwatch.events.counts import find_fatalities
from eventwatch.events.totals import death_opening_act, without_running_totals


def lead_tolls(sentences: Sequence[tuple[int, bool, SpacySpan]]) -> list[int | None]:
    """For each sentence of a story (its paragraph, whether it coded an event, its parse), the count of dead its
    events take from an uncoded lead: set only for the first coded sentence after the story's first sentence, when
    that first sentence codes no event and counts dead (`find_fatalities`, or one victim's death opening it with its
    act, `totals.death_opening_act`) and the coded one is in its paragraph or the next."""
    out: list[int | None] = [None] * len(sentences)
    if not sentences or sentences[0][1]:
        return out
    para, _, span = sentences[0]
    count = find_fatalities(without_running_totals(span))
    if count is None and death_opening_act(span.text):
        count = 1
    if not count:
        return out
    for i, (p, coded, _) in enumerate(sentences[1:], start=1):
        if p > para + 1:
            break
        if coded:
            out[i] = count
            break
    return out

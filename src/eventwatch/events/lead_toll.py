"""The toll a story's lead tells beside its act: an uncoded lead's count goes to the act the next sentences code, and
a lead whose main verb is one victim's later death gives its act that one dead.

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

A lead that codes its act may still tell its toll as one victim's later death, the act only in the phrase that says
how the victim was hurt ("A man wounded in Saturday's clash at the market died in hospital on Monday, police said."):
the count patterns read no count there, so the clash kept no dead. Such a lead (`wounded_died`) gives its own events
one dead when they count none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan

from eventwatch.events.counts import find_fatalities
from eventwatch.events.totals import death_opening_act, without_running_totals

# A lead whose main verb is the later death of one victim of the act it names ("A man wounded in Saturday's clash at
# the market died in hospital on Monday"): the victim, hurt "in" or "during" the act, then the death; a dateline with
# a dash or a colon may come before it. No relative pronoun before the death ("a man injured in the riot who died
# in 2019" tells someone else's story).
_WOUNDED_DIED = re.compile(
    r"\s*(?:[^.;]{0,80}?(?:\s[-–—]+|:)\s*)?(?:a|an|one)\s+(?:[\w'-]+\s+){0,3}?(?:injured|wounded|hurt)\s+"
    r"(?:in|during)\s+(?:(?!(?:who|whom|whose|that|which)\b)[^.;])*?\b(?:died|succumbed)\b", re.IGNORECASE)


def wounded_died(text: str) -> bool:
    """True when the sentence opens (maybe after a dateline) with one victim hurt in an act who later died: "A man
    wounded in Saturday's clash at the market died in hospital on Monday". The act the sentence names is the event,
    and this death is its toll; `find_fatalities` reads no count there and `totals.death_opening_act` wants the death
    within the victim's first words."""
    return _WOUNDED_DIED.match(text) is not None


def lead_tolls(sentences: Sequence[tuple[int, bool, SpacySpan]]) -> list[int | None]:
    """For each sentence of a story (its paragraph, whether it coded an event, its parse), the count of dead its
    events take from the lead: for the first coded sentence after the story's first sentence, when that first
    sentence codes no event and counts dead (`find_fatalities`, or one victim's death opening it with its act,
    `totals.death_opening_act`) and the coded one is in its paragraph or the next; for the first sentence itself, 1
    when it codes its act and tells one victim's later death as its main verb (`wounded_died`) with no count."""
    out: list[int | None] = [None] * len(sentences)
    if not sentences:
        return out
    para, coded, span = sentences[0]
    if coded:  # the lead codes its act: only one victim's later death told as its main verb (`wounded_died`)
        out[0] = 1 if wounded_died(span.text) and find_fatalities(without_running_totals(span)) is None else None
        return out
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

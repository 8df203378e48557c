"""A sentence that only tells the dead or hurt of an event already told: "Two guards were killed in that exchange."

A report tells an act, then in a sentence of its own who died in it, naming the act again by a definite or
demonstrative event noun ("in the attack", "in that exchange", "during the clashes"). The death verb alone is a
cue for an attack or, with soldiers or fighters as the dead, a clash, so the toll sentence coded a second event of
the same occurrence, often at another place or day (the speaker's), while the act it counts for kept no dead.
Such a sentence names no act of its own: it codes no event once its report has coded one (the antecedent), and
`totals.carried_tolls`, which carries a count from a sentence that codes no event, gives its count to the act
before it. A death with its own doer ("were killed by gunmen in the attack"), or a sentence with any other event
word, still codes its event; so does a count of the attackers' own dead ("Four of the raiders were killed in the
gunfight", `other_side.attackers_dead`): it adds to the victims' toll the act told, which `carried_tolls` does not
(it fills only a count not told), while the fold of the two tellings of one occurrence sums them.
Team-written example, one Armed clash with three dead: "Afghan and Pakistani troops exchanged fire near Torkham on
Sunday. Three Afghan soldiers were killed in that exchange, a local official said."
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spacy.tokens import Span as SpacySpan

from eventwatch.events.cues import UNFILTERED
from eventwatch.events.other_side import attackers_dead
from eventwatch.events.readings import Coding
from eventwatch.events.syntax import match_root

# The cue groups of a death or an injury told alone: the coding's only event words.
_TOLL_GROUPS = frozenset({"kill", "serious_harm"})
_TOLL_PREPS = frozenset({"in", "during"})


def toll_of_told_event(sent: SpacySpan, coding: Coding, modality: Mapping[str, Any]) -> bool:
    """True when every event word of `coding` is a death or harm verb with no doer ("by ...") and a preposition
    "in" or "during" whose object is an event noun (`toll_event_nouns` in modality.toml) with a definite or
    demonstrative determiner (`anaphoric_determiners`): the sentence counts the dead of an act told before it.
    The caller asks only once the report has coded an event."""
    words = [h for h in coding.hits if h.group not in UNFILTERED]
    if attackers_dead(sent.text) is not None:
        return False  # the other side's dead, added to the act's toll when the tellings fold
    if not words or any(h.group not in _TOLL_GROUPS for h in words):
        return False
    nouns = frozenset(modality["toll_event_nouns"])
    determiners = frozenset(modality["anaphoric_determiners"])
    for hit in words:
        verb = match_root(sent, hit.start, hit.end)
        if verb is None or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "agent" for c in verb.children):
            return False
        if not any(prep.lower_ in _TOLL_PREPS and any(
                obj.dep_ == "pobj" and obj.lemma_.lower() in nouns
                and any(d.dep_ == "det" and d.lower_ in determiners for d in obj.children)
                for obj in prep.children) for prep in verb.children if prep.dep_ == "prep"):
            return False
    return True

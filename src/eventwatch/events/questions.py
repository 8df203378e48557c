"""A journalist's question in a transcript, and an event word with "any" or "no", report no event (coder122, issue
10; the trial sets' fix halves coded a question's "reports on social media of a drone strike" and "there were also
rallies in ..." as events).

A line opened by the questioner's label (`modality.toml`: `questioner_label`; "Q:", "QUESTION:", "QUESTION (news
agency):") asks about what the questioner has heard; what the speaker confirms is told in the answer, which is read
as any sentence is; an answer that knows of no such event ("I have no information about any gathering there") names
the event word with "any" or "no", and tells none (`none_known`). Read in a story's sentences only, never an event
record's (`cues.cue_hits`). Team-written example, no event: "QUESTION (daily paper): Minister, were there also
clashes in the market at Bouar last week?"
"""

from __future__ import annotations

from eventwatch.events.codebook import modality_pattern
from eventwatch.events.parsed import Tok


def asked_question(text: str) -> bool:
    """True when the sentence opens with a questioner's label."""
    return modality_pattern("questioner_label").match(text) is not None


def none_known(token: Tok) -> bool:
    """True for an event noun whose determiner is "any" or "no" ("no information about any gathering", "there was no
    clash"): the sentence says of no event that it happened. A trial fix half's answer in a transcript coded such a
    gathering as a Peaceful protest once its question was no longer read (coder122). Team-written example, no event:
    "MINISTER: In Berberati I have no information about any gathering." """
    return token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in token.children)

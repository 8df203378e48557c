"""A journalist's question in a transcript reports no event (coder122, issue 10; the trial sets' fix halves coded a
question's "reports on social media of a drone strike" and "there were also rallies in ..." as events).

A line opened by the questioner's label (`modality.toml`: `questioner_label`; "Q:", "QUESTION:", "QUESTION (news
agency):") asks about what the questioner has heard; what the speaker confirms is told in the answer, which is read
as any sentence is. Read in a story's sentences only, never an event record's (`cues.cue_hits`). Team-written
example, no event: "QUESTION (daily paper): Minister, were there also clashes in the market at Bouar last week?"
"""

from __future__ import annotations

from eventwatch.events.codebook import modality_pattern


def asked_question(text: str) -> bool:
    """True when the sentence opens with a questioner's label."""
    return modality_pattern("questioner_label").match(text) is not None

"""A crowd that went away of itself is no crowd dispersed by force (coder122, issue 10; the trial sets' fix halves).

The dispersal and intervention cues read every "dispersed" as force used on a crowd, ACLED's Protest with
intervention. With no object and no passive, the verb says the crowd left ("the marchers handed in a letter and
dispersed peacefully around noon"): the protest stays a Peaceful protest. `parted.ended_peacefully` already reads
the protest word as the verb's own subject ("marchers dispersed peacefully"); this check reads the verb itself, where
its subject is a pronoun, a conjunct's or a relative clause's. The force words are data (`modality.toml`:
`dispersing_forces`). Read in a story's sentences only, never an event record's (`cues.cue_hits`): a short text
read alone keeps its reading (the arbiter is fitted on those). Team-written example, a Peaceful protest: "About 300
nurses marched to the ministry, where they read out their demands and dispersed before dusk."
"""

from __future__ import annotations

from eventwatch.events.codebook import word_sets
from eventwatch.events.parsed import Tok


def _subjects(verb: Tok) -> list[Tok]:
    """The verb's subjects, or its first conjunct's when it has none ("they handed in a letter and dispersed")."""
    node = verb
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or node.dep_ != "conj" or node.head is node:
            return subjects
        node = node.head
    return []


def crowd_dispersed(token: Tok) -> bool:
    """True for "disperse" with no object, not passive, whose subject is no force (`dispersing_forces`): the crowd
    went away, no force was used on it. "Police dispersed the crowd", "the crowd was dispersed" and "police moved in
    and dispersed with tear gas" keep their intervention."""
    if token.lemma_.lower() != "disperse" or token.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in token.children):
        return False
    forces = word_sets("dispersing_forces")["dispersing_forces"]
    return not any(s.lower_ in forces or s.lemma_.lower() in forces for s in _subjects(token))

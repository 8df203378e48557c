"""A state force's word inside the doer's own name is no second side: an armed group that attacked is one side
(coder118, issue 10).

Why: ACLED's Armed clash needs two armed, organised sides fighting; an armed group's attack on a place whose people
are civilians, with no defending armed side told, is an Attack on civilians. `state_kills_armed` reads a killing with
a state force's word and an armed group's word as two sides fighting ("Troops killed four insurgents in the forest").
A paramilitary or a group named "... Forces" carries a state force's word in its own name ("fighters of the
paramilitary Border Defence Forces raided the hamlet at dawn, shooting those who fled"): both words then name the one
doer, the subject of the verb, and no other armed side is told. The state force's cues inside that subject are
dropped when an armed group's cue stands in the same subject and no state force or armed group is named outside it,
so the killing is read by the rules that follow (`attack_civilians`, `attack_any`). A victim named as an armed actor
still makes a battle (`armed_victim` reads the parse, not these cues). Read in a story's sentences only
(`CueReader.cue_hits(story=True)`), as the other readings of a sentence's clauses: a short text keeps its reading
(the arbiter trains on those readings).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

from spacy.tokens import Span as SpacySpan

from eventwatch.events.parsed import Tok, ancestors
from eventwatch.events.readings import CueHit
from eventwatch.events.syntax import match_root

_SIDES = frozenset({"state_force", "armed_group"})


def _doing_verb(token: Tok) -> Tok | None:
    """The verb whose active subject phrase `token` stands in, or None. By the verb, not the subject's head word: the
    parser may split one name into two subjects ("fighters of the paramilitary ... Forces")."""
    for node in islice(ancestors(token, itself=True), 12):
        if node.dep_ == "nsubj":
            return node.head
        if node.pos_ in ("VERB", "AUX"):
            return None
    return None


def without_own_name_force(sent: SpacySpan, hits: Sequence[CueHit]) -> list[CueHit]:
    """`hits` minus the state force's cues when they and the armed group's all stand in the subjects of one verb of
    a killing's sentence, no armed side named outside them (see the module docstring)."""
    groups = {h.group for h in hits}
    if "kill" not in groups or not groups >= _SIDES:
        return list(hits)
    verbs: set[int] = set()
    for hit in hits:
        if hit.group not in _SIDES:
            continue
        root = match_root(sent, hit.start, hit.end)
        verb = _doing_verb(root) if root is not None else None
        if verb is None:
            return list(hits)
        verbs.add(verb.i)
    if len(verbs) != 1:
        return list(hits)
    return [h for h in hits if h.group != "state_force"]

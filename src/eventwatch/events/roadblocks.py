"""A road blocked by gunmen is an ambush's roadblock, not a protest (coder99, issue 10).

Why: "blocked the highway" is a protest word (a blockade of lorry drivers or of villagers is ACLED's protest), but when
the blockers are an armed group ("bandits blocked the road outside Gusau and kidnapped twelve traders") it is how an
ambush or a kidnapping begins: the event is the attack or the abduction, and the protest reading made it Excessive force
against protesters (trial15's fix half). A protest word whose verb is one of blocking (`block_verbs` in modality.toml)
and whose subject lies inside an armed group's words (the `armed_group` cue group: gunmen, bandits, militants) is
dropped. Read in a story's sentences only (`CueReader.cue_hits(story=True)`): a short text read alone keeps its reading
(the arbiter trains on those readings).

Team-written example: "Bandits blocked the road outside Gusau on Friday evening and kidnapped twelve traders." codes
an abduction, no protest.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan

from eventwatch.events.codebook import word_sets
from eventwatch.events.readings import CueHit
from eventwatch.events.syntax import match_root


def _verbs() -> frozenset[str]:
    return word_sets("block_verbs")["block_verbs"]


def without_armed_blockades(sent: SpacySpan, hits: Sequence[CueHit]) -> list[CueHit]:
    """`hits` minus the protest words of a road blocked by an armed group (see the module docstring)."""
    armed = [(h.start, h.end) for h in hits if h.group == "armed_group"]
    if not armed or not any(h.group == "protest" for h in hits):
        return list(hits)
    base = sent.start_char
    kept: list[CueHit] = []
    for hit in hits:
        verb = match_root(sent, hit.start, hit.end) if hit.group == "protest" else None
        if verb is not None and verb.lemma_.lower() in _verbs():
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if any(a <= s.idx - base < b for s in subjects for a, b in armed):
                continue
        kept.append(hit)
    return kept

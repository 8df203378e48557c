"""Arrests told as a day or more after a protest are an arrest of their own, not the protest's intervention
(coder115, issue 10).

Why: police who detain marchers at a march intervene in it, and ACLED codes the two as one Protest with intervention
(the arrests are the intervention). An arrest the sentence dates a day or more after the protest ("Police detained
five union leaders at their homes on Thursday, a day after hundreds of dock workers marched to the port authority")
is a later act on another day: ACLED records one event per day and place, so the arrest is Arrests and the march is
its own event, told elsewhere in the report. The protest's words stand in an adverbial clause opened by a word of
sequence (`sequence_marks`, running_totals.toml, as for a toll told as another event's time) and measured by a gap
of days (`day_gap_nouns`, modality.toml: "a day after", "two days after", "a week before"); an arrest outside that
clause keeps its cue, and the protest's, intervention's and dispersal's cues inside the clause are dropped from the
sentence's reading. "Police arrested 20 protesters after they blocked the road" names no gap: the arrests end the
blockade and stay its intervention. Read in a story's sentences only (`CueReader.cue_hits(story=True)`), as the other
readings of a sentence's clauses.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan

from eventwatch.events.codebook import word_sets
from eventwatch.events.parsed import Tok
from eventwatch.events.readings import CueHit
from eventwatch.events.syntax import match_root
from eventwatch.events.totals import running_total_cues

# the cue groups that tell a protest and the force met at it
PROTEST_GROUPS = frozenset({"protest", "intervene", "dispersal", "protest_violence", "lethal_force"})


def _gap_clause(token: Tok) -> Tok | None:
    """The adverbial clause above `token` opened by a word of sequence and measured in days ("a day after ..."), or
    None."""
    marks = running_total_cues().sequence_marks
    gaps = word_sets("day_gap_nouns")["day_gap_nouns"]
    node = token
    for _ in range(12):
        if node.dep_ == "advcl":
            children = list(node.children)
            if any(c.dep_ == "mark" and c.lower_ in marks for c in children) and \
                    any(c.dep_ == "npadvmod" and c.lemma_.lower() in gaps for c in children):
                return node
            return None
        if node.head is node:
            return None
        node = node.head
    return None


def within(clause: Tok, token: Tok) -> bool:
    return clause.left_edge.i <= token.i <= clause.right_edge.i


def without_earlier_protest(sent: SpacySpan, hits: Sequence[CueHit]) -> list[CueHit]:
    """`hits` minus the protest's cues of a protest told a day or more before or after the sentence's arrest (see the
    module docstring)."""
    if not any(h.group == "arrest" for h in hits) or not any(h.group == "protest" for h in hits):
        return list(hits)
    roots = {(h.start, h.end): match_root(sent, h.start, h.end) for h in hits}
    clauses = {c.i: c for h in hits if h.group == "protest"
               for r in [roots[(h.start, h.end)]] if r is not None for c in [_gap_clause(r)] if c is not None}
    if not clauses:
        return list(hits)
    arrests = [roots[(h.start, h.end)] for h in hits if h.group == "arrest"]
    kept_clauses = [c for c in clauses.values()
                    if any(a is not None and not within(c, a) for a in arrests)]
    if not kept_clauses:
        return list(hits)
    kept: list[CueHit] = []
    for hit in hits:
        root = roots[(hit.start, hit.end)]
        if hit.group in PROTEST_GROUPS and root is not None and any(within(c, root) for c in kept_clauses):
            continue
        kept.append(hit)
    return kept

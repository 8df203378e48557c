"""Harm told beside a disrupted weapon: which killings and blasts in a sentence are background to a weapon seized,
found or defused there.

Why: ACLED codes a weapon seized or defused as Disrupted weapons use unless a device went off or someone was hurt in
that event (`disrupted_first` in decisions.toml). News often names earlier harm beside the disruption, as a time
("after a series of blasts killed dozens of people") or as who someone is ("retrieved the bodies of fighters killed
in the town and defused landmines"). That harm happened at another time and is its own event; read as this one's, it
turned every such defusal into a killing or an explosion.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

from spacy.tokens import Span as SpacySpan

from eventwatch.events.parsed import Tok, ancestors
from eventwatch.events.readings import CueHit
from eventwatch.events.syntax import match_root

# Harm that would otherwise block the disruption (`none` of `disrupted_first`).
_HARM = frozenset({"kill", "serious_harm", "went_off"})
# A clause of time that names an earlier event ("after the blasts killed 215 people").
_EARLIER = frozenset({"after", "since", "following"})


def background_scope(token: Tok) -> tuple[int, int] | None:
    """The token range of the background phrase `token` lies in: a past participle that describes a noun ("fighters
    killed in Taiz", the `acl` of the noun, with its subtree), or a clause of time from its "after", "since" or
    "following" on (the parser often makes such a clause at the end of a sentence its root: then the range still
    starts at the word of time). None when the token is told as part of the sentence's own event."""
    for node in islice(ancestors(token, itself=True), 6):
        if node.dep_ == "acl" and node.tag_ == "VBN":
            return node.left_edge.i, node.right_edge.i
        mark = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in _EARLIER), None)
        if mark is not None and node.dep_ in ("advcl", "ROOT"):
            return mark.i, node.right_edge.i
    return None


def without_background_harm(sent: SpacySpan, hits: Sequence[CueHit]) -> list[CueHit]:
    """`hits` minus the killings, injuries and blasts that are background to a disrupted weapon of the same
    sentence (see the module docstring); unchanged when no weapon was disrupted or the harm is in the same phrase
    as the disruption ("the bomb exploded as they tried to defuse it" still went off)."""
    anchors = [t for h in hits if h.group == "disrupted" and (t := match_root(sent, h.start, h.end)) is not None]
    if not anchors:
        return list(hits)
    kept: list[CueHit] = []
    for hit in hits:
        token = match_root(sent, hit.start, hit.end) if hit.group in _HARM else None
        scope = background_scope(token) if token is not None else None
        if scope is not None and not any(scope[0] <= a.i <= scope[1] for a in anchors):
            continue
        kept.append(hit)
    return kept

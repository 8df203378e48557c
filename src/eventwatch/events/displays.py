"""A demonstration that shows a weapon is a display, no protest; vigilantes named beside a force's search are no mob
(coder111, issue 10).

Why: "demonstration" is a protest word in every genre, but a defence exhibition's "live demonstration at a firing
range" or "a flight demonstration of the new drones" shows weapons to buyers (`display_demonstrations` in
modality.toml): no one protests. And the `mob` cue's bare "vigilantes" names who acted, not what they did: "gendarmes
and local vigilantes tracked the raiders for two days" tells a search, and only a harm, a fight or property damaged in
the same clause ("vigilantes beat a suspected thief") makes it mob violence. Both read in a story's sentences only
(`CueReader.cue_hits(story=True)`): a short text read alone keeps its reading (the arbiter trains on those readings).

Team-written examples, no event: "A live-fire demonstration of the new howitzer was staged for visiting officers on
Thursday."; "Soldiers and vigilantes combed the hills above the village for the kidnappers."
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan

from eventwatch.events.codebook import modality_pattern
from eventwatch.events.parsed import text_of
from eventwatch.events.readings import CueHit
from eventwatch.events.syntax import clause_of

_DEMONSTRATION = re.compile(r"demonstrations?", re.IGNORECASE)
_VIGILANTES = re.compile(r"vigilantes?", re.IGNORECASE)
# the groups that tell an act of a mob's own: a harm, a fight, property damaged or taken, another mob word
_ACTS = frozenset({"kill", "serious_harm", "riot_action", "clash", "armed_attack", "abduction", "destroy", "arson",
                   "lethal_force", "sexual"})


def without_displays(sent: SpacySpan, hits: Sequence[CueHit]) -> list[CueHit]:
    """`hits` without a weapon's display read as a protest, nor bare vigilantes with no act of theirs (see the module
    docstring)."""
    text = text_of(sent)
    shown = [m.span() for m in modality_pattern("display_demonstrations").finditer(text)]
    acting = {clause_of(sent, h.start, h.end) for h in hits if h.group in _ACTS or (
        h.group == "mob" and not _VIGILANTES.fullmatch(text[h.start:h.end]))}
    kept: list[CueHit] = []
    for hit in hits:
        words = text[hit.start:hit.end]
        if hit.group == "protest" and _DEMONSTRATION.fullmatch(words) and any(
                a <= hit.start and hit.end <= b for a, b in shown):
            continue
        if hit.group == "mob" and _VIGILANTES.fullmatch(words) and clause_of(sent, hit.start, hit.end) not in acting:
            continue
        kept.append(hit)
    return kept

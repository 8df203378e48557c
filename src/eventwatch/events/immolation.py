"""A self-immolation told by its fire and its death is a protest, not an arson, a riot or an attack (coder111,
issue 10).

Why: ACLED codes a person who sets himself or herself on fire over a grievance as a protest (Peaceful protest when no
one else is harmed; coder96 read the reflexive "set himself on fire" so). A news story often tells the act twice in
other words: in a relative clause of the lead, whose main verb is the death ("a vendor who set himself on fire outside
the town hall on Monday died of his burns on Tuesday": the clause is left out as a topic, and the death was read as an
attack on a civilian), and as what the person did ("poured petrol over his clothes and set it alight": "it" is no
reflexive object, and the fire was read as a riot's arson). In a sentence that tells such an act (`immolation_acts` in
modality.toml) the fire words inside it and the person's own death or burns (`immolation_harm`) code nothing, and the
act is the protest the sentence reports. Read in a story's sentences only (`CueReader.cue_hits(story=True)`): a short
text read alone keeps its reading (the arbiter trains on those readings).

Team-written example: "A baker who set himself on fire outside the tax office in Sfax on Monday died of his burns on
Wednesday." codes a Peaceful protest, no attack.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Span as SpacySpan

from eventwatch.events.codebook import load_codebook
from eventwatch.events.parsed import text_of
from eventwatch.events.readings import CueHit

# the groups a self-immolation's own fire is read as, and those its own death or burns are read as
_FIRE = frozenset({"arson", "riot_action", "destroy", "protest_violence"})
_HARM = frozenset({"kill", "serious_harm", "lethal_force", "protest_violence"})


@cache
def _patterns(key: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in load_codebook().modality[key]), re.IGNORECASE)


def _inside(hit: CueHit, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= hit.start and hit.end <= b for a, b in spans)


def tells_immolation(text: str) -> bool:
    """Whether `text` tells a self-immolation act (`immolation_acts`)."""
    return _patterns("immolation_acts").search(text) is not None


def without_immolation_harm(sent: SpacySpan, hits: Sequence[CueHit]) -> list[CueHit]:
    """`hits` of a sentence telling a self-immolation, without the act's fire and the person's own death or burns,
    and with the act as the protest when no protest word was kept (see the module docstring)."""
    text = text_of(sent)
    acts = [m.span() for m in _patterns("immolation_acts").finditer(text)]
    if not acts:
        return list(hits)
    harm = [m.span() for m in _patterns("immolation_harm").finditer(text)]
    kept = [h for h in hits
            if not (h.group in _FIRE and _inside(h, acts)) and not (h.group in _HARM and _inside(h, harm))]
    if not any(h.group == "protest" for h in kept):
        kept.append(CueHit("protest", *acts[0]))
    return kept

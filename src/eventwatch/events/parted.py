"""A protest told as having ended peacefully stays a Peaceful protest beside a riot the same sentence tells after it
(coder99, issue 10).

Why: "A rally of nurses through Blantyre ended peacefully at noon, but was followed by a night of unrest in Ndirande,
where youths burned tyres" tells two events of two types (a Peaceful protest and a Violent demonstration: the marchers
did not riot), yet a sentence's first coding, a riot, absorbed the march of the other clause (`[suppress]` in
decisions.toml, which keeps one event for one crowd's protest that turns violent). The march's clause itself says it
ended in peace (`peaceful_end_verbs` with "peacefully" or "peaceful": "ended peacefully", "passed off peacefully",
"remained peaceful"), so that clause's Peaceful protest is kept (`EventCoder.code_and_read`). Trial15's fix half missed
such a march. A crowd whose own protest turned violent is not touched: its clause names no peaceful end. Only beside a
riot: a protest that ended peacefully beside another protest coding ("protesters peacefully ended the occupation" after
an ultimatum, an ACLED even-half note) stays absorbed.

Team-written example, two events: "The teachers' rally in Blantyre passed off peacefully, but that night youths stoned
shops in the market."
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan

from eventwatch.events.codebook import word_sets
from eventwatch.events.parsed import Tok
from eventwatch.events.readings import CueHit
from eventwatch.events.syntax import match_root

_PEACE = frozenset({"peacefully", "peaceful"})


def _verbs() -> frozenset[str]:
    return word_sets("peaceful_end_verbs")["peaceful_end_verbs"]


def _ended_in_peace(verb: Tok) -> bool:
    return verb.lemma_.lower() in _verbs() and any(
        c.lower_ in _PEACE or (c.dep_ == "prt" and any(g.lower_ in _PEACE for g in c.children))
        for c in verb.children)


def ended_peacefully(sent: SpacySpan, hits: Sequence[CueHit]) -> bool:
    """True when a protest word among `hits` (one clause's) is the subject of a verb of ending in peace ("the march
    ended peacefully"), or is that verb itself's clause ("marchers dispersed peacefully")."""
    for hit in hits:
        if hit.group != "protest":
            continue
        token = match_root(sent, hit.start, hit.end)
        if token is None:
            continue
        verb = token.head if token.dep_ in ("nsubj", "nsubjpass") else token
        if verb.pos_ in ("VERB", "AUX") and _ended_in_peace(verb):
            return True
    return False

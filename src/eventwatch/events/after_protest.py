"""Violence told as "after a rally" by doers who are not a state force is its own event, not the rally (coder118,
issue 10).

Why: police who beat marchers at a march intervene in it, and ACLED codes the two as one event. A person beaten by a
group of men "after a rally" ("A photographer was punched and kicked by a gang of youths after a campaign rally in the
market square") was attacked by people who are not the protest's police: ACLED codes that violence as its own event
(Mob violence, or an Attack by an armed group), and the rally, told only as the time of the beating, is no part of
it. The protest's words stand in a prepositional phrase opened by a word of sequence (`sequence_marks`,
running_totals.toml: "after", "before") hung on the verb of the violence; the violence (`kill`) must have a doer
told (an active subject or a "by" agent) with no state force's word in it. The protest's, intervention's and
dispersal's cues inside the phrase are dropped from the sentence's reading. "Three people were hurt after the
rally" names no doer and stays as it was; "police beat students after the march" is the march's intervention. Read in
a story's sentences only (`CueReader.cue_hits(story=True)`), as the other readings of a sentence's clauses.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan

from eventwatch.events.later_arrests import PROTEST_GROUPS, within
from eventwatch.events.parsed import Tok
from eventwatch.events.readings import CueHit
from eventwatch.events.syntax import match_root
from eventwatch.events.totals import running_total_cues


def _doers(verb: Tok) -> list[Tok]:
    """The doers of `verb` and of the verbs it is coordinated with: "by" agents' phrases and the subjects of active
    verbs (a headline's bare participle, "Journalist beaten after rally", has its victim as subject)."""
    return [c for v in _with_conjuncts(verb) for c in v.children
            if c.dep_ == "agent" or (c.dep_ == "nsubj" and v.tag_ != "VBN")]


def _with_conjuncts(verb: Tok) -> list[Tok]:
    """`verb` and the verbs coordinated with it ("punched and kicked")."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if verb.dep_ == "conj" and verb.head is not verb:
        verbs.append(verb.head)
    return verbs


def _time_phrase(verb: Tok) -> Tok | None:
    """A prepositional phrase of sequence ("after a rally") hung on `verb` or a verb coordinated with it, or None."""
    marks = running_total_cues().sequence_marks
    return next((c for v in _with_conjuncts(verb) for c in v.children if c.dep_ == "prep" and c.lower_ in marks),
                None)


def without_protest_as_time(sent: SpacySpan, hits: Sequence[CueHit]) -> list[CueHit]:
    """`hits` minus the protest's cues of a protest told as the time of violence by doers who are no state force (see
    the module docstring)."""
    if not any(h.group == "kill" for h in hits) or not any(h.group == "protest" for h in hits):
        return list(hits)
    roots = {(h.start, h.end): match_root(sent, h.start, h.end) for h in hits}
    forces = [r for h in hits if h.group == "state_force" for r in [roots[(h.start, h.end)]] if r is not None]
    phrases: list[Tok] = []
    for hit in hits:
        verb = roots[(hit.start, hit.end)] if hit.group == "kill" else None
        if verb is None or verb.pos_ != "VERB":
            continue
        doers = _doers(verb)
        phrase = _time_phrase(verb)
        if not doers or phrase is None or any(within(d, f) for d in doers for f in forces):
            continue
        if any(h.group == "protest" and (r := roots[(h.start, h.end)]) is not None and within(phrase, r)
               for h in hits):
            phrases.append(phrase)
    if not phrases:
        return list(hits)
    return [h for h in hits if not (h.group in PROTEST_GROUPS and (r := roots[(h.start, h.end)]) is not None
                                    and any(within(p, r) for p in phrases))]

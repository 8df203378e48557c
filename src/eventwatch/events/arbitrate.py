"""Where the arbiter meets the rules: sentences of articles (the `events` stage) and short texts (`classify`).

In an article the rules code each sentence and keep every evidence span. Only the sentences the rules are unsure
about go to the arbiter: those coded by a rule that was not reliable on news in training (`sure_rules` in the model
file: precision 0.9 or more on the team's and CASE's sentences). They are embedded together in one batch. Where
the arbiter overrules the rules (see `VETO_MIN`), the sentence reports no event (the relevance gate) or its first
event changes sub-event type within its event type (actors re-read for the new type, the trigger and every span
kept); either way `confidence` is the arbiter's probability and the event's `notes` say who decided.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from eventwatch.events.arbiter import NO_EVENT, Arbiter, Verdict
from eventwatch.events.coder import EventCoder
from eventwatch.events.mentions import EventMention
from eventwatch.events.parsed import text_of
from eventwatch.events.readings import Coding, Reading
from eventwatch.events.veto import keeps_killing

# In an article the arbiter reads one sentence without the report around it, so it is held to more there than in a
# short text: its "no event" removes the rules' events only when it is this sure, and it may change a sub-event type
# only within the rules' event type (a car bomb the rules read stays an explosion). Chosen on the tuning parts of
# MUC-4 (relevance F1 0.696 -> 0.729) and GLOCON (protest macro F1 0.785 -> 0.798) against 0.6 and no limit. Nor does
# it remove a political killing (an assassination, a victim with a public role: `veto.py`), which it reads as crime.
VETO_MIN = 0.8


def unsure(arbiter: Arbiter, mentions: Sequence[EventMention]) -> bool:
    """True when the rules coded an event by a rule the model does not count as sure on news."""
    sure = arbiter.model.meta.get("sure_rules", [])
    return bool(mentions) and mentions[0].rule not in sure


def judge_sentences(coder: EventCoder, arbiter: Arbiter, sentences: Sequence[SpacySpan],
                    mentions: Sequence[list[EventMention]],
                    groups: Sequence[frozenset[str] | None] | None = None) -> list[list[EventMention]]:
    """The events of each sentence after the arbiter has judged the unsure ones (all in one embedding batch);
    `groups`: each sentence's cue groups from `EventCoder.code_and_read`, so that they are not matched again."""
    todo = [i for i, m in enumerate(mentions) if unsure(arbiter, m)]
    out = [list(m) for m in mentions]
    if not todo:
        return out
    readings = [coder.read_sentence(sentences[i], mentions[i], groups[i] if groups is not None else None)
                for i in todo]
    verdicts = arbiter.judge(readings, [text_of(sentences[i]) for i in todo])
    for i, verdict in zip(todo, verdicts, strict=True):
        out[i] = apply_verdict(coder, sentences[i], mentions[i], verdict)
    return out


def apply_verdict(coder: EventCoder, sent: SpacySpan, mentions: Sequence[EventMention],
                  verdict: Verdict) -> list[EventMention]:
    if verdict.decided_by == "arbiter" and not verdict.event:
        if verdict.confidence >= VETO_MIN and not keeps_killing(sent, [m.trigger.start for m in mentions]):
            return []
        verdict = verdict.keep_rules()  # too unsure to remove what the rules found, or a political killing
    first = mentions[0]
    if verdict.decided_by == "arbiter" and verdict.label != first.sub_event_type and \
            coder.codebook.event_type_of(verdict.label) != first.event_type:
        verdict = verdict.keep_rules()
    if verdict.decided_by == "arbiter" and verdict.label != first.sub_event_type:
        rule = next((r for r in coder.codebook.rules if r.sub_event_type == verdict.label and not r.fallback), None)
        if rule is not None:
            hits = tuple(h for h in coder.cue_hits(sent) if h.start == first.trigger.start - sent.start_char)
            retyped = coder.mention_for(sent, Coding(rule, hits))
            first = dataclasses.replace(retyped, trigger=first.trigger, rule=f"{rule.id}; rules: {first.rule}")
    decided = "rules over the arbiter" if verdict.decided_by == "rules" else verdict.decided_by
    judged = dataclasses.replace(first, confidence=round(verdict.confidence, 3), decided_by=decided)
    return [judged, *mentions[1:]]


def judge_texts(coder: EventCoder, arbiter: Arbiter, docs: Sequence[Doc], texts: Sequence[str], *,
                known_event: bool = False) -> list[tuple[Reading, Verdict]]:
    """The rules' reading and the arbiter's verdict on each short text (`classify`)."""
    readings = [coder.read_text(doc, note=known_event) for doc in docs]
    return list(zip(readings, arbiter.judge(readings, texts), strict=True))


def as_type(coder: EventCoder, verdict: Verdict) -> tuple[str, str] | None:
    if verdict.label == NO_EVENT:
        return None
    return coder.codebook.event_type_of(verdict.label), verdict.label

"""Where the arbiter meets the rules: sentences of articles (the `events` stage) and short texts (`classify`).

In an article the rules code each sentence and keep every evidence span. Only the sentences the rules are unsure
about go to the arbiter: those coded by a rule that was not reliable on news in training (`sure_rules` in the model
file: precision 0.9 or more on the team's and CASE's sentences). They are embedded together in one batch. Where
the arbiter overrules the rules (see `VETO_MIN`), the sentence reports no event (the relevance gate) or its first
event changes sub-event type within its event type (actors re-read for the new type, the trigger and every span
kept); either way `confidence` is the arbiter's probability and the event's `notes` say who decided. Its "no
event" removes the rules' events only when it is sure (`VETO_MIN`; surer, `VETO_MIN_OF_KIND`, when it reads the
rules' kind of event if any: `doubts_reading`) and the sentence tells no political killing (`veto.py`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from eventwatch.events.arbiter import NO_EVENT, WEAK_RULES, Arbiter, Verdict
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
# A "no event" that reads, if anything, the kind of event the rules read (`doubts_reading` false) must be surer still:
# it agrees on what the sentence tells and doubts only whether that counts, where the rules judge the telling from
# the parse (a strike "going on", a blast told by its wounded) and the arbiter, without the article, often misses it.
# Chosen on the tuning parts against 0.8 for every veto (GLOCON sentences 0.7356 -> 0.7420, SATP any event 0.9843 ->
# 0.9880, flags 0.8149 -> 0.8153; GLOCON documents and MUC-4 level); 0.9 and 0.93 lifted less (0.7378, 0.7399), and
# above 0.957 a fuel tanker's explosion (the accident in tests/events/test_arbiter_extraction.py) would stay a bombing.
VETO_MIN_OF_KIND = 0.95
# The share of the arbiter's probability for any event that the rules' kind must hold to be "its reading": a
# majority (0.6 gave one SATP flag more on the tuning part, 0.7 one GLOCON sentence fewer).
VETO_SHARE = 0.5


class InReport(NamedTuple):
    """Where a sentence stands: `report`, which report of the batch it belongs to; `alone`, whether it is the whole
    report (a text of one sentence: a sentence-level item, a one-line snippet).

    Why a "no event" of the rules' own kind is held to `VETO_MIN_OF_KIND` only on its report's topic (`on_topic`: the
    sentence is the whole report, or the report keeps an event of the same type in another sentence), and to
    `VETO_MIN` elsewhere: an article is relevant when any one of its sentences keeps an event, and a reading of a
    kind the article tells nowhere else, deep in its body, is most often a passing mention or a word in another sense
    ("the party's rally" in a column on the economy, a chant heard at a visit), which the arbiter's doubt rightly
    removes. Where the article keeps that type elsewhere the sentence tells of the article's subject (the strike
    "still going on", the blast told by its wounded), and a text of one sentence has no body: there the rules'
    reading stands unless the arbiter is surer. Team-written example: in "Miners at the Rand shaft downed tools on
    Monday. The strike, the union said, was still going on." the second sentence keeps its strike against a doubtful
    "no event" only because the first keeps one; alone in a column on wages it would not."""

    report: int
    alone: bool


def unsure(arbiter: Arbiter, mentions: Sequence[EventMention]) -> bool:
    """True when the rules coded an event by a rule the model does not count as sure on news."""
    sure = arbiter.model.meta.get("sure_rules", [])
    return bool(mentions) and mentions[0].rule not in sure


def judge_sentences(coder: EventCoder, arbiter: Arbiter, sentences: Sequence[SpacySpan],
                    mentions: Sequence[list[EventMention]],
                    groups: Sequence[frozenset[str] | None] | None = None,
                    places: Sequence[InReport] | None = None) -> list[list[EventMention]]:
    """The events of each sentence after the arbiter has judged the unsure ones (all in one embedding batch);
    `groups`: each sentence's cue groups from `EventCoder.code_and_read`, so that they are not matched again;
    `places`: where each sentence stands in its report (`InReport`), so that a "no event" of the rules' own kind is
    held to `VETO_MIN_OF_KIND` only where the report is about that kind (`on_topic`); None: every sentence is."""
    todo = [i for i, m in enumerate(mentions) if unsure(arbiter, m)]
    out = [list(m) for m in mentions]
    if not todo:
        return out
    readings = [coder.read_sentence(sentences[i], mentions[i], groups[i] if groups is not None else None)
                for i in todo]
    # a sentence holding another event ranks the judged one's confidence against it (`cascade.py`): fp32 decides
    verdicts = arbiter.judge(readings, [text_of(sentences[i]) for i in todo], [len(mentions[i]) > 1 for i in todo])
    alone = [places is None or places[i].alone for i in todo]
    for i, verdict, whole in zip(todo, verdicts, alone, strict=True):
        out[i] = apply_verdict(coder, sentences[i], mentions[i], verdict, on_topic=whole)
    if places is None:
        return out
    # A sentence whose report keeps an event of the same type in another sentence is on its report's topic: judged
    # again, now with the report's other sentences in view (their events as the first pass left them).
    kept = {(places[i].report, m.event_type) for i, found in enumerate(out) for m in found}
    for i, verdict, whole in zip(todo, verdicts, alone, strict=True):
        if not whole and not out[i] and mentions[i] and any(
                (places[i].report, m.event_type) in kept for m in mentions[i]):
            out[i] = apply_verdict(coder, sentences[i], mentions[i], verdict, on_topic=True)
    return out


def doubts_reading(verdict: Verdict, rule: str) -> bool:
    """True when the arbiter's "no event" also doubts what kind of event the rules read: of its probability for any
    event happening (1 - p(no event)) the rules' sub-event type holds less than `VETO_SHARE`, or the rules decided by
    a weak rule (`WEAK_RULES`: a general attack word, a stated grievance), whose reading names no kind.

    Why: such a "no event" says the rules took words in another sense or read the wrong event, which the sentence
    alone can show; one that still reads a strike or a bombing doubts only whether it is told as happening or counts,
    which the arbiter judges without the article around the sentence, so it must be surer (`VETO_MIN_OF_KIND`).
    Team-written examples, with the shipped model: "The wounded were taken to the district hospital soon after the
    blast, an official told reporters." (no event at p 0.84, 0.13 of its 0.16 for an event on the rules' bombing:
    the rules stand); "Ministers of the three countries agreed on Tuesday to build a joint pipeline to carry gas to
    Europe." (no event at p 1.0, nothing on the rules' Agreement: diplomacy, the "no event" stands)."""
    return rule in WEAK_RULES or verdict.rules_p < VETO_SHARE * (1.0 - verdict.confidence)


def apply_verdict(coder: EventCoder, sent: SpacySpan, mentions: Sequence[EventMention],
                  verdict: Verdict, *, on_topic: bool = True) -> list[EventMention]:
    """The sentence's events once `verdict` is applied; `on_topic` (`InReport`): the sentence is its whole report, or
    the report keeps the rules' type of event in another sentence, so a "no event" of the rules' own kind must be
    surer (`VETO_MIN_OF_KIND`)."""
    if verdict.decided_by == "arbiter" and not verdict.event:
        need = VETO_MIN if not on_topic or doubts_reading(verdict, mentions[0].rule) else VETO_MIN_OF_KIND
        if verdict.confidence >= need and not keeps_killing(sent, [m.trigger.start for m in mentions]):
            return []
        verdict = verdict.keep_rules()  # too unsure, a reading of the rules' kind, or a political killing
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

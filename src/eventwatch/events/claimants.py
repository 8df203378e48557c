"""Whose stated claim a sentence tells: a claim is a protest in news only when a crowd states it, and a call for a
gathering still to come is none yet.

Read by the event coder (`coder.py`) on an article's sentences only, after its rules have coded a stated claim
(`CLAIM_RULES`); a short text's reading and an event record's are left as they were. What counts as a crowd, a call
and a gathering is data (`claim_collectives`, `call_words`, `called_gatherings`, `called_joins` in modality.toml).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Span as SpacySpan

from eventwatch.events.codebook import Codebook, modality_pattern
from eventwatch.events.parsed import Tok, text_of
from eventwatch.events.readings import Coding
from eventwatch.events.syntax import match_root

__all__ = ["CLAIM_RULES", "calls_for_gathering", "claim_by_others"]

# Rules that code a stated claim as a protest: the crowd they name must be who states it (`claim_by_others`); a
# crowd word that only modifies a name ("the Family Violence Unit", "the teachers' federation") names no claimant;
# the clauses through which a claim's subject is the subject of the clause above ("gathered to call for",
# "shut the gate, calling for").
CLAIM_RULES = frozenset({"grievance"})
_NAME_DEPS = frozenset({"compound", "poss"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_CLAUSE_UP_DEPS = frozenset({"xcomp", "advcl", "conj"})


def claim_by_others(sent: SpacySpan, coding: Coding, codebook: Codebook) -> bool:
    """True for a stated claim (`CLAIM_RULES`) that someone other than a crowd states: the claim's subject is
    named, is no pronoun or collective that may stand for a crowd told before (`claim_collectives`), and holds no
    crowd word but as a modifier of its name ("the Family Violence Unit urged the public to help trace a missing
    girl": an agency's appeal; "the federation called on its unions to support families affected by the floods":
    the families are who the claim is for). A crowd inside the subject claims ("dozens of workers shut the gate,
    calling for permanent contracts"), and so do "They" in a report of a protest ("They demanded higher pay") and a
    protest word ("blocked the road as a demonstration to demand lower fuel prices").
    Read in articles only (`EventCoder.code_and_read`): a short text's reading (`EventCoder.read_text`, which
    `classify` and the arbiter's training read) is left as it was, and so is an event record's
    (`EventCoder.opens_as_record`)."""
    if coding.rule.id not in CLAIM_RULES:
        return False
    claims = [match_root(sent, h.start, h.end) for h in coding.hits if h.group == "grievance"]
    crowd = [t for t in (match_root(sent, h.start, h.end) for h in coding.hits if h.group == "crowd")
             if t is not None and t.dep_ not in _NAME_DEPS]
    collectives = codebook.modality["claim_collectives"]
    for verb in claims:
        subject = None if verb is None else _claimer(verb)
        if subject is not None and verb is not None and _writers_appeal(sent, verb, subject):
            continue  # "We call on the authorities to release them": the statement's own appeal
        if subject is None or subject.pos_ == "PRON" or subject.lemma_.lower() in collectives:
            return False  # no subject the parse is sure of, or one that may be the crowd told before
        if any(p.search(subject.text) for p in codebook.cues["protest"].patterns):
            return False  # a protest's own claim ("blocked the highway as a demonstration to demand ...")
        if any(subject.left_edge.i <= t.i <= subject.right_edge.i for t in crowd):
            return False
    return bool(claims)


def _writers_appeal(sent: SpacySpan, verb: Tok, subject: Tok) -> bool:
    """True for a claim the writer of a statement makes in its own voice: "we" as the subject of a claim verb in the
    present tense (VBP), in a sentence with no quotation mark. Why: an alert, a press statement or an open letter
    ends with its own demands ("We call on the authorities to ...", "We urge the government to ..."), which are no
    crowd's and no protest; "We" in a quoted chant or a protester's words stays a possible crowd, and so does a
    past tense ("We marched to demand ..."), told of a protest held (coder130; trial21's fix half coded an alert's
    closing appeal as two Peaceful protests). Team-written example, no protest: "We urge the government to free
    the two men and to let their families visit them." """
    return subject.lower_ == "we" and verb.tag_ == "VBP" and not any(q in text_of(sent) for q in '"\u201c\u201d')


def calls_for_gathering(sent: SpacySpan, coding: Coding, codebook: Codebook) -> bool:
    """True for a stated claim (`CLAIM_RULES`) that is only a call for a gathering still to come: every claim word
    is a call (`call_words` in modality.toml) whose object is a gathering (`called_gatherings`: "an association of
    residents called for a vigil on Saturday", "students called on Thursday for a general strike on 1 July",
    "urged their members to join a go-slow"). The vigil or the strike is coded when a report tells it held; the
    call is no protest yet (issue 10; trial11's and trial5's fix halves coded both calls as peaceful protests). A
    call for pay or for a release names no gathering and stays the crowd's claim. Team-written example, no event:
    "Taxi drivers' associations in Krakow urged their members to join a go-slow next Tuesday." Read in articles
    only, as `claim_by_others` is: no short text's reading changes."""
    if coding.rule.id not in CLAIM_RULES:
        return False
    modality = codebook.modality
    text = text_of(sent)
    claims = [h for h in coding.hits if h.group == "grievance"]
    for hit in claims:
        verb = match_root(sent, hit.start, hit.end)
        if verb is None or not modality_pattern("call_words").match(text[hit.start:hit.end]):
            return False
        if not any(o.lemma_.lower() in modality["called_gatherings"] for o in _called_objects(verb, modality)):
            return False
    return bool(claims)


def _claimer(verb: Tok) -> Tok | None:
    """The subject of a claim word's clause: its own subject, the noun a participle modifies ("the organisation
    opposed to the government"), or the subject of the clause above an infinitive, a participle or a conjoined verb
    ("gathered to call for", "shut the gate, calling for"); None when the parse names none."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        if verb.dep_ in ("acl", "relcl") and verb.head.i != verb.i:
            return verb.head
        if verb.dep_ not in _CLAUSE_UP_DEPS or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _called_objects(verb: Tok, modality: dict[str, Any]) -> Iterator[Tok]:
    """What a call asks for: the noun after its "for" ("called for a vigil", "called on Thursday for a strike"), its
    object ("urged a boycott"), and the object of "to join|hold|stage ..." after it ("urged members to join a
    go-slow"), with the nouns coordinated with each."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            heads = [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ == "dobj":
            heads = [child]
        elif child.dep_ == "xcomp" and child.lemma_.lower() in modality["called_joins"]:
            heads = [c for c in child.children if c.dep_ == "dobj"]
        else:
            continue
        for head in heads:
            yield head
            yield from (c for c in head.children if c.dep_ == "conj")

"""Reading the parse of a sentence for the coder: which token a cue matched, which clause it sits in, and whether an
actor phrase is the agent or the patient of the sentence."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from eventwatch.events.actors import FoundActor
from eventwatch.events.codebook import load_codebook
from eventwatch.events.parsed import Tok, parsed, tokens
from eventwatch.events.relatives import relative_word

_PATIENT_PREPS = frozenset({"at", "on", "against", "targeting", "with"})

def token_at(sent: SpacySpan, rel: int) -> Tok | None:
    target = sent.start_char + rel
    for token in tokens(sent):
        if token.idx <= target < token.idx + max(len(token.text), 1):
            return token
        if token.idx > target:
            return token
    return None


def clause_of(sent: SpacySpan, start: int, end: int) -> int:
    """The index of the main or coordinated verb whose clause holds the cue matched at [start, end) of the sentence
    (-1 when none is found)."""
    token = match_root(sent, start, end)
    for _ in range(12):
        if token is None:
            return -1
        if token.dep_ == "ROOT" or (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX")):
            return token.i
        token = token.head
    return -1


def match_root(sent: SpacySpan, start: int, end: int) -> Tok | None:
    """The syntactic head of the words a cue matched ("a march" -> march, "set fire" -> set)."""
    span = sent.doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
    return parsed(sent.doc)[span.root.i] if span is not None and len(span) else token_at(sent, start)


def role(sent: SpacySpan, found: FoundActor) -> str:
    """Agent, patient, source (of the report) or other, from the dependency role of the actor phrase's head noun."""
    token = token_at(sent, found.start)
    if token is None:
        return "other"
    start, end = sent.start_char + found.start, sent.start_char + found.end
    head = token
    # the head of the actor phrase itself: climb only to heads inside the phrase ("the Islamic State group"), never
    # to a verb or preposition before it ("attacked soldiers", "by gunmen"), whose role the phrase would take
    while head.head is not head and start <= head.head.idx < end and head.head.i != head.i:
        head = head.head
    for _ in range(4):
        if head.dep_ in ("compound", "amod", "nmod", "poss", "det", "nummod", "quantmod") and head.head is not head:
            head = head.head
            continue
        # "a group of people", "members of the gang": the phrase plays the role of its governing noun
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            head = head.head.head
            continue
        break
    dep = head.dep_
    if _described(head):
        return "other"  # "families who say their sons were abducted by the group": a description, not this event
    verb = head.head
    if dep == "nsubj" and verb.lemma_.lower() in load_codebook().modality["source_verbs"] and not any(
            c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children):
        # the source of the report ("police said"), not a participant: never an event's actor. The subject of a
        # verb coordinated with the saying acts ("the aide said ... and urged residents to leave").
        return "source"
    if dep == "nsubj" and verb.lemma_.lower() in load_codebook().modality["suffering_verbs"]:
        return "patient"  # "two villagers died": the subject of a verb of suffering is a victim
    if dep == "nsubj" and cedes(verb):
        return "patient"  # "the army lost control of the town to the rebels": the army gives the town up
    if dep == "pobj" and head.head.lower_ == "to" and head.head.dep_ == "prep" and cedes(head.head.head):
        return "agent"  # ... and the rebels, after "to", take it
    if dep == "ROOT" and head.pos_ in ("NOUN", "PROPN"):
        return "agent"
    if dep == "pobj" and head.head.lower_ == "by" and head.head.dep_ == "agent" and _backing(head.head.head):
        return "other"  # "NAF forces supported by Russian forces took the town": a backer, not the one who acts
    if dep == "nsubj" or (dep == "pobj" and head.head.lower_ == "by" and head.head.dep_ == "agent"):
        return "agent"
    if dep in ("dobj", "nsubjpass") or (dep == "pobj" and head.head.lower_ in _PATIENT_PREPS):
        return "patient"
    if dep == "conj" and head.head.dep_ == "nsubj":
        return "agent"
    if dep == "conj" and (head.head.dep_ in ("dobj", "nsubjpass") or head.head.head.lower_ in _PATIENT_PREPS):
        return "patient"
    return "other"


def spoken_for(sent: SpacySpan, found: FoundActor) -> bool:
    """True for an actor named only as whom a teller speaks for ("a spokesman for the Kabul police command said",
    `teller_nouns` in modality.toml): it tells the event and takes no part in it, whatever the parse hangs the
    teller from ("…near Gao, a spokeswoman for the army told reporters" hangs it on the town). Asked only for an
    event's actors (`participants.event_actors`), not by `role`: the arbiter's features stay as they were read."""
    node = _noun_of(sent, found, through_of=False)
    return node is not None and node.dep_ == "pobj" and node.head.lower_ == "for" and node.head.head.lower_ in \
        load_codebook().modality["teller_nouns"]


def beside(sent: SpacySpan, found: FoundActor) -> bool:
    """True for an actor named only as where something happened ("blew up outside the police station", "exploded
    beside the convoy of a commander of the Security Belt forces"): the phrase, through its compounds and "of"
    nouns, is the object of a preposition of place (`site_preps` in modality.toml). A bomb's doer is never named so,
    and ACLED's notes give such a site no actor 2 either ("two explosions occurred … near the police station")."""
    node = _noun_of(sent, found, through_of=True)
    preps = load_codebook().modality["site_preps"]
    return node is not None and node.dep_ == "pobj" and node.head.lower_ in preps and node.pos_ in ("NOUN", "PROPN")


def _noun_of(sent: SpacySpan, found: FoundActor, *, through_of: bool) -> Tok | None:
    """The noun an actor's words modify ("police" in "the police station" -> station), and with `through_of` the
    noun an "of" phrase of it hangs from ("the convoy of a commander of the … forces" -> convoy)."""
    node = token_at(sent, found.start)
    for _ in range(8):
        if node is None or node.head is node:
            break
        if node.dep_ in ("compound", "amod", "nmod", "poss", "det", "nummod", "quantmod"):
            node = node.head
        elif through_of and node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN",
                                                                                                         "PROPN"):
            node = node.head.head
        else:
            break
    return node


def cedes(verb: Tok) -> bool:
    """True for a verb of giving a place up to someone named after "to" (`ceding_verbs` in modality.toml: "ceded the
    village to", "lost control of the town to"): its subject gives the place up, the "to" side takes it."""
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return False
    words = load_codebook().modality["ceding_verbs"]
    lemma = verb.lemma_.lower()
    # only with what is given up as its object: "the government ceded to the strikers' demands" gives up no place
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and (lemma in words or any(f"{lemma} {c.lemma_.lower()}" in words for c in objects))


def _backing(verb: Tok) -> bool:
    """True for a participle that names who backs the noun it modifies ("forces supported by", "militias backed by",
    `backer_verbs` in modality.toml): its "by" phrase is an ally in the background, not the actor of the clause."""
    return verb.dep_ in ("acl", "advcl") and verb.lemma_.lower() in load_codebook().modality["backer_verbs"]


def _described(token: Tok) -> bool:
    """True for a word inside a relative clause that describes someone ("who", "which", "that": see
    `descriptive_relatives` in modality.toml): who acts or suffers there is no participant of the sentence's event,
    as the clause's event words are no event of it. "where" and "when" clauses tell of events and do not count."""
    node = token
    for _ in range(8):
        if node.dep_ == "relcl" and relative_word(node) in load_codebook().modality["descriptive_relatives"]:
            return True
        if node.head is node:
            return False
        node = node.head
    return False

"""A gathering called off, cancelled or postponed: "called off the strike and the march it had planned" is none.

Why: a union or an organiser that calls off, cancels or postpones a strike, a march or a rally says it will not
take place (or not yet). The verb of cancelling made its first object no event already ("call" is a governor of a
plan in `irrealis_governors`), but a second object joined by "and" was read on its own, and the parser often hangs
it on the verb itself as a conjunct of the clause ("has called off the strike and the march": "march" a conjunct of
"called"); read alone, the second noun coded a Peaceful protest (trial20's fix half). Here the climb from the event
noun passes conjuncts, nouns or the cancelling verb they hang on, up to the verb that takes them; when that verb
cancels (`cancel_verbs`, or `call`/`put` with the particle "off"), the noun names no event. Read in a news story's
sentences only (`ordinary.news_reading`).

Team-written example, no event: "The drivers' association has called off the go-slow and the rally it had set for
Monday."
"""

from __future__ import annotations

from eventwatch.events.codebook import word_sets
from eventwatch.events.parsed import Tok


def _cancels(verb: Tok, cancel_verbs: frozenset[str]) -> bool:
    """True for a verb of cancelling: one of `cancel_verbs`, or "call" or "put" with the particle "off"."""
    lemma = verb.lemma_.lower()
    if lemma in cancel_verbs:
        return True
    return lemma in ("call", "put") and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def called_off(token: Tok) -> bool:
    """True for an event noun that is, directly or through conjuncts, the object of a verb of cancelling (see the
    module docstring)."""
    if token.pos_ != "NOUN":
        return False
    cancel_verbs = word_sets("cancel_verbs")["cancel_verbs"]
    node = token
    for _ in range(4):
        if node.dep_ == "dobj" or (node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX")):
            return _cancels(node.head, cancel_verbs)
        if node.dep_ != "conj" or node.head is node or node.head.pos_ != "NOUN":
            return False
        node = node.head
    return False

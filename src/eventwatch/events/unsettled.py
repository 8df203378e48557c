"""Talks that ended without a deal: the agreement words of such a sentence name what was talked about, not an
Agreement (coder99, issue 10).

Why: ACLED's Agreement is a deal made (a ceasefire signed, a surrender, a prisoner swap). A story that says talks "on a
fisheries treaty ended in Suva with no agreement, and the negotiators flew home" or that "negotiations on a truce broke
up without a deal" still holds words of agreement ("negotiators", "truce"); read alone each coded an Agreement at the
talks' town (trial15's fix half had two such sentences). The deal's own noun is negated already (`modality._negated`:
"without" governs it); this check carries that negation to the sentence's other agreement words.

A deal is unmade when its noun (`deal_nouns`) is governed by "without" or has "no" as its determiner ("with no
deal"), or when it is the object of a verb of making one (`deal_verbs`: "reach", "sign", "strike") that is negated
("did not sign the treaty") or is the complement of "fail" ("failed to reach an accord"). An agreement verb of the
sentence's own ("but agreed to meet again") is kept: it tells what was agreed. Read in a story's sentences only
(`CueReader.cue_hits(story=True)`): a short text read alone keeps its reading (the arbiter trains on those readings).

Team-written example, no event: "Negotiations on a truce in Doha broke up on Friday without a deal."
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan

from eventwatch.events.codebook import word_sets
from eventwatch.events.parsed import Tok, text_of, tokens
from eventwatch.events.readings import CueHit


def _words() -> tuple[frozenset[str], frozenset[str]]:
    words = word_sets("deal_nouns", "deal_verbs")
    return words["deal_nouns"], words["deal_verbs"]


def unmade_deal(token: Tok) -> bool:
    """True for a deal's noun that the sentence says was not made (see the module docstring)."""
    nouns, verbs = _words()
    if token.lemma_.lower() not in nouns or token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "without":
        return True
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return True
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in verbs:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail"


def spoken_of_deal(token: Tok) -> bool:
    """True for a word of a deal or of making peace (`spoken_deal_nouns`) that is what people spoke, talked or wrote
    "of" or "about" (`speech_verbs`), alone or in a list ("leaders spoke of reconciliation, of a national dialogue").
    Why: a deal spoken of is a wish or a theme, no deal made, and ACLED's Agreement is a deal made; trial19's fix half
    coded such a sentence as an Agreement (coder116, issue 10). A deal someone "spoke about signing" is still to come
    too; "said they had signed a truce" keeps its reading (the truce is the object of signing, not of speech). Asked
    of a news story's sentences only (`ordinary.news_reading`). Team-written example, no event: "At the funeral the
    elders talked of peace and of a truce between the clans."
    """
    words = word_sets("spoken_deal_nouns", "speech_verbs")
    if token.lower_ not in words["spoken_deal_nouns"] or token.pos_ not in ("NOUN", "PROPN"):
        return False
    node = token
    for _ in range(4):  # up a list's conjuncts and repeated prepositions: "of reconciliation, of a dialogue"
        if node.dep_ == "pobj" and node.head.lower_ in ("of", "about"):
            prep = node.head
            while prep.dep_ == "conj" and prep.head is not prep:
                prep = prep.head
            return prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in words["speech_verbs"]
        if node.dep_ != "conj" or node.head is node:
            return False
        node = node.head
    return False


def without_failed_talks(sent: SpacySpan, hits: Sequence[CueHit]) -> list[CueHit]:
    """`hits` minus the agreement words of a sentence that tells of a deal not made; an agreement verb kept."""
    if not any(h.group == "agreement" for h in hits) or not any(unmade_deal(t) for t in tokens(sent)):
        return list(hits)
    text = text_of(sent)
    return [h for h in hits if h.group != "agreement" or text[h.start:h.end].lower().startswith("agreed")]


def talks_to_come(token: Tok) -> bool:
    """True for the subject of a prediction: "negotiators are due to meet", "the two sides are set to sign", "mediators
    are expected to resume" — a copula whose adjective of prediction (`prediction_adjectives`: "due", "set",
    "likely") takes an infinitive, or such a participle itself ("expected to"). The talks or the signing are to come;
    the subject's agreement word ("negotiat") names who will meet, and codes no Agreement. The infinitive's own words
    were read as a prediction already (`modality.irrealis_reason`); this carries it to the subject (coder122, issue 10;
    a trial fix half coded peace negotiators due to meet later in the month as an Agreement). Read in a story's
    sentences only, never for a protest word: "striking miners are set to lose their jobs" are on strike. Team-written
    example, no event: "Government and rebel negotiators are due to meet in Geneva later this month."
    """
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head is token:
        return False
    predicted = word_sets("prediction_adjectives")["prediction_adjectives"]
    verb = token.head
    heads = [verb, *(c for c in verb.children if c.dep_ == "acomp")]
    return any(h.lower_ in predicted and any(c.dep_ == "xcomp" for c in h.children) for h in heads)

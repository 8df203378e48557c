"""Event words whose event the sentence takes as given, whatever it says about it.

Three kinds, and why each is told as happening:
- A killing or an abduction named by a noun with its victim ("the murder of the mayor", "the priests' murder",
  "Romero's assassination") or by a participle that describes a person ("the minister murdered in the capital").
  It names one event that happened to someone: condemning, mourning, investigating or punishing it presupposes it.
- A protest named by a definite noun ("the protest", "this strike", "their march"): the report has told of it, and
  the sentence says more about it ("police did not say what the protest was about", "the union would not cave in to
  the demonstrations"). Read alone, such a sentence still mentions the protest.
- A protest under way (`protest_under_way`): a definite protest noun that a verb of ending, settling or carrying on
  takes as subject or object ("the strike could be resolved", "the union will not end the sit-in"), and people named
  by what they are doing ("striking miners are set to lose their jobs"). The modal, the negation or the prediction
  of the verb that takes it says what will become of the protest or of its people, not whether it is happening. Only
  that verb's own words: what governs it from above is read as for any protest word, a conservative scope.

So the checks of `modality.py` that look above the word (a negation of the verb that governs it, a verb that makes it
a topic, a habit) do not drop it, nor, for the protest, a relative clause that describes someone ("a passer-by who was
walking past the protest"). A killing inside such a clause stays a description: "detained two porters who are
suspects in the assassination of a chief" reports the detention. What it has not happened stays unreal: its
own negation ("no protest"), a plan, a threat, a denial, a modal ("the march will go ahead"), a claim of
responsibility, an example cited or recalled, the grounds of an arrest or a sentence (the sentence reports the arrest),
a time or a cause named by a preposition ("following the murder of").
A definite noun in an article that has already coded an event still refers back to it (`EventCoder._anaphoric`);
only one named with its victim does not.

Team-written examples: "The bishop condemned the murder of the village mayor" reports the murder, "The rebels
threatened the murder of the mayor" does not; "Police did not say what the protest was about" mentions the protest,
"There was no protest in the town" does not; "The minister said the bus strike could be settled by Friday" and
"Protesting nurses will be moved to another ward" tell of protests under way, "The march will go ahead on Monday"
does not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwatch.events.codebook import load_codebook
from eventwatch.events.parsed import Tok


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], re.Pattern[str], frozenset[str]]:
    m = load_codebook().modality
    return (frozenset(m["victim_event_nouns"]), frozenset(m["victim_event_participles"]),
            frozenset(m["victim_heads"]), re.compile(m["person_noun_ending"]), frozenset(m["anaphoric_determiners"]))


def _person(word: Tok) -> bool:
    """A word that names people: a name, a person entity, a nationality, or a noun for people ("the mayor",
    "two members", "the jesuit priests"); not an abstract noun ("the killing of the peace process")."""
    _, _, heads, ending, _ = _words()
    if word.pos_ == "PROPN" or word.ent_type_ in ("PERSON", "NORP"):
        return True
    if word.pos_ == "PRON":
        return word.lower_ in ("him", "her", "his", "them")
    return word.pos_ == "NOUN" and (word.lemma_.lower() in heads or word.lower_ in heads
                                    or ending.search(word.lower_) is not None)


def _named(word: Tok) -> bool:
    """A person, or a name where restored case has lowered it ("the assassination of dr jose rodriguez"): a noun
    that heads a run of names (a compound child)."""
    return _person(word) or (word.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "compound" for c in word.children))


def named_victim(token: Tok) -> bool:
    """True for a killing or abduction noun whose victim is named in an "of" phrase or a possessive ("the
    assassination of Dr X", "the jesuits' murder", "his killing"). A possessor is the victim or the killer, and
    either way the killing happened, so any noun or name counts there ("the mayor's murder")."""
    nouns, _, _, _, _ = _words()
    if token.lower_ not in nouns or token.pos_ not in ("NOUN", "VERB"):
        return False
    for child in token.children:
        if child.dep_ == "poss" and (child.pos_ in ("NOUN", "PROPN") or _person(child)):
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                _named(obj) for obj in child.children if obj.dep_ == "pobj"):
            return True
    return False


def described_victim(token: Tok) -> bool:
    """True for a participle of killing that describes a person ("the former minister murdered in the capital"): it
    says what happened to them before."""
    _, participles, _, _, _ = _words()
    return token.lower_ in participles and token.dep_ == "acl" and token.tag_ == "VBN" and _named(token.head)


def definite_protest(token: Tok) -> bool:
    """True for a protest noun with a definite determiner ("the protest", "this strike", "their march"); not a
    noun for people ("the protesters" are who took part, read by the actor rules)."""
    _, _, _, ending, determiners = _words()
    return (token.pos_ == "NOUN" and ending.search(token.lower_) is None
            and any(c.dep_ in ("det", "poss") and c.lower_ in determiners for c in token.children))


@lru_cache(maxsize=1)
def _under_way() -> tuple[frozenset[str], frozenset[str]]:
    m = load_codebook().modality
    return frozenset(m["ongoing_governors"]), frozenset(m["protesting_participles"])


def protest_under_way(token: Tok) -> Tok | None:
    """The verb that takes a protest under way, whose modal, negation or prediction says what will become of the
    protest, not whether it is happening; None for any other protest word. Two forms: a definite protest noun as the
    subject or object of a verb of ending, settling or carrying on ("the strike could be resolved"), and people named
    by a participle of protest ("striking miners are set to lose their jobs", "protesting farmers may be evicted";
    `token` is the participle, or the noun a longer cue's match is rooted in)."""
    governors, participles = _under_way()
    if definite_protest(token) and token.dep_ in ("nsubj", "nsubjpass", "dobj") \
            and token.head.lemma_.lower() in governors:
        return token.head
    if token.dep_ == "amod" and token.lower_ in participles and token.head.pos_ == "NOUN":
        return token.head.head
    if token.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in participles for c in token.children):
        return token.head
    return None

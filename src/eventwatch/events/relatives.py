"""What a relative clause on a noun says: who the noun is (a description, no event of the report), or what the
report tells (a protest going on, the sentence's own predicate, how a riot went).

`modality.irrealis_reason` reads an event word inside a descriptive relative clause ("prisoners who went on hunger
strike", "a man who was arrested before") as no event of the report; these checks say when such a clause tells one
after all. Apart from `modality.py` because they read the clause's own shape (its tense, its relative word, the
verb the noun hangs from), not what governs the event word. The words are data (`modality.toml`).
"""

from __future__ import annotations

from functools import lru_cache

from eventwatch.events.codebook import load_codebook
from eventwatch.events.parsed import Tok


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    m = load_codebook().modality
    return {
        "intervention": frozenset(m["intervention_verbs"]),
        "since_words": frozenset(m["since_words"]),
        "past_time": frozenset(m["past_time_words"]),
    }


def holds_predicate(clause: Tok, event: Tok) -> bool:
    """True for a relative clause that holds the sentence's own predicate: its head is the root and a noun, so the
    sentence has no main verb outside it. The parser hangs the main verb inside the clause when a long subject carries
    one ("Armed men who said they were rebels shot and killed a farmer", parsed with "men" as the root and "killed"
    under "said"); what it holds is what the sentence reports, not a description of someone.

    Only for an event word below the clause's own verb (coordinated with it or under it, as "killed" above) and a
    clause whose relative word is its active subject (the noun is who acts, the verb hung in its clause is what it
    did). When the event word is the clause's verb itself, or the clause is passive ("Citizens who were kidnapped
    by the rebels last year.", "Traders who were robbed and beaten near the market."), the noun is a headline's, a
    caption's or a list item's, described by what was done to it or by it: the fragment reports nothing new. So
    is a clause whose verb is in the present or is "be" ("Journalists who are here to cover the fighting."): it
    says who the noun is, and the event below it is what they came for; a clause that narrates (the past tense, as
    "said" or "entered" above) is the report's."""
    head = clause.head
    if event is clause or any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
        return False
    if not any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in clause.children):
        return False  # the relative word must be who acts ("men who said"), not a place or time ("where", "when")
    if clause.tag_ != "VBD" or clause.lemma_.lower() == "be":
        return False  # "journalists who are here to cover the fighting": who they are, not what they did
    return head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN", "PRON")


def tells_unrest(clause: Tok, heads: frozenset[str]) -> bool:
    """True for a relative clause in the simple past on a noun of unrest ("Tuesday's violence, which began with a
    protest by 200 supporters"): it tells how that unrest went, so a protest it names is reported. In the present or
    the perfect ("political violence, which has caused great damage since 1980") it sums up a conflict, and stays a
    description. Read for protest words only: a killing or a fire inside such a clause ("the riots that swept the
    country after the killing of a teenager") is what set the unrest off, told as its background."""
    return clause.head.lower_ in heads and clause.tag_ == "VBD"


def narrates(clause: Tok) -> bool:
    """True for a relative clause in the present perfect with the relative word as who acts ("laid off 400 dockers
    who have walked out in a wildcat strike", "workers who have rallied outside the ministry for two weeks"). Read
    for protest words: the present perfect tells of a protest still going on, which the report says is happening.
    So does the past perfect when it tells what people had been doing up to a force's arresting or dispersing them
    (below). A clause in the simple past ("prisoners who went on hunger strike", "people who staged a
    demonstration") sets the scene for the sentence's own event, as ACLED codes it (the beating, the arrest), and
    stays a description; so does a passive or "be" clause ("students who have been at the march"), which says who
    they are."""
    if clause.lemma_.lower() == "be" or any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
        return False
    if not any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in clause.children):
        return False
    auxes = [c for c in clause.children if c.dep_ == "aux"]
    if clause.tag_ != "VBN":
        return False
    if any(a.lemma_.lower() == "have" and a.tag_ in ("VBP", "VBZ") for a in auxes):
        return True
    # the past perfect on the people a force arrested or dispersed ("police detained 40 farmers who had squatted on
    # the toll plaza to protest"): what they had been doing up to the arrest is what the arrest ended, so the
    # detention is the intervention (ACLED's Protest with intervention), unless the clause dates it apart ("who had
    # marched last week"). Arrested later for a protest held earlier, with no such date, stays ambiguous; the
    # past perfect without an intervention ("prisoners who had gone on hunger strike were freed") stays a description.
    return (any(a.lemma_.lower() == "have" and a.tag_ == "VBD" for a in auxes) and _intervened_on(clause.head)
            and not any((t.ent_type_ in ("DATE", "TIME") or t.lower_ in _cues()["past_time"])
                        and t.lower_ not in _cues()["since_words"] and not _since(t, clause) for t in clause.subtree))


def _intervened_on(noun: Tok) -> bool:
    """True for people named as the object of a verb of arrest or dispersal (`intervention_verbs`): "detained 40
    farmers", "protesters were dispersed"."""
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in _cues()["intervention"]


def _since(token: Tok, clause: Tok) -> bool:
    """True for a date word inside a "since" phrase of the clause ("had blocked the road since Tuesday"): it says how
    long it went on up to the sentence's event, not that it was over before."""
    node = token
    while node is not clause and node.head is not node:
        if node.lower_ in _cues()["since_words"]:
            return True
        node = node.head
    return False


def relative_word(clause: Tok) -> str:
    """The relative word heading a relative clause ("who", "which", "where"...), or "" when there is none."""
    for child in clause.children:
        if child.tag_ in ("WDT", "WP", "WP$", "WRB"):
            return child.lower_
    return ""  # "in which", "during which" place an event in a setting, like "where": not descriptive

"""Cue words used in a sense that is no event at all: a rally of prices or in a game, a bomb that is only threatened
or only a comparison, a mine where ore is dug, a name, a month, a figure of speech, an attack on an abstraction.

A cue group matches words on the raw text; what a word means is often told only by the words it is built with. These
checks read the word's own phrase or clause in the parse, so the cue pattern stays simple and the sense is decided
where the sentence says it. The words are data (`modality.toml`: `rally_other_senses`, `rally_market_subjects`,
`threat_nouns`, `pit_words`, `blast_words`, `simile_verbs`, `figurative_objects`, `month_preps`, `abstract_targets`);
each check returns the reason the word reports no event, as `modality.irrealis_reason` does.

Team-written examples: "Shares extended their rally for a third day", "The two players traded long rallies, the
longest of forty strokes" and "United rallied to a 2-1 win" report no protest; "A bomb threat emptied the station" and
"The striker is like a time bomb" report no explosion; "Workers at the Harmony mine downed tools" and "Output from
factories, mines and utilities rose" name pits, not landmines; "The Bureau of Alcohol, Tobacco, Firearms and
Explosives" is an agency; "She stormed out of the meeting" and "Sales smashed expectations" are no riot; "the party won
a March 14 vote" is a month; "Relatives visited the home of a slain police captain" tells of a visit, not a killing;
"this attack on our democracy" is a speaker's figure of speech, not violence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwatch.events.codebook import load_codebook, word_sets
from eventwatch.events.parsed import Tok
from eventwatch.events.totals import clause_head

# Device words that a name or a comparison can hold ("Firearms and Explosives", "like a time bomb").
_DEVICES = frozenset({"bomb", "bombs", "explosive", "explosives", "mine", "mines", "grenade", "grenades"})


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], frozenset[str]]:
    m = load_codebook().modality
    rally = re.compile(r"\b(?:" + "|".join(m["rally_other_senses"]) + r")\b", re.IGNORECASE)
    return rally, frozenset(m["threat_nouns"])


@lru_cache(maxsize=1)
def _abstract() -> tuple[frozenset[str], frozenset[str]]:
    m = load_codebook().modality
    return frozenset(m["attack_words"]), frozenset(m["abstract_targets"])


def _lists() -> dict[str, frozenset[str]]:
    return word_sets("rally_market_subjects", "pit_words", "blast_words", "simile_verbs", "figurative_objects",
                     "month_preps", "victim_adjectives", "pit_preps", "truce_stops", "truce_words", "truce_fights")


def other_sense(token: Tok) -> str | None:
    """Why the cue word `token` names no event in this sentence ("market", "threat", "mine", "name", "simile",
    "figure", "month", "left", "victim"), or None."""
    word = token.lower_
    if token.lemma_.lower() == "rally" or word in ("rally", "rallies", "rallied", "rallying"):
        return "market" if _rally_of_prices_or_play(token) or _market_rallies(token) else None
    if token.dep_ == "compound" and token.head.lemma_.lower() in _words()[1]:
        return "threat"  # "a bomb threat", "a bomb scare", "a bomb hoax": no device went off or was found
    if word in ("mine", "mines") and (_named_pit(token) or _pit_context(token)):
        return "mine"
    if attack_on_abstraction(token):
        return "figure"
    if word in _DEVICES:
        if _in_name(token):
            return "name"
        if _simile(token):
            return "simile"
    if token.lemma_.lower() in ("smash", "shatter", "beat", "crush", "break", "hit") and any(
            c.dep_ == "dobj" and c.lower_ in _lists()["figurative_objects"] for c in token.children):
        return "figure"  # "smashed expectations", "shattered the record", "beat forecasts"
    if word.startswith("storm") and any(c.lower_ in ("out", "off") and c.dep_ in ("prt", "prep", "advmod")
                                        for c in token.children):
        return "left"  # "stormed out of the meeting", "stormed off the stage": someone left in anger
    if token.dep_ == "amod" and word in _lists()["victim_adjectives"]:
        return "victim"  # "relatives visited the home of a slain police captain": a victim of an earlier killing
    if truce_term(token):
        return "truce"  # "the two groups agreed to stop fighting": the truce is the event, not the fighting
    toks = token.doc.toks
    march = token if token.text == "March" else (  # "a March 14 vote": the span "a March" may be rooted at "a"
        toks[token.i + 1] if token.pos_ == "DET" and token.i + 1 < len(toks) else None)
    if march is not None and march.text == "March" and _month(march):
        return "month"
    return None


def truce_term(token: Tok) -> bool:
    """True for a word of fighting (`truce_fights`) that parties agree or commit to stop: its head is a stopping word
    (`truce_stops`: "stop fighting", "an end to hostilities") hanging, within three words up, from a word of agreement
    (`truce_words`: "agreed to", "committing to", "a ceasefire to") or from a verb whose object is one ("signed a deal
    to end the fighting"). Why: such a sentence tells the agreement (ACLED's Agreement); the fighting it ends is coded
    where it is told. A stopping word under any other verb is an act on a fight that happened ("police intervened to
    stop the fighting"), and a clause with its own subject above it ends the search."""
    words = _lists()
    stop = token.head
    if token.dep_ not in ("dobj", "xcomp", "pobj", "pcomp") or stop is token or (
            token.lower_ not in words["truce_fights"] and token.lemma_.lower() not in words["truce_fights"]):
        return False
    if stop.dep_ == "prep" and stop.lower_ in ("to", "of") and stop.head is not stop:
        stop = stop.head  # "an end to hostilities", "a cessation of hostilities"
    if stop.lemma_.lower() not in words["truce_stops"] and stop.lower_ not in words["truce_stops"]:
        return False
    node = stop
    for _ in range(3):
        if node.head is node:
            return False
        node = node.head
        if _agreement_word(node, words["truce_words"]):
            return True
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return False
    return False


def _agreement_word(node: Tok, truce_words: frozenset[str]) -> bool:
    """A word of agreement, or a verb whose object is one ("signed a deal", "reached an agreement")."""
    if node.lemma_.lower() in truce_words or node.lower_ in truce_words:
        return True
    return node.pos_ == "VERB" and any(c.dep_ == "dobj" and (c.lower_ in truce_words or any(
        g.dep_ == "compound" and g.lower_ in truce_words for g in c.children)) for c in node.children)


def attack_on_abstraction(token: Tok) -> bool:
    """True for an attack aimed at an abstraction (`abstract_targets`): "this attack on our democracy", "an assault
    against the constitution", "they attacked press freedom" are a speaker's figure of speech, no violence. So is an
    appositive that restates such an attack ("this attack on our freedom, an attack that history will judge")."""
    words, targets = _abstract()
    if token.lemma_.lower() not in words and token.lower_ not in words:
        return False
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "upon", "against") and any(
                g.dep_ == "pobj" and _abstraction(g, targets) for g in child.children):
            return True
        if child.dep_ == "dobj" and _abstraction(child, targets):
            return True
    return token.dep_ == "appos" and token.head is not token and attack_on_abstraction(token.head)


def _abstraction(word: Tok, targets: frozenset[str]) -> bool:
    """An abstraction among `targets`, written in lower case: with a capital the word names a place, a force or a
    group ("an attack on Unity", a state of South Sudan; "attacks on Dignity", a Libyan operation's forces)."""
    return word.lower_ in targets and not word.is_title


def _rally_of_prices_or_play(token: Tok) -> bool:
    """True for a rally in a clause about markets or a game (`rally_other_senses`: shares, stocks, investors, crude,
    an index; strokes and a tiebreak; a score or an inning): prices that recover ("stocks rallied", "the market
    extended its rally", "a rally that added six percent to crude"), an exchange of shots in tennis, a team that comes
    back ("rallied to a 2-1 win"). A protest rally is held by people; these clauses name what is traded or played
    instead. The clause is the word's own (its verb's subtree), so a protest beside a market report in another clause
    is still read."""
    head = clause_head(token)
    left, right = head.left_edge, head.right_edge
    clause = head.doc.text[left.idx:right.idx + len(right.text)]
    return _words()[0].search(clause) is not None


def _market_rallies(token: Tok) -> bool:
    """True when what rallies is a market (`rally_market_subjects`): the subject of the rally's clause ("as the
    market paused after a rally"), or, for an infinitive clause with no subject of its own, the noun it hangs from or
    that noun's "of" phrase ("the ability of the market to extend its rally")."""
    subjects = _lists()["rally_market_subjects"]
    head = clause_head(token)
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:
        return subject.lower_ in subjects
    if head.dep_ in ("acl", "xcomp", "advcl") and head.head is not head:
        owner = head.head
        return owner.lower_ in subjects or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.lower_ in subjects
                                                           for g in c.children) for c in owner.children)
    return False


def _named_pit(token: Tok) -> bool:
    """True for a mine named or owned ("the Orkney and Grootvlei mines", "Lonmin's mine", "the company's mines"): a
    landmine has no name and no owner, a pit has both."""
    return any(c.dep_ in ("compound", "poss", "nmod") and c.pos_ in ("PROPN", "NOUN", "PRON") and (
        c.pos_ == "PROPN" or c.dep_ == "poss") for c in token.children)


def _pit_context(token: Tok) -> bool:
    """True for a mine told as a place ("unrest at the mine", `pit_preps`), or with the words of a pit (`pit_words`:
    operations, output, ore, investment, factories) in its own clause, among its coordinated nouns or as the noun it
    modifies ("mine assets"), and no word of a blast (`blast_words`) in that clause: "a mine exploded under the truck"
    stays a landmine."""
    words = _lists()
    if token.dep_ == "compound" and token.head.lower_ in words["pit_words"]:
        return True
    if token.dep_ == "pobj" and token.head.lower_ in words["pit_preps"] and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
        return True  # "unrest at the mine", "trapped in the mine": the pit as a place (`pit_preps`)
    head = clause_head(token)
    clause = {t.lower_ for t in head.subtree} | {t.lemma_.lower() for t in head.subtree}
    if clause & words["blast_words"]:
        return False
    if clause & words["pit_words"]:
        return True
    conjuncts = [c for c in token.children if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])
    return any(c.lower_ in words["pit_words"] for c in conjuncts)


def _in_name(token: Tok) -> bool:
    """True for a device word capitalised inside the name of an organisation ("the Bureau of Alcohol, Tobacco,
    Firearms and Explosives"): a name, not a device. Not at the head of the sentence, where any word is capitalised."""
    return token.ent_type_ in ("ORG", "FAC") and token.text[:1].isupper() and token.i != token.sent_start


def _simile(token: Tok) -> bool:
    """True for a device word in a "like" phrase of a verb of seeming (`simile_verbs`: "he is like a time bomb",
    "it looked like a bomb had gone off"), or a "ticking time bomb": a comparison."""
    if token.dep_ == "pobj" and token.head.lower_ == "like" and token.head.head.lemma_.lower() in _lists()[
            "simile_verbs"]:
        return True
    return any(c.lower_ == "time" for c in token.children) and any(c.lower_ == "ticking" for c in token.children)


def _month(token: Tok) -> bool:
    """True for "March" the month: a day or a year after it ("a March 14 vote", "March 2009"), a word of time
    before it (`month_preps`: "in March", "since March", "last March"), or a capitalised "March" modifying another
    noun ("the March production figures"; a named protest heads its own phrase: "the March for Our Lives")."""
    toks = token.doc.toks
    after = toks[token.i + 1] if token.i + 1 < len(toks) else None
    before = toks[token.i - 1] if token.i > 0 else None
    if (after is not None and after.like_num) or (before is not None and before.lower_ in _lists()["month_preps"]):
        return True
    return token.dep_ in ("compound", "nmod") and token.head.pos_ == "NOUN"  # "the March production figures"


def taken_place(verb: Tok) -> bool | None:
    """Whether what a verb of taking (`place_taking_verbs`: capture, seize, overrun) took is a place: True when its
    object (the passive's subject) is a place's name (`place_entities`: GPE, LOC), a word for a place
    (`taken_place_nouns`) or a name such a word stands beside as its appositive ("Marwan, a market town"); False
    when the parser names people (`people_entities`: a person, a group, "captured Abu Musab", arrested or abducted);
    None otherwise (no verb of taking, no object, or a name the parser could not tell: a village it does not know
    stays what the other cues say). Why: "captured" is an arrest of people and a
    takeover of places, and a place's name is no word the takeover patterns can list; the parse says which it is.
    Team-written examples: "The insurgents captured Zaranj, capital of Nimroz province" (a place), "Soldiers captured
    Abu Musab, a commander of the group" (a person)."""
    lists = _places()
    if not taking_verb(verb):
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    obj = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    if obj is None:
        return None
    if obj.ent_type_ in lists["place_entities"] or obj.lower_ in lists["taken_place_nouns"] or any(
            c.dep_ == "appos" and c.lower_ in lists["taken_place_nouns"] for c in obj.children):
        return True  # "Zaranj, capital of Nimroz province": an appositive says what a name the parser missed is
    return False if obj.ent_type_ in lists["people_entities"] else None


def taking_verb(token: Tok) -> bool:
    """True for a verb of taking (`place_taking_verbs`), whose object says whether it took people or a place."""
    return token.lemma_.lower() in _places()["place_taking_verbs"]


def _places() -> dict[str, frozenset[str]]:
    return word_sets("place_taking_verbs", "place_entities", "taken_place_nouns", "people_entities")

"""Cue words used in a sense that is no event at all: a rally of prices or in a game, a bomb that is only threatened,
a mine where ore is dug, an attack on an abstraction.

A cue group matches words on the raw text; what a word means is often told only by the words it is built with. These
checks read the word's own phrase or clause in the parse, so the cue pattern stays simple and the sense is decided
where the sentence says it. The words are data (`modality.toml`: `rally_other_senses`, `threat_nouns`,
`abstract_targets`); each check returns the reason the word reports no event, as `modality.irrealis_reason` does.

Team-written examples: "Shares extended their rally for a third day" and "The two players traded long rallies, the
longest of forty strokes" report no protest; "A bomb threat emptied the station" reports no explosion; "Workers at
the Harmony mine downed tools" names a pit, not a landmine; "this attack on our democracy" is a speaker's figure of
speech, not violence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwatch.events.codebook import load_codebook
from eventwatch.events.parsed import Tok
from eventwatch.events.totals import clause_head


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], frozenset[str]]:
    m = load_codebook().modality
    rally = re.compile(r"\b(?:" + "|".join(m["rally_other_senses"]) + r")\b", re.IGNORECASE)
    return rally, frozenset(m["threat_nouns"])


@lru_cache(maxsize=1)
def _abstract() -> tuple[frozenset[str], frozenset[str]]:
    m = load_codebook().modality
    return frozenset(m["attack_words"]), frozenset(m["abstract_targets"])


def other_sense(token: Tok) -> str | None:
    """Why the cue word `token` names no event in this sentence ("market", "threat", "mine"), or None."""
    word = token.lower_
    if token.lemma_.lower() == "rally" or word in ("rally", "rallies", "rallied", "rallying"):
        return "market" if _rally_of_prices_or_play(token) else None
    if token.dep_ == "compound" and token.head.lemma_.lower() in _words()[1]:
        return "threat"  # "a bomb threat", "a bomb scare", "a bomb hoax": no device went off or was found
    if word in ("mine", "mines") and _named_pit(token):
        return "mine"
    if attack_on_abstraction(token):
        return "figure"
    return None


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
    an index; strokes and a tiebreak): prices that recover ("stocks rallied", "the market extended its rally", "a rally
    that added six percent to crude") or an exchange of shots in tennis. A protest rally is held by people; these
    clauses name what is traded or played instead. The clause is the word's own (its verb's subtree), so a protest
    beside a market report in another clause is still read."""
    head = clause_head(token)
    left, right = head.left_edge, head.right_edge
    clause = head.doc.text[left.idx:right.idx + len(right.text)]
    return _words()[0].search(clause) is not None


def _named_pit(token: Tok) -> bool:
    """True for a mine named or owned ("the Orkney and Grootvlei mines", "Lonmin's mine", "the company's mines"): a
    landmine has no name and no owner, a pit has both."""
    return any(c.dep_ in ("compound", "poss", "nmod") and c.pos_ in ("PROPN", "NOUN", "PRON") and (
        c.pos_ == "PROPN" or c.dep_ == "poss") for c in token.children)

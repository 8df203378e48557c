"""Where the arbiter's "no event" may not remove a rule's event in an article: a political killing.

Why: the arbiter learned from news snippets that a killing told with no armed perpetrator is mostly crime, and it
vetoes "The minister was assassinated on Friday." with p 0.86 as readily as a robbery's killing. What sets the two
apart is the victim, which a sentence embedding does not single out: a killing called an assassination, or one
whose victim holds a public role (an official, a judge, a journalist, a priest, a union leader), is violence for a
political end, an Attack whoever did it; so is one done by assassins ("murdered by two paid assassins"). The rules
read the victim from the parse: the passive subject or the object of the killing verb, the "of" phrase or possessive
of the killing noun ("the murder of the mayor"), or the person a participle describes ("the judge murdered last
year", "the slain minister"); a role counts on the victim's word itself or on its title, compound or apposition
("Attorney General Garcia", "union leader", "Garcia, the mayor"); who does it, on the verb's subject or its "by"
phrase. The words are data (`data/arbiter/veto.toml`).

Team-written examples: "The deputy minister of agriculture was assassinated on Friday." and "Unknown men shot dead a
local judge outside his home." are political killings; "A shopkeeper was shot dead during a robbery." is not.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span as SpacySpan

from eventwatch.events.parsed import Tok, tokens

VETO_FILE = "data/arbiter/veto.toml"
VICTIM_DEPS = frozenset({"nsubjpass", "dobj"})  # who a killing verb kills (passive subject, object)
TITLE_DEPS = frozenset({"compound", "appos", "amod", "nmod"})  # "Attorney General Garcia", "Garcia, the mayor"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = _data()
    return (frozenset(data["killing_words"]), frozenset(data["assassination_lemmas"]),
            frozenset(data["public_roles"]), frozenset(data["killing_participles"]))


@lru_cache(maxsize=1)
def _data() -> dict[str, list[str]]:
    return tomllib.loads(resources.files("eventwatch").joinpath(VETO_FILE).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _assassins() -> frozenset[str]:
    """Words for those who kill for a political end (`assassin_words`), read once: `political_killing` asks for
    every killing word."""
    return frozenset(_data()["assassin_words"])


def doers(tok: Tok) -> Iterator[Tok]:
    """Who does a killing: the verb's subject, or the object of its "by" ("murdered by two paid assassins")."""
    for child in tok.children:
        if child.dep_ == "nsubj":
            yield child
        elif child.dep_ == "agent":
            yield from (obj for obj in child.children if obj.dep_ == "pobj")


def _lemma(tok: Tok) -> str:
    return tok.lemma_.lower()


def victims(tok: Tok) -> Iterator[Tok]:
    """The words that name whom a killing word kills (see the module's docstring)."""
    for child in tok.children:
        if child.dep_ in VICTIM_DEPS or child.dep_ == "poss":
            yield child
        elif child.dep_ == "prep" and child.lower_ == "of":
            yield from (obj for obj in child.children if obj.dep_ == "pobj")
        elif child.dep_ == "prt" or child.dep_ == "acomp":  # "shot dead a judge": the object may hang lower
            yield from (obj for obj in child.children if obj.dep_ in VICTIM_DEPS)
    if tok.lower_ in _words()[3] and tok.dep_ in ("acl", "amod", "compound"):  # "the slain minister"
        yield tok.head


def public_role(word: Tok) -> bool:
    """True when the word, or its title, compound or apposition (one level down, and the apposition's own), names a
    public role."""
    _, _, roles, _ = _words()
    if _lemma(word) in roles or word.lower_ in roles:
        return True
    for child in word.children:
        if child.dep_ in TITLE_DEPS and (_lemma(child) in roles or child.lower_ in roles or any(
                grand.dep_ in TITLE_DEPS and _lemma(grand) in roles for grand in child.children)):
            return True
    return False


def political_killing(tok: Tok) -> bool:
    """True for a killing word that is an assassination or whose victim holds a public role."""
    killing, assassination, _, participles = _words()
    if _lemma(tok) not in killing and tok.lower_ not in killing and tok.lower_ not in participles:
        return False
    if _lemma(tok) in assassination or tok.lower_.startswith("assassinat"):
        return True
    assassins = _assassins()
    if any(d.lower_ in assassins or _lemma(d) in assassins for d in doers(tok)):
        return True  # killed by assassins: an assassination told by who did it
    return any(public_role(v) for v in victims(tok))


def keeps_killing(sent: SpacySpan, trigger_starts: Iterable[int]) -> bool:
    """True when one of the rules' triggers in the sentence (by character offset in the Doc) is a political
    killing: the arbiter's "no event" may not remove it."""
    starts = set(trigger_starts)
    return any(political_killing(t) for t in tokens(sent) if t.idx in starts)

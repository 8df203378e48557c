"""A trial told in a story: a court's verdict, the grounds it names and what a court found or was told are no
occurrence of the report (coder97, issue 10; widened by coder104). ACLED codes the arrest when it is made and the
act when it is done; a sentence passed or a case heard months later codes neither. Called by `staged.no_event`, so
read in a story's sentences only: a short text read alone (the arbiter's training examples) keeps its reading. The
words are data (`modality.toml`: `verdict_verbs`, `court_verbs`, `court_nouns`, `court_telling_verbs`).
"""

from __future__ import annotations

from eventwatch.events.codebook import word_sets
from eventwatch.events.parsed import Tok

# The links from an event word up to the verdict or the telling that names it as a trial's grounds.
_GROUND_DEPS = frozenset({"pobj", "prep", "pcomp", "dobj", "acl", "nsubjpass", "ccomp", "xcomp"})


def _lists() -> dict[str, frozenset[str]]:
    return word_sets("verdict_verbs", "court_verbs", "court_nouns", "court_telling_verbs")


def court_verdict(token: Tok) -> bool:
    """True for a court's verdict (`verdict_verbs`: "sentenced two men to four years"; `court_verbs` with a court as
    the subject or the passive's agent, `court_nouns`: "a court jailed three activists"): ACLED codes the arrest when it
    is made, not the sentence passed months later (coder97, issue 10; the fix halves' court stories coded "sentenced"
    as Arrests). What the verdict names as its grounds is read as before (`reference_verbs` make it a topic)."""
    if token.pos_ != "VERB":
        return False
    lemma = token.lemma_.lower()
    lists = _lists()
    if lemma in lists["verdict_verbs"]:
        return True
    if token.lower_ not in lists["court_verbs"]:
        return False
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    doers += [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(d.lemma_.lower() in lists["court_nouns"] for d in doers)


def verdict_grounds(token: Tok) -> bool:
    """True for an event word named as the grounds of a court's penalty told by a `court_verbs` verb ("a court fined
    two organisers of a march", "the judge jailed a man for an arson"): the sentence tells the penalty; the act was
    done long before and is coded from its own report. The `verdict_verbs` and "jail" are `reference_verbs` already;
    "fine" and "imprison" are not, and are read here so that a short text's reading stays as it was.
    coder104 (issue 10; the fix halves' court stories of trial4, trial6 and trial7) reads two more shapes of a trial:
    the grounds of a `verdict_verbs` sentence that `reference_verbs` missed, after a prison term or joined to another
    ground by "and" ("sentenced four men to two years in prison for public disorder and attacks on police"), and
    what a party told a court or a court found (`court_telling`: "prosecutors told the court that the men were paid
    to set fire to the scrubland"). Team-written example, no event: "A court in Ghent sentenced two men to four years
    in prison for looting and arson during the 2023 riots." """
    node = token
    for _ in range(10):
        dep = node.dep_
        if node.head is node or not (dep in _GROUND_DEPS or (dep == "conj" and node.pos_ in ("NOUN", "PROPN"))
                                     or (dep == "advcl" and _infinitive(node))):
            return False
        node = node.head
        if node.pos_ != "VERB":
            continue
        lemma = node.lemma_.lower()
        if lemma in _lists()["verdict_verbs"] or court_telling(node):
            return True
        if node.lower_ in _lists()["court_verbs"]:
            return court_verdict(node)
    return False


def court_telling(node: Tok) -> bool:
    """True for what a court found or heard, or what a party told it (`court_telling_verbs` with a court noun as the
    subject, "the court found that", or as the object, "prosecutors told the court that"): a trial's account of acts
    done long before, no occurrence of the report (coder104)."""
    lists = _lists()
    if node.lemma_.lower() not in lists["court_telling_verbs"]:
        return False
    return any(c.dep_ in ("nsubj", "dobj", "dative") and c.lemma_.lower() in lists["court_nouns"]
               for c in node.children)


def _infinitive(node: Tok) -> bool:
    """Whether a clause is an infinitive ("were paid to set fire"): what it names is the grounds' own act."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)

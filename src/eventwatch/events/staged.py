"""Event words in a story that is no event the codebook codes: a sentencing for an old crime, a drill, an accident's
blast, captives marched off, a force of nature (coder71, issue 10; the trial sets' fix halves coded each).

Each check reads the event word's own phrase in the parse and returns why it reports no event, as
`modality.irrealis_reason` does; the words are data (`modality.toml`: `court_verbs`, `court_grounds`, `drill_words`,
`civil_drills`, `staged_words`, `blast_nouns`, `accident_sources`, `led_people`, `natural_forces`).

Read in a story's sentences only (`CueReader.cue_hits(story=True)`, every article sentence): a short text read alone
(`EventCoder.read_text`: `classify`, ACLED notes, the arbiter's training examples) keeps the reading it had. Why: the
arbiter is fitted and cross-validated on those readings, so a rule that changes any of them moves CASE's
cross-validated figures by the refit's noise whatever the rule is worth (coder68, eleventh session: two CASE and three
ACLED readings, each right, cost the reported weighted F1 0.0005). Teaching the arbiter these cases is a retrain, to
be measured as one.

- *The grounds of a sentence* ("a court sentenced three men to prison terms of four to seven years for setting fire to
  a building", "was convicted of killing the trader"): the court's decision is about an act told as already done,
  coded from its own report; a trial or a verdict is no ACLED event, and nor is the act on the day of the verdict.
  `modality.toml`'s topic governors read a verb's own "for" phrase only six steps up; a sentence's "for" often hangs
  from the term ("terms of seven years for arson"), so the climb here goes to the first verb and asks it alone.
- *A civilian drill* ("schools held fire drills", "residents joined evacuation exercises"): a fire, disaster or
  evacuation drill is no military exercise (ACLED's Change to group/activity), and what is staged in one ("a car set
  alight for the exercise", "volunteers playing injured people", "simulated blasts") happened to no one. A protest
  word is exempt: "a mock funeral" is a protest.
- *An accident's blast* ("a gas explosion at a shopping street", "a boiler blast at the mill"): an explosion whose
  source is a gas main, a boiler or a transformer is an accident, no Remote violence (the codebook codes no accident).
- *People marched off* ("the gunmen marched the rest into the hills", "soldiers marched the prisoners to the camp"):
  "march" with people as its object moves them; the crowd that marches is its subject.
- *A deployment for relief* ("soldiers were deployed to help evacuate 10,000 residents"): rescue work after a disaster,
  no movement of forces in a conflict.
- *A force of nature as the doer* ("Mount Lewotobi erupted, hurling burning rocks onto villages and killing nine", "the
  cyclone killed 30 people"), or an accident's blast ("a gas explosion killed six"): a disaster, not a riot or an
  attack. Only the doer counts, never weather or a scene beside the act ("attacked the village during the storm").

Team-written examples, each no event: "A court in Ghent sentenced two brothers to five years for torching a mosque in
2021."; "Hundreds of pupils took part in an earthquake drill on Monday."; "A gas explosion tore through a restaurant
in the old town."; "The kidnappers marched the hostages through the forest for two days.".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Span as SpacySpan

from eventwatch.events.codebook import load_codebook
from eventwatch.events.parsed import Tok, text_of

_KEYS = ("court_verbs", "court_grounds", "drill_words", "civil_drills", "blast_nouns", "accident_sources",
         "led_people", "natural_forces", "deployment_verbs", "relief_verbs")


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    m: dict[str, Any] = load_codebook().modality
    return {k: frozenset(m[k]) for k in _KEYS}


@lru_cache(maxsize=1)
def _staged() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(load_codebook().modality["staged_words"]) + r")\b", re.IGNORECASE)


def no_event(token: Tok, sent: SpacySpan, *, protest: bool = False) -> str | None:
    """Why the event word `token` tells of nothing the codebook codes ("grounds", "drill", "accident", "led",
    "natural", "relief"), or None. `protest`: the word is a protest cue (exempt from the drill check)."""
    if court_grounds(token):
        return "grounds"
    if not protest and (civil_drill(token) or _staged().search(text_of(sent)) is not None):
        return "drill"
    if accident_blast(token):
        return "accident"
    if people_led(token):
        return "led"
    if natural_doer(token):
        return "natural"
    if relief_deployment(token):
        return "relief"
    return None


def court_grounds(token: Tok) -> bool:
    """True for a word inside a "for" or "of" phrase (`court_grounds`) whose nearest verb above is a court's
    (`court_verbs`: sentence, convict, jail, acquit) or that hangs from "guilty"."""
    lists = _lists()
    node, inside = token, False
    for _ in range(10):
        if node.head is node:
            return False
        if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in lists["court_grounds"]:
            inside = True
        node = node.head
        if node.lower_ == "guilty" and inside:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return inside and node.lemma_.lower() in lists["court_verbs"]
    return False


def civil_drill(token: Tok) -> bool:
    """True for a drill or an exercise (`drill_words`) of civilians: modified by a word of fire, disaster or
    evacuation (`civil_drills`: "fire drills", "evacuation exercises", "a disaster drill")."""
    lists = _lists()
    return token.lower_ in lists["drill_words"] and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in lists["civil_drills"] for c in token.children)


def accident_blast(token: Tok) -> bool:
    """True for an explosion whose source is an accident's (`accident_sources`: "a gas explosion", "a boiler blast",
    "a gas cylinder exploded"); "tear gas" is a weapon, not a gas main."""
    lists = _lists()
    if token.lower_ in lists["blast_nouns"]:
        sources = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
    elif token.lemma_.lower() == "explode" and token.pos_ == "VERB":
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        sources = [subject, *(c for c in subject.children if c.dep_ == "compound")] if subject is not None else []
    else:
        return False
    toks = token.doc.toks
    return any(s.lower_ in lists["accident_sources"] and not (s.i > 0 and toks[s.i - 1].lower_ == "tear")
               for s in sources)


def people_led(token: Tok) -> bool:
    """True for "march" with people as its object (`led_people`, or a pronoun): "marched the rest into the hills"."""
    if token.lemma_.lower() != "march" or token.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" and (c.lower_ in _lists()["led_people"] or c.pos_ == "PRON") for c in token.children)


def natural_doer(token: Tok) -> bool:
    """True when who does the event verb is a force of nature (`natural_forces`) or an accident's blast ("a gas
    explosion at a restaurant killed six people"): its subject, or that of the
    verb a participle without a subject of its own is told under ("erupted, hurling burning rocks"), or the "by"
    phrase of a passive ("set ablaze by falling debris"); a name counts by its head or its compound ("Mount
    Lewotobi")."""
    forces = _lists()["natural_forces"]
    node = token
    for _ in range(6):
        if node.pos_ != "VERB" and (node is token or node.dep_ not in ("conj", "dobj")):
            # an event noun under the verb ("lightning struck the crowd during the rally") is not its act; a
            # participle the parser hung from a noun of the object ("hurling ash and rocks … and killing 14") climbs on
            return False
        if node.pos_ == "VERB":
            doers = [c for c in node.children if c.dep_ == "nsubj"]
            passive = any(c.dep_ == "auxpass" for c in node.children)
            doers += [g for c in node.children
                      if c.dep_ == "agent" or (passive and c.dep_ == "prep" and c.lower_ == "by")
                      for g in c.children if g.dep_ == "pobj"]
            if doers:
                return any(_force(d, forces) or accident_blast(d) for d in doers)
            if node.dep_ not in ("advcl", "conj", "xcomp", "acl") or node.tag_ not in ("VBG", "VBN"):
                return False
        if node.head is node:
            return False
        node = node.head
    return False


def _force(word: Tok, forces: frozenset[str]) -> bool:
    """A force of nature by the word, its lemma or a compound of its name, however deep ("Mount Lewotobi Laki-laki"),
    or its apposition (a wire's dateline becomes the subject: "MAUMERE, Indonesia – Mount Lewotobi … erupted")."""
    if word.lower_ in forces or word.lemma_.lower() in forces:
        return True
    return any(c.dep_ in ("compound", "appos") and _force(c, forces) for c in word.children)


def relief_deployment(token: Tok) -> bool:
    """True for a deployment (`deployment_verbs`) whose purpose is to evacuate or rescue people (`relief_verbs`, as
    its infinitive or one under "help": "soldiers and police were deployed to help evacuate 10,000 residents"): relief
    after a disaster, no Change to group/activity."""
    lists = _lists()
    if token.lemma_.lower() not in lists["deployment_verbs"] or token.pos_ != "VERB":
        return False
    purposes = [c for c in token.children if c.dep_ in ("xcomp", "advcl")]
    purposes += [g for c in purposes if c.lemma_.lower() == "help" for g in c.children if g.dep_ in ("xcomp", "ccomp")]
    return any(p.lemma_.lower() in lists["relief_verbs"] for p in purposes)

"""Ordinary life told in a story that the codebook codes no event (coder100, issue 10; the trial sets' fix halves
coded each): relatives who wait or grieve outside a courthouse, a morgue or a hospital (no protest), a blast in an
ore mine (no landmine), a digest's arrest for an ordinary crime (no Arrests), and a fight against a practice
(crime, smuggling, corruption: a policy, no Armed clash). Each check reads the event word's
own sentence and parse, is called by `staged.no_event` and so is read in a story's sentences only: a short text read
alone (the arbiter's training examples, CASE) keeps its reading. The words are data (`modality.toml`:
`kin_gatherers`, `gathering_claim_words`, `mine_minerals`, `mine_works`, `arrest_lemmas`, `digest_crimes`,
`digest_political_words`, `practice_fight_words`, `fought_practices`). coder103 added "the banned" group
(`story_setting`), coder112 the fight against a practice (`fight_on_practice`).
Team-written examples, each no event: "Families of the missing miners gathered quietly outside the hospital in
Rustavi through the night."; "Three miners died when a gas blast tore through a tin mine near Oruro on Monday.";
"TAVIRA: Police arrested two men caught stealing copper cable from the railway."
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Span as SpacySpan

from eventwatch.events.called_off import called_off
from eventwatch.events.codebook import load_codebook, word_sets
from eventwatch.events.conditional import announced_on_condition
from eventwatch.events.parsed import Tok, text_of
from eventwatch.events.unsettled import spoken_of_deal

_KEYS = ("kin_gatherers", "gathering_claim_words", "waiting_places", "mine_minerals", "mine_works", "arrest_lemmas",
         "setting_words", "practice_fight_words", "fought_practices", "questioning_words", "measure_order_nouns",
         "enacting_verbs", "enacting_nouns", "taken_goods")
# Verbs that hold people besides the arrest words: "held for questioning", "taken in for questioning".
_HOLDING = frozenset({"hold", "take"})


def _lists() -> dict[str, frozenset[str]]:
    return word_sets(*_KEYS)


def kin_waiting(token: Tok, sent: SpacySpan) -> bool:
    """True for relatives, mourners or residents who gather (`kin_gatherers`) at a place of waiting or grief named in
    their sentence (`waiting_places`: a courthouse, a morgue, a hospital, a cemetery) with no word of a claim, a
    grievance or a protest (`gathering_claim_words`): families waiting outside a courthouse, a morgue or a hospital
    for news or for their dead grieve, and ACLED codes a demonstration only for a cause (coder100, issue 10; the fix
    halves coded such a wait as a Peaceful protest). Families who gather "to demand justice" or "calling for" a
    release still protest, and so does a gathering at any other place (a first version without the place lost an
    ACLED odd note, counted, not read). Team-written example, no event: "Families of the missing miners gathered
    quietly outside the hospital in Rustavi through the night."
    """
    if token.lemma_.lower() != "gather" or token.pos_ != "VERB":
        return False
    lists = _lists()
    who = [c for c in token.children if c.dep_ == "nsubj"]
    if not any(w.lower_ in lists["kin_gatherers"] for w in who):
        return False
    if not any(t.lemma_.lower() in lists["waiting_places"] for t in sent):
        return False
    return not any(t.lemma_.lower() in lists["gathering_claim_words"] or t.lower_ in lists["gathering_claim_words"]
                   for t in sent)


@lru_cache(maxsize=1)
def _digest_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    m: dict[str, Any] = load_codebook().modality
    crimes = re.compile(r"\b(?:" + "|".join(m["digest_crimes"]) + r")", re.IGNORECASE)
    political = re.compile(r"\b(?:" + "|".join(m["digest_political_words"]) + r")", re.IGNORECASE)
    return crimes, political


# A column item's head: its town and a colon open the line ("MZUZU: Police ...", "Kaduna: Police parade ...").
_COLUMN_HEAD = re.compile(r"^\s*[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3}:\s")


def digest_crime_arrest(token: Tok, sent: SpacySpan) -> bool:
    """True for an arrest (`arrest_lemmas`) in a news digest's column item (the line opens with its town and a colon)
    whose sentence names an ordinary crime (`digest_crimes`: a theft, a fraud, drugs, smuggled goods, drink-driving)
    and no political actor, weapon or violence (`digest_political_words`). Why: ACLED codes arrests of political
    significance (activists, party members, armed or gang members, mass round-ups), and a digest's police items on a
    car thief or a fraudster are none (coder100, issue 10; the fix halves' Kaduna, Mzuzu, Nepalgunj and Dennery items).
    Narrowed from coder91's rule, which read every sentence and lost an ACLED note: an ACLED note is no column item.
    Team-written example, no event: "TAVIRA: Police arrested two men caught stealing copper cable from the railway."
    """
    if token.lemma_.lower() not in _lists()["arrest_lemmas"]:
        return False
    text = text_of(sent)
    if _COLUMN_HEAD.match(text) is None:
        return False
    crimes, political = _digest_words()
    return crimes.search(text) is not None and political.search(text) is None


def works_mine(token: Tok) -> bool:
    """True for "mine" as a pit dug for ore, no explosive device: named by what it yields (`mine_minerals`: "a coal
    mine", "the copper mine") or as a works' part (`mine_works`: "the mine shaft", "mine workers"). Why: the `device`
    cue reads every "mine" as a landmine, and a weapon named exempts a sentence from the accident gate, so a methane
    blast in a coal mine was coded as an IED (coder100, issue 10; the fix halves' Shakhtinsk and Copiapó). Read in
    a story's sentences only, as the rest of this module: the arbiter's training readings keep the cue. Team-written
    example, no event: "Three miners died when a gas blast tore through a tin mine near Oruro on Monday."
    """
    if token.lower_ not in ("mine", "mines") or token.pos_ not in ("NOUN", "PROPN"):
        return False
    lists = _lists()
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in lists["mine_minerals"] for c in token.children):
        return True
    return token.dep_ == "compound" and token.head is not token and token.head.lower_ in lists["mine_works"]


def story_setting(token: Tok) -> bool:
    """True for "banned" describing a group in a story ("the banned Baloch Liberation Army said ..."). Why: the group
    was outlawed long ago, and the trial sets' gold codes no Strategic development for it (coder103, issue 10; a fix
    half coded a claim of responsibility as a Change to group/activity). Read in a story only: a one-event note keeps
    its ban, and so do the short texts the arbiter is fitted on. Team-written example, no event in a story: "The
    banned Ogaden front said its fighters had left the town."
    """
    return token.lower_ == "banned" and token.dep_ == "amod"


def news_reading(token: Tok) -> str | None:
    """Why an event word of a news story's sentence tells no event of its own there, or None: a vote as the story's
    setting (`election_setting`), a fight against a practice (`fight_on_practice`), people held for questioning
    (`held_for_questioning`), an action announced on a condition (`conditional.announced_on_condition`), a gathering
    called off (`called_off.called_off`), a deal only spoken of (`unsettled.spoken_of_deal`), a curfew or a ban only
    told as in force (`measure_in_force`), goods taken away (`goods_taken`). Asked of a news story's sentences only,
    never of an event record's (`cues.cue_hits`): a record is written for its one event, and ACLED's notes code an
    election's Other, a unit's fight and a curfew's security measure."""
    if election_setting(token):
        return "setting"
    if fight_on_practice(token):
        return "policy"
    if held_for_questioning(token):
        return "questioning"
    if spoken_of_deal(token):
        return "topic"
    if measure_in_force(token):
        return "in force"
    if goods_taken(token):
        return "goods"
    if announced_on_condition(token):
        return "hypothetical"
    if called_off(token):
        return "cancelled"
    return None


def _measure_noun(token: Tok) -> bool:
    """A curfew or a ban (`measure_order_nouns`), or the "state" of "state of emergency"."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.lower_ in _lists()["measure_order_nouns"]:
        return True
    return token.lower_ == "state" and any(c.lower_ == "of" and any(g.lower_ == "emergency" for g in c.children)
                                           for c in token.children)


def measure_in_force(token: Tok) -> bool:
    """True for a curfew, a ban or a state of emergency that no word enacting it governs: no verb or noun of
    `enacting_verbs` / `enacting_nouns` among the words above it ("imposed a curfew", "the extension of the curfew",
    "announced that a curfew would begin") nor as a participle on it ("the curfew, declared on Monday, ..."). Why:
    ACLED's codebook records as Change to group/activity "any other non-violent security measures enacted by armed
    actors", and ACLED's notes code a government's curfew declared after killings so, on the day it is enacted; a
    measure only told as in force ("remains in force across the region"), defied, protested against or lived under
    was enacted on another day, and tells no change on this one (coder120, issue 10: the fix halves coded such a
    curfew; an imposed one stays Change to group/activity, which the blind golds do not code: see docs/rules).
    Read in a news story's sentences only (`news_reading`): an event record keeps its measure. Team-written example,
    no event in a story: "A night curfew has been in force in the district since the clashes, and traders say it is
    ruining them."
    """
    if not _measure_noun(token):
        return False
    lists = _lists()
    verbs, nouns = lists["enacting_verbs"], lists["enacting_nouns"]

    def enacts(word: Tok) -> bool:
        lemma = word.lemma_.lower()
        return (word.pos_ == "VERB" and lemma in verbs) or (word.pos_ == "NOUN" and word.lower_ in nouns)

    if any(c.dep_ == "acl" and enacts(c) for c in token.children):
        return False  # "the curfew, announced by the district officer on Monday, ..."
    node = token
    for _ in range(24):  # up the heads to the root ("announced that a curfew would begin at 8 pm")
        if node.head is node:
            return True
        node = node.head
        if enacts(node):
            return False
    return True


def goods_taken(token: Tok) -> bool:
    """True for "take" with "away" whose every object is goods (`taken_goods`: "took away two laptops, the minutes
    book and some cash", "took away the candles"). Why: the `abduction` cue reads "took ... away" as people taken,
    and the trial sets' fix halves coded a parish searched and a vigil removed as abductions for the things carried
    off (coder122, issue 10). People taken away ("took away the boy", "took away three men") keep the abduction.
    Team-written example, no abduction: "The agents searched the office and took away two laptops, the minutes book
    and some cash."
    """
    if token.lemma_.lower() != "take" or not any(c.dep_ in ("prt", "advmod") and c.lower_ == "away"
                                                 for c in token.children):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.subtree if c.dep_ == "conj" and c.head.dep_ in ("dobj", "conj")]
    goods = _lists()["taken_goods"]
    return bool(objects) and all(o.lemma_.lower() in goods or o.lower_ in goods for o in objects)


def held_for_questioning(token: Tok) -> bool:
    """True for an arrest word (`arrest_lemmas`, or "held", "taken in") whose purpose is questioning: a "for" phrase
    whose noun is a word of questioning (`questioning_words`: "detained for questioning", "held for interrogation").
    Why: questioning is a step of the inquiry into what the story tells, no arrest of political significance, which
    is what ACLED codes as Arrests; the trial sets' gold codes none (two men questioned after a march, the questioning
    of those who filmed, the questioned folded into a clash), and their fix halves coded two such sentences as Arrests
    at every place they named (coder116, issue 10). An arrest with a charge or a suspicion ("arrested on suspicion of
    setting fire to the warehouse") keeps its reading. Team-written example, no event in a story: "Four youths from
    the village were taken in for questioning on Friday."
    """
    lists = _lists()
    if token.pos_ != "VERB" or token.lemma_.lower() not in lists["arrest_lemmas"] | _HOLDING:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ in ("pobj", "pcomp") and g.lower_ in lists["questioning_words"] for g in c.children)
        for c in token.children)


def election_setting(token: Tok) -> bool:
    """True for an election or a referendum named as an event word in a news story (`setting_words`: "voting was
    largely peaceful, the election commission said", "the first election since the uprising"). Why: the vote is the
    setting of the incidents the story reports, and the trial sets' gold codes no Strategic development for it
    (coder103, issue 10; trial16's fix half coded two election sentences as Other). Not asked of an event record
    (`CueReader.cue_hits(record=True)`: a text that opens with its event's full date, as every ACLED note does),
    which is written for its one event, so an election note keeps its Other: coder103 read it in every story's
    sentences, and ACLED notes of several sentences lost their event (odd half found 4167 -> 4165). Nor in a short
    text read alone (the arbiter's training, CASE). Team-written example, no event in a news story: "Turnout in the
    municipal election was the lowest in a decade."
    """
    return token.lower_ in _lists()["setting_words"]


def fight_on_practice(token: Tok) -> bool:
    """True for a word of fighting (`practice_fight_words`: "combat", "fight", "battle") aimed at a practice, not at
    people (`fought_practices`): its object ("a coastguard unit to combat organised crime", "fought corruption")
    or, for a noun, its "against" or "on" phrase ("the fight against smuggling", "a war on drug trafficking"). Why:
    fighting crime, trafficking or corruption is a policy or a mission, no clash between armed sides, and the
    `clash` cue coded it as an Armed clash (coder112, issue 10; a police statement of its legal duties in a MUC-4
    tuning report). Fighting people keeps its reading ("police battled drug traffickers"), and so does fighting a
    practice beside people ("fought the gangs and their smuggling"). Read in a story's sentences only, as the rest of
    this module: the short texts the arbiter is fitted on keep their readings; and, as `election_setting`, never in an
    event record's (`cues.cue_hits`): a record's "fight" is its one event's (an anti-corruption unit's name in an
    ACLED note lost its clash, and one more look-alike pair merged). Team-written example, no event: "The
    new brigade was set up in the port on Friday to combat smuggling and extortion."
    """
    lists = _lists()
    if token.lower_ in lists["fought_practices"] and (fighter := _fighting_word(token)) is not None:
        return fight_on_practice(fighter)  # the practice itself: "to combat smuggling and extortion"
    if token.lemma_.lower() not in lists["practice_fight_words"] and token.lower_ not in lists["practice_fight_words"]:
        return False
    if token.pos_ == "VERB":
        targets = [c for c in token.children if c.dep_ == "dobj"]
    else:
        targets = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("against", "on")
                   for g in c.children if g.dep_ == "pobj"]
    targets += [c for t in targets for c in t.children if c.dep_ == "conj"]
    return bool(targets) and all(t.lower_ in lists["fought_practices"] for t in targets)


def _fighting_word(target: Tok) -> Tok | None:
    """The word whose object or "against"/"on" phrase `target` is, through a list's conjuncts, or None."""
    while target.dep_ == "conj" and target.head is not target:
        target = target.head
    if target.dep_ == "dobj":
        return target.head
    head = target.head
    if target.dep_ == "pobj" and head.lower_ in ("against", "on") and head.head is not head:
        return head.head
    return None


@lru_cache(maxsize=1)
def _blast_causes() -> re.Pattern[str]:
    return re.compile(r"(?<!tear )\b(?:" + "|".join(load_codebook().modality["blast_causes"]) + r")", re.IGNORECASE)


_ARMED_GROUPS = ("device", "grenade", "suicide", "air", "shelling", "armed_attack", "raid", "clash", "armed_group")


def accident_blast(story: str, sentence: str, trigger: str) -> bool:
    """True for a bare blast word (`bare_blast_words`: "an explosion tore through the building") in a story that tells
    the blast's accidental cause in other words (`blast_causes`: "a gas cylinder exploded", "a gas explosion", "a
    boiler exploded"), its own sentence naming no weapon, attack or armed group (the device, grenade, suicide, air,
    shelling, armed-attack, raid, clash and armed-group cues). Why: the `accident` gate reads one sentence, and a story
    often gives the cause in its headline or a later paragraph while the lead tells only the blast and its dead; the
    lead was then coded as an IED (coder108, issue 10; trial17's fix half). Read by the assembler for a story that is
    no event record (an ACLED note keeps its reading). Team-written example, no event: "Two people died when an
    explosion ripped through a bakery in the old town on Friday. Firefighters said a gas cylinder had exploded near
    the ovens."
    """
    if trigger.lower() not in word_sets("bare_blast_words")["bare_blast_words"]:
        return False
    if _blast_causes().search(story) is None:
        return False
    cues = load_codebook().cues
    return not any(p.search(sentence) for g in _ARMED_GROUPS for p in cues[g].patterns)

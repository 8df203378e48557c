"""The event coder: ACLED event and sub-event types, actors, fatalities and size for sentences and short texts.

How a sentence is coded, and why this way: cue groups (regular expressions kept in `cues.toml`) mark what a
sentence talks about; each cue hit is dropped when its trigger word is quoted, negated, modal, demanded,
threatened, predicted or hypothetical (`modality.py`); then the ordered rules of `decisions.toml` pick the
sub-event type, first match wins, the order encoding ACLED's precedence. Rules rather than a trained model, so that
every coding names the rule and the words behind it and runs on a CPU with no training data.

The parts: what the rules see in a sentence (cue groups, actor roles, gates, the first rule that fires) is
`cues.py`; who takes part in a coded event is `participants.py`; the records they exchange are `readings.py`. This
module turns a sentence's reading into events (one per clause, references back, casualty counts) and reads short
texts (lead sentence first, later sentences as circumstances).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from eventwatch.events.anniversary import commemorated_ranges
from eventwatch.events.claimants import calls_for_gathering, claim_by_others
from eventwatch.events.codebook import Rule
from eventwatch.events.counts import find_fatalities
from eventwatch.events.crowd import find_size
from eventwatch.events.cues import UNFILTERED, CueReader
from eventwatch.events.literals import Chosen
from eventwatch.events.mentions import EventMention
from eventwatch.events.modality import without_running_totals
from eventwatch.events.parsed import Tok, text_of
from eventwatch.events.parted import ended_peacefully
from eventwatch.events.participants import associated_actor, event_actors
from eventwatch.events.presupposed import named_victim
from eventwatch.events.readings import Coding, CueHit, Reading
from eventwatch.events.syntax import clause_of, match_root, token_at
from eventwatch.events.told_toll import toll_of_told_event
from eventwatch.records import Span

__all__ = ["CLASSIFY_PIPES", "Coding", "CueHit", "EventCoder", "Reading", "parse_short_texts"]

# The spaCy components short texts are parsed with for `classify` (the coder reads no entities there).
CLASSIFY_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")


def parse_short_texts(nlp: Language, texts: Iterable[str]) -> Iterator[Doc]:
    """Short texts parsed as `classify` reads them: case restored with the model's lexicon (names in all-capital or
    all-lower-case text get their capital back), only `CLASSIFY_PIPES`. One definition for `classify` and for the
    arbiter's training, which once parsed its examples differently and so learned from other cues than it is
    asked about."""
    from eventwatch.events.casing import restore_case
    from eventwatch.events.lexicon import lexicon_of

    unused = [name for name in nlp.pipe_names if name not in CLASSIFY_PIPES]
    lexicon = lexicon_of(nlp)
    return nlp.pipe((restore_case(t, lexicon) for t in texts), batch_size=64, disable=unused)

# Rules that say only that people were attacked or killed: a later sentence of a short text that names the weapon
# (a grenade, a bomb, a shell) gives the sub-event type instead (`read_text`).
_GENERIC_ATTACK = frozenset({"attack_any", "attack_civilians"})
# Cue groups a clause of a sentence shares with the others when the sentence is coded clause by clause: an armed
# doer named once for coordinated verbs (`code_and_read`).
_SENTENCE_WIDE = frozenset({"armed_group"})
# Rules that code an Attack from a harm word alone: an injury to the forces told alone is none (`_force_hurt_only`).
_FORCE_HURT_RULES = frozenset({"attack_civilians", "attack_any"})
_LOW_CONFIDENCE = {"attack_any": 0.5, "grievance": 0.45, "protest_any": 0.6, "other": 0.5, "change_group": 0.55}


class EventCoder(CueReader):
    """Codes sentences and short texts into ACLED events (what the rules see: `CueReader`, `cues.py`)."""

    # -- sentences -------------------------------------------------------------------------------------------

    def code_sentence(self, sent: SpacySpan, *, antecedent: bool = True) -> list[EventMention]:
        """The events a sentence reports as happening (see module docstring); [] when it reports none.

        `antecedent`: an earlier sentence of the same report has already coded an event, so a definite event noun
        ("the protest", "the attack") can refer back to it and codes nothing new. Without one (the first event of a
        report, or a sentence read alone) the noun has nothing to refer to: it is the report's first mention of the
        event ("The protest over fees began at dawn") and is coded."""
        return self.code_and_read(sent, antecedent=antecedent)[0]

    def code_and_read(self, sent: SpacySpan, *, antecedent: bool = True, screened: bool | Chosen = False,
                      record: bool = False) -> tuple[list[EventMention], frozenset[str] | None]:
        """`code_sentence`, and the cue groups `read_sentence` finds (None without any cue), from one matching of
        the cues (most of what either costs). `screened`: the text has passed `could_hold_event` already (given as
        the screen's reading, `screen_read`, its patterns are not looked up again). `record`: the sentence is part of
        an event record (`opens_as_record`), whose stated claims are its event."""
        if not screened and not self.could_hold_event(text_of(sent)):
            return [], None
        found = self.cue_hits(sent, record=record,
                              read=screened if isinstance(screened, Chosen) else None)
        hits = [h for h in found if h.group in UNFILTERED or not antecedent or not self._anaphoric(sent, h)]
        actor_groups = self.actor_groups(sent)
        read = frozenset({h.group for h in found} | actor_groups)
        coding = self.decide(frozenset({h.group for h in hits} | actor_groups), hits)
        if coding is None or self._casualty_only(sent, coding, actor_groups) or (
                not record and self._told_of_no_event(sent, coding)) or (
                antecedent and toll_of_told_event(sent, coding, self.codebook.modality)):
            return [], read
        codings = [coding]
        by_clause: dict[int, list[CueHit]] = {}
        for hit in hits:
            by_clause.setdefault(clause_of(sent, hit.start, hit.end), []).append(hit)
        if len(by_clause) > 1:
            # Who is armed is the sentence's, not one clause's: "RSF fighters looted the market … and set fire to
            # several shops" names its doers only in the first clause, and the second, read alone, took the arson
            # for a crowd's riot (`crowd_riot` stands down before an armed group).
            armed = {h.group for h in hits if h.group in _SENTENCE_WIDE}
            for clause_hits in by_clause.values():
                other = self.decide(frozenset({h.group for h in clause_hits} | actor_groups | armed), clause_hits)
                if other is None or (any(self._absorbs(c.rule, other.rule) for c in codings)
                                     and not (other.rule.sub_event_type == "Peaceful protest"
                                              and all(c.rule.event_type == "Riots" for c in codings)
                                              and ended_peacefully(sent, clause_hits))) or \
                        (not record and self._told_of_no_event(sent, other)):
                    continue
                codings.append(other)
        return [self.mention_for(sent, c) for c in codings], read

    def remembered(self, sent: SpacySpan) -> list[EventMention]:
        """The event an anniversary in a story's sentence remembers, marked `remembered` (the assembler keeps it as
        background, `anniversary.py`): the story's reading drops the remembered stretch's cue words, so they are
        read here alone, with the sentence's actors. "Families gathered on Sunday to mark ten years since soldiers
        shot dead 40 miners at the pit" remembers a killing; [] when the stretch codes nothing."""
        if not commemorated_ranges(text_of(sent)):
            return []
        hits = self.cue_hits(sent, remembered=True)
        if not any(h.group not in UNFILTERED for h in hits):
            return []
        coding = self.decide(frozenset({h.group for h in hits} | self.actor_groups(sent)), hits)
        if coding is None:
            return []
        return [dataclasses.replace(self.mention_for(sent, coding), remembered=True)]

    def _told_of_no_event(self, sent: SpacySpan, coding: Coding) -> bool:
        """True when an article's sentence coded by `coding` tells no event of its own: a claim stated by others than
        a crowd, a call for a gathering still to come (`claimants.py`), or the forces' injuries told alone. Not asked of
        an event record's sentences (`opens_as_record`), nor of short texts read alone."""
        return claim_by_others(sent, coding, self.codebook) or calls_for_gathering(sent, coding, self.codebook) \
            or self._force_hurt_only(sent, coding)

    @cached_property
    def _casualty(self) -> re.Pattern[str]:
        words: list[str] = self.codebook.modality["aftermath_words"]
        return re.compile("|".join(f"(?:{w})" for w in words), re.IGNORECASE)

    def _casualty_only(self, sent: SpacySpan, coding: Coding, actor_groups: set[str]) -> bool:
        """True for a sentence that only counts casualties or damage (`aftermath_words` in modality.toml): every
        event word of the coding is such a word and no actor is the subject or agent of the sentence."""
        if any(g.startswith("agent_") for g in actor_groups):
            return False
        words = [text_of(sent)[h.start:h.end] for h in coding.hits if h.group not in UNFILTERED]
        return bool(words) and all(self._casualty.fullmatch(w) for w in words)

    @cached_property
    def _record_opening(self) -> re.Pattern[str]:
        return re.compile(self.codebook.modality["record_opening"])

    def opens_as_record(self, text: str) -> bool:
        """True for an event record: a text that opens with the full date of the one event it reports ("On 5 May
        2022, ...": `record_opening` in modality.toml), an event database's note or a chronology's entry. Such a text
        is written to report its event, so `claimants.claim_by_others` is not asked of it: ACLED codes the stated
        demands of a union or an association as its protest ("On 5 May 2022, the Korean Metal Workers' Union urged the
        government to protect subcontracted workers"), which in a news article may be a statement (coder80: coder79's
        check, read on ACLED notes through the article path, changed five reported notes' main events)."""
        return self._record_opening.match(text.lstrip()) is not None

    def _force_hurt_only(self, sent: SpacySpan, coding: Coding) -> bool:
        """True for an Attack (`_FORCE_HURT_RULES`) coded only from an injury to officers or soldiers told
        with no one who hurt them: every harm word is a passive `force_hurt_verbs` whose subject is a `force_members`
        noun and that has no "by" ("one officer was lightly injured", "two soldiers were wounded"), and no armed doer
        is named anywhere in the sentence (`armed_group`: "when two unidentified assailants opened fire"). It counts
        the force's losses in an event told beside it (a riot, a clash) and names no attack of its own; the
        force, its only actor, would be coded as attacking civilians (issue 10; trial11's fix-half portugal).
        Team-written example, no event: "Two gendarmes were slightly hurt, the prefecture said." Read in articles
        only: no short text's reading changes."""
        if coding.rule.id not in _FORCE_HURT_RULES or any(h.group == "armed_group" for h in coding.hits):
            return False  # an armed doer named ("when two unidentified assailants opened fire") tells the attack
        modality = self.codebook.modality
        harms = [match_root(sent, h.start, h.end) for h in coding.hits if h.group in ("kill", "serious_harm")]
        for verb in harms:
            if verb is None or verb.lemma_.lower() not in modality["force_hurt_verbs"]:
                return False
            kids = list(verb.children)
            if any(c.dep_ == "agent" for c in kids) or not any(
                    c.dep_ == "nsubjpass" and c.lower_ in modality["force_members"] for c in kids):
                return False
        return bool(harms)

    def _anaphoric(self, sent: SpacySpan, hit: CueHit) -> bool:
        """True when the hit is an event noun with a definite determiner ("the arrests", "its attack"): in an
        article it refers back to an event already reported (see `anaphoric_determiners` in modality.toml). So does
        an event noun that only names the people of a definite phrase ("the blockade leaders", "the strike
        organisers": `person_noun_ending`): trial12's timeline coded its truce as a blockade (dates47)."""
        token = match_root(sent, hit.start, hit.end)
        if hit.group == "agreement" and _signing_told(token, self.codebook.modality["signing_verbs"]):
            return False  # "The truce was signed on Friday at a meeting in Tripoli": where the deal was made
        person = self.codebook.modality["person_noun_ending"]
        determiners = self.codebook.modality["anaphoric_determiners"]
        noun = token_at(sent, hit.end - 1) if token is not None and token.dep_ == "det" else token  # "the strike"
        if noun is not None and noun.pos_ == "NOUN" and noun.dep_ == "compound" and re.search(
                person, noun.head.lower_) and any(c.dep_ == "det" and c.lower_ in determiners
                                                  for c in noun.head.children):
            return True  # "the blockade leaders sign a ten-day truce": the people of a blockade told before
        if token is None or token.pos_ != "NOUN" or re.search(person, token.lower_) or named_victim(token):
            return False  # a killing named with its victim ("the murder of the mayor") is told in full
        kids = list(token.children)
        dated = any(t.like_num or t.ent_type_ == "DATE" for t in token.subtree)  # "the November 2019 protests"
        return any(c.dep_ in ("det", "poss") and c.lower_ in determiners for c in kids) and not dated and not any(
            c.dep_ in ("nummod", "amod", "compound") for c in kids)

    def _absorbs(self, kept: Rule, new: Rule) -> bool:
        """True when an event coded by `kept` already stands for one coded by `new` in the same sentence ([suppress]
        in decisions.toml, keyed by event type or by sub-event type)."""
        suppress = self.codebook.suppress
        return kept.event_type == new.event_type or new.event_type in suppress.get(kept.event_type, frozenset()) \
            or new.event_type in suppress.get(kept.sub_event_type, frozenset())

    def mention_for(self, sent: SpacySpan, coding: Coding, context: SpacySpan | None = None) -> EventMention:
        """The event `coding` makes of the sentence: trigger, actors for its event type, fatalities and size read
        from `context` (default: the sentence)."""
        context = sent if context is None else context
        rule = coding.rule
        groups = [g for g in (*rule.all, *rule.any) if g in self.codebook.cues]
        anchor_group = next((g for g in groups if g not in UNFILTERED), groups[0] if groups else "")
        anchor = next((h for h in coding.hits if h.group == anchor_group), coding.hits[0] if coding.hits else None)
        base = sent.start_char
        if anchor is not None:
            trigger = Span(base + anchor.start, base + anchor.end, text_of(sent)[anchor.start:anchor.end])
        else:
            trigger = Span(base, sent.end_char, text_of(sent))
        actor1, actor2 = event_actors(sent, rule, anchor, None if context is sent else text_of(context))
        crowd = rule.event_type in ("Protests", "Riots")
        assoc1 = associated_actor(text_of(sent), self.codebook.identities) if crowd else None
        trigger_word = match_root(sent, anchor.start, anchor.end) if anchor is not None else None
        fatalities = find_fatalities(without_running_totals(context, trigger_word))
        civilian = rule.event_type == "Violence against civilians" or (
            rule.event_type in ("Explosions/Remote violence", "Riots") and actor2 is not None and actor2.inter == 7
        )
        return EventMention(
            event_type=rule.event_type,
            sub_event_type=rule.sub_event_type,
            trigger=trigger,
            actor1=actor1,
            actor2=actor2,
            assoc_actor_1=assoc1,
            assoc_actor_2=None,
            fatalities=fatalities,
            size=find_size(text_of(context)) if rule.event_type in ("Protests", "Riots") else None,
            civilian_targeting=civilian,
            confidence=_LOW_CONFIDENCE.get(rule.id, 0.8),
            rule=rule.id,
        )


    # -- short texts -----------------------------------------------------------------------------------------

    def classify(self, doc: Doc, *, known_event: bool = False) -> tuple[str, str] | None:
        """The main event of a short text: the lead sentence decides, later sentences add circumstances
        (intervention, lethal force, absence of fighting) and are a fallback when it says nothing.

        `known_event`: the text is known to report an event (an ACLED note), so weak cues (a patrol, a stated
        grievance) decide instead of "no event" and the relevance gates are not asked. News is not known to."""
        coding = self.code_text(doc, note=known_event)
        return (coding.rule.event_type, coding.rule.sub_event_type) if coding else None

    def code_text(self, doc: Doc, *, note: bool = True) -> Coding | None:
        """The coding of a short text (see `read_text`)."""
        return self.read_text(doc, note=note).coding

    def read_text(self, doc: Doc, *, note: bool = True) -> Reading:
        """What the rules see in a short text and what they decide. The lead is its first sentence holding an event
        cue: a dateline, a heading or a photo credit before it ("June 9, 2020.", "News") says nothing about what
        happened."""
        sents = list(doc.sents)
        if not sents:
            return Reading(frozenset(), frozenset(), None, None, note)
        # a short text keeps the reading it had before a story's checks (`staged.py`): the arbiter trains and is
        # cross-validated on these readings, so a story's rule does not move its refit (coder71)
        per_sent = [self.cue_hits(s, story=False) for s in sents]
        first = next((i for i, hits in enumerate(per_sent) if any(h.group not in UNFILTERED for h in hits)), 0)
        sents, per_sent = sents[first:], per_sent[first:]
        lead = {h.group for h in per_sent[0]} | self.actor_groups(sents[0])
        later = {h.group for hits in per_sent[1:] for h in hits}
        anywhere = {g for g in later if self.codebook.cues[g].anywhere}
        all_hits = [h for hits in per_sent for h in hits]
        gate = None if note else self.gate(frozenset(lead))
        reading = Reading(frozenset(lead), frozenset(later), gate.id if gate else None, None, note)
        if gate is not None:
            return reading
        coding = self.decide(frozenset(lead | anywhere), per_sent[0], note=note)
        if coding is None:
            coding = self.decide(frozenset(lead | later), all_hits, note=note)
        elif coding.rule.id in _GENERIC_ATTACK and later:
            # "Two civilians were killed in separate attacks. One died in a grenade attack in the market": the lead
            # says people were attacked, a later sentence says with what; the weapon names the sub-event type.
            weapon = self.decide(frozenset(later), [h for hits in per_sent[1:] for h in hits], note=note)
            if weapon is not None and weapon.rule.event_type == "Explosions/Remote violence":
                coding = weapon
        return dataclasses.replace(reading, coding=coding)

    def read_sentence(self, sent: SpacySpan, mentions: Sequence[EventMention],
                      groups: frozenset[str] | None = None) -> Reading:
        """What the rules see in one sentence of an article, with the rule of its first coded event (if any);
        `groups`: the sentence's cue groups from `code_and_read`, not matched again."""
        if groups is None:
            hits = self.cue_hits(sent) if self.could_hold_event(text_of(sent)) else []
            groups = frozenset({h.group for h in hits} | self.actor_groups(sent))
        gate = self.gate(groups)
        rule = next((r for r in self.codebook.rules if mentions and r.id == mentions[0].rule), None)
        return Reading(groups, frozenset(), gate.id if gate else None,
                       Coding(rule, ()) if rule is not None else None, False)

    def code_note(self, doc: Doc) -> EventMention | None:
        """The main event of a short text with actors and fatalities read from the whole text."""
        sents = list(doc.sents)
        coding = self.code_text(doc, note=True)
        if coding is None or not sents:
            return None
        return self.mention_for(sents[0], coding, doc[:])


def _signing_told(token: Tok | None, verbs: Sequence[str]) -> bool:
    """True for an agreement noun, the passive subject of a verb of signing (`signing_verbs`) heading the sentence or a
    clause its attribution follows ("The truce was signed on Friday in Tripoli, the government said"; not "confirmed
    that the deal was signed"): the signing told with its day and place, where ACLED codes an agreement; a clash in
    the lead absorbs the truce its sentence tells (`_absorbs`), so this is its only telling (coder98, issue 10;
    trial13's fix-half libya). Team-written example: "The ceasefire was agreed on Sunday in Bangui, officials said."."""
    if token is None or token.dep_ != "nsubjpass" or token.head.lemma_.lower() not in verbs:
        return False
    verb = token.head
    return verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.i > verb.i)

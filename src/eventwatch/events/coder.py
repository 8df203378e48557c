"""The event coder: ACLED event and sub-event types, actors, fatalities and size for sentences and short texts.

How a sentence is coded, and why this way: cue groups (regular expressions kept in `cues.toml`) mark what a
sentence talks about; each cue hit is dropped when its trigger word is quoted, negated, modal, demanded,
threatened, predicted or hypothetical (`modality.py`); then the ordered rules of `decisions.toml` pick the
sub-event type, first match wins, the order encoding ACLED's precedence. Rules rather than a trained model, so that
every coding names the rule and the words behind it and runs on a CPU with no training data.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwatch.events.actors import FoundActor, find_actors, is_state_force, mention, own_forces
from eventwatch.events.codebook import Codebook, Rule, load_codebook
from eventwatch.events.counts import find_fatalities, find_size
from eventwatch.events.literals import CueScreens
from eventwatch.events.mentions import ActorMention, EventMention
from eventwatch.events.modality import irrealis_reason, without_running_totals
from eventwatch.events.prefilter import SentenceScreen
from eventwatch.events.syntax import clause_of, match_root
from eventwatch.events.syntax import role as role_of
from eventwatch.records import Span

# Cue groups that describe circumstances rather than the event itself: never filtered for modality
# ("no clashes were reported" is the point of `no_fighting`), and headings are not clauses.
_UNFILTERED = frozenset({"no_fighting", "fight_denied", "raid", "crowd", "civilian", "state_force", "armed_group",
                         "grievance", "not_grenade"})
# A protest word stays a protest even inside "gathered to protest against ...": only violence can be a topic.
_TOPIC_EXEMPT = frozenset({"protest"})
# The spaCy components short texts are parsed with for `classify` (the coder reads no entities there).
CLASSIFY_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
# Rules that say only that people were attacked or killed: a later sentence of a short text that names the weapon
# (a grenade, a bomb, a shell) gives the sub-event type instead (`read_text`).
_GENERIC_ATTACK = frozenset({"attack_any", "attack_civilians"})
_LOW_CONFIDENCE = {"attack_any": 0.5, "grievance": 0.45, "protest_any": 0.6, "other": 0.5, "change_group": 0.55}
_PROTESTERS = ActorMention("Protesters ({country})", 6, None)
_RIOTERS = ActorMention("Rioters ({country})", 5, None)
_CIVILIANS = ActorMention("Civilians ({country})", 7, None)
_UNIDENTIFIED = ActorMention("Unidentified Armed Group ({country})", 3, None)
_POLICE = ActorMention("Police Forces of {country}", 1, None)
_ASSOC = re.compile(
    r"\b(?:supporters|members|activists|followers|militants|cadres|workers) of (?:the )?"
    r"((?:[A-Z][\w'/()-]*\s?(?:of |and |for |the )?)+)"
)


@dataclass(frozen=True, slots=True)
class CueHit:
    group: str
    start: int  # offsets in the sentence text
    end: int


@dataclass(frozen=True, slots=True)
class Coding:
    """The outcome of the rules on one stretch of text: which rule fired and on which hits."""

    rule: Rule
    hits: tuple[CueHit, ...]


@dataclass(frozen=True, slots=True)
class Reading:
    """What the rules saw in a text (cue groups of its lead and of the rest, the relevance gate that fired) and
    what they decided: the rule-side features of the learned arbiter (`events/arbiter.py`)."""

    lead: frozenset[str]
    later: frozenset[str]
    gate: str | None
    coding: Coding | None
    note: bool  # the text is known to report an event (an ACLED note)


class EventCoder:
    """Codes sentences and short texts into ACLED events; loads the codebook once at construction."""

    def __init__(self, prefilter: str = "cue") -> None:
        self.codebook: Codebook = load_codebook()
        self.prefilter = prefilter  # which sentences are worth parsing: "cue" or "rule" (the `prefilter` setting)

    @cached_property
    def _screen(self) -> SentenceScreen:
        return SentenceScreen(self.codebook, self._group_screens)

    def could_hold_event(self, sentence: str) -> bool:
        """Cheap test on raw text, so spaCy can skip the sentence (`prefilter.py`): "cue", False when no rule's
        anchor cue occurs; "rule", False when no rule can fire on it, whatever its parse."""
        if self.prefilter == "rule":
            return self._screen.could_fire(sentence)
        return self._screen.has_anchor(sentence)

    @cached_property
    def _group_screens(self) -> CueScreens:
        """Each cue group's patterns with the words they require: a pattern none of whose words is in the
        sentence is not run (`literals.py`), which spares most of the scans of hundreds of patterns per sentence."""
        return CueScreens((name, group.patterns) for name, group in self.codebook.cues.items())

    # -- cue detection ---------------------------------------------------------------------------------------

    def cue_hits(self, sent: SpacySpan, *, filtered: bool = True) -> list[CueHit]:
        """Every cue hit in the sentence, minus those whose trigger is quoted, negated or irrealis."""
        text = sent.text
        screens = self._group_screens
        present = screens.words_in(text)
        hits: list[CueHit] = []
        for name, screen in screens.groups.items():
            for pattern in screen.candidates(present):
                for m in pattern.finditer(text):
                    if filtered and name not in _UNFILTERED and not name.startswith("label_"):
                        token = match_root(sent, m.start(), m.end())
                        reason = irrealis_reason(token, sent) if token is not None else None
                        if reason is not None and not (reason == "topic" and name in _TOPIC_EXEMPT):
                            continue
                        if name == "protest" and token is not None and self._bystander(token):
                            continue
                    hits.append(CueHit(name, m.start(), m.end()))
        return hits

    def _bystander(self, token: Token) -> bool:
        """True for a protest word that reports no protest: "activists" who only report ("activists said",
        "according to activists"), suffer ("police detained activists", "activists were killed") or are named for who
        they are ("she was an activist"); "demonstrated" with an object (to show); a blockade a state imposes. See
        `participant_protest_words`, `identity_deps`, `showing_lemmas` and `siege_verbs` in modality.toml."""
        modality = self.codebook.modality
        if token.lemma_.lower() in modality["showing_lemmas"] and any(c.dep_ == "dobj" for c in token.children):
            return True  # "demonstrated high professionalism": to show, not to protest
        if token.lower_ in ("blockade", "blockades") and token.head.lemma_.lower() in modality["siege_verbs"]:
            return True  # "imposed a blockade": a siege
        if token.lower_ not in modality["participant_protest_words"]:
            return False
        if token.dep_ in modality["identity_deps"] or (
                token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.dep_ == "agent"):
            return True  # "was an activist", "activist Hermanus Loots", "considered a prison by activists"
        head = token.head
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
        lemma = head.lemma_.lower()
        if token.dep_ in ("nsubj", "nsubjpass", "dobj", "appos", "conj") and lemma in (
                *modality["source_verbs"], *modality["arrest_verbs"]):
            return True
        return token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"

    def actor_groups(self, sent: SpacySpan) -> set[str]:
        """The parse-based cue groups: who acts (crowd or armed actor) and who suffers (armed actor or civilian)."""
        groups: set[str] = set()
        found_roles = [(f, role_of(sent, f)) for f in find_actors(sent.text)]
        if found_roles and not any(r == "agent" for _, r in found_roles):
            # No subject found (fragments, parser slips): the actor named before the first verb acts, or suffers
            # when that verb is passive ("QUETTA — Two people were killed when ...") or one of suffering ("all but
            # one of the 103 people on board died", `suffering_verbs`).
            verb = next((t for t in sent if t.pos_ in ("VERB", "AUX")), None)
            first_verb = verb.idx - sent.start_char if verb is not None else len(sent.text)
            passive = verb is not None and (verb.dep_ == "auxpass" or any(c.dep_ == "auxpass" for c in verb.children)
                                            or verb.lemma_.lower() in self.codebook.modality["suffering_verbs"])
            found_roles = [(f, ("patient" if passive else "agent") if i == 0 and f.start < first_verb and r == "other"
                            else r) for i, (f, r) in enumerate(found_roles)]
        lone = self._lone_person
        for found, role in found_roles:
            if role == "agent" and found.inter == 7 and lone.fullmatch(sent.text[found.start:found.end]):
                continue  # "a man", "two individuals": an unnamed attacker, not a crowd (`lone_person_words`)
            if role == "agent":
                groups.add("agent_crowd" if found.inter in (5, 6, 7) else "agent_armed")
                if own_forces(found, sent.text):
                    groups.add("agent_state")
                if found.inter in (2, 3, 4):
                    groups.add("agent_non_state")
            elif role == "patient":
                # Communal names (Fulani, herders) also name unarmed people: only other armed actors count as armed.
                if found.inter in (1, 2, 3, 8):
                    groups.add("victim_armed")
                elif found.inter in (5, 6, 7):
                    groups.add("victim_civilian")
        return groups

    @cached_property
    def _lone_person(self) -> re.Pattern[str]:
        words: list[str] = self.codebook.modality["lone_person_words"]
        return re.compile("|".join(f"(?:{w})" for w in words), re.IGNORECASE)

    def gate(self, present: frozenset[str]) -> Rule | None:
        """The relevance gate that fires on the cue groups `present` (an accident, a disaster, diplomacy, a weapons
        test, crime without political violence): the text reports no ACLED event. None when the rules decide."""
        return next((g for g in self.codebook.gates if g.fires(present)), None)

    def decide(self, present: frozenset[str], hits: Iterable[CueHit] = (), *, note: bool = False) -> Coding | None:
        """The first rule that fires on the cue groups `present`, after the relevance gates (not for a note, which
        is known to report an event); fallback rules only for notes."""
        if not note and self.gate(present) is not None:
            return None
        for rule in self.codebook.rules:
            if rule.fallback and not note:
                continue
            if rule.fires(present):
                wanted = set(rule.all) | set(rule.any)
                return Coding(rule, tuple(h for h in hits if h.group in wanted))
        return None

    # -- sentences -------------------------------------------------------------------------------------------

    def code_sentence(self, sent: SpacySpan, *, antecedent: bool = True) -> list[EventMention]:
        """The events a sentence reports as happening (see module docstring); [] when it reports none.

        `antecedent`: an earlier sentence of the same report has already coded an event, so a definite event noun
        ("the protest", "the attack") can refer back to it and codes nothing new. Without one (the first event of a
        report, or a sentence read alone) the noun has nothing to refer to: it is the report's first mention of the
        event ("The protest over fees began at dawn") and is coded."""
        return self.code_and_read(sent, antecedent=antecedent)[0]

    def code_and_read(self, sent: SpacySpan, *, antecedent: bool = True, screened: bool = False
                      ) -> tuple[list[EventMention], frozenset[str] | None]:
        """`code_sentence`, and the cue groups `read_sentence` finds (None without any cue), from one matching of
        the cues (most of what either costs). `screened`: the text has passed `could_hold_event` already."""
        if not screened and not self.could_hold_event(sent.text):
            return [], None
        found = self.cue_hits(sent)
        hits = [h for h in found if h.group in _UNFILTERED or not antecedent or not self._anaphoric(sent, h)]
        actor_groups = self.actor_groups(sent)
        read = frozenset({h.group for h in found} | actor_groups)
        coding = self.decide(frozenset({h.group for h in hits} | actor_groups), hits)
        if coding is None or self._casualty_only(sent, coding, actor_groups):
            return [], read
        codings = [coding]
        by_clause: dict[int, list[CueHit]] = {}
        for hit in hits:
            by_clause.setdefault(clause_of(sent, hit.start, hit.end), []).append(hit)
        if len(by_clause) > 1:
            for clause_hits in by_clause.values():
                other = self.decide(frozenset({h.group for h in clause_hits} | actor_groups), clause_hits)
                if other is None or any(self._absorbs(c.rule, other.rule) for c in codings):
                    continue
                codings.append(other)
        return [self.mention_for(sent, c) for c in codings], read

    @cached_property
    def _casualty(self) -> re.Pattern[str]:
        words: list[str] = self.codebook.modality["aftermath_words"]
        return re.compile("|".join(f"(?:{w})" for w in words), re.IGNORECASE)

    def _casualty_only(self, sent: SpacySpan, coding: Coding, actor_groups: set[str]) -> bool:
        """True for a sentence that only counts casualties or damage (`aftermath_words` in modality.toml): every
        event word of the coding is such a word and no actor is the subject or agent of the sentence."""
        if any(g.startswith("agent_") for g in actor_groups):
            return False
        words = [sent.text[h.start:h.end] for h in coding.hits if h.group not in _UNFILTERED]
        return bool(words) and all(self._casualty.fullmatch(w) for w in words)

    def _anaphoric(self, sent: SpacySpan, hit: CueHit) -> bool:
        """True when the hit is an event noun with a definite determiner ("the arrests", "its attack"): in an
        article it refers back to an event already reported (see `anaphoric_determiners` in modality.toml)."""
        token = match_root(sent, hit.start, hit.end)
        person = self.codebook.modality["person_noun_ending"]
        if token is None or token.pos_ != "NOUN" or re.search(person, token.lower_):
            return False
        determiners = self.codebook.modality["anaphoric_determiners"]
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
        anchor_group = next((g for g in groups if g not in _UNFILTERED), groups[0] if groups else "")
        anchor = next((h for h in coding.hits if h.group == anchor_group), coding.hits[0] if coding.hits else None)
        base = sent.start_char
        if anchor is not None:
            trigger = Span(base + anchor.start, base + anchor.end, sent.text[anchor.start:anchor.end])
        else:
            trigger = Span(base, sent.end_char, sent.text)
        actor1, actor2 = self._actors(sent, rule, anchor)
        assoc1 = self._assoc(sent.text) if rule.event_type in ("Protests", "Riots") else None
        fatalities = find_fatalities(without_running_totals(context))
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
            size=find_size(context.text) if rule.event_type in ("Protests", "Riots") else None,
            civilian_targeting=civilian,
            confidence=_LOW_CONFIDENCE.get(rule.id, 0.8),
            rule=rule.id,
        )

    # -- actors ----------------------------------------------------------------------------------------------

    def _actors(
        self, sent: SpacySpan, rule: Rule, anchor: CueHit | None
    ) -> tuple[ActorMention | None, ActorMention | None]:
        found = find_actors(sent.text)
        roles = [(f, role_of(sent, f)) for f in found]
        agents = [f for f, r in roles if r == "agent"]
        patients = [f for f, r in roles if r == "patient"]
        others = [f for f, r in roles if r == "other"]
        base = sent.start_char

        def pick(
            cands: list[FoundActor], *, inters: tuple[int, ...] = (), exclude: tuple[int, ...] = ()
        ) -> ActorMention | None:
            fitting = [f for f in cands if (not inters or f.inter in inters) and f.inter not in exclude]
            # a named group ("IS militants") says more than a generic one ("an armed group") in the same role
            named = [f for f in fitting if "{country}" not in f.name]
            best = (named or fitting)[:1]
            return mention(best[0], sent.text, base) if best else None

        armed = (1, 2, 3, 4, 8)
        etype = rule.event_type
        if etype == "Protests":
            if rule.sub_event_type == "Peaceful protest":
                return _PROTESTERS, None
            return _PROTESTERS, pick(agents + others + patients, inters=(1, 2, 3, 4, 5, 8)) or _POLICE
        if etype == "Riots":
            target = pick(patients + others, inters=(1, 2, 3, 4, 7, 8))
            if rule.sub_event_type == "Mob violence" and target is None:
                target = _CIVILIANS
            return _RIOTERS, target
        if etype == "Violence against civilians":
            return pick(agents, inters=armed) or pick(others, inters=armed) or _UNIDENTIFIED, _CIVILIANS
        if etype == "Strategic developments":
            lead = pick(agents, exclude=(7,)) or pick(others, exclude=(7,))
            if lead is None and rule.sub_event_type == "Arrests":
                lead = _POLICE
            rest = [f for f in patients + others if lead is None or f.name != lead.name]
            held = pick(rest)
            if rule.sub_event_type == "Arrests" and held is not None and held.inter == 5:
                held = dataclasses.replace(held, name=_CIVILIANS.name, inter=7)  # people arrested are not rioters
            return lead, held
        # Battles and Explosions/Remote violence: attacker first, target second.
        actor1 = pick(agents, inters=armed) or pick(others, inters=armed) or pick(patients, inters=armed)
        actor1 = actor1 or _UNIDENTIFIED
        rest = [f for f in patients + others + agents if f.name != actor1.name or not is_state_force(f.name)]
        rest = [f for f in rest if actor1.span is None or f.start != actor1.span.start - base]
        actor2 = pick(rest, inters=(1, 2, 3, 4, 7, 8))
        return actor1, actor2

    def _assoc(self, text: str) -> str | None:
        """Who the demonstrators are: "supporters of X", a named organisation, or an identity such as students."""
        for found in find_actors(text):
            if found.inter in (2, 3, 4) and "{country}" not in found.name:
                return found.name
        m = _ASSOC.search(text)
        if m:
            return m.group(1).strip()
        for pattern, identity in self.codebook.identities:
            if pattern.search(text):
                return identity
        return None

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
        per_sent = [self.cue_hits(s) for s in sents]
        first = next((i for i, hits in enumerate(per_sent) if any(h.group not in _UNFILTERED for h in hits)), 0)
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
            hits = self.cue_hits(sent) if self.could_hold_event(sent.text) else []
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


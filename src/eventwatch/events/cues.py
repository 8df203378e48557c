"""Reading a sentence for the coder: which cue groups it holds (minus quoted, negated or irrealis triggers and
bystander protest words), who acts and who suffers in it, and which relevance gate or ordered rule fires on them.

Why apart from the coder: this is what the rules *see*; the coder (`coder.py`) turns what they see into events
(clauses, references back, actors and counts) and reads short texts. The arbiter's features come from here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property

from spacy.tokens import Span as SpacySpan

from eventwatch.events.actors import FoundActor, find_actors, own_forces
from eventwatch.events.after_protest import without_protest_as_time
from eventwatch.events.anniversary import commemorated_hits, commemorated_ranges, inside, without_commemorated
from eventwatch.events.codebook import Codebook, Rule, load_codebook
from eventwatch.events.dispersed import crowd_dispersed
from eventwatch.events.displays import without_displays
from eventwatch.events.disruption import without_background_harm
from eventwatch.events.immolation import without_immolation_harm
from eventwatch.events.later_arrests import without_earlier_protest
from eventwatch.events.literals import Chosen, CueScreens
from eventwatch.events.modality import irrealis_reason
from eventwatch.events.one_side import without_own_name_force
from eventwatch.events.ordinary import news_reading
from eventwatch.events.parsed import Tok, text_of, tokens
from eventwatch.events.prefilter import SentenceScreen
from eventwatch.events.questions import asked_question, none_known
from eventwatch.events.readings import Coding, CueHit
from eventwatch.events.roadblocks import without_armed_blockades
from eventwatch.events.senses import taken_place, taking_verb
from eventwatch.events.syntax import match_root, token_at
from eventwatch.events.syntax import role as role_of
from eventwatch.events.unsettled import talks_to_come, without_failed_talks

# Cue groups that describe circumstances rather than the event itself: never filtered for modality
# ("no clashes were reported" is the point of `no_fighting`), and headings are not clauses.
UNFILTERED = frozenset({"no_fighting", "fight_denied", "raid", "crowd", "civilian", "state_force", "armed_group",
                        "grievance", "not_grenade"})
# A protest word stays a protest even inside "gathered to protest against ..." or "in order to protest": only
# violence can be a topic or a purpose.
_TOPIC_EXEMPT = frozenset({"protest"})
# Unfiltered cue groups still dropped under a plan in a story's sentence (`CueReader._planned`): a stated claim.
_PLANNED_CLAIMS = frozenset({"grievance"})
# What an anniversary's frame makes of the words it governs ("the anniversary of the attack": a topic; "ten years since
# soldiers shot dead": a count since a time): no reading of the remembered event itself (`anniversary.py`)
_FRAMED_READINGS = frozenset({"topic", "purpose", "running total"})
# Cue groups that read "dispersed" as force used on a crowd (`dispersed.crowd_dispersed`).
_DISPERSAL = frozenset({"dispersal", "intervene"})


class CueReader:
    """The cue groups, actor roles, gates and rules of a sentence; loads the codebook once at construction."""

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

    def screen_level(self, sentence: str) -> int:
        """`SentenceScreen.level`: whether `sentence` holds an anchor cue (`prefilter.ANCHOR`) and whether a rule
        can fire on it (`FIRES`), so the events stage knows which parsed sentences can code an event."""
        return self._screen.level(sentence)

    def screen_read(self, sentence: str) -> tuple[int, Chosen]:
        """`screen_level`, with the cue patterns the sentence's words let through (`CueScreens.chosen`), for
        `cue_hits` to take again when it reads the same sentence parsed (`code_and_read`'s `read`)."""
        read = self._group_screens.chosen(sentence)
        return self._screen.level(sentence, read), read

    @cached_property
    def _group_screens(self) -> CueScreens:
        """Each cue group's patterns with the words they require: a pattern none of whose words is in the
        sentence is not run (`literals.py`), which spares most of the scans of hundreds of patterns per sentence."""
        return CueScreens((name, group.patterns) for name, group in self.codebook.cues.items())

    # -- cue detection ---------------------------------------------------------------------------------------

    def cue_hits(self, sent: SpacySpan, *, filtered: bool = True, story: bool = True,
                 record: bool = False, read: Chosen | None = None, remembered: bool = False) -> list[CueHit]:
        """Every cue hit in the sentence, minus those whose trigger is quoted, negated or irrealis. `story`: the
        sentence is a news story's (`modality.irrealis_reason`); `read_text` reads a short text with False. `record`:
        the story is an event record (`EventCoder.opens_as_record`), which keeps its election (`ordinary.
        election_setting`): a record is written for its one event, a news story names the vote as its setting.
        `read`: the screen's patterns of the sentence's text (`screen_read`), used when they are of this very text.
        `remembered`: the hits of the event an anniversary remembers instead, which a story's reading drops
        (`anniversary.commemorated_hits`; `EventCoder.remembered`)."""
        text = text_of(sent)
        if filtered and story and not record and asked_question(text):
            return []  # a journalist's question in a transcript ("Q: There were also rallies ..."; `questions.py`)
        screens = self._group_screens
        chosen = screens.patterns_of(text, read)
        hits: list[CueHit] = []
        # the trigger and its reading asked once per span and per token: several patterns match the same words
        # ("protesters", "protest") and half of the readings were asked again (2% of a worker); both are functions of
        # the sentence's parse alone
        roots: dict[tuple[int, int], Tok | None] = {}
        readings: dict[tuple[int, bool], str | None] = {}
        framed = commemorated_ranges(text) if remembered else []  # what the frame's words say of the stretch
        for name in screens.groups:
            story_only = () if story else self.codebook.cues[name].story_only
            for pattern in chosen.get(name, ()):
                if story_only and pattern.pattern in story_only:
                    continue  # a pattern read in a story's sentences only (`CueGroup.story_only`)
                for m in pattern.finditer(text):
                    if name == "no_fighting" and self._period_start.search(text, 0, m.start()):
                        continue  # "the biggest city they have taken since the U.S.-led withdrawal began"
                    if filtered and name not in UNFILTERED and not name.startswith("label_"):
                        where = m.span()
                        if where not in roots:
                            roots[where] = match_root(sent, *where)
                        token = roots[where]
                        reason = None
                        if token is not None:
                            asked = (token.i, name == "protest")
                            if asked not in readings:
                                readings[asked] = irrealis_reason(token, sent, protest=asked[1], story=story)
                            reason = readings[asked]
                            if reason in _FRAMED_READINGS and inside(framed, m.start()):
                                reason = None  # the remembered event's own reading (`remembered`)
                        if reason is None and story and not record and token is not None:
                            # a vote as the story's setting; a fight against a practice ("to combat smuggling"), a
                            # policy; a curfew; people held for questioning: news stories' readings, never an event
                            # record's (`opens_as_record`; `ordinary.news_reading`)
                            reason = news_reading(token)
                            if reason is None and name in _DISPERSAL and crowd_dispersed(token):
                                reason = "left"  # "handed in a letter and dispersed peacefully" (`dispersed.py`)
                            if reason is None and name != "protest" and talks_to_come(token):
                                reason = "prediction"  # "negotiators are due to meet" (`unsettled.py`)
                        if story and not record and token is not None and none_known(token):
                            reason = "negated"  # "no information about any gathering" (`questions.py`)
                        if reason is not None and not (reason in ("topic", "purpose") and name in _TOPIC_EXEMPT):
                            continue
                        if name == "protest" and token is not None and self._bystander(token):
                            continue
                    elif filtered and story and name in _PLANNED_CLAIMS and self._planned(sent, m.span(), roots):
                        continue
                    hits.append(CueHit(name, m.start(), m.end()))
        hits = _places_taken(sent, hits)
        if filtered and story:
            hits = without_failed_talks(sent, hits)  # "talks ended without agreement": no Agreement (`unsettled.py`)
            # "to mark five years since the explosion" (`anniversary.py`): the remembered event is read on its own
            hits = (commemorated_hits if remembered else without_commemorated)(sent, hits)
            hits = without_armed_blockades(sent, hits)  # "the gunmen blocked the highway" (`roadblocks.py`)
            hits = without_immolation_harm(sent, hits)  # "set himself on fire ... died of his burns" (`immolation.py`)
            hits = without_displays(sent, hits)  # "a live demonstration at the firing range" (`displays.py`)
            hits = without_earlier_protest(sent, hits)  # arrests "a day after" a march (`later_arrests.py`)
            hits = without_protest_as_time(sent, hits)  # beaten by men "after a rally" (`after_protest.py`)
            hits = without_own_name_force(sent, hits)  # "fighters of the paramilitary ... Forces" (`one_side.py`)
        # a killing or a blast told as background to a weapon seized or defused is not this event's harm
        return without_background_harm(sent, hits) if filtered else hits

    @staticmethod
    def _planned(sent: SpacySpan, where: tuple[int, int], roots: dict[tuple[int, int], Tok | None]) -> bool:
        """True for a stated claim (`_PLANNED_CLAIMS`) a plan, a threat or a demand governs (`irrealis_reason`'s
        "irrealis"): "taxi drivers who had planned to gather outside the ministry to complain about fees have called
        the meeting off" tells a gathering that never was, and its claim is no protest (coder95, issue 10; trial14's
        fix-half brunei). The claim words are read for no other reason (`UNFILTERED`): "gathered to demand" is the
        protest's claim. Read in a story's sentences only: a short text keeps its reading (the arbiter's training)."""
        if where not in roots:
            roots[where] = match_root(sent, *where)
        token = roots[where]
        return token is not None and irrealis_reason(token, sent) == "irrealis"

    def _bystander(self, token: Tok) -> bool:
        """True for a protest word that reports no protest: "activists" who only report ("activists said",
        "according to activists"), suffer ("police detained activists", "activists were killed") or are named for who
        they are ("she was an activist"); "demonstrated" with an object or a that-clause (to show); a blockade a
        state imposes. See `participant_protest_words`, `identity_deps`, `showing_lemmas` and `siege_verbs` in
        modality.toml."""
        modality = self.codebook.modality
        if token.lemma_.lower() in modality["showing_lemmas"] and any(c.dep_ in ("dobj", "ccomp") for c in
                                                                     token.children):
            return True  # "demonstrated high professionalism", "has demonstrated that …": to show, not to protest
        if token.lower_ in ("blockade", "blockades") and token.head.lemma_.lower() in modality["siege_verbs"]:
            return True  # "imposed a blockade": a siege
        if token.lemma_.lower() == "protest" and token.pos_ == "VERB" and self._protester(token) in modality[
                "state_protesters"]:
            return True  # "Western governments, protesting the arrests, recalled their envoys": diplomacy
        if token.lemma_.lower() == "gather" and token.pos_ == "VERB" and self._officials_meet(token):
            return True  # "farm ministers gathered in Vienna to discuss milk prices": a meeting
        if token.lower_ not in modality["participant_protest_words"]:
            return False
        first = token  # "a former pastor and pro-democracy activist": the first conjunct says the role
        while first.dep_ == "conj" and first.head is not first and first.head.pos_ in ("NOUN", "PROPN"):
            first = first.head
        if first.dep_ in modality["identity_deps"] or (
                token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.dep_ == "agent"):
            return True  # "was an activist", "activist Hermanus Loots", "considered a prison by activists"
        head = token.head
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
        lemma = head.lemma_.lower()
        people_verbs = (*modality["source_verbs"], *modality["arrest_verbs"])
        if token.dep_ in ("nsubj", "nsubjpass", "dobj", "appos", "conj") and lemma in people_verbs:
            return True
        if first is not token and first.dep_ in ("nsubj", "nsubjpass", "dobj") and first.head.lemma_.lower() in (
                people_verbs):
            return True  # "a boat carrying food and activists": the first conjunct's verb says what they are to it
        return token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"

    def _officials_meet(self, verb: Tok) -> bool:
        """True for office-holders who gather (`meeting_people`: ministers, leaders, delegates) with no word of
        opposition on them and no demand or protest as the gathering's purpose (`irrealis_governors`): a meeting.
        "Opposition leaders gathered to demand a recount" is still a protest."""
        modality = self.codebook.modality
        who = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if who is None and verb.dep_ == "acl":
            who = verb.head
        if who is None or who.lower_ not in modality["meeting_people"]:
            return False
        if any(c.lower_ in ("opposition", "rebel", "dissident") for c in who.subtree):
            return False
        return not any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in (*modality["irrealis_governors"], "protest")
                       for c in verb.children)

    def _one_person(self, text: str) -> bool:
        """True for a civilian named by one singular noun ("a retired soldier", "former police officer"): one person
        is no crowd, so what they do is no mob violence. Plurals and collective nouns (`collective_nouns`: "police",
        "people") still name a crowd ("former soldiers", "retired police")."""
        words = text.lower().split()
        return bool(words) and not words[-1].endswith("s") and words[-1] not in self.codebook.modality[
            "collective_nouns"]

    @staticmethod
    def _protester(verb: Tok) -> str:
        """Who protests, as the word that heads them: the verb's own subject, the noun a participle modifies
        ("governments protesting the ban"), or the subject of the clause an adverbial participle hangs from."""
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and verb.dep_ == "acl":
            subject = verb.head
        elif subject is None and verb.dep_ == "advcl":
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            if subject is None and verb.head.pos_ in ("NOUN", "PROPN"):
                subject = _subject_noun(verb.head)
        return subject.lower_ if subject is not None else ""

    def actor_groups(self, sent: SpacySpan) -> set[str]:
        """The parse-based cue groups: who acts (crowd or armed actor) and who suffers (armed actor or civilian)."""
        groups: set[str] = set()
        text = text_of(sent)
        found_roles = [(f, role_of(sent, f)) for f in find_actors(text, cues=True)]
        if found_roles and not any(r == "agent" for _, r in found_roles):
            # No subject found (fragments, parser slips): the actor named before the first verb acts, or suffers
            # when that verb is passive ("QUETTA — Two people were killed when ...") or one of suffering ("nearly
            # all of the 58 passengers drowned", `suffering_verbs`).
            verb = next((t for t in tokens(sent) if t.pos_ in ("VERB", "AUX")), None)
            first_verb = verb.idx - sent.start_char if verb is not None else len(text)
            passive = verb is not None and (verb.dep_ == "auxpass" or any(c.dep_ == "auxpass" for c in verb.children)
                                            or verb.lemma_.lower() in self.codebook.modality["suffering_verbs"])
            found_roles = [(f, ("patient" if passive else "agent") if i == 0 and f.start < first_verb and r == "other"
                            else r) for i, (f, r) in enumerate(found_roles)]
        lone = self._lone_person
        for found, role in found_roles:
            if role == "agent" and found.inter == 7 and (lone.fullmatch(text[found.start:found.end])
                                                         or self._one_person(_named_by(sent, found, text))):
                continue  # "a man", "two individuals": an unnamed attacker, not a crowd (`lone_person_words`)
            if role == "agent":
                groups.add("agent_crowd" if found.inter in (5, 6, 7) else "agent_armed")
                if own_forces(found, text):
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
    def _period_start(self) -> re.Pattern[str]:
        """A "since" phrase just before a word of withdrawal (`period_start`): the withdrawal dates the period the
        sentence measures ("the biggest city they have taken since the withdrawal began"); it tells nothing of how
        the place the sentence reports changed hands, so it is no sign that nobody fought for it."""
        return re.compile(self.codebook.modality["period_start"] + r"$", re.IGNORECASE)

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


def _places_taken(sent: SpacySpan, hits: list[CueHit]) -> list[CueHit]:
    """The hits with a takeover read from what its verb took (`senses.taken_place`): a takeover whose verb took a
    person or a group by name is none ("captured Abu Musab"), nor is a name the parse does not make a place (the
    name pattern of `takeover` then stands down). The `arrest` group's "captured" on the same word is kept: the
    territory rules come first in decisions.toml, and the arbiter has learned from readings that hold both (dropping
    it moved CASE's cross-validated figures through the refit, see docs/history/events.md, coder57)."""
    if not any(h.group == "takeover" for h in hits):
        return hits
    kept: list[CueHit] = []
    for hit in hits:
        if hit.group == "takeover":
            verb = match_root(sent, hit.start, hit.end)
            took = taken_place(verb) if verb is not None else None
            words = text_of(sent)[hit.start:hit.end].split()
            if took is False or (took is None and verb is not None and taking_verb(verb) and len(words) > 1
                                 and words[1][:1].isupper()):
                continue  # a name taken that the parse does not make a place: the name pattern's hit stands down
        kept.append(hit)
    return kept


def _named_by(sent: SpacySpan, found: FoundActor, text: str) -> str:
    """The words that name an actor, with the noun the actor's last word modifies when it modifies one: the actor
    patterns match "former police" in "former police officer Hilton Botha", and it is "officer" that says one
    person is meant (`_one_person`), where "former police" alone would be many."""
    named = text[found.start:found.end]
    last = token_at(sent, max(found.end - 1, found.start))
    if last is None or last.dep_ != "compound":
        return named
    head = last.head
    if head.pos_ != "NOUN" or head.idx < sent.start_char + found.end:
        return named
    return f"{named} {head.lower_}"


def _subject_noun(noun: Tok) -> Tok | None:
    """The subject noun a noun belongs to through a list ("Western nations, protesting ..., curbs and ..."): the parser
    often hangs a participle set off by commas on the last noun of a list that it took for the subject's conjunct;
    who the participle tells of is then the subject at the head of that list. None when the noun is in no subject."""
    node = noun
    for _ in range(6):
        if node.dep_ in ("nsubj", "nsubjpass"):
            return node
        if node.dep_ != "conj" or node.head is node:
            return None
        node = node.head
    return None

"""Event words in a story that is no event the codebook codes: a civilian drill and what is staged in it, captives
marched off, a deployment for relief (coder71, issue 10; the trial sets' fix halves coded each).

Each check reads the event word's own phrase in the parse and returns why it reports no event, as
`modality.irrealis_reason` does; the words are data (`modality.toml`: `drill_words`, `civil_drills`, `staged_words`,
`led_people`, `deployment_verbs`, `relief_verbs`).

Read in a story's sentences only (`CueReader.cue_hits(story=True)`, every article sentence): a short text read alone
(`EventCoder.read_text`: `classify`, ACLED notes, the arbiter's training examples) keeps the reading it had. Why: the
arbiter is fitted and cross-validated on those readings, so a rule that changes any of them moves CASE's
cross-validated figures by the refit's noise whatever the rule is worth (coder68, eleventh session: two CASE and three
ACLED readings, each right, cost the reported weighted F1 0.0005). Teaching the arbiter these cases is a retrain, to
be measured as one.

- *A civilian drill* ("schools held fire drills", "residents joined evacuation exercises"): a fire, disaster or
  evacuation drill is no military exercise (ACLED's Change to group/activity), and what is staged in one ("a car set
  alight for the exercise", "volunteers playing injured people", "simulated blasts") happened to no one. A protest
  word is exempt: "a mock funeral" is a protest.
- *People marched off* ("the gunmen marched the rest into the hills", "soldiers marched the prisoners to the camp"):
  "march" with people as its object moves them; the crowd that marches is its subject.
- *A deployment for relief* ("soldiers were deployed to help evacuate 10,000 residents"): rescue work after a disaster,
  no movement of forces in a conflict.
- *A court's verdict* ("a court sentenced two men to four years"; a court that "jailed" or "fined"): no Arrests, and
  what a court's fine or prison term names as its grounds no event (coder97; `court.py`, with what a court found or
  was told, coder104). An air defence's salvo tally is no event either (`salvo.py`, coder104).
- *Forces dispatched* ("reinforcements were sent", "gendarmes were rushed to the village"): the response to the
  story's events, no base and no position taken (`dispatched_forces`, coder98).

A sentence dated to another period than the report's ("In 2021, gunmen abducted 279 schoolgirls", "has seen heavy
fighting since the 2021 coup") is background (`other_period`, coder75): read by the assembler, which knows the
report's day and the dates each sentence tells, so a short text's reading is unchanged too.

coder71 also built checks for the grounds of a court's sentence, an accident's blast and a force of nature as the
doer; they reached items of the reported parts (counted, not read: SATP, GLOCON, MUC-4, ACLED's odd half and the trial
report halves) and one reported figure fell by one item, so only the checks that reach no reported item were kept
(docs/history/events.md, coder71).

Team-written examples, each no event: "Hundreds of pupils took part in an earthquake drill on Monday."; "The kidnappers
marched the hostages through the forest for two days."; "Soldiers were sent to help evacuate families from the flooded
valley.".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwatch.dates.calendar import MONTH_NAME
from eventwatch.events.codebook import load_codebook, word_sets
from eventwatch.events.court import court_verdict, verdict_grounds
from eventwatch.events.ordinary import digest_crime_arrest, kin_waiting, story_setting, works_mine
from eventwatch.events.parsed import Tok, text_of
from eventwatch.events.recalled import recalled_event
from eventwatch.events.salvo import salvo_tally
from eventwatch.events.when import _event_verbs, _governing_verb, _token_at
from eventwatch.records import DateRef, Span

_KEYS = ("drill_words", "civil_drills", "led_people", "deployment_verbs", "relief_verbs", "paper_nouns",
         "dispatch_verbs", "dispatch_nouns", "measure_verbs", "measure_nouns")


def _lists() -> dict[str, frozenset[str]]:
    return word_sets(*_KEYS)


@lru_cache(maxsize=1)
def _staged() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(load_codebook().modality["staged_words"]) + r")\b", re.IGNORECASE)


def no_event(token: Tok, sent: SpacySpan, *, protest: bool = False) -> str | None:
    """Why the event word `token` tells of nothing the codebook codes ("drill", "led", "relief"), or None.
    `protest`: the word is a protest cue (exempt from the drill check)."""
    if not protest and (civil_drill(token) or _staged().search(text_of(sent)) is not None):
        return "drill"
    if people_led(token):
        return "led"
    if relief_deployment(token):
        return "relief"
    if paper_notice(token):
        return "notice"
    if court_verdict(token) or verdict_grounds(token):
        return "verdict"
    if dispatched_forces(token):
        return "response"
    if story_setting(token):
        return "setting"
    if kin_waiting(token, sent):
        return "waiting"
    if works_mine(token):
        return "works"
    if digest_crime_arrest(token, sent):
        return "crime"
    if salvo_tally(token, sent):
        return "tally"
    return None


def dispatched_forces(token: Tok) -> bool:
    """True for forces sent where the story's events happen: a verb of dispatch (`dispatch_verbs`: "gendarmes were
    sent to the village", "the army sent 300 more soldiers to the border") or the noun "reinforcements"
    (`dispatch_nouns`: "reinforcements were sent from the district town", "reinforcements are on their way").
    Why: a dispatch is the response to the events the story tells, with no base set up and no position taken, and
    the trial sets' gold codes none (reinforcements on their way, soldiers sent after a clash, reinforcements folded
    into the clash they were sent to); each coded a Change to group/activity beside the event, one per place the
    sentence named (coder98, issue 10; trial14's fix-half niger). A redeployment between posts ("two companies were
    redeployed to the town") or a convoy that enters a town is no dispatch word and keeps its reading. Team-written
    example, no event: "Police reinforcements were rushed from the provincial capital after the shooting." Read in
    a story's sentences only (`no_event`): an ACLED note keeps its reading. coder103 (issue 10; trial16's fix half):
    security stepped up is the same response, a verb of more (`measure_verbs`) whose subject or object is a patrol,
    security or a presence (`measure_nouns`). Team-written example, no event: "The mission said that patrols along
    the river road had been reinforced."
    """
    lists = _lists()
    if token.pos_ == "VERB":
        if token.lemma_.lower() in lists["measure_verbs"]:
            return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in lists["measure_nouns"]
                       for c in token.children)
        return token.lemma_.lower() in lists["dispatch_verbs"]
    return token.pos_ in ("NOUN", "PROPN") and token.lower_ in lists["dispatch_nouns"]


def paper_notice(token: Tok) -> bool:
    """True for an event noun that modifies a noun of a paper announcing it (`paper_nouns`: "families had received
    demolition notices", "eviction orders were served", "an arrest warrant was issued"): the sentence tells of the
    notice, the order or the warrant, and what it announces has not happened (coder95, issue 10; trial14's fix-half
    turkmenistan coded "demolition notices" as Looting/property destruction)."""
    return (token.dep_ == "compound" and token.pos_ == "NOUN" and token.head is not token
            and token.head.lemma_.lower() in _lists()["paper_nouns"])


def civil_drill(token: Tok) -> bool:
    """True for a drill or an exercise (`drill_words`) of civilians: modified by a word of fire, disaster or
    evacuation (`civil_drills`: "fire drills", "evacuation exercises", "a disaster drill")."""
    lists = _lists()
    return token.lower_ in lists["drill_words"] and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in lists["civil_drills"] for c in token.children)


def people_led(token: Tok) -> bool:
    """True for "march" with people as its object (`led_people`, or a pronoun): "marched the rest into the hills";
    or as the subject of its passive ("the hostages were marched through the bush", coder99: trial15's fix
    half coded it as a protest), the people moved by someone else."""
    if token.lemma_.lower() != "march" or token.pos_ != "VERB":
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in _lists()["led_people"] or c.pos_ == "PRON")
               for c in token.children)


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


@lru_cache(maxsize=1)
def _history() -> tuple[frozenset[str], re.Pattern[str]]:
    m: dict[str, Any] = load_codebook().modality
    since = re.compile(r"\b(?:" + "|".join(m["history_since"]) + r")\s+(?:the\s+)?$", re.IGNORECASE)
    return frozenset(m["history_granularities"]), since


def other_period(when: DateRef | None, told: Sequence[DateRef], first: DateRef | None, reference: dt.date | None,
                 window_days: int, text: str, sentence: tuple[Doc, int, Span], aside: bool = False) -> bool:
    """True when an event is dated by its own sentence to another period than the report's, so that the sentence is
    background and the codebook codes no event from it (coder75, issue 10): "has seen heavy fighting since the 2021
    coup", "In 2021, gunmen abducted 279 schoolgirls", "More than 40 people have died in clashes since the protests
    began in early December" in a report of 12 January.

    `when` is the event's day and `told` the dates its sentence tells (document offsets into `text`). The event's day
    must be one of them (a day carried from the lead, a caption or the report is no told period), and every date the
    sentence tells must have ended more than `window_days` (the reporting window) before both the report's day
    (`reference`) and the first day the text tells (`anchor`): a sentence that tells the day's event and recalls an
    old one ("gunmen attacked the camp on Monday, two years after a raid in August 2022") keeps its events, and so
    does a text whose own first date is old (an ACLED note stamped months after its "On 5 May 2022" reads its events
    against that day). "Last week", a weekday or "last month" lie inside the window and never count. A text whose
    report's day is not known (a correction notice, a situation report, a wire whose dateline was not read) reads its
    sentences against its first date alone (coder88): "The FLEC has fought for the independence of the Cabinda
    enclave since the 1960s" in a report whose first date is 11 September 2025 is background as it is in a report
    dated that day; a text whose first date is itself old keeps its events, as a note does.

    Then the period is another when it is a year or longer (`history_granularities`: "in 2021", "last year"), when
    the event is a span begun then ("since the 2021 coup", "since early December": `history_since`, a tally or a
    state up to now, no occurrence). A month or a day, however old, is kept (the lead's narrowing: a third condition,
    "more than two years before the report", reached an item of the first trial set's report half, counted without
    reading it, and was removed): the demo's gold codes a recalled occurrence ("Last November, a shell hit a
    crowded bus stop ..., killing five people", in a report of 14 November; "In June 2023, SPLM-N forces took over
    several army garrisons around Kadugli", in a report of November 2024) as an event of its month.

    With `aside` (the event told in a story after the sentence of its first event, never in an event record), a
    month or a day counts too: the story is about a later event and the old one is what it recalls. The assembler
    then keeps the event and marks it `background` instead of dropping it (coder119, issue 10: ACLED codes an event
    from the reports about it, and the running example's gold requires its recalled months as background events);
    the report's day may then be unknown, so the window is counted from the text's first date.

    Before the period's granularity is read, an earlier event told as the story's point of reference (a trend up
    to now, a memory, the last one before the story's: `recalled.recalled_event`, coder109) is background whatever
    the date's granularity: the syntax already says it is no occurrence of the report.

    Last, the event's own clause must not be in the simple present (`sentence`: the sentence's parse, its offset in
    the text and the event's trigger): "Front lines around Qataba have barely moved since 2019, but shelling and
    sniper fire are regular" tells what is so now, and the old date is the other clause's.

    Team-written example, no event: "In 2021, rebels seized the town of Kanyabayonga." in a report of 21 November
    2024."""
    if when is None or when not in told:
        return False
    coarse, begun = _history()
    anchor = first.first if first is not None else None
    # a note opens with its day: in a story (a text of more than the event's sentence) a first date of a year or
    # longer is a period told, no anchor; a sentence read alone ("In 2019, militants attacked a police station in
    # Kano") keeps its year as its date (tests/events/test_undated_events.py)
    if reference is not None and first is not None and first.granularity in coarse and \
            text.strip() != sentence[0].text.strip():
        anchor = None
    if several_periods(when, told, anchor, reference, window_days, text) and _dates_event(when, *sentence):
        return True
    days = [d for d in (reference, anchor) if d is not None]  # no report's day: the text's first date (coder88)
    if not days:
        return False
    since = min(days)
    if not all(d.last < since - dt.timedelta(days=window_days) for d in told):
        return False
    word = _token_at(sentence[0], sentence[2].start - sentence[1])
    if word is not None and recalled_event(word):
        return True  # a trend up to now, a memory, the last one before the story's (`recalled.py`, coder109)
    start = when.span.start if when.span is not None else -1
    return ((when.granularity in coarse or _part_of_period(when) or aside
             or (start >= 0 and begun.search(text, max(0, start - 12), start) is not None))
            and _dates_event(when, *sentence))


_DAY_NUMBER = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")


def _part_of_period(when: DateRef) -> bool:
    """True for a part of a season or of a year, a span of a month or longer that names no day ("in late summer
    2023", "early 2021", "late 2021"): a period as a season is, of several weeks, no occurrence's day (coder88,
    trial11's class 5: "Anti-migrant riots took place in Chlorakas ... in late summer 2023" in a report of August
    2025). A span between two days ("between 3 and 30 June 2022") is an event record's own and never counts."""
    if when.granularity != "range" or when.first is None or when.last is None or when.span is None:
        return False
    return (when.last - when.first).days >= 28 and _DAY_NUMBER.search(when.span.text) is None


_MONTH = MONTH_NAME + r"\.?"
# A month or a year joined to the event's date as another period of the same telling: "in February and May 2025",
# "in 2016 and 2017", "several times in 2019 and again in 2024", "between April and June 2023".
_JOINED = r"\s*(?:,\s*)?(?:and|or|to|through|until|-|–)\s+(?:again\s+)?(?:in\s+)?"
_PERIOD_BEFORE = re.compile(rf"\b(?:{_MONTH}|(?:19|20)\d\d){_JOINED}$", re.IGNORECASE)
# (not the verb "may": "rose in 2021 and may rise again")
_PERIOD_AFTER = re.compile(rf"^{_JOINED}(?:(?!may\b){_MONTH}|may\s+(?:19|20)\d\d|(?:19|20)\d\d)\b", re.IGNORECASE)
_PERIODS = frozenset({"month", "season", "year", "decade"})


def several_periods(when: DateRef, told: Sequence[DateRef], anchor: dt.date | None, reference: dt.date | None,
                    window_days: int, text: str) -> bool:
    """True when the event's own date is one of several months or years its sentence joins ("Similar attacks on
    patrols on the river were reported in February and May 2025", "Fighting between the army and the militia in
    2016 and 2017 forced thousands to flee") and every date the sentence tells ended more than `window_days` before
    the report's day, or before the text's first date when the report's day is not known (`anchor`). Why: a telling
    of several periods is a series of past occurrences or a span of them, the story's background, never one event of
    the report (ACLED codes one occurrence at one place and day); a single recalled month ("Last November, a shell
    hit a crowded bus stop") is kept, as `other_period` keeps it. A day is never one of them: an event record's
    "Between 3 and 5 June 2022" tells its own event.

    Team-written example, no event: "Raids on fishing camps on the lake were reported in March and June 2024." in a
    report of 2 December 2025."""
    if when.granularity not in _PERIODS or when.span is None:
        return False
    start, end = when.span.start, when.span.end
    if (_PERIOD_BEFORE.search(text, max(0, start - 24), start) is None
            and _PERIOD_AFTER.search(text[end:end + 24]) is None):
        return False
    days = [d for d in (reference, anchor) if d is not None]
    if not days:
        return False
    since = min(days) - dt.timedelta(days=window_days)
    return all(d.last < since for d in told)


def _dates_event(when: DateRef, sent: Doc, offset: int, trigger: Span) -> bool:
    """True when the told date `when` dates the event word at `trigger` (document offsets; `sent` starts at
    `offset`) and the event's clause is not in the simple present. The date dates the event when it modifies the
    event's verb ("an attack on the camp killed 42 soldiers in August 2022"), opens the sentence before its first
    verb ("In 2021, gunmen abducted ..."), or modifies the event noun or the noun its clause tells of ("the 2018
    protests", "the July 2021 unrest, when more than 300 people died"), names the event noun after "of" ("the
    cattle raids of 2022", whatever the tense of the clause above), or dates the clause a relative clause of the
    event describes a noun of ("in 2020 at Dikwa, where 30 herders were killed": coder109). A date of another
    clause dates that clause only: "arrested an activist for violating an order imposed on him since November",
    "the death of protesters in October 2019" beside the day's protest, "the 17-2020 agreement" they protested
    against."""
    if when.span is None:
        return False
    word = _token_at(sent, trigger.start - offset)
    date = _token_at(sent, when.span.start - offset)
    if word is None or date is None:
        return False
    if date.dep_ == "det" and date.head is not date:
        date = date.head  # "in the winter of 2024", "since the 1960s": the date is its noun, not its article (coder88)
    if date.dep_ == "pobj" and date.head.lower_ == "of" and date.head.head.i == word.i:
        return True  # "the bombings of 2021", "the clan fighting of 2024": the event named by its period (coder109)
    if _told_present(word):
        return False
    verbs = _event_verbs(word)
    governing = _governing_verb(date) or _through_noun(date)
    if governing is not None and governing.i in verbs:
        return True
    first_verb = next((t.i for t in sent if t.pos_ in ("VERB", "AUX")), len(sent))
    if date.i < first_verb and (governing is None or governing.dep_ == "ROOT"):
        return True  # a sentence-initial "In August 2022," frames the whole sentence
    nouns = {word.i} | {sent[v].head.i for v in verbs if sent[v].dep_ in ("relcl", "acl", "advcl")}
    if date.dep_ == "pobj" and date.head.lower_ == "of" and date.head.head.i in nouns:
        return True  # "the riots of 2019, in which dozens were hurt": the noun the event's clause describes
    if governing is not None and any(sent[v].dep_ == "relcl" and _same(_governing_verb(sent[v].head), governing)
                                     for v in verbs):
        return True  # "most seriously in 2016 around Bouna, where 30 were killed": the place of the dated clause
    head = date
    for _ in range(3):  # "the July 2021 unrest": the date word, its month, the noun
        if head.head is head or head.dep_ not in ("compound", "nummod", "amod", "nmod", "npadvmod", "poss"):
            return False
        head = head.head
        if head.i in nouns:
            return True
    return False


def _same(token: Token | None, other: Token) -> bool:
    return token is not None and token.i == other.i


_PRESENT_FORMS = frozenset({"am", "are", "have", "do"})  # present forms that are not their verb's base form


def _through_noun(date: Token) -> Token | None:
    """The verb a date dates through the noun it names after a preposition of time (`history_preps`): "has seen
    heavy fighting since the 2021 coup" (seen), "were killed during the 2019 elections" (killed); None through any
    other preposition ("protested against the 17-2020 agreement"). Periods nest (coder100, trial14's fix half): a
    noun dated by its own phrase is a period in turn ("killed during an army sweep in 1982"), and so is an era whose
    end a relative clause dates (`period_end_verbs`: "in the early years of the war, which ended with the accords of
    1992"). A participle that describes the event's object ("killed peasants fleeing the area during the war") keeps
    its date to itself: handing it to the object's verb added an event to a reported trial half."""
    node = date
    for _ in range(3):
        if node.dep_ not in ("compound", "nummod", "amod", "nmod", "poss") or node.head is node:
            break
        node = node.head
    preps, ends = _history_preps(), _period_end_verbs()
    for _ in range(6):
        if node.dep_ != "pobj":
            return None
        prep = node.head
        host = prep.head
        if prep.lower_ in preps and host.pos_ in ("VERB", "AUX"):
            return host
        if host.dep_ == "relcl" and host.lemma_.lower() in ends:
            node = host.head  # the era the clause ends
        elif host.pos_ in ("NOUN", "PROPN") and (prep.lower_ in preps or prep.lower_ == "of"):
            node = host
        else:
            return None
    return None


@lru_cache(maxsize=1)
def _period_end_verbs() -> frozenset[str]:
    return frozenset(load_codebook().modality["period_end_verbs"])


@lru_cache(maxsize=1)
def _history_preps() -> frozenset[str]:
    return frozenset(load_codebook().modality["history_preps"])


def _told_present(token: Token) -> bool:
    """True when the clause of the event word `token` is in the simple present: its verb a present form with no
    auxiliary ("shelling and sniper fire are regular"). A form the tagger calls present but that is no base form is
    a past one it mis-tagged ("before troops retook it": VBP)."""
    for _ in range(8):
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if token.pos_ in ("VERB", "AUX") and (token.tag_ in ("VBD", "VBZ", "VBP") or auxes):
            return not auxes and (token.tag_ == "VBZ" or (token.tag_ == "VBP" and (
                token.lower_ == token.lemma_.lower() or token.lower_ in _PRESENT_FORMS)))
        if token.head is token:
            return False
        token = token.head
    return False

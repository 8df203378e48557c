"""Counts that sum a stretch of time: a cumulative toll or running total is no event of the report.

"The conflict has killed 40,000 since 2009" or "arrested 10,000 so far" states a sum over months or years; its count
must never become the fatalities of an event named beside it, and the word it counts by is no new event. The markers
of a stretch of time are data (`running_totals.toml`). Apart from `modality.py` (what is quoted, denied or planned)
because a total is read from the trigger's whole clause and its counts, not from the verbs that govern the trigger.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from spacy.tokens import Span as SpacySpan

from eventwatch.events.anniversary import commemorated_ranges, inside
from eventwatch.events.bare_tolls import bare_toll
from eventwatch.events.codebook import codebook_toml
from eventwatch.events.counts import find_fatalities, revised_toll
from eventwatch.events.number_words import is_count_word, number_regex, parse_count
from eventwatch.events.parsed import Tok, ancestors, text_of, tokens
from eventwatch.events.report_days import share_of
from eventwatch.records import Event

# Dependents that open a clause of their own: what they say is not part of the clause above them.
_SUBCLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "parataxis", "csubj", "acl"})
# Units a number measures rather than counts people or things by ("three months", "a few kilometres").
_UNITS = frozenset({"second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade",
                    "century", "km", "kilometre", "kilometer", "mile", "metre", "meter", "percent", "%", "hectare",
                    "acre", "ton", "tonne", "dollar", "kg", "kilogram", "litre", "liter"})


@dataclass(frozen=True, slots=True)
class RunningTotalCues:
    """What makes a count a cumulative toll or running total (`running_totals.toml`)."""

    markers: tuple[tuple[re.Pattern[str], bool], ...]  # (pattern, only with a verb in the perfect)
    subjects: frozenset[str]
    sequence_marks: frozenset[str]  # words opening a clause that tells another event as the time of this one


@lru_cache(maxsize=1)
def running_total_cues() -> RunningTotalCues:
    data = codebook_toml("running_totals.toml")
    return RunningTotalCues(
        markers=tuple((re.compile(m["pattern"], re.IGNORECASE), bool(m.get("perfect_only", False)))
                      for m in data["span_marker"]),
        subjects=frozenset(data["aggregate_subjects"]["words"]),
        sequence_marks=frozenset(data["sequence_marks"]["words"]),
    )


def clause_head(token: Tok) -> Tok:
    """The verb heading the clause a word belongs to (the word itself when no verb governs it)."""
    node = token
    for _ in range(10):
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("amod", "compound", "aux", "auxpass"):
            return node
        if node.head is node:
            break
        node = node.head
    return node


def _clause(head: Tok) -> list[Tok]:
    """The words of `head`'s own clause: its subtree without the clauses embedded in it."""
    out, stack = [], [head]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(c for c in node.children if c.dep_ not in _SUBCLAUSE_DEPS
                     and not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")))
    if head.dep_ == "acl":  # "40,000 killed since 2009": the noun the participle describes is what it counts
        out.append(head.head)
    return sorted(out, key=lambda t: t.i)


def _is_count(token: Tok) -> bool:
    """A word that counts people or things: not a date, a year or a length of time ("three months")."""
    if not is_count_word(token.text) or token.ent_type_ in ("DATE", "TIME"):
        return False
    if token.like_num and token.text.isdigit() and len(token.text) == 4 and token.text[:2] in ("19", "20"):
        return False
    return token.head.lemma_.lower() not in _UNITS


def running_total(token: Tok) -> bool:
    """True when the word's clause states a cumulative toll or a running total (`running_totals.toml`): a count
    with a marker of a stretch of time governed by the clause's verb ("has killed 40,000 since 2009", "arrested
    10,000 so far", "over the past three months"), or a count whose subject is a long-running situation in the
    perfect ("the conflict has killed 40,000"). "The largest protest since 2019" is no total: there "since"
    bounds a comparison (`_compared`). What it says depends on the clause's head alone: asked once per head."""
    head = clause_head(token)
    totals = head.doc.totals
    if head.i not in totals:
        totals[head.i] = _states_total(head)
    return totals[head.i]


def total_since_event(token: Tok) -> bool:
    """True when the word's clause counts in the present perfect from an event told as a clause of its own ("At least
    40 people have died in clashes with the police since the protests began"; "have been killed nationwide since the
    campaign opened"): the count sums what happened from that event until the report, as "since 2009" does
    (`running_total`), but the clause that "since" opens is not part of the counting clause, so the marker was never
    read there. Read in a story's sentences only (`modality.irrealis_reason`): a short text keeps its reading
    (coder104, issue 10; trial2's fix half coded two such tallies as events). Team-written example, no event: "More
    than 60 people have been wounded in the clashes since the strike began in March." A count in the simple past
    ("police arrested 12 people after the strike began") and a clause with no count keep their events."""
    head = clause_head(token)
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in head.children):
        return False
    if not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
               for c in head.children):
        return False
    return any(_is_count(t) for t in _clause(head))


def _states_total(head: Tok) -> bool:
    """`running_total` of the clause headed by `head`."""
    words = _clause(head)
    if not any(_is_count(t) for t in words):
        return False
    cues = running_total_cues()
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children)
    if perfect and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in cues.subjects for c in head.children):
        return True
    doc = head.doc
    text = doc.text
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    members = {t.i for t in words}
    for pattern, perfect_only in cues.markers:
        if perfect_only and not perfect:
            continue
        for m in pattern.finditer(text, start, end):
            marker = doc.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if marker is not None and len(marker) and marker.root.i in members and not _compared(
                    doc[marker.root.i].head):
                return True
    return False


def _compared(word: Tok) -> bool:
    """True for a noun ranked against others ("the largest protest since 2019", "the first attack in years"), or one
    whose phrase ranks what it names ("outside Kismayo, a port that has seen the region's heaviest shelling in two
    years" places the event; it sums nothing): the time phrase after it bounds a comparison, it does not sum a
    stretch of time."""
    def ranks(c: Tok) -> bool:
        return c.tag_ in ("JJS", "RBS") or c.lower_ in ("first", "only") or c.ent_type_ == "ORDINAL"

    return word.pos_ in ("NOUN", "PROPN") and (any(ranks(c) for c in word.children) or any(
        ranks(c) for c in word.subtree if c.dep_ == "amod" and c.head.pos_ in ("NOUN", "PROPN")))


def without_running_totals(span: SpacySpan, trigger: Tok | None = None) -> str:
    """The span's text with the counts of running totals blanked out, so that "40,000" in "the conflict has
    killed 40,000" never becomes the fatalities of an event named beside it (offsets are kept). With the event's
    `trigger`, the counts of an earlier or later event told as its time ("after ...", "before ...") are blanked
    too (`_sequenced`)."""
    text = list(text_of(span))
    base = span.start_char
    # the counts of a remembered event, for an event told outside it (`anniversary.py`)
    remembered = commemorated_ranges(text_of(span)) if trigger is not None else []
    if remembered and trigger is not None and inside(remembered, trigger.idx - base):
        remembered = []
    for token in tokens(span):
        if _is_count(token) and (running_total(token) or (trigger is not None and _sequenced(token, trigger))
                                 or inside(remembered, token.idx - base)):
            for i in range(token.idx - base, token.idx - base + len(token.text)):
                text[i] = " "
    return "".join(text)


def _sequenced(token: Tok, trigger: Tok) -> bool:
    """True when the count sits in a clause that tells another event as the time of the trigger's ("settlers
    torched homes hours after a gunman shot dead two brothers", "... before troops killed three"): an adverbial
    clause opened by a word of sequence (`sequence_marks`) that does not hold the trigger. Its deaths are that other
    event's: the arson killed no one. A participle of result ("attacked the village, killing five") has no such
    word and keeps its count."""
    marks = running_total_cues().sequence_marks
    for node in islice(ancestors(clause_head(token), itself=True), 12):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in node.children):
            return not _holds(node, trigger)
    return False


def _holds(clause: Tok, token: Tok) -> bool:
    return any(node is clause for node in ancestors(token, itself=True))


# Event types whose deaths a report often counts in the sentence after the one that tells the event ("Rebels clashed
# with the army near the town. Two soldiers were killed."): fighting, bombing, attacks and riots. An arrest or a
# protest told before a count is no cause of those deaths as surely.
TOLL_TAKERS = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})


def carried_tolls(sentences: Sequence[tuple[int, bool, SpacySpan]]) -> list[int | None]:
    """For each sentence of a report (its paragraph, whether it coded an event, its parse), the deaths that the
    sentences after it in its paragraph count while coding no event of their own, up to the next sentence that
    codes one: the first such count (running totals left out, `without_running_totals`); None when there is none.

    Why: a report tells an event and then its toll ("Militants attacked the checkpoint at dawn. Three soldiers were
    killed."); the toll sentence codes no event (`coder._casualty_only`), so its count belongs to the event told just
    before it. A sentence that codes an event of its own keeps its count, and a paragraph break ends the telling."""
    out: list[int | None] = [None] * len(sentences)
    following: int | None = None
    paragraph = -1
    for i in range(len(sentences) - 1, -1, -1):
        para, coded, span = sentences[i]
        if para != paragraph:
            following, paragraph = None, para
        out[i] = following
        if coded:
            following = bare_toll(span.text)  # "Four (4) fighters were killed.": the act's count (`bare_tolls`)
            if out[i] is None and death_opening_act(span.text) and \
                    find_fatalities(without_running_totals(span)) is None:
                out[i] = 1  # "A man died and eight were hurt when supporters fought": the sentence's own dead
        else:
            count = sentence_dead(span)
            if count:
                following = count
    return out


def sentence_dead(span: SpacySpan) -> int | None:
    """The dead a sentence counts (`find_fatalities`, running totals left out), else 1 for one victim's death told
    alone ("The driver was hit in the chest and later died in hospital.", `lone_death`), else None: the count that
    a sentence telling no act of its own gives the act before it (`carried_tolls`, `story_tolls.record_later_toll`)."""
    count = find_fatalities(without_running_totals(span))
    if count is None and lone_death(span.text):
        count = 1
    return count


def raised_tolls(sentences: Sequence[tuple[int, bool, SpacySpan]]) -> list[int | None]:
    """For each sentence of a report (its paragraph, whether it coded an event, its parse), the revised toll that a
    sentence after it tells while coding no event of its own ("raising the toll to three", `counts.revised_toll`),
    in its paragraph or the next one, before the next sentence that codes an event; None when there is none.

    Why: a wire story gives the toll in its lead and, in the next paragraph, that a wounded victim died or that the
    authorities raised the figure; ACLED codes the latest figure. `carried_tolls` stops at a paragraph break and
    fills only an event told with no count, so the lead's first figure stayed. Team-written example: "Mortar rounds
    hit the market on Monday, killing four traders. || A fifth trader died in hospital overnight, raising the toll to
    five, officials said." gives the shelling 5. Only a toll told as revised is read: a bare count in the next
    paragraph is as often another occurrence's."""
    out: list[int | None] = [None] * len(sentences)
    following: tuple[int, int] | None = None  # the revised toll and the paragraph it was told in
    for i in range(len(sentences) - 1, -1, -1):
        para, coded, span = sentences[i]
        if following is not None and following[1] - para > 1:
            following = None
        out[i] = following[0] if following is not None else None
        if coded:
            following = None
        elif "toll" in span.text.lower():
            raised = revised_toll(without_running_totals(span))
            if raised:
                following = (raised, para)
    return out


# One victim whose death is told by an intransitive verb, or after a predicate of its own joined by "and" ("A
# passenger was hit by shrapnel and later died", "the guard succumbed to his wounds", "He was pronounced dead on
# arrival"): `find_fatalities` counts a lone victim only under a kill verb or "was killed/dead" straight after its
# noun. No relative pronoun or word of time or cause before or after the victim: "a man who died in custody in March"
# and "the unrest began after a man died in custody" tell the death a protest is about, "the talks died down" none.
_LONE_VICTIM = (r"(?<!after )(?<!since )(?<!when )(?<!before )(?<!until )"
                r"\b(?:(?:a|an|one|the)\s+(?:(?!(?:who|whom|whose|that|which)\b)[\w'-]+\s+){1,4}?|(?:he|she)\s+)")
_OWN_PREDICATE = (r"(?:(?:(?!(?:who|whom|whose|that|which|when|after|before|because|while|since|if)\b)"
                  r"[\w'-]+\s+){1,8}?and\s+)?")
_LONE_DEATH = re.compile(
    _LONE_VICTIM + _OWN_PREDICATE + r"(?:later\s+|subsequently\s+|then\s+)?"
    r"(?:died\b(?!\s+(?:down|out|away|off)\b)|succumbed\b|(?:was|had\s+been)\s+(?:pronounced|declared|confirmed)"
    r"\s+dead\b)", re.IGNORECASE)


# The act a lone death opening a sentence is told with: the injured of the same act ("and eight were hurt") or the
# act itself ("when rival fans fought"); the sentence opens with the death, maybe after a dateline's dash.
_WITH_ACT = re.compile(r"[^.;]{0,40}?\s+and\s+(?:at\s+least\s+)?(?:[\w-]+\s+){1,4}?(?:were|was)\s+(?:\w+\s+)?"
                       r"(?:injured|hurt|wounded)\b|[^.;]{0,60}?\bwhen\b", re.IGNORECASE)
_OPENING = re.compile(r"\s*(?:[^;]{0,80}?\s[-–—]+\s*)?", re.IGNORECASE)


def death_opening_act(text: str) -> bool:
    """True when the sentence opens (maybe after a dateline) with one victim's death told with its act: "A man died
    and eight people were hurt when rival supporters fought", "A fan died when the stands were stormed".

    Why: the lead of a riot or a fight often opens with its one dead, and `find_fatalities` reads "died" only after a
    count, so the event the sentence codes kept no dead. Only at the sentence's opening and only with the act or its
    injured told after it: elsewhere a lone death is as often the old one a protest is about ("a rally for a man who
    died in custody"). Team-written example: "BUKAVU, 3 May 2026 - A trader died and six people were injured when
    two crowds fought with clubs at the market." gives the riot 1 dead."""
    m = _LONE_DEATH.search(text)
    if m is None or not _OPENING.fullmatch(text, 0, m.start()):
        return False
    return _WITH_ACT.match(text, m.end()) is not None


def lone_death(text: str) -> bool:
    """True when the text tells one victim's death by "died", "succumbed" or "was pronounced dead", the victim named
    by "a", "an", "one", "the", "he" or "she", maybe after a predicate of its own joined by "and".

    Why: a report often tells an act and, in the next sentence, that one of its victims died ("Police exchanged fire
    with gunmen at a farmhouse outside the town. One of the gunmen was struck in the leg and was pronounced dead in
    the ambulance."). `find_fatalities` reads no count there, so the act kept no dead. Read only for the sentences
    `carried_tolls` carries a count from (coding no event of their own, after a fight, attack, bombing or riot), so
    a sentence that codes an event, where such a death is as often an old one the event is about, keeps its reading.
    Team-written example: "Soldiers and rebels clashed near the market. A trader was caught in the crossfire and died
    on Sunday." gives the clash 1 dead."""
    return _LONE_DEATH.search(text) is not None


def retold_toll(kept: Event, retelling: Event) -> int | None:
    """The toll of a later sentence that tells the event the assembler kept for a (day, place, sub-type, actor) again
    and counts its dead, when the first telling counted none; None when there is nothing to hold.

    Why: a report tells an event and then its dead in a sentence that codes the same event again ("Militants fought
    with the army at the mining site. Three militiamen were killed.": both an armed clash that day, there). The
    assembler keeps the first telling of a key and drops the later one, and with it the only count of the report: the
    event was coded with no dead. `carried_tolls` carries a count only from a sentence that codes no event of its own.
    The toll is held and given back after the folds (`occurrence.given_back`), only to an event still without dead:
    a fold of another telling ("The PDF said it killed 6 soldiers") gives its larger count first, as before."""
    if kept.fatalities or not retelling.fatalities or kept.event_type not in TOLL_TAKERS:
        return None
    return retelling.fatalities


# ACLED's closing formulas: how an event record (a note that opens with its event's date, `coder.opens_as_record`)
# states the fatalities its coder gave the event, after the report's own figures.
_DEAD_NOUN = r"(?:fatalit(?:y|ies)|fatilities|casualties|deaths)"
_SHARED = r"(?:split|spread|shared|divided)\s+(?:among|across|between|over)\s+(?P<k>\w+)\s+(?:events|locations)\b"


@lru_cache(maxsize=1)
def _record_formulas() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    num = number_regex()
    flags = re.IGNORECASE
    # "Unknown fatalities coded as 3", "Fatalities split across the events and coded as 2", "coded as 2 fatalities",
    # "27 fatalities split across 4 events coded as 6"; a split told after it shares the figure ("Unclear fatalities
    # coded as 12 and split between 2 locations")
    coded = re.compile(
        rf"(?:\b{_DEAD_NOUN}\b[^.;\[\]]{{0,90}}?\b(?:is\s+|are\s+|were\s+|was\s+)?coded\s+(?:as|to|at)\s+(?P<n>\d+)\b"
        rf"(?!\s*(?:km|kilomet|%|percent))|\bcoded\s+as\s+(?P<m>\d+)\s+{_DEAD_NOUN}\b)"
        rf"(?:[^.;\[\]]{{0,60}}?\b{_SHARED})?", flags)
    # "[5 fatalities split among 6 events]", "13 total fatalities split between 2 events"
    shared = re.compile(rf"\b(?P<n>{num})\s+(?:total\s+)?{_DEAD_NOUN}\s+(?:are\s+|were\s+)?{_SHARED}", flags)
    # "(fatalities coded to Novotroitske event)": the dead are another record's
    elsewhere = re.compile(rf"\b{_DEAD_NOUN}\s+(?:are\s+|were\s+)?coded\s+(?:to|in|under)\s+(?!\d)[^.;)\]]{{0,60}}?"
                           r"\bevent\b", flags)
    # a closing sentence that only counts: "4 fatalities.", "There were 4 fatalities.", "1 fatality, 2 injuries."
    alone = re.compile(rf"(?:^|(?<=[.!?\]])\s+)(?:There\s+(?:were|was)\s+)?(?P<n>{num})\s+(?:total\s+)?"
                       r"fatalit(?:y|ies)(?:\s+in\s+total)?(?:,\s+\d+\s+injur(?:y|ies|ed))?"
                       r"(?:\s*\.(?=\s|$)|\s*$)", flags)
    return coded, shared, elsewhere, alone


def record_toll(text: str) -> int | None:
    """The fatalities an event record's closing formula gives its event (ACLED's notes), or None without one.

    Why: an ACLED note tells the report's figures and then how its coder counted them: "Unknown fatalities coded as
    3", "27 fatalities split across 4 events coded as 6", "[5 fatalities split among 6 events]", "(fatalities coded
    to Novotroitske event)" (0 here), "4 fatalities.". The formula is the figure of the record's own event; the
    report's figures before it are often a whole operation's or a range, and the closing sentence holds no event
    word, so the sentences the coder reads never reach it. A figure split among K events gives this record the
    first share, the remainder spread one each over the first ones (`report_days.share_of`, as a toll is spread
    over days).
    The last formula of the text is kept. Team-written example: "On 3 May 2024, soldiers clashed with rebels near
    Bunia. Unknown fatalities coded as 3." -> 3."""
    low = text.lower()
    if "fatalit" not in low and "casualt" not in low and "fatilit" not in low and "deaths" not in low:
        return None
    coded, shared, elsewhere, alone = _record_formulas()
    found: list[tuple[int, int]] = []
    for m in coded.finditer(text):
        value = int(m.group("n") or m.group("m"))
        found.append((m.start(), _first_share(value, m.group("k"))))
    for m in shared.finditer(text):
        total = parse_count(m.group("n"))
        if total is not None:
            found.append((m.start(), _first_share(total, m.group("k"))))
    found.extend((m.start(), 0) for m in elsewhere.finditer(text))
    for m in alone.finditer(text):
        count = parse_count(m.group("n"))
        if count is not None:
            found.append((m.start(), count))
    return max(found)[1] if found else None


def _first_share(total: int, parts: str | None) -> int:
    """The first record's share of `total` split over `parts` events (the remainder one each on the first)."""
    k = parse_count(parts) if parts else None
    if not k or k < 2:
        return total
    return share_of(total, k, 0)

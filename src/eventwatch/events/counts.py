"""Fatalities: the toll a report gives, by ACLED's conservative rules (number words: `number_words.py`; crowd size:
`crowd.py`).

ACLED codes the lowest figure a report supports: "over 1,500" is 1500, "20-25" is 20, "dozens" is 12,
conflicting figures give the smallest, and "no one was killed" is 0 (not a missing value). The number words and
vague-count conventions are data (`counts.toml`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwatch.dates.calendar import MONTH_NAME
from eventwatch.events.number_words import NOT_A_COUNT, QUALIFIER, number_regex, number_tables, parse_count
from eventwatch.events.put_down import put_down_patterns

# Up to four words between a count and its verb ("20 unarmed young men were killed"); a word starts with a letter or
# digit, so a dateline's dash ("Oct 19, 2024 -- Six men were killed") is no word and its year no count.
_VICTIM = r"(?:\w[\w'-]*\s+){0,4}?"
# Or a group told by what it belongs to, which the four words do not reach: "five members of an armed group were
# killed", "two fighters of the rebel movement died" (a noun or two, "of", an article, up to three words).
_OF_GROUP = r"(?:\w[\w'-]*\s+){1,2}?of\s+(?:an?|the)\s+(?:\w[\w'-]*\s+){1,3}?"
_KILL_VERB = (
    r"(?:killed|killing|kills|shot dead|shooting dead|shot and killed|murdered|murdering|beheaded|beheading|executed|"
    r"executing|massacred|lynched|hacked to death|stabbed to death|beaten to death|beat to death|burned to death|"
    r"burnt to death|gunned down|claiming the lives of|claimed the lives of|left dead)"
)
_DIED = (
    r"(?:killed|shot dead|dead|murdered|beheaded|executed|lynched|died|gunned down|slain|hacked to death|"
    r"stabbed to death|beaten to death)"
)


# What "death" names besides a death: "two death threats", "three death sentences", "the death toll".
_DEATH_NOT_DIED = r"threats?|tolls?|row|sentences?|penalt\w*|squads?|warrants?|certificates?|notices?|anniversar\w*"
_NOT_PEOPLE = r"%|percent|km|kilomet|miles|hours|days|years|am|pm"
# A part of the dead told between a count and its verb, which the count already holds ("nine people, including four
# children, were killed": 9, not 4 and not None).
# Or who they were, told between commas ("Two people, a police constable and a passer-by, were killed": 2), or how
# many of them were who ("Five villagers, three of them women, were killed": 5; geo51).
_PART_OF_THEM = (r",\s+(?:(?:including|among them|among whom|most of them|mostly|all of them|[\w-]+ of them)\b"
                 r"[^.;,]{1,60}"
                 r"(?:,[^.;,]{1,60})?,?|(?:a|an|both)\s[^.;,]{1,60},)\s+")
# A death told as one of two outcomes ("1 civilian was wounded or killed"): no death is told.
_NOT_EITHER = r"(?<!wounded or )(?<!injured or )(?<!hurt or )"
# A death denied: a negation just before the death word ("five people were not killed", "had never been shot dead",
# "weren't killed"), or the count told as the part of a group none of whom died ("none of the five passengers died",
# "neither of the two guards was killed"): no death is told.
_NOT_DENIED = r"(?<!not )(?<!never )(?<!n't )(?<!not been )(?<!never been )"
_NONE_OF = (r"(?<!not )(?<!not a )(?<!none of the )(?<!neither of the )(?<!not one of the )(?<!none of its )"
            r"(?<!none of their )")
# A death told as known or believed ("Five people are now known to have died", "were feared to have been killed").
_BE = (r"(?:(?:were|was|have been|had been|are|got|being)\s+(?:\w+\s+)?|(?:are|were|is|was)\s+(?:now\s+)?"
       r"(?:known|believed|feared|reported|said|thought|confirmed)\s+to\s+have\s+(?:been\s+)?)")


@lru_cache(maxsize=1)
def _fatality_patterns() -> tuple[re.Pattern[str], ...]:
    num = number_regex()
    flags = re.IGNORECASE
    return (
        # "3 fatalities", "one fatality", "fatalities coded as 10" (ACLED's own closing formulas)
        re.compile(
            rf"\b(?:(?P<n>{QUALIFIER}{num})\s+(?:[\w-]+\s+){{0,3}}?fatalit(?:y|ies)\b|"
            rf"fatalit(?:y|ies) (?:were |was )?(?:coded|estimated|recorded|set) (?:as|at) (?P<m>\d[\d,]*))",
            flags,
        ),
        # "killing at least 20 people", "killed two soldiers"
        re.compile(rf"\b{_KILL_VERB}\s+(?P<n>{QUALIFIER}{num})\b(?!\s*(?:{_NOT_PEOPLE}))", flags),
        # "20 people were killed", "two soldiers died", "five dead"
        # (with a part of them told between commas: "at least nine people, including four children, were killed")
        re.compile(rf"(?<!no )(?<!No ){_NONE_OF}\b(?P<n>{QUALIFIER}{num})\s+"
                   rf"(?:{_VICTIM}|{_OF_GROUP}|{_VICTIM}\w[\w'-]*{_PART_OF_THEM})"
                   rf"{_BE}?{_NOT_EITHER}{_NOT_DENIED}{_DIED}\b", flags),
        # "the bodies of three men"
        re.compile(rf"\bbod(?:y|ies) of (?P<n>{QUALIFIER}{num})\b", flags),
        # "confirmed three deaths", "two more civilian deaths": deaths counted by a noun (not "two death threats")
        # (a month after a day's number dates a death, "the 24 June death of a man": it does not count deaths)
        re.compile(rf"\b(?P<n>{QUALIFIER}{num})\s+(?:(?!{MONTH_NAME}\b)[\w-]+\s+){{0,2}}?deaths?\b"
                   rf"(?!\s+(?:{_DEATH_NOT_DIED}))", flags),
        *put_down_patterns(num, QUALIFIER),  # fighters "neutralised" (`put_down.py`)
        # the act's outcome told as a noun: "clashed ..., resulting in the killing of 3 people", "leading to the death
        # of 2 soldiers" (not "after the killing of two students": an earlier death the event answers)
        re.compile(rf"\b(?:resulting|resulted|leading|led|causing|caused)\s+(?:in|to)?\s*the\s+"
                   rf"(?:killing|death)s?\s+of\s+(?P<n>{QUALIFIER}{num})\b(?!\s*(?:{_NOT_PEOPLE}))", flags),
    )


_ZERO = re.compile(
    r"\b(?:no (?:fatalities|deaths|casualties|one (?:was|were|has been) (?:killed|hurt|injured|harmed)|one died|"
    r"lives were lost|injuries or deaths|deaths or injuries)|"
    r"nobody (?:was|were) (?:killed|hurt|injured)|no-one was (?:killed|hurt|injured)|"
    r"without (?:any )?(?:casualties|fatalities)|there were no (?:fatalities|casualties|deaths|injuries)|"
    r"no (?:reported )?(?:fatalities|casualties)|did not cause (?:any )?(?:casualties|fatalities)|"
    r"caused no (?:casualties|fatalities)|resulted in no (?:casualties|fatalities|deaths)|material damage only|"
    r"damages only|"
    # none of a group died ("none of the passengers died", "neither of the two guards was killed", "not a single
    # soldier was killed")
    r"(?:(?:none|neither|not one) of (?:the |them |those |its |their )|not a single )(?:[\w'-]+ ){0,4}?"
    r"(?:(?:was|were|has been|have been|had been) (?:killed|shot dead)|died))\b",
    re.IGNORECASE,
)
# The one word a single death may hold between its verb and the death word ("was reportedly killed"), never a
# negation: "the guard was not killed", "a man had never been shot dead" tell no death.
_ONE_WORD = r"(?:(?!not\b|never\b)\w+\s+)?"
_ONE = re.compile(
    rf"\b(?:{_KILL_VERB}\s+(?:a|an|one|the|his|her|their|him|her|another)\b|"
    rf"(?<!not )(?:a|an|one)\s+{_VICTIM}(?:was|has been|had been)\s+{_ONE_WORD}{_DIED}\b|"
    # one victim told with a relative clause before the verb ("A farmer who kept the village's grain store was shot
    # dead"): the clause holds no full stop or semicolon
    rf"(?<!not )(?:a|an|one)\s+{_VICTIM}(?:who|whose)\s[^.;]{{1,120}}?\s(?:was|has been|had been)\s+"
    rf"{_ONE_WORD}{_DIED}\b|"
    # the victim named by up to three words ("the armed man was killed"), none of them a clause's pronoun or verb of
    # saying ("the soldier that was shot died", "the group believes was killed" name no victim)
    rf"\b(?:the|this|that) (?:(?!(?:who|whom|whose|that|which|believes?|believed|says?|said|thinks?|claims?|"
    rf"claimed)\b)[\w-]+ ){{1,3}}?(?:was|had been|has been) {_ONE_WORD}{_DIED}\b|"
    rf"(?-i:[A-Z][a-z]+),? (?:was|had been|has been) {_ONE_WORD}(?:killed|assassinated|murdered|shot dead|executed)|"
    r"(?:his|her|a|the) (?:dead )?body (?:was|had been|has been) (?:found|discovered|recovered)|"
    r"found (?:\w+ ){0,2}dead\b|the body of (?:a|an)\b|"
    # one beaten or stabbed to death, the victim told before "to death" ("A mob beat a young man to death")
    r"\b(?:beat|beating|beaten|stabbed|stabbing|hacked|hacking|stoned|stoning|clubbed|burned|burnt|burning)\s+"
    r"(?:a|an|one|the|his|her)\s+(?:[\w-]+\s+){0,3}?to death\b)",
    re.IGNORECASE,
)
# Two single victims of one kill verb and a fatal wound joined by "and": "killing the driver and fatally wounding his
# passenger" is two dead (ACLED counts every death of the event). Only beside a killing: alone, "fatally shot" is most
# often the old death a protest is about ("a rally for a man fatally shot by police in 2020"), no death of the event.
_TWO_ONES = re.compile(
    rf"\b{_KILL_VERB}\s+(?:a|an|one|the|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?and\s+(?:fatally|mortally)\s+"
    r"(?:wounding|injuring|wounded|injured)\s+(?:a|an|one|the|his|her|their)\b", re.IGNORECASE)
# A year naming when an event happened ("the March 2023 protests in which police killed three") is not a count.
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A year after a month, a day's number ("June 19, 2024") or a word of time ("bombings during 2022 killed scores").
_BEFORE_YEAR = re.compile(
    rf"(?:\b(?:{MONTH_NAME}|in|of|since|the|until|by|during|throughout|from|after|before)\.?|"
    r"\b\d{1,2},)\s+$", re.IGNORECASE)


def find_fatalities(text: str) -> int | None:
    """Deaths the text reports, by ACLED's conservative rules; None when it says nothing about deaths.

    An explicit "N fatalities" wins; otherwise the largest of the kill phrases' counts is kept (the smallest when
    figures conflict: "at least 20 ... 25 killed" gives 20). ACLED counts every death of an event, on both sides:
    groups joined by "and" under one death verb are summed ("three soldiers and five rebels were killed" gives 8,
    `_joined`), a count told as more dead besides ("four attackers had also been killed") is added, and a revised
    toll ("raised the toll to five", "the toll had risen to nine") replaces the counts it revises (`revised_toll`).
    """
    text = without_echoed_digits(text)
    figures: list[int] = []
    also: list[int] = []  # counts told as more dead besides the others ("four attackers had also been killed")
    folded = _folded(text)
    from eventwatch.events.victims import listed_victims  # victims.py builds on this module's patterns
    listed = listed_victims(text) if folded is None or any(n in folded for n in _LISTED_NEEDLES) else None
    for i, (pattern, needles) in enumerate(zip(_fatality_patterns(), _FATALITY_NEEDLES, strict=True)):
        if folded is not None and not any(n in folded for n in needles):
            continue  # a word every match of the pattern holds is missing: it cannot match (`_folded`)
        found: list[int] = []
        for m in pattern.finditer(text):
            phrase = m.group("n") or (m.groupdict().get("m") or "")
            single = i == 2 and phrase.strip().lower() in ("a", "an")  # "a gendarme and three jihadists were killed"
            if NOT_A_COUNT.match(phrase.strip()) and not single:
                continue
            if i == 2 and _killers(text, m):
                continue
            at = m.start("n") if m.group("n") else m.start()
            if _YEAR.match(phrase.strip()) and _BEFORE_YEAR.search(text[max(0, at - 12):at]):
                continue
            if listed is not None and listed[1] <= at < listed[2]:
                continue  # a member of a listed set of victims ("a farmer and his two sons"): counted by the list
            value = parse_count(phrase)
            if value is None or (i == 2 and _vague_with_part(phrase, m)):
                continue
            if i in (1, 2):
                joined = _joined(text, m, i)
                if single and not joined:
                    continue  # "a" alone is read by `_ONE`, as before
                value += joined
                if _ALSO.search(m.group(0)) or _ALSO_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
                    also.append(value)
                    continue
            found.append(value)
        if found and i == 0:
            return min(found)
        figures.extend(found)
    revised = revised_toll(text)
    if revised is not None:
        return revised + sum(also)
    if figures:
        base = min(figures) if len(set(figures)) > 1 and _conflicting(text) else max(figures)
        return max(base, listed[0] if listed else 0) + sum(also)
    if listed is not None or also:
        return (listed[0] if listed else 0) + sum(also)
    if _ZERO.search(text):
        return 0
    if (folded is None or any(n in folded for n in _ONE_NEEDLES)) and _ONE.search(text):
        return 2 if _TWO_ONES.search(text) else 1
    return None


# A count in words followed by the same count in digits in brackets: "Seventeen (17)", "twenty-one (21)".
_ECHO = re.compile(r"\b([^\W\d_][\w-]*)(\s*\(\s*(\d{1,3}(?:,\d{3})*|\d+)\s*\))")


def without_echoed_digits(text: str) -> str:
    """The text with the digits in brackets that repeat a count in words blanked out (spaces of the same length, so
    every offset is kept): "Seventeen (17) fighters were killed" reads as "Seventeen      fighters were killed".

    Why: official communiqués and police releases write a count twice, in words and then in digits in brackets; the
    bracket stands between the count and its noun, so no fatality pattern saw the count and the toll was lost.
    Only a bracket that repeats the word's own value is blanked: "two (of them)" or "Area (7)" stay as they are.
    Team-written example: "Nine (9) bandits were killed when the patrol was attacked." gives 9."""
    if "(" not in text:
        return text
    def blank(m: re.Match[str]) -> str:
        value = parse_count(m.group(1))
        if value is None or value != int(m.group(3).replace(",", "")):
            return m.group(0)
        return m.group(1) + " " * len(m.group(2))
    return _ECHO.sub(blank, text)


# Who a kill verb in the active voice acts on: the count before it told the killers, not the dead.
_ACTIVE = re.compile(r"(?:killed|shot dead|murdered|beheaded|executed|lynched|gunned down|hacked to death|"
                     r"stabbed to death|beaten to death)$", re.IGNORECASE)
_OBJECT = re.compile(r"\s+(?:a|an|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s",
                     re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:were|was|been|are|is|got|being)\s", re.IGNORECASE)


def _killers(text: str, m: re.Match[str]) -> bool:
    """Whether a count read before a death verb (`_fatality_patterns`' third) counts the killers: the verb is in the
    active voice and acts on someone after it ("Two men on a motorcycle shot dead a lottery vendor": the vendor is
    the one dead, read by `_ONE`, not the two men). Why: ACLED counts the dead of an event; a report names its
    killers by number as often as its victims ("three gunmen killed a trader", "two soldiers executed a detainee")."""
    told = m.group(0)
    return (_ACTIVE.search(told) is not None and _PASSIVE.search(told[m.end("n") - m.start():]) is None
            and _OBJECT.match(text, m.end()) is not None)


# A count told as more dead besides the others: "four attackers had also been killed", "also killing two".
_ALSO = re.compile(r"\b(?:also|as well)\b", re.IGNORECASE)
_ALSO_BEFORE = re.compile(r"\balso\s+$", re.IGNORECASE)
# What a second group's count may be followed by when it is not dead: "killing two people and 12 others were hurt".
_NOT_DEAD_AFTER = (r"(?!(?:[\w-]+\s+){0,3}?(?:were|was|are|have|had|injured|wounded|hurt|arrested|missing|abducted|"
                   r"kidnapped|detained|taken|rescued|released|displaced)\b)"
                   r"(?!(?:[\w-]+\s+)?(?:cows?|cattle|goats?|sheep|camels?|donkeys?|horses?|dogs?|animals|livestock|"
                   r"houses?|homes?|vehicles?|cars?|buildings?)\b)")


def _vague_with_part(phrase: str, m: re.Match[str]) -> bool:
    """A vague count read across a part of its dead told between commas (`_PART_OF_THEM`): "thousands of people,
    mostly from the Masalit community, were killed between June and November" sums many events, as vague counts
    with such a part most often do; an exact count ("nine people, including four children") is one event's."""
    if "," not in m.group(0)[m.end("n") - m.start():]:
        return False
    _, vague, _ = number_tables()
    return any(token in vague for token in re.split(r"[\s-]+", phrase.lower()))


@lru_cache(maxsize=1)
def _join_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Where a second group of dead is joined to a kill phrase's count by "and" under the same death verb.

    Why: ACLED's fatalities are every death the report gives for the event, on both sides, and a report often names
    the sides as two groups of one verb: "killing five policemen and four militants" (after a kill verb's count),
    "three soldiers and five rebels were killed" (inside a count's victims before the verb), "a soldier and four
    suspected cartel gunmen were killed" (a group before the count)."""
    num = number_regex()
    flags = re.IGNORECASE
    after = re.compile(rf"(?:\s+(?!and\b)[^\W\d_][\w'-]*){{1,3}}?\s+and\s+(?P<k>{QUALIFIER}{num})\s+(?=[\w-])"
                       rf"{_NOT_DEAD_AFTER}", flags)
    # the words of a group are its noun, not a clause of its own ("nine were killed and three others") nor a span
    group_word = (r"(?!(?:and|were|was|are|is|had|have|has|been|being|died|killed|dead|said|minutes?|hours?|days?|"
                  r"weeks?|months?|years?|km|kilomet\w*|met(?:er|re)s?|miles?|percent)\b)[^\W\d_][\w'-]*\s+")
    inside = re.compile(rf"\s+(?:{group_word}){{0,3}}?and\s+(?P<k>{QUALIFIER}{num})\s+(?=[\w-])", flags)
    before = re.compile(rf"\b(?P<k>{QUALIFIER}{num})\s+(?:{group_word}){{1,3}}?and\s+$", flags)
    return after, inside, before


def _joined(text: str, m: re.Match[str], pattern: int) -> int:
    """The dead of a second group joined by "and" to the count `m` read (`_join_patterns`), 0 when there is none."""
    after, inside, before = _join_patterns()
    if pattern == 1:
        found = after.match(text, m.end())
    else:
        found = inside.match(text[:m.end()], m.end("n"))
        if found is None:
            found = before.search(text[max(0, m.start("n") - 60):m.start("n")])
    if found is None or found.group("k").strip().lower() == "the" or _YEAR.match(found.group("k").strip()):
        return 0
    return parse_count(found.group("k")) or 0


@lru_cache(maxsize=1)
def _revised_pattern() -> re.Pattern[str]:
    num = number_regex()
    return re.compile(
        rf"\b(?:(?:rais(?:ed|es|ing)|bring(?:s|ing)?|brought|push(?:ed|ing)|revis(?:ed|ing)|put(?:ting)?)\s+the\s+"
        rf"(?:death\s+)?toll\s+(?:up\s+)?to|the\s+(?:death\s+)?toll\s+(?:(?:in|at)\s+(?-i:[A-Z][\w'-]*)\s+)?(?:has\s+|had\s+)?(?:risen|rose|climbed|"
        rf"increased|reached|jumped))\s+(?:to\s+)?(?P<n>{QUALIFIER}{num})\b(?!\s*(?:{_NOT_PEOPLE}))",
        re.IGNORECASE)


def revised_toll(text: str) -> int | None:
    """The last revised toll the text gives ("raised the toll to five", "bringing the toll to two", "the toll had
    risen to nine"), or None.

    Why: a report tells a first count and its update; ACLED codes the event with the latest figure, which counts the
    earlier dead again, so it replaces the counts before it rather than adding to them. The toll may name its town
    ("the toll in Sumy has risen to four", coder99: a live blog's later entry; a capitalised name after "in" or
    "at", nothing else). Only a bare "toll" is read so: a "death toll" clause is a running total to
    `totals.without_running_totals` and is gone from the text by the
    time it is counted, and "the toll from the year's violence" never matches (the verb must follow "toll")."""
    if "toll" not in text.lower():
        return None
    values = [parse_count(m.group("n")) for m in _revised_pattern().finditer(text)]
    kept = [v for v in values if v is not None]
    return kept[-1] if kept else None


# Why these look-ups: the fatality patterns open at every word start with a long alternation of number words, so
# running them costs a worker some 2% of its CPU (speed51's profile), while most sentences hold none of their
# words. Every match of each pattern holds one of its needles (lower case; each needle is part of one or more of
# the pattern's literal alternatives: `_KILL_VERB`, `_DIED`, "fatalit(y|ies)", "bod(y|ies)", "deaths?"), so a text
# holding none of them is not searched: the same result, `tests/events/test_counts.py` holds the needles to the
# patterns' alternatives. Kept beside the patterns: a word added to one needs its needle here.
_KILLISH = ("kill", "dead", "murder", "behead", "execut", "massacre", "lynch", "death", "gunned", "lives", "died",
            "slain")
_FATALITY_NEEDLES: tuple[tuple[str, ...], ...] = (
    ("fatalit",),  # "3 fatalities", "fatalities coded as 10"
    _KILLISH,  # `_KILL_VERB` then a count
    _KILLISH,  # a count then `_DIED`
    ("bod",),  # "the bodies of three men"
    ("death",),  # "three deaths"
    ("neutrali", "eliminat", "out of action"),  # fighters "were neutralised" (`put_down_patterns`)
    ("neutrali", "eliminat", "took out", "taking out", "taken out"),  # "eliminated seven insurgents"
    ("killing", "death"),  # "resulting in the killing of 3 people"
)
_ONE_NEEDLES = (*_KILLISH, "assassinat", "body")  # `_ONE`'s alternatives: the kill verbs, `_DIED`, a body found
_LISTED_NEEDLES = (*_KILLISH, "bodies")  # `victims.listed_victims`: a kill verb, a death verb, "the bodies of"
# The characters other than ASCII that a case-blind ASCII letter matches in Python's `re` (found by testing every
# code point): a text holding one is searched in full, since lower-casing leaves them apart from the letter.
_CASE_TWINS = re.compile("[\u0130\u0131\u017f\u212a]")


def _folded(text: str) -> str | None:
    """`text` in lower case for the needle look-ups, or None when it holds a `_CASE_TWINS` character (search it all):
    without those, a case-blind match of an ASCII word is that word in the lower-cased text."""
    if _CASE_TWINS.search(text) is not None:
        return None
    return text.lower()


def _conflicting(text: str) -> bool:
    return _CONFLICT.search(text) is not None


# What tells a second source's figure for the same dead: "other sources report two persons killed" (ACLED's notes
# give the claim and then the other sources' count, and code the lowest).
_CONFLICT = re.compile(r"\b(?:other reports|another source|other sources|conflicting|reportedly|"
                       r"while .* (?:claimed|said))\b", re.I)

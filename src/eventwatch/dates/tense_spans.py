"""Stretches of a clause that the tense cues of `resolve_base` read across, between a verb and its date.

Three shapes hide the verb that gives a yearless day or month its side of the report:

- a change told with where it went from and to: "the firm changed from a fiscal year to a calendar year in
  December", "the index rose from 2,100 to 2,400 in March". The date is the time of the change, so the verb
  before "from" is the date's own verb, however long the two ends are (the past-verb cue otherwise allows three
  words between a verb and its date, and stops at "from" and "to");
- a timetable that starts on a day: "the third flight departs each Thursday from August 6", "buses run every
  hour starting March 30". A recurrence that begins on a day is announced before it begins, so the day is the
  coming one, where the nearest year would put a day six months ahead in the year gone by;
- a plan told in the present progressive: "negotiators are meeting again Saturday in Oslo", "the envoy is leaving
  for Cairo on Monday". The -ing form of a scheduled event's verb after a present "is"/"are" says what is
  arranged, so a bare weekday is the coming one, where the report's week would put it in the days gone by.
"""

from __future__ import annotations

import re

from eventwatch.dates.lengths import recurrence

# the two ends of a change: each a few words or an amount ("$1.2 million", "a fiscal year"), no clause of its own
_END_WORDS = 4
_NOT_AN_END = frozenset({
    "to", "from", "for", "until", "till", "by", "through", "and", "or", "but", "that", "which", "who", "when",
    "before", "after", "since", "will", "would", "due", "payable", "effective", "next", "this",
})


def without_change_ends(tokens: list[str]) -> list[str]:
    """`tokens` (the clause before a date, its preposition removed) without a "from X to Y" that ends it, so that
    the verb of the change comes last ("changed from a fiscal year to a calendar year" -> "changed"); unchanged
    when the clause does not end so. "To" right before the date is the date's own ("moved the vote from Monday
    to Friday": Friday is where it went, not when), so Y is never empty."""
    lowered = [t.lower() for t in tokens]
    if "to" not in lowered:
        return tokens
    to = len(lowered) - 1 - lowered[::-1].index("to")
    if "from" not in lowered[:to]:
        return tokens
    start = to - 1 - lowered[:to][::-1].index("from")
    ends = (lowered[start + 1 : to], lowered[to + 1 :])
    for end in ends:
        words = [w for w in end if w.isalpha()]
        if not end or len(words) > _END_WORDS or any(w in _NOT_AN_END for w in words) or _own_clause(end):
            return tokens
    return tokens[:start]


def _own_clause(end: list[str]) -> bool:
    """A comma that is no digit group's ("2,100" is a number; "12 cents, payable" opens a clause of its own)."""
    return any(t == "," and (i + 1 == len(end) or not end[i + 1].isdigit()) for i, t in enumerate(end))


_START_BEFORE = re.compile(r"\b(?:from|starting(?:\s+on)?|beginning(?:\s+on)?)\s+$", re.IGNORECASE)


def schedule_start(clause: str) -> bool:
    """Does `clause` (the words of its sentence before a date) end in a recurrence's start ("departing each
    Thursday from", "runs daily starting")? The recurrence stands in the clause, before "from"; a rate ("cut
    output by a million barrels per day from April 1") is no timetable."""
    start = _START_BEFORE.search(clause)
    if start is None:
        return False
    found = recurrence(clause[: start.start()])
    return found is not None and (found["every"] or "").lower() != "per"


_PRESENT_BE = frozenset({"is", "are", "am", "re"})
_ADVERBS = frozenset({"also", "still", "now", "again", "all", "both", "then", "not"})


def _adverb(word: str) -> bool:
    """A word between "is"/"are" and the -ing form ("are also holding", "is reportedly leaving", "are not
    meeting": a plan called off is still the coming day's)."""
    return word in _ADVERBS or (len(word) > 3 and word.endswith("ly"))


# words a progressive's object or place may hold before the date ("is leaving for Cairo on Monday")
_PROGRESSIVE_REACH = 4
# between the progressive and the date: a clause about another time ("are meeting to discuss the ruling of
# Monday", "are holding the men arrested Monday", "are visiting since Monday")
_NOT_ITS_DATE = frozenset({
    "since", "after", "before", "from", "ago", "of", "that", "which", "who", "when", "last", "past", "earlier",
})


def planned_progressive(words: list[str], kinds: dict[str, str], past: re.Pattern[str]) -> bool:
    """Do `words` (the lower-case words of the clause before a date) end in a plan told in the present
    progressive: "is"/"are"/"'re", at most one adverb, the -ing form of a scheduled event's verb (`kinds`, the
    `progressive` rows of `future_verbs.tsv`) and at most four words of its object or place ("negotiators are
    meeting again Saturday", "the envoy is leaving for Cairo on Monday")? Not "were meeting" (a past), not a
    past form or a word of another time between ("are holding the men arrested Monday")."""
    for index in range(len(words) - 1, max(-1, len(words) - 2 - _PROGRESSIVE_REACH), -1):
        if kinds.get(words[index]) != "progressive":
            continue
        before = words[max(0, index - 2) : index]
        be = bool(before) and (before[-1] in _PRESENT_BE
                               or (len(before) == 2 and before[0] in _PRESENT_BE and _adverb(before[1])))
        between = words[index + 1 :]
        return be and not any(w in _NOT_ITS_DATE or past.fullmatch(w) for w in between)
    return False

"""The few counted units that are no length of time, though `length_patterns` finds them: an age, a rate, a
fraction, "a second" as an ordinal, "one day" as some day, a title. TimeML leaves each unmarked.
"""

from __future__ import annotations

import re

# "a 6-year-old", "52 years old", "16 years of age": an age, which TimeML leaves unmarked (TimeBank and AQUAINT
# mark one age in 30)
_AGE_AFTER = re.compile(r"-old\b|\s+old\b|\s+of\s+age\b", re.IGNORECASE)
# "$40 a year", "four flights a week", "24 hours a day": a rate, which TimeML marks in a few uses only (as SET);
# a number's own commas and points are inside it, so one that ends a sentence or a clause is no amount ("killed on
# Oct. 23, 1998. A week later...", "in 1997, a year after the treaty" count a week and a year)
AMOUNT_BEFORE = re.compile(
    r"(?:\d(?:[\d,.]*\d)?%?|\b(?:percent|cents?|dollars?|times|twice|once|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozens?|hundreds?|thousands?|millions?|billions?))(?:\s+[a-z]+s)?\s+$",
    re.IGNORECASE,
)
# "three-quarters of its food", "more than a quarter of the market": a fraction, not three months
_FRACTION_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
# The modal verbs (and the "to" of an infinitive) after which "one day" is some day ahead ("he will one day return",
# "hopes to one day see"), a sentence adverb between or not ("will surely one day be"): TimeML gives such words one
# expression, FUTURE_REF (TimeBank: "Islam will one day be the second largest religion"), so here no length and in
# `resolve_relative.vague` that reference; `some_day_ahead` reads it for both, so the two cannot disagree
_MODALS = "will|would|could|might|may|can|shall|should|must|to"
_ADVERB = r"(?:[a-z]+ly\s+)?"
_MODAL_BEFORE = re.compile(rf"\b(?P<modal>{_MODALS})\s+{_ADVERB}$", re.IGNORECASE)
# "we one day hope", "we surely one day will win": some day after its subject, no length (and no reference: TimeBank
# leaves "he one day follow" unmarked)
_SUBJECT_BEFORE = re.compile(rf"\b(?:i|we|you|he|she|they|it)\s+{_ADVERB}$", re.IGNORECASE)
# After a preposition's "to", "one day" is a length ("cut the hearing to one day", "from three days to one day of
# talks"); the infinitive's "to" has its verb right after ("hopes to one day see"), never the clause's end or one of
# these words
_NO_VERB_AFTER = re.compile(r"\s*(?:[^\w\s]|$)|\s+(?:a|an|the|of|in|on|at|for|from|per|each|every|and|or|but|by|with"
                            r"|after|before|later|earlier|ago)\b", re.IGNORECASE)


def some_day_ahead(text: str, start: int, end: int) -> bool:
    """Is "one day" (or "someday") at `start`..`end` some day ahead, after a modal or an infinitive's "to"?"""
    modal = _MODAL_BEFORE.search(text, max(0, start - 24), start)
    if modal is None:
        return False
    return modal["modal"].lower() != "to" or _NO_VERB_AFTER.match(text, end) is None


# "in the early hours of Thursday", "the early days of the war": the first part of the time named after "of", when
# something happened, not how long it lasted (the tuning parts' gold marks the day, "Thursday morning", alone)
_EARLY_PART = re.compile(r"the\s+early\s+$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


def the_start_of(text: str, m: re.Match[str]) -> bool:
    """An uncounted unit after "the early" and before "of": the start of what follows, no length."""
    return bool(m["det"]) and _EARLY_PART.match(m["det"]) is not None and _OF_AFTER.match(text, m.end()) is not None


def not_a_length(text: str, m: re.Match[str], count_word: str) -> bool:
    """The few counted units that are no length: an age, a rate ("$40 a year"), a fraction of a quarter, "a
    second" (an ordinal: "a second group"), "one day" after a modal or a subject (some day), a title ("60
    Minutes")."""
    unit, end = m["unit"], m.end()
    if _AGE_AFTER.match(text, end) or (unit.lower().startswith("second") and count_word in ("a", "an")):
        return True
    if count_word in ("a", "an") and AMOUNT_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return True
    if unit.lower().startswith("quarter") and (_FRACTION_AFTER.match(text, end) or "-" in m.group()):
        return not m["det"]
    if count_word == "one" and unit.lower() == "day" and (
            some_day_ahead(text, m.start(), m.end()) or _SUBJECT_BEFORE.search(text, 0, m.start())):
        return True
    return unit[:1].isupper() and unit[1:2].islower() and m.start() != m.start("unit")


# "produce 10,000 units annually", "rise 8% annually", "15 million instructions per second": a rate said with a
# word of how often or "per", which TimeML leaves unmarked as it does "$40 a year" (the tuning parts' gold marks
# 1 such "annually" in 4, no "per" after an amount); a frequency ("twice daily") is no amount
_FREQUENCY_WORDS = re.compile(r"\b(?:times|twice|once)\s+$", re.IGNORECASE)
# the word after a word of how often: a noun makes it an adjective ("monthly stipend"); these words do not
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_CLAUSE_WORDS = frozenset((
    "from", "to", "in", "through", "since", "for", "and", "or", "by", "until", "over", "at", "on", "with", "while",
    "but", "as", "after", "before", "into", "during", "is", "are", "was", "were", "will", "would",
))


def a_rate(text: str, start: int, end: int) -> bool:
    """An amount just before a word of how often said as an adverb, or before "per": "earns $5 million annually",
    "15 million instructions per second" are rates, not recurrences; "a 1 percent hourly wage" keeps its
    recurrence (the adjective before a noun, as "average hourly earnings")."""
    before = text[max(0, start - 30) : start]
    if not AMOUNT_BEFORE.search(before) or _FREQUENCY_WORDS.search(before):
        return False
    after = _NEXT_WORD.match(text, end)
    return after is None or after[1].lower() in _CLAUSE_WORDS

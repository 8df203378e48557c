"""The patterns that find a length or a recurrence of time (see `lengths`): a counted length ("the past five
years", "a two-year contract"), an uncounted one ("several years", "for months"), a recurrence ("every other
week", "on Fridays", "daily"), and the one scan of trigger words that lets most texts skip them all.
"""

from __future__ import annotations

import re
from functools import cache

from eventwatch.dates.length_words import alternation, numbers, recurring, units
from eventwatch.dates.lexicon import lexicon

PRE = (r"(?P<pre>(?:nearly|almost|about|around|roughly|approximately|more\s+than|less\s+than|fewer\s+than|"
       r"at\s+least|at\s+most|up\s+to|no\s+more\s+than|just\s+over|just\s+under|over(?=\s+(?:a|an|\d)))\s+)?")
# "the last": the verb "last" ("may last three days") is no determiner
_DET = (r"(?P<det>(?:(?:the|these|those)\s+(?:(?:past|last|next|previous|coming|first|latest|final|following|"
        r"remaining|preceding|initial|early|recent)\s+)?|(?:past|next|previous|coming|first|latest|final|"
        r"recent)\s+)?)")
_ADJ = r"(?:(?:more|additional|extra|full|whole|straight|consecutive|successive|long|working)\s+)?"


@cache
def counted() -> re.Pattern[str]:
    """"the past five years", "nearly an hour", "a two-year contract", "2 1/2 years", "a minute and a half"."""
    number = rf"(?P<num>(?<![\d.,$£€])\d{{1,3}}(?![\d]|[.,]\d)|\b(?:{alternation(numbers())})\b)"
    unit = rf"(?P<unit>{alternation(units())})\b"
    return re.compile(
        rf"\b{PRE}{_DET}{number}(?P<half>\s+1/2|\s+and\s+a\s+half)?(?:\s*-\s*|\s+){_ADJ}{unit}"
        r"(?P<half2>\s+and\s+a\s+half)?(?:-long\b)?",
        re.IGNORECASE,
    )


@cache
def uncounted() -> re.Pattern[str]:
    """"several years", "the next few days", "the weeks ahead", "for months", "recent quarters"."""
    plural = alternation(w for w in units() if w.endswith(("s", "ies")) and " " not in w)
    vague = r"(?:a\s+few|few|several|many|a\s+number\s+of)"
    return re.compile(
        rf"\b{PRE}(?:(?P<det>(?:the\s+(?:past|last|next|previous|coming|first|early|recent|final)|"
        rf"past|next|previous|coming|first|recent)\s+)"
        rf"(?:{vague}\s+)?|{vague}\s+|(?<=\bfor\s)|the\s+(?=\w+\s+ahead\b))"
        rf"(?P<unit>{plural})\b(?:\s+ahead\b)?",
        re.IGNORECASE,
    )


@cache
def sets() -> re.Pattern[str]:
    """"every day", "each month", "every other week", "every three years", "per hour", "each Thursday", "each
    July", "Tuesday nights", "on Fridays", "daily", "annually"."""
    lex = lexicon()
    unit = alternation(w for w in units() if " " not in w)
    number = rf"(?:\d{{1,3}}|{alternation(numbers())})"
    return re.compile(
        rf"\b(?:(?P<every>every|each|per)\s+(?:(?P<other>other)\s+|(?P<num>{number})\s+)?"
        rf"(?:(?P<unit>{unit})|(?P<wday>{alternation(w for w in lex.weekdays if len(w) > 3)})|"
        rf"(?P<month>{alternation(w for w in lex.months if len(w) > 3)}))"
        rf"|(?P<wdays>{alternation(w for w in lex.weekdays if len(w) > 3)})s\b(?P<night>\s+nights)?"
        rf"|(?P<wday2>{alternation(w for w in lex.weekdays if len(w) > 3)})\s+nights"
        rf"|(?P<adverb>{alternation(recurring())}))\b",
        re.IGNORECASE,
    )


# "the year ended March 31", "the fiscal year ending June 30": a company's twelve months named by the day they end,
# which straddle two calendar years; TimeML annotates the length (7 uses in 8), while a quarter so named stays a date
YEAR_ENDED = re.compile(r"\bthe\s+(?:fiscal\s+)?year\s+(?:ended|ending)\b", re.IGNORECASE)


# the words without which a text says no count of times (one scan before the longer pattern's)
HOW_MANY_TIMES = re.compile(r"\b(?:once|twice|thrice|times)\b", re.IGNORECASE)


@cache
def frequencies() -> re.Pattern[str]:
    """"twice a week", "three times a day", "several times a year", "four times per year": how many times in each
    unit, TimeML's SET of that unit (value `P1W`, the count its `freq`), where the count made "a week" a rate."""
    unit = alternation(w for w in units() if " " not in w and not w.endswith("s"))
    times = rf"(?:\d{{1,3}}|{alternation(numbers())}|several|many|a\s+few|a\s+couple\s+of)\s+times"
    return re.compile(
        rf"\b(?:once|twice|thrice|{times})\s+(?:a|an|per|each|every)\s+(?P<unit>{unit})\b", re.IGNORECASE
    )


# "its week-long strike", "the year-long inquiry", "a third day-long meeting", "a weeklong trip": one unit, said
# without a count before it (TimeML's DURATION `P1W`); "a week-long" and "two-week-long" are counted lengths already
_LONG_UNITS = ("hour", "day", "week", "month", "year", "decade")
BARE_LONG = re.compile(rf"\b(?P<unit>{'|'.join(_LONG_UNITS)})-?long\b", re.IGNORECASE)
# "weeklong": the closed forms BARE_LONG reads, among the words of `trigger`
_CLOSED_LONG = tuple(unit + "long" for unit in _LONG_UNITS)

# "for a while": a length of no stated unit
A_WHILE = re.compile(r"(?<=\bfor\s)a\s+(?:little\s+)?while\b", re.IGNORECASE)


@cache
def trigger() -> re.Pattern[str]:
    """A word without which a text holds no length (a unit, a word of how often, "every", a weekday): most are
    passed over with this one scan instead of the four patterns'."""
    words = [*(w for w in units() if " " not in w), *recurring(), "while", "every", "each", *_CLOSED_LONG,
             *(w + "s" for w in lexicon().weekdays if len(w) > 3), *(w for w in lexicon().weekdays if len(w) > 3)]
    return re.compile(rf"\b(?:{alternation(words)})(?![\w])", re.IGNORECASE)
